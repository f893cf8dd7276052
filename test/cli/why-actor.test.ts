/**
 * `cli why` names the person behind a blocker as stored (a Slack user id stays an id): the
 * domain's sentences carry no Slack markup, so a script reading `--json` gets no `<@U…>`.
 * Runs the command in-process on a PGlite database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whyCommand } from '../../src/cli/commands/why.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { bootstrapAdmins, writeOff } from '../../src/ledger/index.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';

const SLACK_ADMIN = 'UADMIN0001';

describe('cli why: the actor as plain data', () => {
  let handle: DatabaseHandle;
  let chargeId: number;

  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    await bootstrapAdmins(handle.db, [SLACK_ADMIN]);
    ({ chargeId } = await createCharge(handle.db, { assessedCents: 5_000 }));
    await expectOk(
      writeOff(handle.db, {
        chargeId,
        amountCents: 'all',
        reason: 'small_balance',
        actor: SLACK_ADMIN,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
  });
  afterAll(async () => handle?.close());

  async function why(args: string[]) {
    const printed: string[] = [];
    const io = { stdout: (t: string) => printed.push(t), stderr: () => {}, stdin: async () => '' };
    const code = await whyCommand.run({ io, db: async () => handle.db, actor: 'cli:tester' }, args);
    return { code, stdout: printed.join('') };
  }

  it('--json says who wrote the PR off by their id, with no Slack mention markup', async () => {
    const { code, stdout } = await why(['--charge', String(chargeId), '--action', 'write_off', '--json']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { allowed: boolean; blockers: { code: string; message: string }[] };
    expect(answer.allowed).toBe(false);
    expect(answer.blockers[0]?.code).toBe('NOTHING_OUTSTANDING');
    expect(answer.blockers[0]?.message).toContain(`already written off by ${SLACK_ADMIN} on `);
    expect(stdout).not.toContain('<@');
  });

  it('a charge with no payment: refund is NO_PAYMENT, not REFUND_EXCEEDS_PAYMENT', async () => {
    const { stdout } = await why(['--charge', String(chargeId), '--action', 'refund_payment', '--json']);
    const answer = JSON.parse(stdout) as { blockers: { code: string; message: string }[] };
    expect(answer.blockers.map((b) => b.code)).toEqual(['NO_PAYMENT']);
    expect(answer.blockers[0]?.message).toBe('There is no payment on this charge to refund.');
  });
});

import { describe, expect, it } from 'vitest';
import { BadInputError, type CliContext } from '../../src/cli/command.ts';
import { parseCommand } from '../../src/cli/commands/parse.ts';

function fakeContext(stdin = '') {
  const out: string[] = [];
  const ctx: CliContext = {
    io: { stdout: (t) => out.push(t), stderr: () => {}, stdin: async () => stdin },
    db: () => Promise.reject(new Error('parse must never open the database')),
    actor: 'cli:test',
  };
  return { ctx, output: () => out.join('') };
}

describe('cli parse', () => {
  it('prints one JSON object for TEXT', async () => {
    const { ctx, output } = fakeContext();
    const code = await parseCommand.run(ctx, [
      '--today',
      '2026-11-27',
      'write off $20 for Jane, Sep 12 visit',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(output())).toMatchObject({
      intent: 'write_off',
      patient: 'Jane',
      amountCents: 2000,
      amountAll: false,
      reason: null,
      dateOfService: '2026-09-12',
    });
  });

  it('reads one request per stdin line with --jsonl and answers in order', async () => {
    const { ctx, output } = fakeContext('balance helen wu\nhow do refunds work\n\nrefund $5 to Bob Smith\n');
    await parseCommand.run(ctx, ['--jsonl', '--today=2026-11-27']);
    const lines = output()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.intent)).toEqual(['balance', 'help', 'unknown', 'refund_payment']);
  });

  it.each([['2026-13-01'], ['27/11/2026'], ['tomorrow']])(
    'rejects --today %s as bad input',
    async (today) => {
      const { ctx } = fakeContext();
      await expect(parseCommand.run(ctx, ['--today', today, 'balance jane'])).rejects.toBeInstanceOf(
        BadInputError,
      );
    },
  );

  it('rejects a missing TEXT as bad input', async () => {
    const { ctx } = fakeContext();
    await expect(parseCommand.run(ctx, [])).rejects.toBeInstanceOf(BadInputError);
    await expect(parseCommand.run(ctx, ['--today', '2026-11-27'])).rejects.toBeInstanceOf(BadInputError);
  });

  it.each([[['']], [['   ']], [['--', '']]])(
    'parses an explicit empty TEXT %j as unknown, like an empty --jsonl line',
    async (text) => {
      const { ctx, output } = fakeContext();
      expect(await parseCommand.run(ctx, ['--today', '2026-11-27', ...text])).toBe(0);
      expect(JSON.parse(output())).toMatchObject({ intent: 'unknown', patient: null, amountCents: null });
    },
  );
});

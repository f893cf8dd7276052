/**
 * AUDIT_CHANNEL: a write-off confirmed in Slack is posted there with the amount, the reason, who
 * did it and the ledger ids, naming no patient (not even by initials, which beside an amount and a
 * reason such as hardship can tell whose charge it is); the ledger has the entry and the audit log
 * its row, found by those ids.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../src/ledger/index.ts';
import { CHARGE_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const AUDIT = 'CAUDIT0001';
const h = useHarness({ env: { AUDIT_CHANNEL: AUDIT } });
let charge: { chargeId: number };

beforeAll(async () => {
  charge = await createCharge(h.db, {
    firstName: 'Quentin',
    lastName: 'Zorrilla Vega',
    assessedCents: 4_500,
  });
});

describe('AUDIT_CHANNEL', () => {
  it('posts each change with the amount, the reason, who and the ids, never the patient', async () => {
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$12 Quentin Zorrilla Vega small balance',
      userId: MANAGER,
      channelId: GENERAL,
    });
    let modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK);
    if (!blockById(modal, EFFECT_BLOCK)) {
      await h.client.changeInput(MANAGER, modal.id, { [CHARGE_BLOCK]: String(charge.chargeId) });
      modal = await waitForModal(
        h,
        MANAGER,
        WRITE_OFF_CALLBACK,
        (v) => blockById(v, EFFECT_BLOCK) !== undefined,
      );
    }
    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(3_300);

    const post = await waitFor(() => botMessages(h, AUDIT)[0]);
    const entry = ledger.entries.find((e) => e.kind === 'write_off');
    expect(post.text).toBe(
      `Write-off: $12.00 · Small balance · by <@${MANAGER}> · entry ${entry?.id} · charge ${charge.chargeId}`,
    );
    expect(JSON.stringify(post)).not.toMatch(/Quentin|Zorrilla|Vega|Q\. Z\.|patient/);
    // The ids find the change in the audit log.
    const audit = await auditTrail(h.db, { since: null });
    expect(audit.some((row) => row.action === 'write_off' && row.targetId === String(charge.chargeId))).toBe(
      true,
    );
  });

  it('escapes what comes from data: a patient named like a mention stays text in the channel', async () => {
    const hostile = await createCharge(h.db, {
      firstName: '<!channel>',
      lastName: '*Bold* `tick` <@UADMIN>',
      mrn: 'ESC-0427',
      assessedCents: 3_000,
    });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$7 MRN ESC-0427 small balance',
      userId: MANAGER,
      channelId: GENERAL,
    });
    let modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK);
    if (!blockById(modal, EFFECT_BLOCK)) {
      await h.client.changeInput(MANAGER, modal.id, { [CHARGE_BLOCK]: String(hostile.chargeId) });
      modal = await waitForModal(
        h,
        MANAGER,
        WRITE_OFF_CALLBACK,
        (v) => blockById(v, EFFECT_BLOCK) !== undefined,
      );
    }
    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const ledger = await ledgerOf(h.db, hostile.chargeId);
    expect(ledger.outstandingCents).toBe(2_300);

    const post = await waitFor(() => botMessages(h, AUDIT).find((m) => m.text?.includes('$7.00')));
    const entry = ledger.entries.find((e) => e.kind === 'write_off');
    expect(post.text).toBe(
      `Write-off: $7.00 · Small balance · by <@${MANAGER}> · entry ${entry?.id} · charge ${hostile.chargeId}`,
    );
    expect(post.text).not.toMatch(/channel|Bold|tick|UADMIN|ESC-0427/);
    // The only "<" left is the confirmer's own mention.
    expect(post.text?.match(/</g)).toHaveLength(1);
  });
});

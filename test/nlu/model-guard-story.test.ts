/**
 * The model's amount must be one the message wrote, or the one the rules worked out from a story
 * ("paid $80 but only owed $50, refund the difference" is $30): it may agree, never invent.
 */
import { describe, expect, it } from 'vitest';
import { guardModelAnswer } from '../../src/nlu/model-guard.ts';
import { parseRequest } from '../../src/nlu/parse.ts';
import type { ModelAnswer } from '../../src/nlu/schema.ts';

const today = '2026-11-27';
const text = 'Lucia Fernandez paid $80 but only owed $50, refund the difference';

function guarded(amountCents: number) {
  const answer: ModelAnswer = {
    intent: 'refund_payment',
    patient: 'Lucia Fernandez',
    amountCents,
    amountAll: false,
    reason: null,
    dateOfService: null,
    cancelReason: null,
  };
  return guardModelAnswer(answer, {
    originalText: text,
    rules: parseRequest(text, { today }),
    today,
    restore: (s) => s,
  });
}

describe('the model amount for an amount told as a story', () => {
  it('the rules work it out', () => {
    expect(parseRequest(text, { today }).amountCents).toBe(3_000);
  });

  it('is kept when it agrees with the rules', () => {
    expect(guarded(3_000)?.amountCents).toBe(3_000);
  });

  it('is dropped when it is neither written nor the rules’ own', () => {
    expect(guarded(2_500)?.amountCents).toBeNull();
  });
});

/**
 * The parse of a request as the new-wording tests assert it: the `cli parse` keys plus
 * cancelReason, every one asserted, so that what a test does not give must be empty.
 */
import { expect } from 'vitest';
import { parseRequest } from '../../../src/nlu/parse.ts';

/** A Friday; dates without a year resolve against it. */
export const TODAY = '2026-11-27';

export interface Frame {
  readonly intent: string;
  readonly patient: string | null;
  readonly amountCents: number | null;
  readonly amountAll: boolean;
  readonly reason: string | null;
  readonly dateOfService: string | null;
  readonly cancelReason: string | null;
}

export const NOTHING: Frame = {
  intent: 'unknown',
  patient: null,
  amountCents: null,
  amountAll: false,
  reason: null,
  dateOfService: null,
  cancelReason: null,
};

export function frameOf(text: string, today = TODAY): Frame {
  const { intent, patient, amountCents, amountAll, reason, dateOfService, cancelReason } = parseRequest(
    text,
    { today },
  );
  return { intent, patient, amountCents, amountAll, reason, dateOfService, cancelReason };
}

export function expectFrame(text: string, expected: Partial<Frame>, today = TODAY): void {
  expect(frameOf(text, today)).toEqual({ ...NOTHING, ...expected });
}

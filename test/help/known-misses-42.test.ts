/**
 * Families of general questions answered with the wrong article in a blind probe of `cli ask`
 * (round 5), each fixed by the rule that failed:
 *
 * 1. Taking an amount off what a patient owes ("knock $15 off what she owes", "take 20 bucks off her
 *    balance", "reduce what the patient owes", "comp part of her balance"): right PR not collected,
 *    a write-off, not a balance look-up; a long wait is service recovery (synonym-phrases.ts).
 * 2. Erasing part of a bill, or a bill the patient will never pay, in a beginner's verbs (erase,
 *    delete, remove, wipe): a write-off, since a cancel is for wrong PR and always takes all of it
 *    (DOMAIN §3) (synonym-phrases.ts).
 * 3. A cancel and a write-off compared in shorthand ("diff", "cxl", "w/o", "pt resp"): the article
 *    that tells them apart, with no refusal section, since no charge is told of
 *    (cancel-blocker-told.ts, synonym-phrases.ts).
 */
import { describe, expect, it } from 'vitest';
import { cancelBlockerTold } from '../../src/help/cancel-blocker-told.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const { ask } = demo;

describe('1. an amount taken off what a patient owes', () => {
  it.each([
    'how do I knock $15 off what a patient owes because they waited two hours?',
    'how do I take 20 bucks off her balance for the long wait?',
    "can I shave $10 off the patient's bill since we ran late?",
    'how do i reduce what the patient owes by $25 as a courtesy',
    "how do I comp part of a patient's balance",
    'how do I zero out part of what a pt owes',
    'how do I discount what a patient owes',
  ])('%s', async (question) => {
    const { topic } = await ask(question);
    expect(['write-off-how', 'write-off-reasons']).toContain(topic);
  });

  it('a long wait is service recovery', async () => {
    const { answer } = await ask('how do I knock $15 off what a patient owes because they waited two hours?');
    expect(answer).toMatch(/Service recovery/);
  });

  it.each(['what does Jane Doe owe?', 'how much does the patient owe?'])(
    'near miss: %s',
    async (question) => {
      const { topic } = await ask(question);
      expect(topic).toBe('balance-lookup');
    },
  );
});

describe('2. part of a bill, or a bill never paid, erased', () => {
  it.each([
    "how can I erase part of a patient's bill that they're never going to pay?",
    "how do i wipe out some of what he owes, he won't ever pay it",
    "can I remove part of a pt's bill they can't afford",
    'how do i delete some of the PR the patient will never pay',
    "how do I delete a balance the patient can't pay?",
    "how do I delete part of the balance, they can't pay",
  ])('%s', async (question) => {
    const { topic } = await ask(question);
    expect(['write-off-how', 'write-off-vs-cancel']).toContain(topic);
  });

  it.each([
    'how do I delete a PR that was entered by mistake?',
    'how do i erase a charge that was a duplicate',
    'how do I cancel PR?',
  ])('near miss: %s', async (question) => {
    const { topic } = await ask(question);
    expect(topic).toBe('cancel-pr');
  });
});

describe('3. a cancel and a write-off compared, in shorthand', () => {
  it.each([
    'whats the diff between a cancel and a write off on patient resp',
    'diff btwn cxl and w/o on pt resp',
    'cancel compared to a write off on pt resp?',
    "what's the difference between cancelling PR and writing it off",
    'w/o vs cxl on patient responsibility',
    "cancel versus write-off on a pt's portion",
  ])('%s', async (question) => {
    expect(cancelBlockerTold(question)).toBeNull();
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-vs-cancel');
    expect(answer).not.toMatch(/Write-offs are applied|Undo those write-offs first/);
  });

  it.each([
    ['trying to cancel a custom charge that had a discount written off', 'HAS_WRITE_OFFS'],
    ['cancel won’t work, the patient already paid part of it', 'HAS_PAYMENTS'],
  ])('near miss: %s', (question, code) => {
    expect(cancelBlockerTold(question)).toBe(code);
  });
});

/**
 * A help question of the thirteenth probe: "the collections agency recovered $80 from Tom Baker, how
 * do I get that balance back on the books?" was answered with the write-off reasons (it names a
 * collection agency), and, about the demo's Tom Baker, with his balance. Written-off PR comes back
 * only by undoing the write-off, so a written-off balance asked back is the undo's, with or without a
 * patient (restore-asked.ts). Asked through `cli ask`, as the outside checks ask, on the demo practice.
 */
import { describe, expect, it } from 'vitest';
import { actionAsked } from '../../src/help/action-asked.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;

describe('a written-off balance asked back is answered by the undo article', () => {
  it.each([
    'the collections agency recovered $80, how do I get that balance back on the books?',
    // Variants: reinstated, restored, brought back, paid after all, back on the ledger.
    'how do I reinstate a balance we wrote off last month?',
    'we wrote off his bill as bad debt but he paid after all, what now?',
    'can I restore the $40 I wrote off for a patient?',
    'the patient paid after all, how do I bring back what we wrote off?',
    'collections got the money after all, how do I put the written-off PR back on the ledger?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).toMatch(/undo/i);
    expect(actionAsked(question)).toBe('undo_write_off');
  });

  it('about a demo patient, it is the undo, not his balance', async () => {
    const answer = await ask(
      'the collections agency recovered $80 from Tom Baker, how do I get that balance back on the books?',
    );
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).not.toMatch(/^Tom Baker owes/);
    expect(answer.answer).toContain('Money came in on a written-off balance');
  });

  // Counter-examples: a refund brings a balance back its own way, a reason asked is a reason, a
  // balance asked is a look-up.
  it.each([
    ['does refunding bring the balance back?', 'refund-payment'],
    ['after refund the PR came back, is that right?', 'refund-payment'],
    ['which reason do I pick when an account goes to the collection agency?', 'write-off-reasons'],
    ['mrs garcia paid her copay twice last month and wants one back', 'refund-payment'],
    ['how much does Tom Baker owe?', 'balance-lookup'],
  ])('%s -> %s', async (question, topic) => {
    expect((await ask(question)).topic).toBe(topic);
  });
});

/**
 * General questions that landed on the wrong article, each fixed by the rule that failed, by family
 * rather than by sentence:
 *
 * 1. An action asked beside the story's or the charge's words ("can I write off a late fee?",
 *    "insurance denied the claim, can I write off the PR?", "how do I write off a balance as a
 *    biller?"): an article ranked first on those words alone, not on its own task, gives way to the
 *    action's article (task-named.ts). "can I write it off" asks the write-off (action-asked.ts); a
 *    "no-show fee" is a fee, not a visit that never happened (synonym-phrases.ts).
 * 2. What the assistant is for ("what can you do?", "what does the app do?", "help"): every action,
 *    then how to start a write-off (overview-asked.ts).
 * 3. Changing a patient's address, phone or insurance is the patient records' family of what the
 *    app does not do (not-done-asked.ts).
 *
 * Counter-examples that already worked are kept beside each family.
 */
import { describe, expect, it } from 'vitest';
import { useDemoPractice } from './support/demo-practice.ts';

const { ask } = useDemoPractice();

function firstParagraph(answer: string): string {
  return answer.split('\n\n')[0] ?? '';
}

describe('1. an action asked beside words of another article', () => {
  it.each([
    // The kind of charge or fee.
    ['can I write off a late fee?', 'write-off-how'],
    ['can I write off a no-show fee?', 'write-off-how'],
    ['can I write off a missed appointment fee?', 'write-off-how'],
    ['can I write off an interest charge?', 'write-off-how'],
    ['can I write off an old balance?', 'write-off-how'],
    ['can I write off a patient balance from last year?', 'write-off-how'],
    ['can I write off a collections balance?', 'write-off-how'],
    ['can I refund a late fee?', 'refund-payment'],
    // Something happened first.
    ['insurance denied the claim, can I write off the PR?', 'write-off-how'],
    ['the claim was denied, can I write off what the patient owes?', 'write-off-how'],
    ['the payer denied it, can I write it off?', 'write-off-how'],
    ['the patient moved away, can I write off the balance?', 'write-off-how'],
    ['the patient complained, can I waive the copay?', 'write-off-how'],
    // A role stated.
    ['how do I write off a balance as a biller?', 'write-off-how'],
    ['how do I write off a balance as a billing manager?', 'write-off-how'],
    ['how do I write off a copay as an admin?', 'write-off-how'],
    ['how do I write off a copay as a biller?', 'write-off-how'],
  ])('%s', async (question, topic) => {
    const { topic: got, answer } = await ask(question);
    expect(got).toBe(topic);
    expect(firstParagraph(answer)).not.toMatch(/^The billing app (?:does|creates|sends|holds)/);
  });

  it.each([
    // The question names the other article's own task: it keeps it.
    ['can I write off a small balance?', 'small-balance-batch'],
    ['how do I write off small balances as a manager?', 'small-balance-batch'],
    ['the patient died, can I write off the balance?', 'write-off-reasons'],
    ['the patient declared bankruptcy, can I write off what they owe?', 'write-off-reasons'],
    ['how do I approve a write-off as a manager?', 'approvals-limits'],
    ['how do I look up a balance as a viewer?', 'balance-lookup'],
    ['my write-off went for approval, can I cancel it?', 'approvals-limits'],
    // Each action's own article.
    ['can I refund a copay?', 'refund-payment'],
    ['can I cancel a placeholder charge?', 'cancel-pr'],
    ['can I cancel a duplicate charge?', 'cancel-pr'],
    ['the remittance came in, can I cancel the estimate?', 'cancel-pr'],
    ['the patient paid twice, can I refund one?', 'refund-payment'],
    ['I wrote off the wrong amount, can I undo it?', 'undo-write-off'],
    ['how do I undo a write-off as a biller?', 'undo-write-off'],
    ['how do I refund a payment as a billing manager?', 'refund-payment'],
    ['how do I cancel PR as a biller?', 'cancel-pr'],
    // The app's refusal told stays with the refusals article.
    ["the app won't let me write off, what's wrong", 'write-off-blocked'],
    ["why can't I write off a late fee?", 'write-off-blocked'],
  ])('kept: %s', async (question, topic) => {
    const { topic: got } = await ask(question);
    expect(got).toBe(topic);
  });

  it.each([
    ['writeoff how', 'write-off-how'],
    ['how do i writeoff', 'write-off-how'],
    ['w/o steps', 'write-off-how'],
    ['refund?', 'refund-payment'],
    ['refund how', 'refund-payment'],
    ['undo pls', 'undo-write-off'],
    ['undo?', 'undo-write-off'],
    ['cancel pr?', 'cancel-pr'],
    ['small bal batch', 'small-balance-batch'],
    ['reasons?', 'write-off-reasons'],
    ['my limit?', 'approvals-limits'],
    ['approve how', 'approvals-limits'],
    ['balance?', 'balance-lookup'],
    ['why blocked', 'write-off-blocked'],
  ])('short: %s', async (question, topic) => {
    const { topic: got } = await ask(question);
    expect(got).toBe(topic);
  });
});

describe('2. what the assistant is for', () => {
  it.each([
    'what does the app do?',
    'what can you do?',
    'what can this bot help with',
    'what can the bot do?',
    'what is this bot for?',
    'how can you help me?',
    'what can I do here?',
    'what can I use this for?',
    'what are you for?',
    'what do you do',
    'what are the commands?',
    'help',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-how');
    const lead = firstParagraph(answer);
    for (const action of ['Write off', 'Undo a write-off', 'Cancel PR', 'Refund', 'Look up', 'approval'])
      expect(lead).toContain(action);
    expect(answer).toContain('/writeoff');
  });

  it.each([
    ['what can I do about a paid charge?', 'write-off-blocked'],
    ['what does undo do?', 'undo-write-off'],
  ])('an action or a charge named is no overview: %s', async (question, topic) => {
    const { topic: got, answer } = await ask(question);
    expect(got).toBe(topic);
    expect(firstParagraph(answer)).not.toContain('The billing app works on what patients owe');
  });
});

describe("3. a patient's contact details and insurance are changed elsewhere", () => {
  it.each([
    "can I change a patient's address here?",
    "can I fix the patient's address?",
    "how do I change a patient's email?",
    "can I change a patient's insurance?",
    "can I update the patient's insurance info?",
  ])('%s', async (question) => {
    const { answer } = await ask(question);
    expect(firstParagraph(answer)).toContain('does not add, edit, merge or delete patients');
  });

  it.each([
    ["can I update a patient's phone number?", 'holds no Social Security numbers, addresses, phone numbers'],
    ['can I write off the insurance balance?', 'writes off patient responsibility (PR) only'],
  ])('kept: %s', async (question, said) => {
    const { answer } = await ask(question);
    expect(firstParagraph(answer)).toContain(said);
  });
});

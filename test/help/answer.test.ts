/** Answers: the relevant part of the right article, or the ledger's blockers first when known. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Blocker, blocker } from '../../src/domain/blockers.ts';
import { addEntry, type EntryKind, totalsFromSums, ZERO_SUMS } from '../../src/domain/charge.ts';
import { checkCancel } from '../../src/domain/rules/cancel.ts';
import type { ActorFacts, ChargeFacts } from '../../src/domain/rules/facts.ts';
import { noPaymentToRefund } from '../../src/domain/rules/refund.ts';
import { checkWriteOff } from '../../src/domain/rules/write-off.ts';
import { answerQuestion, MAX_ANSWER_CHARS } from '../../src/help/answer.ts';
import { readLabelledQuestions } from '../../src/help/evaluation.ts';
import { explainBlockers } from '../../src/help/explain-blockers.ts';
import { createHelpDesk } from '../../src/help/search.ts';

const desk = createHelpDesk();
const biller: ActorFacts = { userId: 'UBILLER01', role: 'biller', limitCents: 10_000 };

function charge(
  entries: [EntryKind, number][],
  prSource: ChargeFacts['prSource'] = 'remittance',
): ChargeFacts {
  const sums = entries.reduce((s, [kind, cents]) => addEntry(s, kind, cents), ZERO_SUMS);
  return { prSource, totals: totalsFromSums(sums), lastWriteOff: null };
}

describe('answerQuestion without a situation', () => {
  it('leads with the section on the refusal the question quotes', () => {
    const quoted = answerQuestion(
      'it says the balance changed when I hit confirm on write off all, why',
      desk,
    );
    expect(quoted.topic).toBe('write-off-blocked');
    expect(quoted.answer).toContain('The outstanding PR is now');
    const tooltip = answerQuestion(
      'The Write Off button tooltip says nothing is outstanding. what now?',
      desk,
    );
    expect(tooltip.topic).toBe('write-off-blocked');
    const pasted = answerQuestion(
      'msg says `BALANCE_CHANGED` after I clicked confirm on write off all',
      desk,
    );
    expect(pasted.topic).toBe('write-off-blocked');
    expect(pasted.answer).toContain('The outstanding PR is now');
    // A quoted refusal belongs to the action asked about: a cancel that meets a payment.
    const cancel = answerQuestion(
      'I need to cancel a self-pay charge that was already paid, what order do I do things in?',
      desk,
    );
    expect(cancel.topic).toBe('cancel-pr');
    const state = answerQuestion("why does it say the PR was cancelled and can't be written off?", desk);
    expect(state.topic).toBe('write-off-blocked');
    const plain = answerQuestion('why was my write off refused when I hit confirm on write off all', desk);
    expect(plain.answer).not.toContain('The outstanding PR is now');
  });

  it('answers from the top article and names it as the source', () => {
    const result = answerQuestion('how do I refund a copay?', desk);
    expect(result.topic).toBe('refund-payment');
    expect(result.sources).toEqual(['refund-payment']);
    expect(result.answer).toContain('Confirm refund');
    expect(result.answer).toContain('does not remove the PR');
    expect(result.answer).toContain('(refund-payment)');
  });

  it('picks the section that matches, not just the start of the article', () => {
    const result = answerQuestion('can I write off only part of what the patient owes?', desk);
    expect(result.topic).toBe('write-off-how');
    expect(result.answer).toContain('Write off part of what the patient owes');
  });

  it.each([
    'which write-off reasons need a note?',
    'why is the write off button disabled?',
    'what is the difference between writing off and cancelling PR?',
    'how do I cancel PR?',
  ])('keeps %j to Slack-sized mrkdwn', (question) => {
    const { answer } = answerQuestion(question, desk);
    expect(answer.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(answer).not.toMatch(/^#/m);
    expect(answer).not.toContain('<!--');
    expect(answer).not.toContain('**');
  });

  it('stays within the length limit and names its source for every labelled question', () => {
    const questions = readLabelledQuestions(fileURLToPath(new URL('./questions.jsonl', import.meta.url)));
    for (const { text } of questions) {
      const result = answerQuestion(text, desk);
      expect(result.answer.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
      expect(result.sources[0]).toBe(result.topic);
      expect(result.answer).toContain(`(${result.topic})`);
    }
  });

  it('says so, with no topic, when nothing matches', () => {
    const result = answerQuestion('zxqv plorf', desk);
    expect(result.topic).toBeNull();
    expect(result.sources).toEqual([]);
    expect(result.answer).toMatch(/could not find/);
  });
});

describe('answerQuestion with a situation', () => {
  it('leads with why the write-off is blocked and what to do, from the rules themselves', () => {
    const paid = charge([
      ['pr_assessed', 12_000],
      ['payment', 12_000],
    ]);
    const blockers = checkWriteOff(paid, {}, biller);
    const result = answerQuestion("why can't I write off Jane Doe?", {
      ...desk,
      situation: { blockers, subject: 'Jane Doe – Office visit 99213 (2026-10-02)' },
    });
    expect(result.topic).toBe('write-off-blocked');
    expect(result.sources[0]).toBe('write-off-blocked');
    const lines = result.answer.split('\n');
    expect(lines[0]).toBe('*Jane Doe – Office visit 99213 (2026-10-02)*');
    expect(lines[1]).toContain('already paid ($120.00 received)');
    expect(result.answer).toContain('Refund the payment first');
    expect(result.answer.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  });

  it('explains "no payment to refund" with its own section, not the one on refunding too much', () => {
    const result = answerQuestion("why can't I refund Bob Smith?", {
      ...desk,
      situation: {
        blockers: [noPaymentToRefund('all_refunded')],
        subject: 'Bob Smith',
        action: 'refund_payment',
      },
    });
    expect(result.topic).toBe('refund-payment');
    expect(result.answer).toContain('Every payment on this charge has already been refunded in full.');
    expect(result.answer).toContain('There is no payment on this charge to refund');
    expect(result.answer).not.toContain('At most $X');
  });

  it('takes the topic from the first blocker, even when the question words point elsewhere', () => {
    const blockers = checkCancel(charge([['pr_assessed', 5_000]], 'remittance'), 'duplicate', biller);
    const result = answerQuestion('how do I write off this?', {
      ...desk,
      situation: { blockers, subject: 'Bob Smith', action: 'cancel_pr' },
    });
    expect(result.topic).toBe('cancel-pr');
    expect(result.answer).toContain('insurance remittance');
    expect(result.answer).toContain('post a corrected remittance');
  });

  it('names every article the blockers come from', () => {
    const blockers: Blocker[] = [
      blocker(
        'NOTE_REQUIRED',
        '"Bad debt – uncollectible" needs a note.',
        'Add a note.',
        'fix_reason',
        'note',
      ),
      blocker(
        'OVER_LIMIT',
        '$250.00 is above your limit of $100.00.',
        'It goes for approval.',
        'request_approval',
      ),
    ];
    const result = answerQuestion('write off $250 bad debt', {
      ...desk,
      situation: { blockers, subject: 'Jane Doe' },
    });
    expect(result.topic).toBe('write-off-reasons');
    expect(result.sources).toEqual(['write-off-reasons', 'approvals-limits']);
  });

  it('answers from the articles when nothing is blocked', () => {
    const result = answerQuestion('how do I write off?', {
      ...desk,
      situation: { blockers: [], subject: 'Jane Doe' },
    });
    expect(result.topic).toBe('write-off-how');
    expect(result.answer).toMatch(/^\*Jane Doe\*\nNothing stands in the way/);
  });
});

describe('explainBlockers', () => {
  it('gives each blocker its explanation, next step and help article', () => {
    const text = explainBlockers([
      blocker('PR_PAID', 'This PR is already paid.', 'Refund the payment first.', 'refund_payment'),
      blocker('HAS_WRITE_OFFS', '$10.00 is written off.', 'Undo the write-offs first.', 'undo_write_off'),
    ]);
    expect(text.split('\n')).toEqual([
      '• This PR is already paid.',
      '   Next: Refund the payment first. (help: `write-off-blocked`)',
      '• $10.00 is written off.',
      '   Next: Undo the write-offs first. (help: `cancel-pr`)',
    ]);
  });

  it('is empty for no blockers', () => {
    expect(explainBlockers([])).toBe('');
  });
});

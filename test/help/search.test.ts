/** Ranked search: the right article first for how billers actually write. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/help/articles.ts';
import { readLabelledQuestions, scoreTopOne, type TopOneScore } from '../../src/help/evaluation.ts';
import { createHelpDesk, searchHelp } from '../../src/help/search.ts';
import { expandTerm, normalizeText } from '../../src/help/synonyms.ts';
import { sharedDomainTerms } from '../../src/help/terms.ts';
import type { HelpTopicId } from '../../src/help/topics.ts';
import { evalSetPath } from '../support/eval-sets.ts';

const desk = createHelpDesk();
const { index } = desk;
const OWN_QUESTIONS = fileURLToPath(new URL('./questions.jsonl', import.meta.url));
const HELD_OUT_QUESTIONS = fileURLToPath(new URL('./holdout.jsonl', import.meta.url));
const DEV_QUESTIONS = evalSetPath('help-dev.jsonl');
const MIN_TOP_ONE = 0.95;
/** README: right article first on 100% of the shared dev set and of our own questions. */
const README_TOP_ONE = 1;
const HAS_DEV_QUESTIONS = existsSync(DEV_QUESTIONS);
/** In CI the dev set must be there: a figure README states may not turn into a silent skip. */
const RUN_DEV_QUESTIONS = HAS_DEV_QUESTIONS || process.env.CI === 'true';

const missed = (score: TopOneScore) =>
  score.misses.map((m) => `${m.question.text} → ${m.got[0]?.id ?? 'nothing'}`).join('; ');

const terms = (text: string) =>
  normalizeText(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .flatMap((t) => expandTerm(t) ?? []);

describe('synonym layer', () => {
  it.each<[string, string]>([
    ['w/o $40 for Jane', 'writeoff'],
    ['write-off', 'writeoff'],
    ['wrote it off', 'writeoff'],
    ['adjusted the balance', 'writeoff'],
    ['can we waive it', 'writeoff'],
    ['patient responsibility', 'pr'],
    ['what does she owe', 'balance'],
    ['the button is grayed out', 'blocked'],
    ["it won't let me", 'blocked'],
    ['take it back', 'undo'],
    ['reversed', 'undo'],
    ['pay the patient back', 'refund'],
    ['copay', 'payment'],
    ['void it', 'cancel'],
    ['tiny balances', 'small'],
    ['under $5', 'small'],
    ['over my limit', 'limit'],
    ['needs approval', 'approve'],
    ['from insurance', 'remittance'],
    ['unod it', 'undo'],
    ['cancle pr', 'cancel'],
    ['apporval', 'approve'],
    ['balence', 'balance'],
  ])('%j means %s', (text, concept) => {
    expect(terms(text)).toContain(concept);
  });

  it('joins a blocked action into one term, so "cannot cancel" is not "cannot write off"', () => {
    expect(terms("why can't I write this off")).toContain('blockedwriteoff');
    expect(terms('cancel is greyed out')).toContain('blockedcancel');
    expect(terms('cancel blocked because of write-offs')).not.toContain('blockedwriteoff');
  });
});

describe('task words outrank the nouns every article shares', () => {
  it('counts PR and patient as shared, and no article task word as shared', () => {
    const shared = sharedDomainTerms(loadArticles());
    expect(shared).toContain('pr');
    expect(shared).toContain('patient');
    for (const task of ['writeoff', 'undo', 'cancel', 'refund']) expect(shared).not.toContain(task);
  });

  it.each<[string, HelpTopicId]>([
    ['guide me on writing off patient responsibility', 'write-off-how'],
    ['steps to refund patient responsibility', 'refund-payment'],
    ['is an undo of a write-off final', 'undo-write-off'],
  ])('%j → %s', (question, topic) => {
    expect(searchHelp(question, 3, index)[0]?.id).toBe(topic);
  });

  it('reads a blocker name as the blocker, and finds the article that is its home', () => {
    // One term each (stemmed like every other), so "outstanding" alone does not pull to balances.
    expect(terms('NOTHING_OUTSTANDING')).toEqual(terms('nothing outstanding'));
    expect(terms('nothing outstanding')).toHaveLength(1);
    expect(terms('remittance PR')).toHaveLength(1);
    expect(searchHelp('what is "amount exceeds outstanding"?', 3, index)[0]?.id).toBe('write-off-blocked');
    expect(searchHelp('what does HAS_PAYMENTS mean', 3, index)[0]?.id).toBe('cancel-pr');
  });
});

describe('searchHelp', () => {
  it.each<[string, HelpTopicId]>([
    ['how do I w/o part of a visit', 'write-off-how'],
    ['cancel or write off, which is right for a duplicate?', 'write-off-vs-cancel'],
    ['the writeoff option is grayed out', 'write-off-blocked'],
    ['take back the write off I did this morning', 'undo-write-off'],
    ['patient overpaid their copay, pay them back', 'refund-payment'],
    ['void a self pay charge entered in error', 'cancel-pr'],
    ['what note does bankruptcy need', 'write-off-reasons'],
    ['w/o all balances under $3', 'small-balance-batch'],
    ['over my limit, who signs off?', 'approvals-limits'],
    ['how much does Bob Smith owe', 'balance-lookup'],
  ])('%j → %s', (question, topic) => {
    expect(searchHelp(question, 3, index)[0]?.id).toBe(topic);
  });

  it('returns at most k ranked hits, best first, each with its best section', () => {
    const hits = searchHelp('how do I undo a write-off', 3, index);
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(hits[0]?.title).toBe('Undo a write-off');
    expect(hits[0]?.section).toMatch(/undo/i);
  });

  it('finds nothing for a question about something else', () => {
    expect(searchHelp('zxqv plorf', 3, index)).toEqual([]);
  });
});

describe('top-1 accuracy', () => {
  it('is 100% on our own labelled questions, as README says', () => {
    const questions = readLabelledQuestions(OWN_QUESTIONS);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const score = scoreTopOne(questions, desk);
    expect(score.accuracy, `misses: ${missed(score)}`).toBe(README_TOP_ONE);
  });

  it(`is at least ${MIN_TOP_ONE * 100}% on the held-out questions in new wording (50 or more)`, () => {
    const questions = readLabelledQuestions(HELD_OUT_QUESTIONS);
    expect(questions.length).toBeGreaterThanOrEqual(50);
    const score = scoreTopOne(questions, desk);
    expect(score.accuracy, `misses: ${missed(score)}`).toBeGreaterThanOrEqual(MIN_TOP_ONE);
  });

  it('covers every topic in our own questions', () => {
    const topics = new Set(readLabelledQuestions(OWN_QUESTIONS).flatMap((q) => q.expect.topic));
    expect(topics.size).toBe(10);
  });

  it.skipIf(!RUN_DEV_QUESTIONS)(
    'is 100% on the shared dev set, as README says (and the set is there in CI)',
    () => {
      expect(HAS_DEV_QUESTIONS, `the help dev set is missing at ${DEV_QUESTIONS}`).toBe(true);
      const score = scoreTopOne(readLabelledQuestions(DEV_QUESTIONS), desk);
      expect(score.accuracy, `misses: ${missed(score)}`).toBe(README_TOP_ONE);
    },
  );

  if (!RUN_DEV_QUESTIONS) {
    console.warn(`help dev set not found at ${DEV_QUESTIONS}: its accuracy test is skipped`);
  }
});

/**
 * Help questions of the fifteenth probe, each fixed by a rule about the question's wording:
 *
 * 1. "where do I go to write off a copay a patient refuses to pay" went to the refusals article: a
 *    patient refusing to pay is the story (a debt not collected), not the app refusing.
 * 2. "the write off button is grey, what does that mean" went to the how-to: a control that is grey
 *    or will not click is the app refusing, as "greyed out" already was.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/help/answer.ts';
import { asksWhyRefused } from '../../src/help/refusal-asked.ts';
import { createHelpDesk } from '../../src/help/search.ts';

const desk = createHelpDesk();

// General questions, with no patient's situation: the topic `cli ask` answers with.
async function topicOf(question: string): Promise<string | null> {
  return answerQuestion(question, desk).topic;
}

describe('1. a patient who refuses to pay is the story, not a refusal by the app', () => {
  it.each([
    'where do I go to write off a copay a patient refuses to pay',
    // Variants: other tenses and words for the patient's refusal.
    'how do I write off a balance the patient won’t pay',
    'how do I write off a bill a patient refused to pay',
    'the patient declined to pay her copay, how do I write it off?',
  ])('%s', async (question) => {
    expect(['write-off-how', 'write-off-reasons']).toContain(await topicOf(question));
    expect(asksWhyRefused(question)).toBe(false);
  });

  // Counter-examples: the app's own refusal still is one.
  it.each(['the write-off form refused my amount, why?', 'why can’t I write off the copay?'])(
    '%s',
    async (question) => {
      expect(await topicOf(question)).toBe('write-off-blocked');
      expect(asksWhyRefused(question)).toBe(true);
    },
  );
});

describe('2. a grey or unclickable control is the app refusing', () => {
  it.each([
    'the write off button is grey, what does that mean',
    // Variants: the other spelling, a control that will not click.
    'the write-off button is gray?',
    'the writeoff button won’t click, what does that mean',
    'write off button looks grey for this charge',
  ])('%s', async (question) => {
    expect(await topicOf(question)).toBe('write-off-blocked');
    expect(asksWhyRefused(question)).toBe(true);
  });

  // Counter-example: a write-off asked how, with no refusal, stays the how-to.
  it('how do I write off a copay?', async () => {
    expect(await topicOf('how do I write off a copay?')).toBe('write-off-how');
  });
});

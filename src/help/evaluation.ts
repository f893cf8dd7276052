/**
 * Top-1 accuracy of the help desk on labelled questions (`{"text", "expect": {"topic": [ids]}}`):
 * the topic `cli ask` answers a general question with, after the answer's own rules (a quoted
 * refusal, an action asked, no refusal asked) have weighed the search's ranking.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { answerQuestion } from './answer.ts';
import { type HelpDesk, type HelpHit, searchHelp } from './search.ts';
import { HELP_TOPIC_IDS } from './topics.ts';

const labelledQuestionSchema = z.object({
  text: z.string().min(1),
  expect: z.object({ topic: z.array(z.enum(HELP_TOPIC_IDS)).min(1) }),
});
export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

export interface Miss {
  readonly question: LabelledQuestion;
  readonly got: readonly HelpHit[];
}

export interface TopOneScore {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
  readonly misses: readonly Miss[];
}

/** One labelled question per line; a malformed line is an error naming its line number. */
export function readLabelledQuestions(file: string): LabelledQuestion[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const parsed = labelledQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return [parsed.data];
    });
}

/** Right when the answer's topic is one of the expected topics; a miss shows the search's ranking. */
export function scoreTopOne(questions: readonly LabelledQuestion[], desk: HelpDesk): TopOneScore {
  const misses: Miss[] = [];
  for (const question of questions) {
    const { topic } = answerQuestion(question.text, desk);
    if (!topic || !question.expect.topic.includes(topic))
      misses.push({ question, got: searchHelp(question.text, 3, desk.index) });
  }
  const total = questions.length;
  const correct = total - misses.length;
  return { correct, total, accuracy: total === 0 ? 0 : correct / total, misses };
}

/** Top-1 accuracy of the help search on labelled questions (`{"text", "expect": {"topic": [ids]}}`). */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type HelpHit, type HelpIndex, searchHelp } from './search.ts';
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

/** Right when the first article is one of the expected topics. */
export function scoreTopOne(questions: readonly LabelledQuestion[], index: HelpIndex): TopOneScore {
  const misses: Miss[] = [];
  for (const question of questions) {
    const got = searchHelp(question.text, 3, index);
    const first = got[0];
    if (!first || !question.expect.topic.includes(first.id)) misses.push({ question, got });
  }
  const total = questions.length;
  const correct = total - misses.length;
  return { correct, total, accuracy: total === 0 ? 0 : correct / total, misses };
}

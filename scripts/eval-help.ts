/**
 * Scores the help desk: top-1 accuracy (the topic answered is a right one) on labelled questions.
 * Usage: npm run eval:help [-- file.jsonl …]; by default the shared dev set beside the repo.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabelledQuestions, scoreTopOne } from '../src/help/evaluation.ts';
import { defaultHelpDesk } from '../src/help/search.ts';

const DEFAULT_FILE = fileURLToPath(new URL('../../shared/eval/help-dev.jsonl', import.meta.url));

const files = process.argv.slice(2);
const desk = defaultHelpDesk();
for (const file of files.length > 0 ? files : [DEFAULT_FILE]) {
  const score = scoreTopOne(readLabelledQuestions(file), desk);
  for (const { question, got } of score.misses) {
    const ranked = got.map((h) => `${h.id} (${h.score.toFixed(1)})`).join(', ') || 'no match';
    console.log(
      `miss: ${JSON.stringify(question.text)}\n  want ${question.expect.topic.join(' | ')}; got ${ranked}`,
    );
  }
  const percent = (score.accuracy * 100).toFixed(1);
  // Relative to the working directory: printed figures are pasted into notes and the README.
  console.log(`${relative(process.cwd(), file)}: top-1 ${score.correct}/${score.total} = ${percent}%`);
}

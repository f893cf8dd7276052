/**
 * Scores the deterministic parser on labelled examples.
 *   npm run eval                          -> ../shared/eval/nlu-dev.jsonl
 *   npm run eval -- test/nlu/cases.jsonl  -> our own cases
 *   npm run eval -- FILE --today 2026-11-27
 */
import { readFileSync } from 'node:fs';
import { formatReport, parseCasesJsonl, scoreCases } from '../src/nlu/eval/score.ts';
import { parseRequest } from '../src/nlu/parse.ts';

const DEFAULT_CASES = '../shared/eval/nlu-dev.jsonl';
const EVAL_TODAY = '2026-11-27';

interface EvalArgs {
  readonly today: string;
  readonly paths: string[];
}

function parseArgs(argv: readonly string[]): EvalArgs {
  let today = EVAL_TODAY;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--today') today = argv[++i] ?? EVAL_TODAY;
    else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
    else paths.push(arg);
  }
  return { today, paths: paths.length > 0 ? paths : [DEFAULT_CASES] };
}

function main(argv: readonly string[]): number {
  const { today, paths } = parseArgs(argv);
  for (const path of paths) {
    const cases = parseCasesJsonl(readFileSync(path, 'utf8'));
    const report = scoreCases(cases, (text) => parseRequest(text, { today }));
    process.stdout.write(`# ${path} (today ${today})\n${formatReport(report)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));

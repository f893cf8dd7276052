/**
 * Scores the deterministic parser on labelled examples.
 *   npm run eval                          -> the shared dev set (when it is there), our own cases
 *                                            and the held-out batch, one report each
 *   npm run eval -- test/nlu/cases.jsonl  -> one file
 *   npm run eval -- FILE --today 2026-11-27
 */
import { existsSync, readFileSync } from 'node:fs';
import { formatReport, parseCasesJsonl, scoreCases } from '../src/nlu/eval/score.ts';
import { parseRequest } from '../src/nlu/parse.ts';

const SHARED_DEV_SET = `${process.env.EVAL_DIR ?? '../shared/eval'}/nlu-dev.jsonl`;
const OWN_SETS = ['test/nlu/cases.jsonl', 'test/nlu/holdout.jsonl'];

/** Every set there is: the shared dev set sits beside the repository and may be missing. */
function defaultPaths(): string[] {
  if (existsSync(SHARED_DEV_SET)) return [SHARED_DEV_SET, ...OWN_SETS];
  process.stderr.write(`${SHARED_DEV_SET} is not there (set EVAL_DIR): scoring our own sets only\n`);
  return OWN_SETS;
}
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
  return { today, paths: paths.length > 0 ? paths : defaultPaths() };
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

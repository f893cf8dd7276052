/**
 * Redaction cost with a large directory: builds the name index for PATIENTS patients (default
 * 100,000; names from syllables, as a real directory has many distinct ones), then redacts a
 * 500-character request many times and prints the build time and the per-request figures.
 *   npm run bench:redact [-- PATIENTS]
 * Prints figures only; the target (issue 9) is under 1 ms per 500-character request.
 */
import { buildNameIndex } from '../src/nlu/name-index.ts';
import { redact } from '../src/nlu/redact.ts';

const patientCount = Number(process.argv[2] ?? 100_000) || 100_000;
const ROUNDS = 2_000;
const SYLLABLES =
  'zor qua vex lum dar kesh tiv mo ri yan bel gor nix pla thu wen xa ul fen sko brin ja tal oz'.split(' ');

let seed = 7;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
function syllableName(parts: number): string {
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const names: string[] = [];
for (let i = 0; i < patientCount; i++) names.push(syllableName(2 + (i % 2)), syllableName(3 + (i % 2)));
names.push('Jane', 'Doe', 'María', 'García');

const buildStarted = performance.now();
const index = buildNameIndex(names);
const buildMs = performance.now() - buildStarted;

const REQUEST = [
  "pls write off whatever mrs doe's account still has, DOB March 4 1950, mrn 48213, she lost her job",
  'and is struggling; also check Garcia, Maria (jd@example.org, (555) 201-7788) for the 10/3 visit,',
  'the agency took it. Zorquavex Lumdar called twice about the $1,250.00 charge from Oct 3rd and asked',
  'why the balance is still open. Jnae Doe says the insurance paid in full; please review and confirm',
  'before end of day. Thanks!',
]
  .join(' ')
  .padEnd(500, ' thanks')
  .slice(0, 500);

for (let i = 0; i < 200; i++) redact(REQUEST, index); // warm up the JIT
const timesMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const started = performance.now();
  redact(REQUEST, index);
  timesMs.push(performance.now() - started);
}
timesMs.sort((a, b) => a - b);
const at = (q: number) =>
  (timesMs[Math.min(timesMs.length - 1, Math.floor(q * timesMs.length))] ?? 0).toFixed(3);

console.log(
  `patients: ${patientCount.toLocaleString('en-US')} (${index.tokenCount.toLocaleString('en-US')} distinct name tokens)`,
);
console.log(`index build: ${buildMs.toFixed(0)} ms (once per directory version)`);
console.log(`request: ${REQUEST.length} characters, ${ROUNDS} rounds`);
console.log(
  `redact: min ${at(0)} ms, p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
);
console.log(`sample output: ${redact(REQUEST, index).text.slice(0, 160)}…`);

/** The benchmark table, as Markdown for bench/RESULTS.md and as plain text for the terminal. */
import type { Figure } from './figures.ts';

const HEADERS = ['figure', 'value', 'baseline', 'ratio', 'target', 'result'] as const;

function cells(figure: Figure): string[] {
  const value = `${figure.value}${figure.unit === '' ? '' : ` ${figure.unit}`}`;
  const baseline = figure.baseline ? `${figure.baseline.value} (${figure.baseline.label})` : '-';
  const ratio = figure.ratio === null ? '-' : `${figure.ratio}x`;
  const result = figure.pass === null ? 'info' : figure.pass ? 'pass' : 'FAIL';
  return [figure.label, value, baseline, ratio, figure.target, result];
}

export interface Results {
  readonly startedAt: string;
  readonly machine: Record<string, string | number>;
  readonly figures: readonly Figure[];
  readonly failures: readonly { readonly script: string; readonly error: string }[];
}

export function markdownTable(results: Results): string {
  const row = (values: readonly string[]) => `| ${values.map((v) => v.replaceAll('|', '\\|')).join(' | ')} |`;
  const machine = Object.entries(results.machine)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  return [
    '# Benchmark results',
    '',
    `Run ${results.startedAt} with \`npm run bench\`. Machine: ${machine}.`,
    '',
    row(HEADERS),
    row(HEADERS.map(() => '---')),
    ...results.figures.map((f) => row(cells(f))),
    '',
    ...results.failures.map((f) => `- ${f.script} did not run to the end: ${f.error}`),
    '',
  ].join('\n');
}

export function textTable(figures: readonly Figure[]): string {
  const rows = [[...HEADERS], ...figures.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

/**
 * What every benchmark script reports: figures, each beside its baseline from the same run where
 * there is one, with the target it is held to. Scripts print one JSON line `{"figures": [...]}`
 * on stdout (progress goes to stderr); `npm run bench` collects them into bench/RESULTS.md.
 */

export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline: { readonly label: string; readonly value: number } | null;
  /** value / baseline (for rates), or baseline-free figures: null. */
  readonly ratio: number | null;
  readonly target: string;
  /** null when the figure has no target (reported for information). */
  readonly pass: boolean | null;
}

export function printFigures(figures: readonly Figure[]): void {
  process.stdout.write(`${JSON.stringify({ figures })}\n`);
}

export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** The q-quantile (0..1) of a list of numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

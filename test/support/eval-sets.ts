/**
 * Where the shared labelled sets are: `EVAL_DIR` when set (CI points it at the sets beside the
 * repository it cloned from), otherwise `../shared/eval` beside this repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function evalSetPath(file: string): string {
  const dir = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../../shared/eval', import.meta.url));
  return join(dir, file);
}

export function hasEvalSet(file: string): boolean {
  return existsSync(evalSetPath(file));
}

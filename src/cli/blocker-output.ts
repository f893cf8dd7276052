/** How a refusal is shown: JSON on stdout for scripts, a sentence and the next step otherwise. */
import type { Blocker } from '../domain/blockers.ts';
import { type CliIo, EXIT_BLOCKED } from './command.ts';
import { toJson } from './output.ts';

export function publicBlocker(b: Blocker) {
  return { code: b.code, message: b.message, nextStep: b.nextStep };
}

/** Prints the first blocker (the most fundamental) and the rest, then returns exit code 3. */
export function reportBlockers(io: CliIo, blockers: readonly Blocker[], json: boolean): number {
  const [first] = blockers;
  if (!first) throw new Error('invariant: a refusal carries at least one blocker');
  if (json) {
    io.stdout(toJson({ blocker: publicBlocker(first), blockers: blockers.map(publicBlocker) }));
  } else {
    const lines = blockers.map((b) => `Blocked (${b.code}): ${b.message}\nNext step: ${b.nextStep}`);
    io.stderr(`${lines.join('\n')}\n`);
  }
  return EXIT_BLOCKED;
}

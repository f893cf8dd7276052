/** The command-line program: `npm run -s cli -- <command>` or the `billing-cli` bin. */

import { setFlagsFromString } from 'node:v8';
import { runCli } from './run-cli.ts';
import { readStdin } from './stdin.ts';

// A command runs for well under a second, too short for V8's optimizing compiler to pay off on
// PGlite's WebAssembly: its background recompilation competed with the command for the CPU (about
// 0.3 s of a `cli balance` on PGlite on 2 cores). The baseline compiler alone is enough here.
// Set before anything compiles WebAssembly (PGlite is loaded on use); the app keeps the default.
setFlagsFromString('--liftoff-only');

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => readStdin(),
});
process.exitCode = exitCode;
// The database is closed by now; this is a safety net so that a stray handle (a timer in a
// driver) can never leave the command hanging after it has printed its answer.
setTimeout(() => process.exit(exitCode), 2_000).unref();

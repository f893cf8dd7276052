/** The command-line program: `npm run -s cli -- <command>` or the `billing-cli` bin. */

import '../wasm-baseline-compiler.ts';
import { runCli } from './run-cli.ts';
import { readStdin } from './stdin.ts';

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => readStdin(),
});
process.exitCode = exitCode;
// The database is closed by now; this is a safety net so that a stray handle (a timer in a
// driver) can never leave the command hanging after it has printed its answer.
setTimeout(() => process.exit(exitCode), 2_000).unref();

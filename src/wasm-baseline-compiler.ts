/**
 * Imported first by both programs (`npm start`, the CLI), before anything compiles WebAssembly
 * (PGlite is loaded on use). V8 compiles PGlite's 9 MB of WebAssembly with its baseline compiler
 * and then recompiles hot functions with its optimizing one in the background. On 2 cores that
 * recompilation competed with start-up for the CPU: about 0.3 s of every start, and of every CLI
 * command. The optimized code did not pay it back: write-offs/s on file-backed PGlite were the
 * same or better with the baseline compiler alone (272/s against 252/s, same machine and minute).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');

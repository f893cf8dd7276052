#!/usr/bin/env node
// Launcher for the installed `billing-cli` bin: the compiled program in dist/, built on install
// by the `prepare` script (npm run build). No TypeScript is compiled at start.
await import('../dist/bundle/cli.js');

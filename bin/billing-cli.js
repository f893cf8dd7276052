#!/usr/bin/env node
// Launcher for the installed `billing-cli` bin: registers tsx so Node can run the TypeScript
// sources directly, then starts the same program `npm run cli` runs.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);

/**
 * What `npm start` runs, read from package.json: the Node flags and the entry point. The
 * benchmarks start the app the way it is deployed, flags included, and give the bare Bolt app
 * beside it the same flags, so a ratio never credits a Node setting to the app's code.
 */
import { readFileSync } from 'node:fs';

export interface StartCommand {
  readonly nodeFlags: readonly string[];
  readonly entry: string;
}

const START = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+(\S+)$/;

export function startCommand(): StartCommand {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts?: { start?: string };
  };
  const start = manifest.scripts?.start ?? '';
  const match = START.exec(start.trim());
  if (!match) throw new Error(`package.json's start script is not "node [--flags] <entry>": ${start}`);
  return { nodeFlags: (match[1] ?? '').split(/\s+/).filter(Boolean), entry: match[2] ?? '' };
}

/**
 * The rest of `npm run build`, after tsc has compiled src/ into dist/:
 * - copies what the sources read from disk next to themselves (the sandbox page's script and
 *   styles), so `npm start` serves them as `npm run dev` does;
 * - bundles the CLI into one file (dist/cli/main.js). Each command is a new process, and loading
 *   the compiled modules one by one (about 300 files, most of them drizzle-orm and zod) took
 *   about 0.3 s of every command. Packages that load files of their own at run time (PGlite's
 *   WebAssembly, resvg's native addon) or that the CLI does not need stay outside the bundle.
 * The bundle stays in dist/cli/, two levels below the repository like every source that finds
 * a folder by its own location (drizzle/, prompts/, manifest.json), so those paths still hold.
 */
import { cp } from 'node:fs/promises';
import { build } from 'esbuild';

await cp('src/sandbox/public', 'dist/sandbox/public', { recursive: true });

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  allowOverwrite: true,
  bundle: true,
  // What a command loads on use (the database drivers, the import, the report) becomes a chunk
  // of its own, so `cli parse` does not read the database code.
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: [
    '@electric-sql/pglite',
    '@electric-sql/pglite/*',
    '@resvg/resvg-js',
    'vega',
    'vega-lite',
    'openai',
    'openai/*',
    '@slack/*',
    'proper-lockfile',
  ],
});

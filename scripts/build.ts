/**
 * `npm run build` (run by `prepare`, so `npm ci` builds too): bundles the two programs into
 * dist/bundle/, which `npm start` (app.js) and the CLI (cli.js) run without compiling anything.
 *
 * - One file per program plus shared chunks, instead of tsc's one file per source: loading about
 *   300 separate modules (drizzle-orm, zod, Bolt's dependencies) took about 0.3 s of every CLI
 *   command and 0.4 s of the app's start. Code loaded on use (a database driver, the sandbox, the
 *   report's chart, openai) stays in chunks of its own, loaded when used.
 * - Packages that read files of their own at run time (PGlite's WebAssembly, resvg's native
 *   addon, vega's data) or are CommonJS that only the directory lock uses stay outside the bundle.
 * - dist/bundle/ is two levels below the repository, like every source that finds a folder from
 *   its own location (drizzle/, prompts/, manifest.json), so those paths hold in the bundle too.
 *   The sandbox page's script and styles are copied next to the chunks, where its server reads them.
 * Type checking is `npm run typecheck`; esbuild only strips the types.
 */
import { cp, rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Where `npm start` and the CLI find the programs. */
export const BUNDLE_DIR = 'dist/bundle';

/**
 * Builds both programs into `outDir`, which must be two levels below the repository (see above);
 * a test builds its own copy next to dist/bundle and runs that.
 */
export async function buildPrograms(outDir: string = BUNDLE_DIR): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await build({
    entryPoints: { app: 'src/main.ts', cli: 'src/cli/main.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // Bolt and its dependencies are CommonJS; in an ES module they need a `require` of their own.
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
    external: [
      '@electric-sql/pglite',
      '@electric-sql/pglite/*',
      '@resvg/resvg-js',
      'vega',
      'vega-lite',
      'proper-lockfile',
    ],
  });
  await cp('src/sandbox/public', `${outDir}/public`, { recursive: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // What tsc used to write there; nothing reads it any more.
  await rm('dist', { recursive: true, force: true });
  await buildPrograms();
}

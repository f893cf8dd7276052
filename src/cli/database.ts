/**
 * The database as the CLI uses it: opened on first use (parse and ask never open it) and always
 * closed before the process ends, because an open PGlite instance keeps Node alive forever.
 */
import type { Database, DatabaseHandle } from '../db/client.ts';

export interface LazyDatabase {
  readonly open: () => Promise<Database>;
  readonly close: () => Promise<void>;
}

export function lazyDatabase(env: NodeJS.ProcessEnv): LazyDatabase {
  let pending: Promise<DatabaseHandle> | null = null;
  return {
    open: async () => {
      pending ??= openConfiguredDatabase(env);
      return (await pending).db;
    },
    close: async () => {
      if (!pending) return;
      const handle = await pending.catch(() => null);
      await handle?.close();
    },
  };
}

/** Imported here, not at the top: the drivers and the config schema take most of a start. */
async function openConfiguredDatabase(env: NodeJS.ProcessEnv): Promise<DatabaseHandle> {
  const [{ databaseTarget, loadConfig }, { openDatabase }] = await Promise.all([
    import('../config.ts'),
    import('../db/client.ts'),
  ]);
  return openDatabase(databaseTarget(loadConfig(env)));
}

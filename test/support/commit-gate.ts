/**
 * A TCP relay in front of a PostgreSQL database that can stop the client's traffic right after a
 * transaction's COMMIT has been answered: how a test holds up, or cuts off, whatever the app does
 * with the database after its commit, while everything before it runs as usual.
 */
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { listenInFront, tieTogether } from './tcp-relay.ts';

/** The server's answer to COMMIT: CommandComplete ('C', length 11, "COMMIT\0"). */
const COMMIT_COMPLETE = Buffer.from([0x43, 0, 0, 0, 11, ...Buffer.from('COMMIT'), 0]);
/** ReadyForQuery ('Z', length 5), which ends every answer. */
const READY_FOR_QUERY = Buffer.from([0x5a, 0, 0, 0, 5]);

export interface CommitGate {
  readonly url: string;
  /**
   * After the next COMMIT's answer has reached the client: 'hold' keeps every later write of the
   * client (on any connection, new ones too) until `open()`; 'cut' closes every connection and
   * refuses new ones until `open()`.
   */
  closeAfterNextCommit(how: 'hold' | 'cut'): Promise<void>;
  /** Lets the held writes through, in order, and accepts connections again. */
  open(): void;
  close(): Promise<void>;
}

interface Link {
  readonly client: Socket;
  readonly upstream: Socket;
  readonly held: Buffer[];
}

export async function commitGate(databaseUrl: string): Promise<CommitGate> {
  const target = new URL(databaseUrl);
  const links = new Set<Link>();
  let state: 'open' | 'held' | 'cut' = 'open';
  let armed: { how: 'hold' | 'cut'; closed: () => void } | null = null;
  /** Set once a COMMIT's answer was seen on that link and its ReadyForQuery is still to come. */
  const commitSeen = new WeakSet<Link>();

  const shut = (how: 'hold' | 'cut') => {
    state = how === 'hold' ? 'held' : 'cut';
    if (how === 'cut') for (const link of links) link.client.destroy();
  };

  const server: Server = createServer((client) => {
    if (state === 'cut') {
      client.destroy();
      return;
    }
    const link: Link = { client, upstream: connect(Number(target.port || 5432), target.hostname), held: [] };
    links.add(link);
    client.on('data', (chunk: Buffer) => {
      if (state === 'held') link.held.push(chunk);
      else link.upstream.write(chunk);
    });
    link.upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      if (!armed) return;
      const at = chunk.indexOf(COMMIT_COMPLETE);
      if (at >= 0) commitSeen.add(link);
      if (commitSeen.has(link) && chunk.indexOf(READY_FOR_QUERY, Math.max(at, 0)) >= 0) {
        commitSeen.delete(link);
        const { how, closed } = armed;
        armed = null;
        // The answer is with the kernel already; the client (in this process) reads it only after
        // this handler, so every write it makes after its commit is gated.
        shut(how);
        closed();
      }
    });
    tieTogether(client, link.upstream, () => links.delete(link));
  });
  const url = await listenInFront(server, databaseUrl);
  return {
    url,
    closeAfterNextCommit: (how) =>
      new Promise<void>((closed) => {
        armed = { how, closed };
      }),
    open() {
      state = 'open';
      for (const link of links) {
        for (const chunk of link.held.splice(0)) link.upstream.write(chunk);
      }
    },
    async close() {
      for (const link of links) link.client.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

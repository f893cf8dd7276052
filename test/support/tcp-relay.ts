/** What the tests' TCP relays in front of PostgreSQL share (counting-relay.ts, commit-gate.ts). */
import { once } from 'node:events';
import type { AddressInfo, Server, Socket } from 'node:net';

/** Either side closing or failing ends the other: a relay never keeps half a link open. */
export function tieTogether(client: Socket, upstream: Socket, onClose: () => void = () => {}): void {
  for (const [a, b] of [
    [client, upstream],
    [upstream, client],
  ] as const) {
    a.on('close', () => {
      b.destroy();
      onClose();
    });
    a.on('error', () => b.destroy());
  }
}

/** Listens on a free local port and gives the database URL that reaches the server through it. */
export async function listenInFront(server: Server, databaseUrl: string): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = new URL(databaseUrl);
  url.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return url.toString();
}

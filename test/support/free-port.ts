import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 a moment ago (for a process or server a test starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

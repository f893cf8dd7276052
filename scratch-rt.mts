import net from 'node:net';
import { benchWriteOff } from './bench/lib/bench-write-off.ts';
import { createScratchDatabase } from './bench/lib/scratch-postgres.ts';
import { seedCharges } from './bench/lib/seed-charges.ts';
import { openDatabase } from './src/db/client.ts';

let log: string[] | null = null;
const t0 = () => performance.now();
const scratch = await createScratchDatabase('bench_rt_scratch');
const up = new URL(scratch.url);
const relay = net.createServer((client) => {
  const server = net.connect({ port: Number(up.port || 5432), host: up.hostname, noDelay: true });
  client.setNoDelay(true);
  client.on('data', (c) => {
    log?.push(
      `${t0().toFixed(1)} C->S ${c.length} ${JSON.stringify(
        c
          .toString('latin1')
          .replace(/[^\x20-\x7e]/g, '.')
          .slice(0, 90),
      )}`,
    );
    setTimeout(() => server.write(c), 5);
  });
  server.on('data', (c) => {
    log?.push(`${t0().toFixed(1)} S->C ${c.length}`);
    setTimeout(() => client.write(c), 5);
  });
  client.on('close', () => server.destroy());
  server.on('close', () => client.destroy());
  client.on('error', () => {});
  server.on('error', () => {});
});
await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
const url = new URL(scratch.url);
url.hostname = '127.0.0.1';
url.port = String((relay.address() as net.AddressInfo).port);
const handle = await openDatabase({ kind: 'postgres', url: url.href });
const charges = await seedCharges(handle.db, 10);
for (let i = 0; i < 60; i++) await benchWriteOff(handle.db, charges[i % 10] ?? 0);
log = [];
await benchWriteOff(handle.db, charges[0] ?? 0);
console.log(log.join('\n'));
await handle.close();
relay.close();
await scratch.drop();

/**
 * The ledger reports the charges a batch skips as done before it writes any, out of every
 * previewed charge. The manager was offered "Write off N": progress counts only what is written,
 * out of what will be written.
 */
import { expect, it } from 'vitest';
import { writtenOnly } from '../../src/slack/batch/progress-reporter.ts';

it('skipped charges count neither as done nor in the total', () => {
  const seen: [number, number][] = [];
  const listener = writtenOnly((done, total) => seen.push([done, total]));
  // 35 previewed, 2 skipped (one past the limit, one changed): the ledger's calls.
  listener(2, 35);
  listener(12, 35);
  listener(35, 35);
  expect(seen).toEqual([
    [0, 33],
    [10, 33],
    [33, 33],
  ]);
});

/**
 * The help desk in Slack tells the practice's own batch age: with SMALL_BALANCE_MIN_AGE_DAYS set
 * to 90, "how does the small balance batch work?" says 90 days, never the default 60, because a
 * biller who reads 60 would expect a 70-day-old balance in the batch and not find it.
 */
import { expect, it } from 'vitest';
import { BILLER, useHarness } from './support/harness.ts';
import { askSlash, readable } from './support/help-asking.ts';

const h = useHarness({ env: { SMALL_BALANCE_MIN_AGE_DAYS: '90' } });

it('the batch answer names the configured minimum age', async () => {
  const answer = readable(await askSlash(h, BILLER, 'how does the small balance batch work?'));
  expect(answer).toContain('at least 90 days old');
  expect(answer).not.toContain('60 days');
});

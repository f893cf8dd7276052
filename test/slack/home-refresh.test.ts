/**
 * App Home refreshes: only for those who opened the tab, and one user's are coalesced (a burst
 * publishes twice, and each caller's promise settles after a publish that read its change).
 */
import { describe, expect, it } from 'vitest';
import { HomeRefresher } from '../../src/slack/home-refresh.ts';

/** A publish that records what it read, and finishes when the test says so. */
function controlledPublisher(readState: () => number) {
  const published: number[] = [];
  const finishers: (() => void)[] = [];
  const publish = () =>
    new Promise<void>((resolve) => {
      const seen = readState();
      finishers.push(() => {
        published.push(seen);
        resolve();
      });
    });
  const finishNext = async () => {
    await Promise.resolve();
    finishers.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { publish, published, finishNext, started: () => finishers.length };
}

describe('App Home refreshes', () => {
  it('five refreshes during a publish cause one more publish, which reads the last change', async () => {
    let changes = 1;
    const home = controlledPublisher(() => changes);
    const refresher = new HomeRefresher();
    const first = refresher.opened('U1', home.publish);
    const later: Promise<void>[] = [];
    for (let i = 0; i < 5; i++) {
      changes++;
      later.push(refresher.refresh('U1', home.publish));
    }
    await home.finishNext();
    await first;
    await home.finishNext();
    await Promise.all(later);
    expect(home.published).toEqual([1, 6]);
  });

  it('a refresh after the last one finished publishes again', async () => {
    const home = controlledPublisher(() => 0);
    const refresher = new HomeRefresher();
    const first = refresher.opened('U1', home.publish);
    await home.finishNext();
    await first;
    const second = refresher.refresh('U1', home.publish);
    await home.finishNext();
    await second;
    expect(home.published).toHaveLength(2);
  });

  it("different users' refreshes do not wait for each other", async () => {
    const home = controlledPublisher(() => 0);
    const refresher = new HomeRefresher();
    void refresher.opened('U1', home.publish);
    void refresher.opened('U2', home.publish);
    expect(home.started()).toBe(2);
  });

  it('publishes nothing after a change by someone who has not opened the tab', async () => {
    const home = controlledPublisher(() => 0);
    const refresher = new HomeRefresher();
    await refresher.refresh('U1', home.publish);
    expect(home.started()).toBe(0);
    void refresher.opened('U1', home.publish);
    expect(home.started()).toBe(1);
  });
});

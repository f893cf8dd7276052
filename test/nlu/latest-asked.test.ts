/** Which undo requests ask for the newest write-off (the undo form then has it chosen). */
import { describe, expect, it } from 'vitest';
import { asksForLatest } from '../../src/nlu/latest-asked.ts';

describe('asksForLatest', () => {
  it.each([
    'undo my last write-off',
    'reverse the latest one',
    'undo my most recent w/o for Jane Doe',
    'take back the write-off I just did',
    'Undo the previous adjustment',
  ])('"%s" asks for the newest', (text) => {
    expect(asksForLatest(text)).toBe(true);
  });

  it.each([
    'undo the write-off from last Tuesday',
    "reverse last week's write-off for Bob Smith",
    'undo the write-off on her last visit',
    'undo the write-off for Jane Doe',
    'what was her last name again, undo the w/o',
  ])('"%s" does not', (text) => {
    expect(asksForLatest(text)).toBe(false);
  });
});

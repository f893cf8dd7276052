import { describe, expect, it } from 'vitest';
import { spokenHundreds, underHundredValue } from '../../src/domain/number-words.ts';

describe('hundreds counted past ten', () => {
  it.each<[string, number | null]>([
    ['fifteen hundred', 1500],
    ['twelve hundred fifty', 1250],
    ['twenty-five hundred', 2500],
    ['twenty five hundred and five', 2505],
    ['ninety nine hundred ninety nine', 9999],
    // a cardinal or no way to say it
    ['two hundred', null],
    ['twenty hundred', null],
    ['fifteen hundred fifty five five', null],
    ['fifteen', null],
  ])('%s', (words, value) => expect(spokenHundreds(words)).toBe(value));

  it.each<[string, number | null]>([
    ['forty five', 45],
    ['forty-five', 45],
    ['twelve', 12],
    ['zero', null],
    ['forty twelve', null],
  ])('under a hundred: %s', (words, value) => expect(underHundredValue(words)).toBe(value));
});

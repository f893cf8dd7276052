/**
 * Redaction by allow-list (issue 9 item 2). Each variant below left the process before: a last
 * name alone, "Last, First", a typo, a date of birth in words, a short MRN without its label.
 */
import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../src/nlu/name-index.ts';
import { Redactor, redact } from '../../src/nlu/redact.ts';

const directory = buildNameIndex([
  'María',
  'García',
  'Samuel',
  'O’Neil',
  'Jane',
  'Doe',
  'Penelope',
  'Whitfield',
]);

function folded(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

describe('redact', () => {
  it.each([
    ['mrs doe still owes, write it off', 'doe'],
    ['the garcia balance', 'garcia'],
    ['Doe, Jane $40 hardship', 'jane'],
    ['jnae doe, small balance', 'jnae'],
    ['write off for Penelpoe Whitfeld', 'penelpoe'],
    ['write off for Penelpoe Whitfeld', 'whitfeld'],
    ['J. Doe owes $40', 'doe'],
    ["MARIA GARCIA's visit", 'maria'],
    ['Samuel ONeil', 'oneil'],
    ['Olga Smirnoff, not a patient here yet', 'smirnoff'],
    ['what does Ольга Смирнова owe?', 'ольга'],
  ])('%j: %j does not leave', (text, word) => {
    const redacted = redact(text, directory);
    expect(folded(redacted.text)).not.toContain(word);
    expect(redacted.restore(redacted.text)).toBe(text);
  });

  it.each([
    ['DOB March 4 1950, write off $20', 'march'],
    ['born on the fourth of march nineteen fifty', 'fourth'],
    ['dob 3/4/1950', '1950'],
    ['dob 1950-03-04', '1950'],
    ['4th of March, 1950', '1950'],
    ['MRN 4711 write off', '4711'],
    ['acct 4711 write off', '4711'],
    ['call 555-123-4567', '4567'],
    ['mail jd@example.org', 'example'],
  ])('%j: %j does not leave', (text, part) => {
    expect(folded(redact(text, directory).text)).not.toContain(part);
  });

  it('keeps the words of a request that are product words or common English', () => {
    const text = "please write off $40 for [her] because she can't pay, hardship";
    expect(redact(text, directory).text).toBe(text);
  });

  it('keeps dollar amounts, even long ones', () => {
    expect(redact('write off $1,000,000 and $250000', directory).text).toBe(
      'write off $1,000,000 and $250000',
    );
  });

  it('hides a common word when a patient is called by it', () => {
    const withBill = buildNameIndex(['Bill', 'Holloway']);
    expect(redact('bill this charge', withBill).text).toBe('[PATIENT_1] this charge');
    expect(redact('bill this charge', directory).text).toBe('bill this charge');
  });

  it('gives a name one placeholder and restores it inside a model answer', () => {
    const redacted = redact('refund Jane Doe, and jane doe again', directory);
    expect(redacted.text).toBe('refund [PATIENT_1], and [PATIENT_1] again');
    expect(redacted.restore('[PATIENT_1] / [PATIENT_9]')).toBe('Jane Doe / [PATIENT_9]');
  });

  it('hides only exact directory names in text the app wrote', () => {
    const redactor = new Redactor(directory);
    expect(redactor.ownText('Open Jane Doe’s charges; the zorblax button')).toBe(
      'Open [PATIENT_1]’s charges; the zorblax button',
    );
  });
});

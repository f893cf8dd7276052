/**
 * A request that names two patients was read as the first patient's alone, the second silently
 * dropped. The parse now names the others (`otherPatients`, as written) so that the app can tell the
 * requester; one name written with "and" or commas that is still one patient gives [].
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { TODAY } from './support/frame.ts';

type Case = [string, { patient: string; otherPatients: string[] }];

const asTyped = (text: string) => parseRequest(text, { today: TODAY });
const asWriteOffCommand = (text: string) => parseRequest(text, { today: TODAY, defaultIntent: 'write_off' });

describe('further patients named for the same action', () => {
  it.each<Case>([
    [
      'write off $20 for Jane Doe and $35 for Bob Smith',
      { patient: 'Jane Doe', otherPatients: ['Bob Smith'] },
    ],
    ['refund Jane Doe and Bob Smith', { patient: 'Jane Doe', otherPatients: ['Bob Smith'] }],
    [
      'refund $20 to Jane Doe, Bob Smith and Tom Baker',
      { patient: 'Jane Doe', otherPatients: ['Bob Smith', 'Tom Baker'] },
    ],
    [
      'write off $40 for Jane Doe & Bob Smith small balance',
      { patient: 'Jane Doe', otherPatients: ['Bob Smith'] },
    ],
    ["write off Jane Doe's $40 and Bob Smith's $20", { patient: 'Jane Doe', otherPatients: ['Bob Smith'] }],
    [
      'write off $40 for Jane Doe and also $20 for Tom Baker',
      { patient: 'Jane Doe', otherPatients: ['Tom Baker'] },
    ],
    ['cancel the PR for Jane Doe and Bob Smith', { patient: 'Jane Doe', otherPatients: ['Bob Smith'] }],
    ['refund Jane and Bob', { patient: 'Jane', otherPatients: ['Bob'] }],
    ['refund jane doe and bob smith', { patient: 'jane doe', otherPatients: ['bob smith'] }],
    // The patient the rules pick may be the second named: the first is then the other.
    ['what do Jane Doe and Bob Smith owe', { patient: 'Bob Smith', otherPatients: ['Jane Doe'] }],
    ['balance for Jane Doe and Bob Smith?', { patient: 'Jane Doe', otherPatients: ['Bob Smith'] }],
  ])('%s', (text, expected) => {
    expect(asTyped(text)).toMatchObject(expected);
  });

  it.each<Case>([
    ['$10 Jane Doe, $15 Tom Baker hardship', { patient: 'Jane Doe', otherPatients: ['Tom Baker'] }],
    ['10 jane doe, 15 tom baker hardship', { patient: 'jane doe', otherPatients: ['tom baker'] }],
    ['Jane Doe and Bob Smith balances', { patient: 'Jane Doe', otherPatients: ['Bob Smith'] }],
  ])('/writeoff %s', (text, expected) => {
    expect(asWriteOffCommand(text)).toMatchObject(expected);
  });

  it('leaves the other keys as they were', () => {
    expect(asTyped('write off $20 for Jane Doe and $35 for Bob Smith hardship')).toMatchObject({
      intent: 'write_off',
      patient: 'Jane Doe',
      amountCents: 2000,
      reason: 'financial_hardship',
    });
  });
});

describe('one patient, written with "and" or commas', () => {
  it.each<[string, string]>([
    ['write off $40 for Jane and her husband', 'Jane'],
    ['write off $40 for Jane Doe and her son Tim Doe', 'Jane Doe'],
    ['write off $40 for Doe, Jane', 'Doe, Jane'],
    ['write off $40 for Mary Ann Smith and close it out', 'Mary Ann Smith'],
    ['write off $40 for Anne-Marie Dubois, hardship', 'Anne-Marie Dubois'],
    ['write off $40 for Jane, hardship', 'Jane'],
    ['write off $40 for Jane Doe and Medicare', 'Jane Doe'],
    ['write off $40 for Jane Doe and May 3', 'Jane Doe'],
    ["write off $40 for Jane Doe and Bob said it's fine", 'Jane Doe'],
    ['write off $40 for Jane Doe and Dr. Patel approved', 'Jane Doe'],
    ['write off $40 for Jane Doe, DOS 3/4', 'Jane Doe'],
    ['write off $40 for Jane Doe and send her a statement', 'Jane Doe'],
    ['write off $40 for jane doe and mark it hardship', 'jane doe'],
    ['refund $20 to Jane Doe and $15 to her too', 'Jane Doe'],
  ])('%s', (text, patient) => {
    expect(asTyped(text)).toMatchObject({ patient, otherPatients: [] });
    expect(asWriteOffCommand(text).otherPatients).toEqual([]);
  });

  it('names none for a request without a patient', () => {
    expect(asTyped('write off all balances under $5').otherPatients).toEqual([]);
    expect(asTyped('how do I write off a balance?').otherPatients).toEqual([]);
  });
});

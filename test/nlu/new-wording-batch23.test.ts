/**
 * An outside tester's misses. "twelve dollars fifty" was read as $12, the cents dropped: the cents
 * word may be left out in words as in digits ("12 dollars 50"). A leading "/wo" was not the write-off
 * command that a bare "wo" is. A slash command whose text is only "help" or "?" was not help. The
 * particles "de los" and "de las" fell out of a name ("Maria de los Angeles Santos" read as "Angeles
 * Santos"). Each rule is asserted with near variants that must not change.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('dollars and cents in words, the cents word left out', () => {
  it.each<Case>([
    [
      'write off twelve dollars fifty for jane doe small balance',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1250, reason: 'small_balance' },
    ],
    [
      'write off twelve bucks and fifty for jane doe',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1250 },
    ],
    [
      'write off twelve dollars and fifty cents for jane doe',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1250 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write off forty dollars for jane doe', { intent: 'write_off', patient: 'jane doe', amountCents: 4000 }],
    [
      'write off ten dollars two visits for jane doe',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('"/wo" is the write-off command', () => {
  it.each<Case>([
    [
      '/wo 7 priya patel sm bal',
      { intent: 'write_off', patient: 'priya patel', amountCents: 700, reason: 'small_balance' },
    ],
    [
      '/wo $7 Priya Patel small balance',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 700, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'wo 7 priya patel sm bal',
      { intent: 'write_off', patient: 'priya patel', amountCents: 700, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a slash command asking only for help is help', () => {
  it.each<Case>([
    ['/billing help', { intent: 'help' }],
    ['/writeoff help', { intent: 'help' }],
    ['/writeoff ?', { intent: 'help' }],
    ['/BILLING HELP', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['help', { intent: 'help' }],
    ['/writeoff 40 jane doe', { intent: 'write_off', patient: 'jane doe', amountCents: 4000 }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('"de los", "de las" belong inside a name', () => {
  it.each<Case>([
    [
      "write off the rest of Maria de los Angeles Santos's balance",
      { intent: 'write_off', patient: 'Maria de los Angeles Santos', amountAll: true },
    ],
    [
      "write off the rest of Ana de los Santos's balance",
      { intent: 'write_off', patient: 'Ana de los Santos', amountAll: true },
    ],
    [
      'write off $20 for Ana de las Casas',
      { intent: 'write_off', patient: 'Ana de las Casas', amountCents: 2000 },
    ],
    [
      'write off $20 for jose de los santos',
      { intent: 'write_off', patient: 'jose de los santos', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $20 for Juan de la Cruz',
      { intent: 'write_off', patient: 'Juan de la Cruz', amountCents: 2000 },
    ],
    ['write off $20 for Pedro del Rio', { intent: 'write_off', patient: 'Pedro del Rio', amountCents: 2000 }],
    [
      'write off $20 for Hans van der Berg',
      { intent: 'write_off', patient: 'Hans van der Berg', amountCents: 2000 },
    ],
    [
      'write off $20 for Karl von Braun',
      { intent: 'write_off', patient: 'Karl von Braun', amountCents: 2000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

/**
 * A fourth blind batch of questions in the thirteenth session (81, 79 right):
 *
 * A. The list of write-off reasons asked for ("what reasons are there?", "what are the reason
 *    codes", "list the write-off reasons") shows both lists, those that need no note and those that
 *    need one, every reason of DOMAIN section 2 by its label (note-reasons-asked.ts).
 * B. "why can't I write off this balance?" with no patient says every common refusal before the
 *    commonest one's section (the article's introduction).
 * C. Whether one reason named needs a note ("does bad debt need a note?") is answered first, yes or
 *    no, with what the note says (reason-lead.ts).
 * D. Two patients offered as either one ("Jane Doe or Janet Doe – which one has the paid flu
 *    shot?"): the one whose charges have the service or date named (patient-named.ts).
 * E. The reasons a cancel takes asked for ("what cancel reasons are there?") are the cancel's steps,
 *    which name its three, not the write-off reasons (note-reasons-asked.ts).
 */
import { describe, expect, it } from 'vitest';
import { WRITE_OFF_REASONS } from '../../src/domain/reasons.ts';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const { ask } = useDemoPractice();

describe('A. the list of reasons', () => {
  it.each([
    'what reasons are there for a write-off',
    'what write off reasons can I pick from?',
    'what are the reason codes',
    'list the write-off reasons',
    'which reasons can we use?',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(sectionsOf(answer).slice(0, 2)).toEqual([
      'Reasons that need no note',
      'Reasons that need a note, and what to write',
    ]);
    for (const reason of WRITE_OFF_REASONS) expect(answer).toContain(reason.label);
  });

  it('which reasons need a note still leads with those alone', async () => {
    const { answer } = await ask('which reasons need a note?');
    expect(sectionsOf(answer)[0]).toBe('Reasons that need a note, and what to write');
  });
});

describe('B. a refusal asked of no charge names every common one', () => {
  it.each(["why can't I write off this balance?", 'why wont it let me write off the balance'])(
    '%s',
    async (question) => {
      const { topic, answer } = await ask(question);
      expect(topic).toBe('write-off-blocked');
      for (const refusal of [
        /already paid/,
        /written off or cancelled/,
        /more than what is outstanding/,
        /goes for approval/,
      ])
        expect(answer).toMatch(refusal);
    },
  );
});

describe('C. whether one reason needs a note', () => {
  it.each([
    [
      'does bad debt need a note',
      /^Written off as _Bad debt – uncollectible_, it needs a note: the collection attempts made\./,
    ],
    ['do I need a note for small balance', /^Written off as _Small balance_, it needs no note\./],
    [
      'is a note required for professional courtesy?',
      /^Written off as _Professional courtesy_, it needs a note/,
    ],
  ])('%s', async (question, lead) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(answer).toMatch(lead);
  });
});

describe('D. either of two patients, told apart by the charge named', () => {
  it('the one with the service named is answered for', async () => {
    const { answer } = await ask('Jane Doe or Janet Doe - which one has the paid flu shot?');
    expect(answer).toMatch(/^\*Janet Doe – Flu vaccine/);
    expect(answer).not.toContain('Jane Doe has no flu shot');
  });

  it('one patient named with "or" elsewhere is unchanged', async () => {
    const { answer } = await ask("can I write off Jane Doe's 9/14 visit or should I wait?");
    expect(answer).toMatch(/^\*Jane Doe – Office visit 99214 \(2026-09-14\)\*/);
  });
});

describe("E. a cancel's reasons", () => {
  it.each([
    'what cancel reasons are there?',
    'what reasons can I use to cancel PR',
    "reasons for cancelling a patient's PR?",
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('cancel-pr');
    for (const reason of ['entered in error', 'duplicate', 'wrong amount']) expect(answer).toContain(reason);
  });
});

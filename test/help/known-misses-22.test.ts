/**
 * Help questions of the twenty-second probe, asked through `cli ask` on the demo practice:
 *
 * A. One lower-case first or last name opening the question, before a service, a code or a date
 *    that matches one of that patient's charges, names that patient and charge (leading-name.ts,
 *    patient-named.ts).
 * B. A lower-case first name shared by several patients names the one whose charge the question
 *    names ("jane's xray": Jane Doe, the only Jane with an X-ray).
 */
import { describe, expect, it } from 'vitest';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;
const codesOf = (answer: Awaited<ReturnType<typeof ask>>) => (answer.blockers ?? []).map((b) => b.code);

describe('A. a lower-case name opening the question, before a service, code or date', () => {
  it.each([
    ['smith 99212 can I write it off', '*Bob Smith – Office visit 99212 (2026-02-05)*'],
    ['garcia office visit 9/2 can i cancel', '*María García – Office visit 99213 (2026-09-02)*'],
    ['baker colonoscopy cancel pr?', '*Tom Baker – Colonoscopy 45378 (2026-07-29)*'],
    ['priya allergy testing cancel?', '*Priya Patel – Allergy testing (staff entry) (2026-04-04)*'],
    ['patel allergy testing how much is left', '*Priya Patel – Allergy testing (staff entry) (2026-04-04)*'],
    ['chen 3/3 visit what happened', '*Lee Chen – Office visit 99203 (2026-03-03)*'],
    ['dubois echocardiogram write off the rest', '*Anne-Marie Dubois – Echocardiogram 93306 (2026-05-14)*'],
    ['oneil 99214 can i write off 99', "*Samuel O'Neil – Office visit 99214 (2026-01-09)*"],
  ])('%s', async (question, heading) => {
    const answer = await ask(question);
    expect(answer.answer).toContain(heading);
  });

  it('the cancel of a PR from a remittance is refused with its code', async () => {
    expect(codesOf(await ask('baker colonoscopy cancel pr?'))).toEqual(['REMITTANCE_PR']);
    expect(codesOf(await ask('garcia office visit 9/2 can i cancel'))).toEqual(['REMITTANCE_PR']);
  });

  it('an ordinary word opening the question is no patient', async () => {
    const answer = await ask('office visit 9/2 can i cancel');
    expect(answer.answer).not.toContain('García');
  });
});

describe('B. a shared first name, and the service only one of them had', () => {
  it("why cant i write off jane's xray", async () => {
    const answer = await ask("why cant i write off jane's xray");
    expect(answer.answer).toContain('*Jane Doe – Chest X-ray 71046 (2026-08-21)*');
    expect(answer.answer).not.toContain('Jane Roe');
  });
});

describe('C. who may undo, and that an undo needs no approval', () => {
  it.each(['who can undo my write off', 'does undo need approval', "who's allowed to reverse a write-off?"])(
    '%s',
    async (question) => {
      const answer = await ask(question);
      expect(answer.topic).toBe('undo-write-off');
      expect(answer.answer).toContain('*Who can undo*');
      expect(answer.answer).toContain('the write-off, or any billing manager or admin');
      expect(answer.answer).toContain('An undo needs no approval');
    },
  );
});

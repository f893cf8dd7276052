/**
 * "can front desk staff write stuff off?", "is a viewer allowed to write off?", "who can write
 * off?": whether some people (not the asker) may write off at all. That is what a role allows
 * (DOMAIN section 4), which the limits and roles article's section on roles answers; read by its
 * words, the question went to the how-to. The other actions' own articles say who may do them, so
 * only a write-off asked is read this way.
 */
import { actionAsked } from './action-asked.ts';

// The people a question may ask about: roles, and the staff of a practice as billers name them.
const PEOPLE =
  '(?:billers?|viewers?|admins?|administrators?|(?:billing )?managers?|supervisors?|users?|staff|team|employees?|front[\\s-]?desk|front office|reception(?:ists?)?|schedulers?|coders?|nurses?|doctors?|providers?|mas?|medical assistants?|interns?|temps?|new hires?|everyone|everybody|anyone|anybody|people|coworkers?|colleagues?)';
// "write off", "w/o", "writeoff", "write stuff off", "write things off".
const WRITE_OFF = '(?:writ\\w*[\\s-]*offs?\\b|w\\/o\\b|writeoffs?\\b|write\\s+(?:\\S+\\s+){1,2}?off\\b)';
// What may stand between the people and the verb: "be allowed to", "have access to", "still".
const MAY =
  '(?:(?:be\\s+)?(?:allowed|able|permitted)\\s+to\\s+|(?:have|get)\\s+(?:the\\s+)?(?:permission|access|rights?)\\s+to\\s+|(?:also|still|even|ever)\\s+)?';

// "can front desk staff write off", "are billers allowed to write off", "do viewers have access to
// write off": up to two words before the people ("our front desk", "the new billing").
const PEOPLE_MAY = new RegExp(
  `\\b(?:can|could|may|are|is|do|does|should)\\s+(?:(?:a|an|the|our|my|all|any|other)\\s+)?(?:\\S+\\s+){0,2}?${PEOPLE}(?:\\s+(?:members?|people|folks|staff|team|users?))?\\s+${MAY}${WRITE_OFF}`,
  'i',
);
// "who can write off", "who's allowed to write off", "which roles may write off".
const WHO_MAY = new RegExp(
  `\\b(?:who|who'?s|which (?:roles?|users?|people)|what roles?)\\s+(?:can|may|gets? to|is|are|has|have)?\\s*${MAY}${WRITE_OFF}`,
  'i',
);

// What someone says they did, between the person and the verb: "my coworker says she wrote off",
// "the front desk told me they wrote it off", "my manager thinks he already wrote it off".
const SAYS_THEY =
  '(?:\\s+(?:says?|said|told me|tells me|thinks?|thought|claims?|claimed|mentioned|swears?)(?:\\s+that)?\\s+(?:she|he|they)(?:\\s+had|\\s+has|\\s+have|\\s+already|\\s+just)*)?';

// The people who would write off, named before the verb: "can my coworker write off …", "our front
// desk tried to write it off", "my coworker says she wrote off …", "my coworker's write-off". Who
// wrote it off is never the reason it was written off with.
const PEOPLE_ACTING = new RegExp(
  `\\b${PEOPLE}(?=['’]s\\s+${WRITE_OFF}|${SAYS_THEY}(?:\\s+(?:can|could|may|might|should|will|would|did|does|do|just|already|also|still))*\\s+(?:(?:tried|try|trying|wants?|wanted|needs?|needed|went|is going|was going)\\s+to\\s+)?${MAY}${WRITE_OFF})`,
  'gi',
);

/** The question without the people it names as the ones who would write off. */
export function withoutPeopleActing(question: string): string {
  return question.replace(PEOPLE_ACTING, ' ');
}

/** Whether the question asks whether some people, not the asker, may write off at all. */
export function asksWhoMayWriteOff(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return (PEOPLE_MAY.test(text) || WHO_MAY.test(text)) && actionAsked(question) === 'write_off';
}

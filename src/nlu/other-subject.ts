/**
 * Questions about the rest of work life, not this app: computer accounts and equipment ("how do I
 * reset my Epic password"), pay and benefits ("when is open enrollment for our 401k?"), the office,
 * and jokes ("why did the billing department cross the road"). The help desk answers how write-offs,
 * undos, cancels, refunds, balances, batches, approvals, limits, roles and reports work; such a
 * question is `unknown`, whose reply says what the app does. Read as help, each got an article on
 * write-offs.
 */

// Words that name another subject outright. A question that also names a thing of ours
// (question.ts PRODUCT_TOPIC) stays help: "why won't the write-off form take my password?".
const OTHER_SUBJECT = new RegExp(
  [
    // Computer accounts and equipment.
    String.raw`\b(?:passwords?|passcodes?|log ?in|logins?|sign ?in|log ?out|username|2fa|mfa|printers?|scanners?|wi-?fi|vpn|laptops?|computers?|keyboards?|headsets?|voicemail)\b`,
    // Pay, benefits and time off.
    String.raw`\b(?:401\(?k\)?|403\(?b\)?|retirement|open enrollment|pto|time off|vacation|payroll|paychecks?|pay ?stubs?|w-?2s?|timesheets?|time ?cards?|clock (?:in|out))\b`,
    // The office and small talk.
    String.raw`\b(?:parking|dress code|break ?room|potluck|holiday party|weather)\b`,
    // A joke, told as one.
    String.raw`\b(?:jokes?|cross the road|knock knock)\b|^(?:lol|lmao|rofl|haha\w*)\b`,
  ].join('|'),
);

/** The (lower-cased) text names a subject other than this app's work. */
export function namesOtherSubject(lower: string): boolean {
  return OTHER_SUBJECT.test(lower);
}

/**
 * Questions about who may see patients' data and what the app's files hold, answered by the rules
 * themselves (DOMAIN sections 4 and 6), whatever article the story's words rank first:
 *
 * - "why can't U0GONE see balances anymore?", "what does role none mean?": an admin takes access
 *   away with the role `none`; general help stays, anything about a patient needs a role. Read by
 *   its words ("can't"), it got the article on refused write-offs.
 * - "is the report CSV safe in Excel if notes start with =?": every CSV the project writes is safe
 *   in a spreadsheet; a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 *   `'` in front.
 */

// Seeing or reaching patients' data, no longer or not at all.
const LOST =
  /\b(?:can'?t|cannot|can not|can no longer|no longer|could ?n'?t|does ?n'?t|do ?n'?t|is ?n'?t able to|lost (?:access|the ability))\b[^.?!]{0,30}?\b(?:see|view|look ?up|open|access|get (?:to|at|into))\b[^.?!]{0,30}?\b(?:balances?|patients?|charges?|accounts?|anything|data|the app|the bot|billing)\b/i;
// "anymore", "suddenly", "since yesterday": it worked before, so a role was changed.
const BEFORE = /\b(?:any ?more|no longer|suddenly|since|used to|lost|revoked|removed|taken away)\b/i;
// The role `none` named: "role none", "set to none", "none role".
const NONE_ROLE =
  /\brole (?:of )?[`'"]?none\b|\b(?:sets?|setting|makes?|made|chang(?:e|es|ed|ing)|gave|gives?|put|puts)\b[^.?!]{0,30}\bto [`'"]?none\b|\b[`'"]?none[`'"]? role\b/i;
const CSV = /\bcsv\b|\bexcel\b|\bspreadsheets?\b|\bsheets\b/i;
const FORMULA = /=|\bformulas?\b|\binjection\b|\bsafe(?:ly)?\b|\bexecut\w*|\bmacros?\b|\b\+|@/i;

/** The lead for a question about access taken away or the role `none`, if it is one. */
export function accessLead(question: string): string | undefined {
  const text = question.replace(/[’‘]/g, "'");
  const lost = LOST.test(text) && BEFORE.test(text);
  if (!lost && !NONE_ROLE.test(text)) return undefined;
  const why = lost
    ? 'Someone who can no longer see balances or patients most likely had their access taken away: an admin gives the role `none` for that (`/billing role @user none`).'
    : 'The role `none` is how an admin takes someone’s access away (`/billing role @user none`).';
  return (
    `${why} With \`none\` they can still read the general help, but nothing about a patient: no balances, ` +
    'no charges, no write-offs. An admin gives access back by giving them a role again (`/billing role @user viewer`, ' +
    'or `biller`); every role change is kept in the audit log with who made it.'
  );
}

/** The lead for a question whether the app's CSV files are safe in a spreadsheet, if it is one. */
export function csvSafeLead(question: string): string | undefined {
  if (!CSV.test(question) || !FORMULA.test(question)) return undefined;
  return (
    'Yes. Every CSV the app writes (reports, the audit log, batch lists) is safe to open in a spreadsheet: ' +
    "a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` in front, so a note " +
    'someone typed is shown as text and never run as a formula.'
  );
}

/**
 * A written-off balance asked back: "the collections agency recovered $80 from Tom Baker, how do I
 * get that balance back on the books?", "how do I reinstate a balance we wrote off?", "we wrote off
 * his bill but he paid after all, what now?". Written-off PR comes back only by undoing the
 * write-off (DOMAIN section 3), so such a question is the undo's, whatever reason or story it tells
 * on the way: read by its words, the one above was answered with the write-off reasons, because
 * it names a collection agency.
 */

// Back where a write-off took the PR from, or reinstated: said of nothing but a written-off balance.
const BACK_ON_THE_BOOKS =
  /\bback on(?:to)? (?:the |our |its |her |his |their )?(?:books|ledger)\b|\breinstat\w*/;
// Brought back, in other words: said of a write-off, it is undone ("put the $20 we wrote off back").
const BROUGHT_BACK =
  /\brestor\w*|\b(?:bring|brings|bringing|brought|put|puts|putting|add|adds|adding|get|gets|getting)\s+(?:\S+\s+){0,4}?back\b/;
// Money that came in after all on what was given up.
const PAID_AFTER_ALL =
  /\b(?:paid|pays|paying|came through|came in)\b[^.?!]{0,40}?\bafter all\b|\b(?:recovered|recouped)\b/;
// A write-off named: "wrote off", "written-off", "w/o", "write-off", or the reasons that say it.
const WRITTEN_OFF = /\b(?:writ\w*|wrote)[\s-]*offs?\b|\bw\/o\b|\bwriteoffs?\b|\bbad debt\b/;
// A refund or a cancel asked about brings a balance back in its own way ("does refunding bring the
// balance back?" is the refund's): their articles answer.
const OTHER_ACTION = /\brefund|\breimburs|\bcancel/;

/** Whether the question asks how to bring back a balance that was written off. */
export function asksToRestoreWrittenOff(question: string): boolean {
  const lower = question.toLowerCase();
  if (OTHER_ACTION.test(lower)) return false;
  if (BACK_ON_THE_BOOKS.test(lower)) return true;
  return (BROUGHT_BACK.test(lower) || PAID_AFTER_ALL.test(lower)) && WRITTEN_OFF.test(lower);
}

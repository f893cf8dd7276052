/**
 * A written-off balance asked back: "the collections agency recovered $80 from Tom Baker, how do I
 * get that balance back on the books?", "how do I reinstate a balance we wrote off?", "we wrote off
 * his bill but he paid after all, what now?", "she mailed a check after we wrote her balance off". Written-off PR comes back only by undoing the
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
// Money that arrived: paid, a check or a payment sent or come in.
const MONEY_ARRIVED =
  /\b(?:paid|pays|paying|settled|mailed|(?:sent|dropped off|brought) (?:in )?(?:a |the |her |his |their )?(?:check|cheque|payment|money)|(?:check|cheque|payment|money)\s+(?:came|comes|arrived|arrives|showed up|cleared))\b/;
// Said to come after the write-off: "after we (already) wrote her balance off", "after the
// write-off", "wrote it off, then she paid", "pays after I write it off".
const AFTER_WRITE_OFF =
  /\bafter\s+(?:\S+\s+){0,3}?(?:wrote|written|w\/o'?d)\b|\bafter\s+(?:i|we|you|they)\s+(?:\S+\s+)?(?:write|w\/o)\b|\bafter (?:the|a|that|our|my|her|his|its) (?:writ\w*[\s-]*off|w\/o|writeoff)\b|\b(?:wrote|written)\b[^.?!]{0,40}?\b(?:but|then|and now|now|later)\b/;
// A write-off named: "wrote off", "written-off", "w/o", "write-off", "wrote her balance off", or
// the reasons that say it.
// "sent to collections by mistake", "put through as a small balance": a write-off told by its reason.
const WRITTEN_OFF =
  /\b(?:writ\w*|wrote)[\s-]*offs?\b|\b(?:wrote|written|write|writing)\s+(?:\S+\s+){1,3}?off\b|\bw\/o\b|\bwriteoffs?\b|\bbad debt\b|\b(?:sent|went|gone|moved|turned over) to (?:a |the )?collections?\b|\bcollection agency\b|\bsmall[\s-]?bal(?:ance)?\b|\b(?:hardship|charity care|prof(?:essional)? courtesy)\b/;
// A refund or a cancel asked about brings a balance back in its own way ("does refunding bring the
// balance back?" is the refund's): their articles answer.
const OTHER_ACTION = /\brefund|\breimburs|\bcancel/;

/** Whether the question asks how to bring back a balance that was written off. */
export function asksToRestoreWrittenOff(question: string): boolean {
  const lower = question.toLowerCase();
  if (OTHER_ACTION.test(lower)) return false;
  if (BACK_ON_THE_BOOKS.test(lower)) return true;
  // "she mailed a check after we already wrote her balance off": money came in on what was given up.
  const paidAfterWriteOff = MONEY_ARRIVED.test(lower) && AFTER_WRITE_OFF.test(lower);
  return (
    (BROUGHT_BACK.test(lower) || PAID_AFTER_ALL.test(lower) || paidAfterWriteOff) && WRITTEN_OFF.test(lower)
  );
}

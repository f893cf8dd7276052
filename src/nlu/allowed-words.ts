/**
 * The words that may leave the process for a model (issue 9 item 2: redaction by allow-list).
 * A word goes out only when it is listed here (or in the product vocabulary, NON_NAME_WORDS) and
 * is no patient's first or last name; every other word becomes a placeholder. Lower case,
 * without accents, apostrophes kept ("can't"). Written for this project: everyday English that
 * billers use in requests and help questions, and the product's own words.
 */
import { NON_NAME_WORDS } from './vocabulary.ts';

const PRODUCT_WORDS = `
writeoff writeoffs write-off write-offs undo undone reversal reversals refund refunds refunded cancel
cancellation cancellations cancelled canceled cancelling assessed assessment assess remittances
payer payers insurer insurers medicare medicaid hmo ppo copays coinsurances deductibles eobs eras
ledger entries entry audit report reports reporting export csv spreadsheet slack app bot channel
channels dm dms thread threads modal modals form forms field fields dropdown menu button buttons
confirm confirmed confirmation confirmations review reviewed reviewing submit submitted request
requests requested requester approver approvers approvals approving reject rejected rejecting
pending expired expire expires limit limits role roles permission permissions access allowed
denied blocked blocker blockers greyed grayed reason reasons note notes code codes hardship
courtesy bankruptcy deceased agency collections uncollectible prompt discount recovery zap
born birth birthday dob
administrative charity small balances outstanding remaining paid partially partial fully
statement statements patient patients charge charges visit visits service services date dates
`;

const COMMON_WORDS = `
a about above across act action actions actually add added adding after again against ago agree
ahead all allow almost alone along already also although always am among amount an and another
answer answers any anybody anyone anything anyway anywhere apply applied are area aren't around
as ask asked asking at available away back bad be became because become been before begin
behind being believe below best better between big bit both bottom box break bring broken brought
but buy by call called calling came can can't cannot case cases cause certain change changed
changes changing check checked checking choose chose chosen clear clearly click clicked close
closed come comes coming complete completed correct correctly could couldn't course current
currently cut date day days deal decide decided delete deleted did didn't different do does
doesn't doing don't done double down due during each earlier early easy edit either else empty
end enough enter entered error even ever every everyone everything exact exactly example except
expect explain extra fact fail failed fails far fast few figure file fill filled final finally
find fine finish first fix fixed follow following for forgot forgotten found from full get gets
getting give given go goes going gone good got great group guess had half happen happened happens
hard has hasn't have haven't having he help her here hers high him his hold how however i i'd
i'll i'm i've idea if important in include included including info information instead into is
isn't issue issues it it's item items its just keep kept kind know known last late later least
leave left less let let's like line lines list little long look looked looking looks lot made
main make makes making many match matches maybe me mean means meant might mind minute minutes
miss missed missing moment more most move moved much must my myself name named names near need
needed needs never new next no nobody none not nothing now number numbers of off often oh ok on
once one only open opened or order other others our out over own page part past per perhaps
person place plan please point possible probably problem problems process put question questions
quite rather read ready real really reason received recent record records remove removed
reply right run said same saw say says second see seem seems seen select selected send set
setting settings several shall she should shouldn't show showed shown shows side simple since
single so some someone something sometimes soon sorry sort start started state still stop stuck
such suppose supposed sure take taken takes talk tell than thank thanks that that's the their
them then there there's these they they're thing things think this those though thought through
time times to today together told too took top total tried true try trying turn twice type
under understand unless until up update updated us use used using usually value want wanted wants
was wasn't way we we're well went were weren't what what's whatever when where whether which
while who whole whom whose why will with without won't word words work worked working would
wouldn't wrong yes yet you you're your yours
`;

/** Every word allowed to leave the process, unless a patient of the practice is called by it. */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  ...NON_NAME_WORDS,
  ...PRODUCT_WORDS.split(/\s+/).filter(Boolean),
  ...COMMON_WORDS.split(/\s+/).filter(Boolean),
]);

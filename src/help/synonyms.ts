/**
 * What billers type is not what articles say: "w/o", "greyed out", "pay back", "tiny balances".
 * This layer rewrites both the articles and the questions into the same vocabulary before
 * BM25 sees them, so a question matches an article by meaning rather than by spelling.
 * Rewriting both sides keeps it symmetric: a phrase added here helps every article at once.
 * Phrases live in synonym-phrases.ts; this file maps single words.
 */
export { normalizeText } from './synonym-phrases.ts';

/**
 * Spelling slips with a letter missing, doubled or wrong, which neither the swap check below nor
 * fuzzy matching (only on words of five letters or more) catches.
 */
const TYPOS: Readonly<Record<string, string>> = {
  cancell: 'cancel',
  balence: 'balance',
  ballance: 'balance',
  blance: 'balance',
  aprove: 'approve',
  aproval: 'approval',
  reveres: 'reverse',
  writeof: 'writeoff',
  writoff: 'writeoff',
  resons: 'reasons',
  limt: 'limit',
};

/**
 * Words mapped to their concept, and sometimes a second concept they also imply.
 * Keys are the words as typed (inflected forms included), so no stemmer guesswork is needed.
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  ...concept('writeoff', ['writeoff', 'writeoffs']),
  ...concept('adjust', ['adjust', 'adjusted', 'adjusting', 'adjustment', 'adjustments'], 'writeoff'),
  ...concept(
    'waive',
    ['waive', 'waived', 'waives', 'waiving', 'forgive', 'forgiven', 'forgiving'],
    'writeoff',
  ),
  ...concept('pr', ['pr', 'prs']),
  ...concept('balance', ['balance', 'balances', 'bal', 'bals']),
  ...concept('owe', ['owe', 'owes', 'owed', 'owing', 'due', 'outstanding'], 'balance'),
  ...concept('blocked', ['blocked', 'blocking', 'error', 'errors']),
  ...concept('undo', ['undo', 'undone', 'undid', 'undoing', 'reverse', 'reversed', 'reversal', 'reversing']),
  ...concept('undo', ['revert', 'reverted', 'rollback', 'unwrite', 'reversible', 'undoable']),
  ...concept('mistake', ['mistake', 'mistakes', 'oops', 'wrongly', 'incorrectly']),
  ...concept('refund', ['refund', 'refunds', 'refunded', 'refunding', 'reimburse', 'reimbursed', 'repay']),
  ...concept('copay', ['copay', 'copays', 'copayment'], 'payment'),
  ...concept('overpay', ['overpaid', 'overpayment', 'overpay', 'overpayments'], 'refund'),
  ...concept('cancel', ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling']),
  ...concept('cancel', ['cancellation', 'cancellations', 'cancelation']),
  ...concept('erase', ['erase', 'erased', 'delete', 'deleted', 'void', 'voided', 'nix'], 'cancel'),
  ...concept('small', ['small', 'smaller', 'tiny', 'little', 'pennies', 'penny', 'cents', 'micro']),
  ...concept('batch', ['batch', 'batches', 'bulk', 'mass', 'sweep']),
  ...concept('approve', [
    'approve',
    'approves',
    'approved',
    'approval',
    'approvals',
    'approver',
    'approving',
  ]),
  ...concept('limit', ['limit', 'limits', 'max', 'maximum', 'cap', 'threshold', 'ceiling']),
  ...concept('reject', ['reject', 'rejected', 'rejects', 'deny', 'denied', 'declined']),
  ...concept('lookup', ['lookup', 'check', 'checking', 'see', 'show', 'view', 'find']),
  ...concept('difference', ['difference', 'differences', 'different', 'differ', 'diff', 'vs', 'versus']),
  ...concept('difference', ['compare', 'comparison', 'distinction']),
  ...concept('reason', ['reason', 'reasons', 'category', 'categories']),
  ...concept('note', ['note', 'notes', 'comment', 'comments', 'memo', 'documentation', 'document']),
  ...concept('note', ['documented', 'justification', 'justify']),
  ...concept('remittance', ['remittance', 'remittances', 'remit', 'remits', 'era', 'eob', '835']),
  ...concept('remittance', ['insurance', 'insurer', 'payer', 'payor', 'payers', 'carrier']),
  ...concept('hardship', ['hardship', 'charity', 'afford', 'broke', 'indigent']),
  ...concept('deceased', ['deceased', 'died', 'dead', 'death'], 'reason'),
  ...concept('bankruptcy', ['bankruptcy', 'bankrupt', 'chapter'], 'reason'),
  ...concept('role', ['role', 'roles', 'permission', 'permissions', 'access']),
  ...concept('partial', ['partial', 'partially', 'part', 'portion', 'some']),
  ...concept('all', ['all', 'whole', 'entire', 'everything', 'remaining', 'rest', 'full']),
  ...concept('patient', ['patient', 'patients', 'pt', 'pts']),
  ...concept('request', ['request', 'requests', 'requested', 'requesting', 'pending']),
  ...concept('pay', ['pay', 'paid', 'pays', 'paying']),
  // "a coworker's write-off": made by someone else, which the articles say in those words.
  ...concept('someone', [
    'someone',
    'somebody',
    'coworker',
    'coworkers',
    'colleague',
    'colleagues',
    'teammate',
  ]),
  ...concept('split', ['split', 'splits', 'splitting', 'divide', 'dividing', 'chunks', 'pieces']),
  ...concept('expire', ['expire', 'expires', 'expired', 'expiry', 'expiring']),
  ...concept('old', ['old', 'older', 'age', 'aged', 'recent', 'newer', 'days']),
  ...concept('payment', ['payment', 'payments']),
};

function concept(name: string, words: readonly string[], implies?: string): Record<string, string[]> {
  const terms = implies ? [name, implies] : [name];
  return Object.fromEntries(words.map((w) => [w, terms]));
}

/** Words that carry no meaning for choosing an article. */
const STOPWORDS = new Set(
  (
    'a an the i me my we our us you your he she they them their his her it its this that these those ' +
    'to of for in on at by with from as and or so if then than be is are was were been being am ' +
    'do does did doing done how what whats which who whom can could should would will shall may might ' +
    'must please just only still also there here way any get got getting has have had having ' +
    // The tokenizer splits at apostrophes, so "don't" arrives as "don" and "t".
    's t d ll re ve m im don doesn didn isn wasn won okay ok hi hey thanks thank pls plz need want try ' +
    'one about into out up again put help mean means meaning'
  ).split(/\s+/),
);

/** One token to the terms it stands for; null drops it. Used for articles and questions alike. */
export function expandTerm(token: string): string[] | null {
  const word = TYPOS[token] ?? untransposed(token);
  if (STOPWORDS.has(word)) return null;
  const mapped = WORDS[word];
  if (mapped) return [...mapped];
  return [stem(word)];
}

/**
 * The commonest slip is two letters swapped ("unod", "apporval"); edit-distance fuzzy matching
 * counts that as two edits and misses short words, so a known word one swap away is taken.
 */
function untransposed(word: string): string {
  if (word.length < 4 || WORDS[word] || STOPWORDS.has(word)) return word;
  for (let i = 0; i < word.length - 1; i++) {
    const swapped = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    if (WORDS[swapped]) return swapped;
  }
  return word;
}

/**
 * A deliberately small stemmer: plural and -ing/-ed endings only. The words that matter most are
 * listed in WORDS with their inflections, so this only has to keep the long tail consistent.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return /([^aeiouylsz])\1$/.test(word) ? word.slice(0, -1) : word;
}

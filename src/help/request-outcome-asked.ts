/**
 * What became of a write-off request over the limit, as the asker tells it (DOMAIN sections 3 and
 * 4): a request is decided once (APPROVAL_DECIDED) and within 7 days (APPROVAL_EXPIRED).
 *
 * - "my request for Bob Smith's MRI was rejected, what now?": nothing was written off, and the
 *   request cannot be approved afterwards; the write-off is confirmed again as a new request. Asked
 *   with a patient, the charge was answered as if nothing had happened ("You have no write-off
 *   limit").
 * - "my approval request is 8 days old, can someone still approve it?": older than 7 days it has
 *   expired; it is sent again.
 */
import { UNIT_WORDS } from '../domain/number-words.ts';
import { APPROVAL_TTL_MS } from '../domain/rules/approval.ts';

/** A request is decided within this many days, or expires. */
const APPROVAL_EXPIRY_DAYS = Math.round(APPROVAL_TTL_MS / 86_400_000);

const REQUEST = /\brequest\w*|\bapprov\w*|\bsign[\s-]?off\b/i;
const REJECTED =
  /\b(?:rejected|denied|declined|turned down|refused by (?:the |my )?(?:manager|approver|admin))\b/i;
// "8 days old", "sent 9 days ago", "two weeks ago", "over a week".
const AGE =
  /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+(?:old|ago|now|since|waiting|pending)\b|\b(?:over|more than) (a|one|two) weeks?\b/i;
// "a week" is one, beside the number words every count reads.
const WORDS: Readonly<Record<string, number>> = { ...UNIT_WORDS, a: 1, an: 1 };

/** How many days old the question says the request is, if it says. */
function ageInDays(question: string): number | undefined {
  const found = AGE.exec(question);
  if (!found) return undefined;
  if (found[3]) return (WORDS[found[3].toLowerCase()] ?? 1) * 7 + 1;
  const count = found[1] ?? '';
  const n = /^\d+$/.test(count) ? Number(count) : (WORDS[count.toLowerCase()] ?? 0);
  return /^week/i.test(found[2] ?? '') ? n * 7 : n;
}

/** What became of the request and what to do now, when the question tells its outcome or age. */
export function requestOutcomeLead(question: string): string | undefined {
  const text = question.replace(/[’‘]/g, "'");
  if (!REQUEST.test(text)) return undefined;
  if (REJECTED.test(text))
    return (
      'A rejected request is final: nothing was written off, and it cannot be approved afterwards (APPROVAL_DECIDED). ' +
      'The message telling you it was rejected says who rejected it: ask them why. If the write-off is still needed, ' +
      'fix what they asked for (amount, reason or note) and confirm it again; over your limit, that sends a new request.'
    );
  const days = ageInDays(text);
  if (days === undefined) return undefined;
  return days > APPROVAL_EXPIRY_DAYS
    ? `A request nobody decides within ${APPROVAL_EXPIRY_DAYS} days expires (APPROVAL_EXPIRED): at ${days} days old it can no longer be approved or rejected, and nothing was written off. ` +
        'If the write-off is still needed, confirm it again; over your limit, that sends a new request.'
    : `A request can be approved or rejected for ${APPROVAL_EXPIRY_DAYS} days; at ${days} ${days === 1 ? 'day' : 'days'} old it is still waiting. ` +
        'A billing manager or admin other than you decides it, from the request or the app’s Home tab.';
}

/**
 * "who is allowed to run a small balance batch?", "can billers do the small-balance sweep?", "which
 * roles can write off small balances in bulk?": who may run a batch. Only billing managers and
 * admins (DOMAIN section 4); anyone who may write off clears one small balance at a time. Read by
 * its words ("small balance"), the question went to the reasons' article, whose line on the reason
 * answered "Yes" to a question that asked who.
 */
import { roleStated } from './role-stated.ts';

// Who: "who can", "who's allowed to", "which roles", "what role do I need", "can billers", "are
// billers allowed to", "do I need to be a manager to".
const WHO =
  /\bwho(?:'s| is| are)?\b|\bwhich (?:roles?|users?|people|staff)\b|\bwhat (?:roles?|permissions?|access)\b|\b(?:can|could|may|do|does|are|is)\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?(?:billers?|viewers?|(?:billing\s+)?managers?|admins?|administrators?|front[\s-]?desk|staff|everyone|anyone|users?)\b|\b(?:i|we|you|they|billers?|managers?|admins?|viewers?|staff|anyone|everyone|someone|one)\s+(?:be\s+)?(?:allowed|permitted)\b|\bpermissions?\b|\brights?\s+to\b|\baccess\s+to\b|\b(?:have|need|got)\s+to\s+be\s+(?:an?\s+)?(?:billing\s+)?(?:managers?|admins?|administrators?)\b/i;
// Running a batch: "run a small balance batch", "do the sweep", "start the small-balance run",
// "write off small balances in bulk", "mass write-off".
const BATCH =
  /\b(?:run|runs|running|do|does|start|kick off|launch|use|apply|trigger|execute|approve)\s+(?:\S+\s+){0,3}?(?:batch(?:es)?|sweep|small[\s-]balances? (?:run|job|write[\s-]?offs?))\b|\bsmall[\s-]bal\w*\s+(?:batch|sweep|run|job)\b|\b(?:batch|bulk|mass)\s+write[\s-]?offs?\b|\bwrite[\s-]?offs?\s+(?:\S+\s+){0,3}?(?:in bulk|all at once|in one go|as a batch)\b/i;
// Undoing a batch or part of one, a re-run, or a batch's limit are other questions.
// "who ran last month's batch?" asks who did it (the audit log), not who may.
const OTHER =
  /\bwho\s+(?:ran|did|started|applied|kicked|launched|made|wrote)\b|\bundo|\bundid|\breverse|\bre-?run|\blimit\b|\bapprov(?:al|e)s?\b(?!\s+(?:a|the)\s+batch)/i;

/** Whether the question asks who may run a small-balance batch. */
export function asksWhoMayRunBatch(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return WHO.test(text) && BATCH.test(text) && !OTHER.test(text);
}

/** Who may run a batch, to lead the answer; "No" or "Yes" first when one role is asked about. */
export function batchWhoLead(question: string): string | undefined {
  if (!asksWhoMayRunBatch(question)) return undefined;
  const role = roleStated(question) ?? roleNamed(question);
  const opening =
    role === 'biller' || role === 'viewer'
      ? `No: ${role === 'biller' ? 'billers' : 'viewers'} cannot run a small-balance batch. `
      : role === 'billing_manager' || role === 'admin'
        ? 'Yes: '
        : '';
  const rule =
    'Only billing managers and admins can run a small-balance batch (every small balance written off in one step). ' +
    'Billers can still write off one small balance at a time, up to their write-off limit, and viewers can only look up balances.';
  return opening === 'Yes: ' ? `${opening}${rule[0]?.toLowerCase()}${rule.slice(1)}` : `${opening}${rule}`;
}

/** The role a question asks about in the third person ("can billers run …"), if one. */
function roleNamed(question: string): 'biller' | 'viewer' | 'billing_manager' | 'admin' | null {
  if (/\bbillers?\b/i.test(question)) return 'biller';
  if (/\bviewers?\b/i.test(question)) return 'viewer';
  if (/\b(?:billing\s+)?managers?\b/i.test(question)) return 'billing_manager';
  if (/\badmins?\b|\badministrators?\b/i.test(question)) return 'admin';
  return null;
}

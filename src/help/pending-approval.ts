/**
 * "approve the pending write-off for Bob Smith", "can I approve Jane Doe's write-off request?": a
 * request to approve is one a biller sent over their limit and that is still pending (DOMAIN
 * section 4). The answer says which of the patient's requests are waiting, from the ledger, and
 * when none is, says so: it never reads as if something could be approved.
 */
import type { Database } from '../db/client.ts';
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';
import { listOpenApprovals } from '../ledger/index.ts';
import type { PatientSummary } from '../ledger/queries/patients.ts';
import type { SituationLookup } from './situation.ts';

// Approving a request: "approve the pending write-off", "approve her request", "can I approve …".
// Not "why does it need approval", which asks about the limit.
const APPROVE_ASKED =
  /\b(?:approve|approving|ok|okay|sign off on|reject|rejecting|deny|decline)\s+(?:the\s+|her\s+|his\s+|their\s+|this\s+|that\s+|a\s+)?(?:(?:pending|open|waiting|outstanding)\s+)?(?:write[\s-]?off\s+|w\/o\s+)?(?:request|approval|write[\s-]?off)s?\b|\b(?:pending|open|waiting)\s+(?:write[\s-]?off\s+)?(?:request|approval)s?\b/i;

/** Whether the question asks to approve or reject a patient's write-off request. */
export function asksToDecideRequest(question: string): boolean {
  return APPROVE_ASKED.test(question.replace(/[’‘]/g, "'"));
}

/** The patient's pending requests, or that there are none, as the situation to answer with. */
export async function pendingApprovalFound(
  db: Database,
  patient: PatientSummary,
  charges: readonly ChargeView[],
  params: { readonly now?: Date; readonly mention: string },
): Promise<SituationLookup | undefined> {
  const newest = charges.at(-1);
  if (!newest) return undefined;
  const open = (await listOpenApprovals(db, { excludeRequester: '', now: params.now ?? new Date() })).filter(
    (a) => a.patientId === patient.id,
  );
  const finding =
    open.length === 0
      ? `There is no pending write-off request for ${patient.fullName}: nothing is waiting for approval, so there is nothing to approve or reject. ` +
        'A request exists only when someone confirms a write-off over their limit; a write-off within the limit is applied at once, and one that was approved, rejected or expired is no longer pending.'
      : [
          `${patient.fullName} has ${open.length === 1 ? 'a pending write-off request' : `${open.length} pending write-off requests`}:`,
          ...open.map(
            (a) =>
              `• ${formatCents(a.amountCents)} on ${a.chargeDescription} (${a.dateOfService}), requested by ${a.requestedBy}`,
          ),
          'A billing manager or admin other than the requester approves or rejects it with the buttons on the request, or on the app’s Home tab; every write-off rule is checked again then.',
        ].join('\n');
  return {
    kind: 'found',
    charge: newest,
    situation: {
      blockers: [],
      subject: patient.fullName,
      action: 'write_off',
      patientName: patient.fullName,
      finding,
      figureCents: 0,
      topic: 'approvals-limits',
    },
    mention: params.mention,
  };
}

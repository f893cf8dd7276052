/**
 * Every request in words passes here first, before any parsing, database search or model call
 * (issue 9 item 3): the text is cut to a bounded length, the sender must have a role (except
 * where front-desk staff may ask without one, and for a general help question: DOMAIN section 4
 * gives the articles to everyone; the rules alone read such text, never the model), and each
 * person gets a bounded number of requests a minute.
 */
import type { Database } from '../db/client.ts';
import type { Role } from '../domain/index.ts';
import { loadActor } from '../ledger/index.ts';
import { parseReportRequest } from '../nlu/report-request.ts';
import { MAX_REQUEST_TEXT, type UnderstandParams, understandByRules } from './requests.ts';

/** A person typing fast sends a few a minute; a script stalling the app sends hundreds. */
export const REQUESTS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
/** People remembered at once; beyond this the oldest windows are forgotten. */
const MAX_TRACKED_USERS = 10_000;

/** Counts each person's requests in the last minute. In memory: per instance, a bound not a quota. */
export class RequestRateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute = REQUESTS_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  /** True and counted when the person is under the limit; false (not counted) otherwise. */
  take(userId: string): boolean {
    const at = this.now();
    const times = (this.recent.get(userId) ?? []).filter((t) => at - t < WINDOW_MS);
    if (times.length >= this.perMinute) {
      this.recent.set(userId, times);
      return false;
    }
    times.push(at);
    this.recent.delete(userId); // re-inserted last: the map's order is least recently seen first
    this.recent.set(userId, times);
    if (this.recent.size > MAX_TRACKED_USERS) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
    return true;
  }
}

export type GateDecision =
  | {
      readonly kind: 'admitted';
      /** The text, cut to MAX_REQUEST_TEXT. */
      readonly text: string;
      readonly role: Role | null;
      /** False for someone without a role: the rules read their text, never the model. */
      readonly modelAllowed: boolean;
      /**
       * Admitted without a role only because the rules read a general help question: answer it
       * from the articles (which look up no patient for someone without a role), nothing else.
       */
      readonly helpOnly: boolean;
    }
  | {
      readonly kind: 'refused';
      readonly reason: 'no_role' | 'rate_limited';
      /**
       * For `no_role`, what the rules (never the model) read the text as asking: a look-up (a
       * balance, help about a patient), the report, or a change. The refusal then names the role
       * that is enough (a viewer for a look-up) and does not say "nothing was changed" of a
       * look-up, which changes nothing anyway.
       */
      readonly asked?: AskedKind;
    };

/** What a refused request asked for, so the refusal names the least role that would do. */
export type AskedKind = 'look_up' | 'report' | 'change';

export interface GateParams {
  readonly userId: string;
  readonly text: string;
  /** A requests channel: front-desk staff may ask without a role (whoever confirms needs one). */
  readonly roleOptional?: boolean;
  /**
   * Given where help may be asked: someone without a role is admitted when the rules, read with
   * these parameters, find a general help question ("how do I undo a write-off?").
   */
  readonly helpWithoutRole?: UnderstandParams;
}

export async function admitRequest(
  db: Database,
  limiter: RequestRateLimiter,
  params: GateParams,
): Promise<GateDecision> {
  if (!limiter.take(params.userId)) return { kind: 'refused', reason: 'rate_limited' };
  const { role } = await loadActor(db, params.userId);
  const text = params.text.slice(0, MAX_REQUEST_TEXT);
  if (role || params.roleOptional) {
    return { kind: 'admitted', text, role, modelAllowed: role !== null, helpOnly: false };
  }
  if (params.helpWithoutRole && isGeneralHelp(text, params.helpWithoutRole)) {
    return { kind: 'admitted', text, role: null, modelAllowed: false, helpOnly: true };
  }
  const asked = params.helpWithoutRole ? askedKind(text, params.helpWithoutRole) : undefined;
  return { kind: 'refused', reason: 'no_role', ...(asked ? { asked } : {}) };
}

/** Read-only questions: a balance, or help about a patient's charge. */
const LOOK_UPS: ReadonlySet<string> = new Set(['balance', 'help']);

/** The rules' reading only (nothing leaves the process): what the refused text asks for. */
function askedKind(text: string, params: UnderstandParams): AskedKind {
  if (parseReportRequest(text, new Date())) return 'report';
  const { intent } = understandByRules(text, { ...params, modelParser: null });
  return LOOK_UPS.has(intent) ? 'look_up' : 'change';
}

/** The rules' reading only: someone without a role never has their text sent to the model. */
function isGeneralHelp(text: string, params: UnderstandParams): boolean {
  return understandByRules(text, { ...params, modelParser: null }).intent === 'help';
}

/** Turning what someone asked (a command's text, a message) into a pending action to review. */
import type { Database } from '../db/client.ts';
import {
  ACTION_PERMISSION,
  type ActionKind,
  can,
  isActionKind,
  isoDay,
  MAX_NOTE_LENGTH,
  type Permission,
} from '../domain/index.ts';
import { loadActor, patientByMrnInText, patientsNamedInText } from '../ledger/index.ts';
import { CONFIDENT_AT } from '../nlu/confidence.ts';
import { asksForLatest } from '../nlu/latest-asked.ts';
import type { ModelParser } from '../nlu/openai-parser.ts';
import { parseRequest } from '../nlu/parse.ts';
import type { ParsedRequest } from '../nlu/schema.ts';
import { understand as understandText } from '../nlu/understand.ts';
import { createPendingAction } from './pending-actions.ts';
import { redactionDirectory } from './redaction-directory.ts';
import type { PendingAction, PendingPayload, RequestHints, RequestOrigin } from './types.ts';

export type { ParsedRequest };

/** Requests are short; longer text is cut before anything reads it. */
export const MAX_REQUEST_TEXT = 1_000;

export interface UnderstandParams {
  readonly today: string;
  readonly defaultIntent?: 'write_off';
  /** Present when OPENAI_API_KEY is set; built once at start. */
  readonly modelParser?: ModelParser | null;
}

/** The rules alone: instant, no network. */
export function understandByRules(text: string, params: UnderstandParams): ParsedRequest {
  const cut = text.slice(0, MAX_REQUEST_TEXT);
  return parseRequest(cut, params);
}

/** Whether understanding this text may wait for the model (so a front end can show "Loading…" first). */
export function needsModel(text: string, params: UnderstandParams): boolean {
  return Boolean(params.modelParser) && understandByRules(text, params).confidence < CONFIDENT_AT;
}

/**
 * The rules first; when they are unsure and a model is configured, the model, with every
 * patient name of the directory redacted (the index is cached per directory version), under its
 * time budget. Never throws.
 */
export async function understand(
  db: Database,
  text: string,
  params: UnderstandParams,
): Promise<ParsedRequest> {
  const cut = text.slice(0, MAX_REQUEST_TEXT);
  const byRules = understandByRules(cut, params);
  // As needsModel decides, from the one reading by the rules.
  const parsed =
    params.modelParser && byRules.confidence < CONFIDENT_AT
      ? await understandText(cut, { ...params, directory: await redactionDirectory(db) })
      : byRules;
  return withPatientFromDirectory(db, cut, parsed);
}

/**
 * Requests about one patient, and those not understood: a message the rules cannot read that
 * names a patient is likely a request all the same (a requests channel answers those and lets
 * chatter that names nobody pass).
 */
const ABOUT_A_PATIENT: ReadonlySet<ParsedRequest['intent']> = new Set([
  'write_off',
  'undo_write_off',
  'cancel_pr',
  'refund_payment',
  'balance',
  'unknown',
]);

/**
 * What the patient directory adds to the parse: an MRN written in the text ("DEMO-0001", whose
 * letters the parser would take for a name), else a full name spelled out in lower case.
 */
export async function withPatientFromDirectory(
  db: Database,
  text: string,
  parsed: ParsedRequest,
): Promise<ParsedRequest> {
  if (!ABOUT_A_PATIENT.has(parsed.intent)) return parsed;
  const byMrn = await mrnWritten(db, text, parsed.patient);
  if (byMrn) return { ...parsed, patient: byMrn };
  return parsed.patient ? parsed : withNameSpelledOut(db, text, parsed);
}

/**
 * The patient as the text names them when it writes exactly one patient's MRN: the MRN, after
 * the name the parser found beside it, if any ("Jane Doe DEMO-0001"). The MRN names the patient
 * wherever it stands; the look-up (resolvePatient) checks that the name is that patient's and
 * asks when it is not. The parser may have taken the MRN's letters into the name ("Jane Doe
 * DEMO"): they are left out of it.
 */
async function mrnWritten(db: Database, text: string, parsedName: string | null): Promise<string | null> {
  try {
    const found = await patientByMrnInText(db, text);
    if (!found) return null;
    const name = nameWithoutMrn(parsedName, found.written);
    return name ? `${name} ${found.written}` : found.written;
  } catch {
    // The form still opens, and its patient search finds MRNs too.
    return null;
  }
}

/** "Jane Doe DEMO" beside "DEMO-0001" -> "Jane Doe"; "DEMO" alone -> "". */
function nameWithoutMrn(parsedName: string | null, mrn: string): string {
  if (!parsedName) return '';
  const pieces = new Set(mrn.toLowerCase().split(/[-_./]/));
  pieces.add(mrn.toLowerCase());
  return parsedName
    .split(/\s+/)
    .filter((word) => word !== '' && !pieces.has(word.toLowerCase()))
    .join(' ');
}

/**
 * "jane doe w/o $40 hardship": no capital letter tells the rules where a name is, but the
 * directory knows one patient's full name in the text. Several, or none, leave it to the form.
 */
async function withNameSpelledOut(db: Database, text: string, parsed: ParsedRequest): Promise<ParsedRequest> {
  try {
    const [only, another] = await patientsNamedInText(db, text);
    return only && !another ? { ...parsed, patient: only.mention } : parsed;
  } catch {
    // The form still opens, and its patient search does the rest.
    return parsed;
  }
}

/** What the form starts from. `text` is what was understood (an undo's "my last" is read from it). */
export function hintsFrom(parsed: ParsedRequest, text: string): RequestHints {
  return {
    patient: parsed.patient,
    amountCents: parsed.amountCents,
    // "paid $50 of the $80, write off the rest" reads as both: the form starts from the figure.
    amountAll: parsed.amountAll && parsed.amountCents === null,
    reason: parsed.reason,
    cancelReason: parsed.cancelReason,
    dateOfService: parsed.dateOfService,
    ...(parsed.amountProblem ? { amountProblem: parsed.amountProblem } : {}),
    ...(parsed.intent === 'undo_write_off' && asksForLatest(text) ? { latest: true } : {}),
    ...(parsed.otherPatients.length > 0 ? { otherPatients: parsed.otherPatients } : {}),
    ...noteHint(parsed, text),
  };
}

/**
 * The justification written with the request, to pre-fill the form's note: the parse's own note
 * ("other: moved abroad"), or else what follows the reason ("…, financial hardship, income verified
 * by pay stubs" gives "income verified by pay stubs"). Parts that name a patient or an amount, or
 * only say thanks, are left out. The biller sees it in the form and may change it.
 */
function noteHint(parsed: ParsedRequest, text: string): { note?: string } {
  if (parsed.intent !== 'write_off') return {};
  const note = parsed.note ?? justificationAfterReason(parsed, text);
  return note ? { note: note.slice(0, MAX_NOTE_LENGTH) } : {};
}

const PART_BREAK = /\s*(?:[,;]|\.\s|\s[-\u2013\u2014]\s)\s*/;
const ONLY_COURTESY = /^(?:thanks?|thank you|thx|ty|please|pls|asap|urgent|ok|okay)[\s.!]*$/i;

function justificationAfterReason(parsed: ParsedRequest, text: string): string | null {
  if (!parsed.reason) return null;
  const today = isoDay(new Date());
  const parts = text
    .split(PART_BREAK)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // The shortest beginning of the request that already gives its reason: what follows is the why.
  const at = parts.findIndex(
    (_, i) => parseRequest(parts.slice(0, i + 1).join(', '), { today }).reason === parsed.reason,
  );
  if (at < 0) return null;
  const rest = parts.slice(at + 1).filter((part) => {
    if (ONLY_COURTESY.test(part)) return false;
    const read = parseRequest(part, { today });
    return read.patient === null && read.amountCents === null && !read.amountAll && read.reason === null;
  });
  const said = rest.join(', ').replace(/[.!\s]+$/, '');
  return said.length >= 3 ? said : null;
}

/** The problem with the amount the request wrote, when it gave one that was refused. */
export function typedAmountProblem(hints: RequestHints): string | null {
  const problem = hints.amountProblem;
  return typeof problem === 'string' && problem !== '' ? problem : null;
}

/** The intents that become a confirm modal: those named like an action kind. */
export function pendingKindFor(intent: ParsedRequest['intent']): ActionKind | null {
  return isActionKind(intent) ? intent : null;
}

export async function mayStart(db: Database, userId: string, kind: ActionKind): Promise<boolean> {
  const actor = await loadActor(db, userId);
  return can(actor.role, ACTION_PERMISSION[kind]);
}

export async function mayDo(db: Database, userId: string, permission: Permission): Promise<boolean> {
  return can((await loadActor(db, userId)).role, permission);
}

export async function startRequest(
  db: Database,
  params: {
    kind: ActionKind;
    requestedBy: string;
    origin: RequestOrigin;
    hints: RequestHints;
    id?: string;
    extra?: Partial<PendingPayload>;
  },
): Promise<PendingAction | null> {
  return createPendingAction(db, {
    id: params.id,
    kind: params.kind,
    requestedBy: params.requestedBy,
    payload: { ...params.extra, origin: params.origin, hints: params.hints },
  });
}

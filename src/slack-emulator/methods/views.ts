import { fail, invalidArguments, missingArgument, ok, readString } from '../api-result.ts';
import type { EmulatorState } from '../emulator-state.ts';
import { viewProblems } from '../limits.ts';
import type { ApiResult, JsonObject, StoredView } from '../types.ts';
import type { MethodTable } from './method.ts';

type Checked = { ok: true; view: JsonObject; userId: string } | { ok: false; result: ApiResult };

/**
 * The view is judged before the trigger is exchanged, so an invalid view does not burn the
 * trigger: the app's bug shows up as the Block Kit error, not as a confusing trigger error.
 */
function checkViewAndTrigger(args: JsonObject, state: EmulatorState): Checked {
  const triggerId = readString(args, 'trigger_id') ?? readString(args, 'interactivity_pointer');
  if (!triggerId) return { ok: false, result: missingArgument('trigger_id') };
  const problems = viewProblems(args.view, 'modal');
  if (problems.length > 0) return { ok: false, result: invalidArguments(problems) };
  const view = args.view as JsonObject;
  if (typeof view.external_id === 'string' && state.views.isExternalIdTaken(view.external_id)) {
    return { ok: false, result: fail('duplicate_external_id') };
  }
  const exchange = state.triggers.exchange(triggerId);
  if (!exchange.ok) return { ok: false, result: fail(exchange.error) };
  return { ok: true, view, userId: exchange.userId };
}

function findTarget(args: JsonObject, state: EmulatorState): StoredView | ApiResult {
  const viewId = readString(args, 'view_id');
  const externalId = readString(args, 'external_id');
  if (!viewId && !externalId) return missingArgument('view_id or external_id');
  const target = viewId ? state.views.get(viewId) : state.views.findByExternalId(externalId ?? '');
  return target ?? fail('not_found');
}

const isStoredView = (value: StoredView | ApiResult): value is StoredView =>
  'view' in value && 'hash' in value;

export const viewMethods: MethodTable = {
  'views.open': (args, state) => {
    const checked = checkViewAndTrigger(args, state);
    if (!checked.ok) return checked.result;
    return ok({ view: state.views.open(checked.userId, checked.view).view });
  },

  'views.push': (args, state) => {
    const checked = checkViewAndTrigger(args, state);
    if (!checked.ok) return checked.result;
    const pushed = state.views.push(checked.userId, checked.view);
    if (pushed === 'push_limit_reached') return fail('push_limit_reached');
    if (pushed === 'no_open_view') return fail('not_found');
    return ok({ view: pushed.view });
  },

  'views.update': (args, state) => {
    const target = findTarget(args, state);
    if (!isStoredView(target)) return target;
    const hash = readString(args, 'hash');
    if (hash !== undefined && hash !== target.hash) return fail('hash_conflict');
    const problems = viewProblems(args.view, 'any');
    if (problems.length > 0) return invalidArguments(problems);
    const updated = state.views.replace(target.id, args.view as JsonObject);
    return updated ? ok({ view: updated.view }) : fail('not_found');
  },

  'views.publish': (args, state) => {
    const userId = readString(args, 'user_id');
    if (!userId) return missingArgument('user_id');
    if (state.strictChannels && !state.directory.user(userId)) return fail('user_not_found');
    const problems = viewProblems(args.view, 'home');
    if (problems.length > 0) return invalidArguments(problems);
    const hash = readString(args, 'hash');
    const current = state.views.home(userId);
    if (hash !== undefined && current && hash !== current.hash) return fail('hash_conflict');
    return ok({ view: state.views.publishHome(userId, args.view as JsonObject).view });
  },
};

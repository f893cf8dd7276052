import type { EmulatorState } from './emulator-state.ts';
import { viewProblems } from './limits.ts';
import type { JsonObject } from './types.ts';

const ACK = 'view_submission.ack';

const asObject = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;

/** Slack refuses an invalid view in an ack (the user sees a generic error); the modal stays as it was. */
function acceptableView(state: EmulatorState, view: unknown): JsonObject | undefined {
  const problems = viewProblems(view, 'modal');
  if (problems.length === 0) return view as JsonObject;
  state.recordViolation(ACK, 'invalid_arguments', problems);
  return undefined;
}

/**
 * Applies the app's answer to a view_submission as Slack does: `errors` keeps the modal open
 * with messages under the named blocks; `update` replaces it; `push` stacks a new one; `clear`
 * closes them all; an empty ack closes the submitted (top) modal.
 */
export function applyViewSubmissionAck(
  state: EmulatorState,
  userId: string,
  viewId: string,
  ack: unknown,
): void {
  const body = asObject(ack);
  switch (body?.response_action) {
    case 'errors': {
      const errors = asObject(body.errors) ?? {};
      const unknownBlocks = Object.keys(errors).filter(
        (blockId) => !blockIds(state, viewId).includes(blockId),
      );
      // Slack rejects errors for block ids that are not input blocks of the view; the user sees nothing useful.
      if (unknownBlocks.length > 0) {
        state.recordViolation(ACK, 'invalid_arguments', [
          `[ERROR] unknown block_id ${unknownBlocks.join(', ')}`,
        ]);
      }
      state.views.setErrors(
        viewId,
        Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, String(v)])),
      );
      return;
    }
    case 'update': {
      const view = acceptableView(state, body.view);
      if (view) state.views.replace(viewId, view);
      return;
    }
    case 'push': {
      const view = acceptableView(state, body.view);
      if (view && state.views.push(userId, view) === 'push_limit_reached') {
        state.recordViolation(ACK, 'push_limit_reached', []);
      }
      return;
    }
    case 'clear':
      state.views.clear(userId);
      return;
    default:
      if (state.views.top(userId)?.id === viewId) state.views.closeTop(userId);
  }
}

function blockIds(state: EmulatorState, viewId: string): string[] {
  const blocks = state.views.get(viewId)?.view.blocks;
  return (Array.isArray(blocks) ? blocks : [])
    .filter((block) => asObject(block)?.type === 'input')
    .map((block) => String(asObject(block)?.block_id));
}

/** The user closed a modal (or the whole stack, when `isCleared`). */
export function applyViewClosed(state: EmulatorState, userId: string, isCleared: boolean): void {
  if (isCleared) state.views.clear(userId);
  else state.views.closeTop(userId);
}

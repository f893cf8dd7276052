import type { IdSource } from './ids.ts';
import { SLACK_LIMITS } from './limits.ts';
import type { Clock, JsonObject, StoredView } from './types.ts';
import { keptEnteredValues } from './view-state.ts';

export type Workspace = { teamId: string; appId: string; botId: string };

/**
 * Open views per user as Slack keeps them: a stack of at most 3 modals, plus one published
 * App Home. Every write gives the view a new hash, so a stale `hash` is detectable.
 * A view's `state.values` holds what the user has entered (changed fields only, in Slack's
 * shapes); payloads add the initial values of untouched fields (see `currentStateValues`).
 */
export function createViewStore(ids: IdSource, clock: Clock, workspace: Workspace) {
  const byId = new Map<string, StoredView>();
  const modalStacks = new Map<string, string[]>();
  const homes = new Map<string, string>();

  function slackShaped(appView: JsonObject, id: string, hash: string, rootId: string, previousId?: string) {
    return {
      ...appView,
      id,
      team_id: workspace.teamId,
      app_id: workspace.appId,
      bot_id: workspace.botId,
      hash,
      root_view_id: rootId,
      previous_view_id: previousId ?? null,
      private_metadata: appView.private_metadata ?? '',
      callback_id: appView.callback_id ?? '',
      external_id: appView.external_id ?? '',
      clear_on_close: appView.clear_on_close ?? false,
      notify_on_close: appView.notify_on_close ?? false,
      state: { values: {} },
    };
  }

  function create(userId: string, appView: JsonObject, rootId?: string, previousId?: string): StoredView {
    const id = ids.next('V');
    const hash = ids.hash(clock.now());
    const externalId = typeof appView.external_id === 'string' ? appView.external_id : undefined;
    const stored: StoredView = {
      id,
      userId,
      hash,
      externalId,
      view: slackShaped(appView, id, hash, rootId ?? id, previousId),
      errors: {},
    };
    byId.set(id, stored);
    return stored;
  }

  const stackIds = (userId: string) => modalStacks.get(userId) ?? [];

  return {
    get: (viewId: string) => byId.get(viewId),
    findByExternalId: (externalId: string) => [...byId.values()].find((v) => v.externalId === externalId),
    isExternalIdTaken: (externalId: string) => [...byId.values()].some((v) => v.externalId === externalId),
    /** The user's modal stack, root first. */
    stack: (userId: string) => stackIds(userId).flatMap((id) => byId.get(id) ?? []),
    top: (userId: string) => byId.get(stackIds(userId).at(-1) ?? ''),
    home: (userId: string) => byId.get(homes.get(userId) ?? ''),

    open(userId: string, appView: JsonObject): StoredView {
      const stored = create(userId, appView);
      modalStacks.set(userId, [stored.id]);
      return stored;
    },

    push(userId: string, appView: JsonObject): StoredView | 'push_limit_reached' | 'no_open_view' {
      const stack = stackIds(userId);
      if (stack.length === 0) return 'no_open_view';
      if (stack.length >= SLACK_LIMITS.viewStackDepth) return 'push_limit_reached';
      const stored = create(userId, appView, stack[0], stack.at(-1));
      modalStacks.set(userId, [...stack, stored.id]);
      return stored;
    },

    /**
     * Replaces a view's content in place: same id and position, new hash. The user's entries
     * in input blocks that keep their block_id, action_id and element type survive, as in Slack.
     */
    replace(viewId: string, appView: JsonObject): StoredView | undefined {
      const current = byId.get(viewId);
      if (!current) return undefined;
      const root = String(current.view.root_view_id ?? viewId);
      const previous = current.view.previous_view_id;
      const hash = ids.hash(clock.now());
      const view = slackShaped(
        appView,
        viewId,
        hash,
        root,
        typeof previous === 'string' ? previous : undefined,
      );
      const entered = (current.view.state as { values?: JsonObject } | undefined)?.values ?? {};
      view.state = { values: keptEnteredValues(appView, entered) };
      const externalId = typeof appView.external_id === 'string' ? appView.external_id : current.externalId;
      const updated: StoredView = { ...current, hash, externalId, view, errors: {} };
      byId.set(viewId, updated);
      return updated;
    },

    publishHome(userId: string, appView: JsonObject): StoredView {
      const existing = homes.get(userId);
      const replaced = existing ? this.replace(existing, appView) : undefined;
      if (replaced) return replaced;
      const stored = create(userId, appView);
      homes.set(userId, stored.id);
      return stored;
    },

    setErrors(viewId: string, errors: Record<string, string>): void {
      const view = byId.get(viewId);
      if (view) view.errors = errors;
    },

    /** Sets what the user has entered in the view (`state.values`, Slack's shapes). */
    setStateValues(viewId: string, values: JsonObject): void {
      const view = byId.get(viewId);
      if (view) view.view = { ...view.view, state: { values } };
    },

    /** Closes the top modal (a submission acked with no body, or the user pressing Close). */
    closeTop(userId: string): void {
      modalStacks.set(userId, stackIds(userId).slice(0, -1));
    },

    clear(userId: string): void {
      modalStacks.delete(userId);
    },
  };
}

export type ViewStore = ReturnType<typeof createViewStore>;

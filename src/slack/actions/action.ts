/**
 * What one kind of action is to Slack: its confirm modal's ids and the words that name it. The
 * modal itself is built by a pure builder in views/ (listed by kind in modal-views.ts), which
 * reads its callback id and title from here.
 */
import type { ActionKind } from '../../domain/index.ts';

export interface SlackAction<K extends ActionKind = ActionKind> {
  readonly kind: K;
  /** The confirm modal's callback_id; its submission is routed by it. */
  readonly callbackId: string;
  /** The modal's title, also on the "Loading…" modal opened before the model is ready. */
  readonly title: string;
  /** "a write-off": the action inside a sentence ("@ana asked for a write-off"). */
  readonly nameInSentence: string;
  /** "write off patient responsibility": what a role may not ("You do not have a role that may …"). */
  readonly notAllowedWhat: string;
  /**
   * The same, for someone whose role may write off one charge at a time: it can point them at
   * what they may do instead. Never said to others (a viewer told to use /writeoff is refused again).
   */
  readonly notAllowedWhatForWriters?: string;
  /** The label of a blocker's next-step button that starts this action. */
  readonly nextStepLabel: string;
  /**
   * "a billing manager or admin": who may confirm this action (DOMAIN.md section 4), said to people
   * who cannot ("Nothing is refunded until a billing manager or admin confirms it").
   */
  readonly whoMay: string;
  /** "refunded": what nothing is yet until someone confirms ("Nothing is refunded until …"). */
  readonly doneWord: string;
  /** "refund it": the action as something someone else can do ("a billing manager or admin can refund it"). */
  readonly doIt: string;
  /**
   * The submission is acknowledged before the work is done, because the work can take longer
   * than Slack's 3 seconds; progress and the result come as a message (listeners/views/index.ts).
   */
  readonly submitsInBackground?: boolean;
}

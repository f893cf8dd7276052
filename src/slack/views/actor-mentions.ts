/**
 * The rules name people by their stored id (a Slack user id, `cli:<user>`, `import`) as plain
 * text and carry it as data (Blocker.actor). In text Slack renders, a user id becomes a mention,
 * `cli:demo` "demo (command line)" and a system actor a plain word (domain/actors.ts, the one
 * place actors are put into words). Pure.
 */
import { actorInWords, actorsRendered, isSlackUserActor } from '../../domain/actors.ts';
import { escapeMrkdwn } from './block-kit.ts';

/** A stored actor as Slack shows it in mrkdwn: a user id as a mention, anyone else in words. */
export function actorMention(actor: string): string {
  return isSlackUserActor(actor) ? `<@${actor}>` : escapeMrkdwn(actorInWords(actor));
}

/**
 * Replaces each named actor in `text` with how Slack shows it: a Slack user id (as a whole word)
 * with its mention, `cli:<user>` with "<user> (command line)", and a system actor named after
 * "by" ("by import") with its word. `render` words each actor (by default as a mention).
 */
export function mentionActors(
  text: string,
  actors: readonly (string | null | undefined)[],
  render: (actor: string) => string = actorMention,
): string {
  return actorsRendered(text, actors, render);
}

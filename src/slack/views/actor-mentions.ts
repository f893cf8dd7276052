/**
 * The rules name people by their stored id (a Slack user id, `cli:<user>`, `import`) as plain
 * text and carry it as data (Blocker.actor). In Slack a user id becomes a mention; anyone else
 * stays as written. Pure.
 */
import { regExpLiteral } from '../../domain/regexp-literal.ts';

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Replaces each named Slack user id in `text` (as a whole word) with its mention. */
export function mentionActors(text: string, actors: readonly (string | null | undefined)[]): string {
  let rendered = text;
  for (const actor of new Set(actors)) {
    if (!actor || !SLACK_USER_ID.test(actor)) continue;
    rendered = rendered.replace(new RegExp(`(?<![<@\\w])${regExpLiteral(actor)}(?!\\w)`, 'g'), `<@${actor}>`);
  }
  return rendered;
}

/**
 * Who did something, named for people. Entries, audit rows and blockers keep the actor as stored:
 * a Slack user id ("U024BE7LH"), `cli:<user>` for the command line, or a system word (`import`,
 * `config`, …). This is the one place that turns a stored actor into words; front ends call it
 * (Slack renders a user id as a mention, or as a display name where mentions cannot render, such
 * as the report chart; the CLI and help text pass their own rendering for user ids). Pure.
 */

import { regExpLiteral } from './regexp-literal.ts';

/** A stored actor that is a Slack user (or enterprise user) id. */
export function isSlackUserActor(actor: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(actor);
}

const CLI_PREFIX = 'cli:';

/** System actors, as a plain word or two. Any other stored actor is shown as it is. */
const SYSTEM_ACTORS: Readonly<Record<string, string>> = {
  import: 'the import',
  config: 'configuration',
  approval: 'an approval',
  system: 'the system',
  batch: 'a batch',
  demo: 'the demo',
};

/**
 * "demo (command line)" for `cli:demo`, "the import" for `import`; a Slack user id as `slackUser`
 * renders it (by default, left as the id, for a front end to render).
 */
export function actorInWords(actor: string, slackUser: (id: string) => string = (id) => id): string {
  if (isSlackUserActor(actor)) return slackUser(actor);
  if (actor.startsWith(CLI_PREFIX) && actor.length > CLI_PREFIX.length) {
    return `${actor.slice(CLI_PREFIX.length)} (command line)`;
  }
  return SYSTEM_ACTORS[actor] ?? actor;
}

/**
 * Replaces each named actor in `text` with `render(actor)`: a Slack user id or `cli:<user>` as a
 * whole word, a system actor only where it follows "by" ("by import"), as rules' sentences name
 * them. Front ends pass their own rendering (Slack: mentions; the command line: words).
 */
export function actorsRendered(
  text: string,
  actors: readonly (string | null | undefined)[],
  render: (actor: string) => string,
): string {
  let rendered = text;
  for (const actor of new Set(actors)) {
    if (!actor) continue;
    const word = render(actor);
    if (word === actor) continue;
    const literal = regExpLiteral(actor);
    const pattern =
      isSlackUserActor(actor) || actor.startsWith(CLI_PREFIX)
        ? `(?<![<@\\w])${literal}(?![\\w-])`
        : `(?<=\\bby )${literal}(?![\\w-])`;
    rendered = rendered.replace(new RegExp(pattern, 'g'), word);
  }
  return rendered;
}

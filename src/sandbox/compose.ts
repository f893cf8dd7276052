/**
 * What the message box sends: "/writeoff $40 Jane" is a slash command; anything else is a
 * message, with @names turned into mentions (<@U…>) as Slack's client does.
 */
export type Composed =
  | { readonly kind: 'command'; readonly command: string; readonly text: string }
  | { readonly kind: 'message'; readonly text: string };

/** Longest message the box accepts; Slack's own limit is far above anything typed here. */
export const MAX_COMPOSED_CHARS = 4_000;

export function parseComposed(input: string): Composed {
  const text = input.trim();
  const command = /^(\/[a-z0-9_-]+)(?:\s+([\s\S]*))?$/i.exec(text);
  if (command?.[1])
    return { kind: 'command', command: command[1].toLowerCase(), text: command[2]?.trim() ?? '' };
  return { kind: 'message', text };
}

/**
 * Slack's client sends typed &, < and > as entities: whatever a person types, even markup or
 * something shaped like a link or mention, reaches the app and the page as text.
 */
export function escapeTyped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type Mentionable = { readonly id: string; readonly name: string };

/**
 * "@bea" -> "<@U…>" (or "<@U…|bea>" when `withLabel`, as escaped command text carries it).
 * Unknown @words stay as typed.
 */
export function withMentions(text: string, people: readonly Mentionable[], withLabel = false): string {
  return text.replace(/(^|[\s(])@([a-z0-9._-]+)/gi, (whole, before: string, name: string) => {
    const person = people.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!person) return whole;
    return `${before}<@${person.id}${withLabel ? `|${person.name}` : ''}>`;
  });
}

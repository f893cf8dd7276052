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

export type Mentionable = {
  readonly id: string;
  /** The @handle: "bea". */
  readonly name: string;
  /** The display name the @ autocomplete offers too: "Bea Biller". */
  readonly realName?: string;
};

// After an @name: not more of a name ("@bea2", "@bea-x", "@bea.x"); a closing "." or "'s" is fine.
const NAME_ENDS = '(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}_-])';

/**
 * "@bea" or "@Bea Biller" -> "<@U…>" (or "<@U…|bea>" when `withLabel`, as escaped command text
 * carries it), as picking someone from Slack's @ autocomplete does, whatever their display name.
 * The longest name matches first, in any case; unknown @words stay as typed. The text is
 * expected escaped (escapeTyped), so names are matched as escaped too.
 */
export function withMentions(text: string, people: readonly Mentionable[], withLabel = false): string {
  const labels = people
    .flatMap((person) =>
      [person.name, person.realName ?? ''].map((label) => ({ person, label: escapeTyped(label.trim()) })),
    )
    .filter(({ label }) => label !== '')
    .sort((a, b) => b.label.length - a.label.length);
  if (labels.length === 0) return text;
  const pattern = labels.map(({ label }) => label.split(/\s+/).map(regexLiteral).join('\\s+')).join('|');
  const mention = new RegExp(`(^|[\\s(])@(${pattern})${NAME_ENDS}`, 'giu');
  return text.replace(mention, (_whole, before: string, typed: string) => {
    const typedLabel = typed.toLowerCase().replace(/\s+/g, ' ');
    const found = labels.find(({ label }) => label.toLowerCase().replace(/\s+/g, ' ') === typedLabel);
    if (!found) return `${before}@${typed}`;
    const { person } = found;
    return `${before}<@${person.id}${withLabel ? `|${person.name}` : ''}>`;
  });
}

function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

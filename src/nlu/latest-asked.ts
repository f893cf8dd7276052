/**
 * Whether an undo asks for the newest write-off: "undo my last write-off", "reverse the latest
 * one", "take back the w/o I just did". The undo form then has that one chosen; it still shows
 * the list and the effect, and nothing changes until the person confirms.
 *
 * "last" that names a time ("from last Tuesday", "last week's") or a name ("her last name") is no
 * newest: the form then lists the write-offs with none chosen, as for any other undo.
 */
const TIME_OR_NAME_AFTER =
  /^(?:week|month|year|night|time|visit|appointment|appt|statement|monday|tuesday|wednesday|thursday|friday|saturday|sunday|name|names)\b/;

const LATEST_WORD = /\b(?:last|latest|most recent|newest|previous)\b\s*([a-z]*)/g;
const JUST_DONE = /\bjust (?:made|did|done|wrote|entered|posted|put through|w\/o|wrote off)\b/;

export function asksForLatest(text: string): boolean {
  const lower = text.toLowerCase();
  if (JUST_DONE.test(lower)) return true;
  for (const match of lower.matchAll(LATEST_WORD)) {
    if (!TIME_OR_NAME_AFTER.test(match[1] ?? '')) return true;
  }
  return false;
}

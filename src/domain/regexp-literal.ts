/** Text to be matched as written inside a pattern built from it (a name may hold "." or "("). */
export function regExpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

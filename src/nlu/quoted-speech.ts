/**
 * Someone else's words, quoted: 'Patient Owen Park wrote "please refund my $30 copay" - before we do
 * anything, what does he owe right now?', 'if a parent says "just write off the $50" on the phone, do
 * I need a note?'. What a patient, a parent or a coworker said or wrote is not the biller's request:
 * the biller's own words around the quote are. Read whole, the quote's refund or write-off was
 * taken for the ask. Only a quote that a verb of saying introduces counts ("she wrote "…"", "the
 * screen said "…"", "mom goes "…""); quotes around a name or a word are no speech.
 */

const SAYING = `(?:says?|said|saying|wrote|writes|writing|asks?|asked|asking|texted|texts|emailed|emails|messaged|messages|replied|replies|responded|goes|went|told (?:me|us|them|her|him)|tells (?:me|us)|(?:left|leaves|sent) (?:a |us a |me a )?(?:vm|voicemail|note|message|msg|text|email|portal message)|(?:in|on) (?:the|a|her|his|their) (?:portal |)(?:message|msg|email|note|vm|voicemail|chat))`;
const QUOTED_SPEECH = new RegExp(
  String.raw`(\b${SAYING}\b[,:]?\s*(?:something like|like|that)?[,:]?\s*)["\u201c][^"\u201c\u201d]{3,300}["\u201d]`,
  'gi',
);

/** The text with each quote of someone's speech left empty; null when it quotes none. */
export function withoutQuotedSpeech(text: string): string | null {
  if (!/["\u201c]/.test(text)) return null;
  const outside = text.replace(QUOTED_SPEECH, '$1""');
  return outside === text ? null : outside;
}

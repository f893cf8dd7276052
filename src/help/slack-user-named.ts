/**
 * A colleague named by their Slack user id in a question about what they may do ("why can't
 * <@U0KAREN> write off?"): read without the database, so that a general question stays cheap
 * (may-name-patient.ts); colleague-access.ts looks the id up.
 */

// "<@U0KAREN>", "<@U0KAREN|karen>", or the bare id "U0GONE" (capitals with a digit).
const MENTION = /<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>/;
const BARE_ID = /\b([UW](?=[A-Z0-9]*\d)[A-Z0-9]{4,})\b/;
// Asked about what they may do: "can't", "can", "able", "allowed", "access", "role", "limit", "permission".
const ACCESS_ASKED =
  /\b(?:can(?:no|')?t?|could(?:n't)?|able|allowed|permission\w*|access|role|limit|rights?|see|blocked|let)\b/i;

/** The Slack user id the question names, in a mention or bare, when it asks what they may do. */
export function slackUserNamed(question: string): string | undefined {
  const id = MENTION.exec(question)?.[1] ?? BARE_ID.exec(question)?.[1];
  return id && ACCESS_ASKED.test(question) ? id : undefined;
}

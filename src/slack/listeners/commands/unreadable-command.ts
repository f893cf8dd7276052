/**
 * Slack sends every slash command with the user who typed it and a response_url to answer on
 * later. A request without them (Slack never sends one; a forged or broken one might) cannot be
 * answered the usual way: the handlers check the user's role and reply through response_url. It
 * is refused in the ack at once, instead of failing in a handler and timing out in Slack's 3 s.
 */

/** Said in the ack: nothing in it names what the request carried. */
export const COMMAND_NOT_READ_TEXT =
  ':warning: This request could not be read, so nothing was done. Type the command again; if this keeps happening, tell whoever looks after the billing app.';

/** The fields a command must carry as non-empty text for any handler to answer it. */
const REQUIRED_FIELDS = ['user_id', 'response_url'] as const;

/** The required fields the command lacks (or carries as something other than text); none when it can be answered. */
export function missingCommandFields(command: Readonly<Record<string, unknown>>): string[] {
  return REQUIRED_FIELDS.filter((field) => {
    const value = command[field];
    return typeof value !== 'string' || value.trim() === '';
  });
}

/**
 * A reminder asked for the writer's own later work ("Remind me to write off Gail Ross's balance on
 * Monday", "set a reminder to refund Bob Smith Friday", "don't let me forget to w/o Jane Doe's $20"):
 * the app keeps no reminders (scope.ts), and the action is for later, by the writer. Read as the
 * action, it opened a write-off now. "remind me how to undo a write-off" asks how (question.ts), and
 * "on Monday write off Gail Ross's balance" still asks it.
 */

// Who is to be reminded, then what of: "remind me (on Monday) to …", "set a reminder for Friday to …",
// "ping me tomorrow to …", "don't let me forget to …", "note to self: …".
const REMINDER_ASKED = new RegExp(
  [
    // A few words of when between ("on Friday", "next week"), never a question's ("remind me what …").
    String.raw`\b(?:remind|ping|nudge|buzz|alert) (?:me|us)(?: (?!(?:how|what|which|why|when|where|who|whether|if)\b)[\w']+){0,4}? (?:to|that|about)\b`,
    String.raw`\b(?:set|create|add|make|schedule|put in) (?:me )?(?:a |an )?(?:reminder|alert|task|to-?do)\b`,
    String.raw`\b(?:don'?t|do not) let (?:me|us) forget\b`,
    String.raw`\b(?:add|put) (?:it |this |that )?(?:to|on) my (?:to-?do|task|todo) list\b`,
    String.raw`\b(?:note|memo|reminder) to (?:self|myself)\b`,
  ].join('|'),
);

/** Whether the text asks to be reminded of work (REMINDER_ASKED), not for the work now. */
export function asksReminderToSelf(lower: string): boolean {
  return REMINDER_ASKED.test(lower);
}

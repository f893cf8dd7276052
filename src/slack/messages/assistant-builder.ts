/** What the assistant says when a thread starts in the app's Messages tab, and the prompts it offers. Pure. */

export const ASSISTANT_GREETING =
  'Hi! Ask me why something is blocked ("why can’t I write off Jane Doe’s Oct 3 charge?"), how something works, ' +
  'or ask for a change ("write off $40 for Jane Doe, hardship"): every change opens a form to confirm first.';

export const SUGGESTED_PROMPTS_TITLE = 'Try one of these';

/** Slack shows at most 4; each is a question the help desk answers from its articles. */
export const SUGGESTED_PROMPTS = [
  { title: 'Why can’t I write off?', message: 'Why can’t I write off?' },
  { title: 'Write-off vs cancel', message: 'What is the difference between a write-off and cancelling PR?' },
  { title: 'Undo a write-off', message: 'How do I undo a write-off?' },
  { title: 'Refund a payment', message: 'How do I refund a payment?' },
] as const;

/** The page's requests to the sandbox server, checked before anything reaches the app. */
import { z } from 'zod';
import { MAX_COMPOSED_CHARS } from './compose.ts';
import { SLACK_CHECKBOX_OPTIONS_MAX, SLACK_OPTION_VALUE_MAX, SLACK_TEXT_INPUT_MAX } from './field-limits.ts';

const id = z.string().min(1).max(255);

/** One field as the page sends it: text or a chosen value, the ticked boxes, or nothing. */
const fieldEntry = z
  .union([
    z.string().max(SLACK_TEXT_INPUT_MAX, {
      error: `Slack takes at most ${SLACK_TEXT_INPUT_MAX.toLocaleString('en-US')} characters in a field`,
    }),
    z.array(z.string().max(SLACK_OPTION_VALUE_MAX)).max(SLACK_CHECKBOX_OPTIONS_MAX),
  ])
  .nullable();

export const SendRequest = z.object({
  user: id,
  place: id,
  text: z.string().max(MAX_COMPOSED_CHARS),
  threadTs: id.optional(),
});

export const ActionRequest = z.object({
  user: id,
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('message'), channelId: id, ts: id }),
    z.object({ kind: z.literal('view'), viewId: id }),
  ]),
  action: z.object({
    action_id: id,
    block_id: id,
    type: z.string().min(1).max(64),
    value: z.string().max(2_000).optional(),
    selected_option: z
      .object({ text: z.object({ type: z.literal('plain_text'), text: z.string() }), value: z.string() })
      .optional(),
  }),
});

export const ChangeRequest = z.object({
  user: id,
  viewId: id,
  blockId: id,
  actionId: id,
  type: z.string().min(1).max(64),
  value: fieldEntry,
  text: z.string().max(200).optional(),
  entered: z.boolean().optional(),
});

export const SubmitRequest = z.object({
  user: id,
  viewId: id,
  inputs: z.record(id, z.record(id, fieldEntry)),
});

export const CloseRequest = z.object({ user: id, viewId: id });

export const OptionsQuery = z.object({
  user: id,
  viewId: id,
  blockId: id,
  actionId: id,
  q: z.string().max(200).default(''),
});

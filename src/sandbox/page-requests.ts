/** The page's requests to the sandbox server, checked before anything reaches the app. */
import { z } from 'zod';
import { MAX_COMPOSED_CHARS } from './compose.ts';

const id = z.string().min(1).max(255);

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
  value: z.string().max(3_000).nullable(),
  text: z.string().max(200).optional(),
  entered: z.boolean().optional(),
});

export const SubmitRequest = z.object({
  user: id,
  viewId: id,
  inputs: z.record(id, z.record(id, z.string().max(3_000).nullable())),
});

export const CloseRequest = z.object({ user: id, viewId: id });

export const OptionsQuery = z.object({
  user: id,
  viewId: id,
  blockId: id,
  actionId: id,
  q: z.string().max(200).default(''),
});

/**
 * What a kind does once its confirm modal is on screen, beyond the modal itself: the batch
 * preview shares its full list as a file. Kinds without an entry do nothing.
 */
import type { webApi } from '@slack/bolt';
import type { ActionKind } from '../domain/index.ts';
import type { ActionModels, ModalModel } from '../workflow/index.ts';
import { shareBatchList } from './batch/share-list.ts';
import type { SlackDeps } from './deps.ts';

type WebClient = webApi.WebClient;
type AfterShown<K extends ActionKind> = (
  deps: SlackDeps,
  client: WebClient,
  model: ActionModels[K],
  userId: string,
) => Promise<void>;

const AFTER_SHOWN: { readonly [K in ActionKind]?: AfterShown<K> } = {
  small_balance_batch: shareBatchList,
};

export async function afterModalShown(
  deps: SlackDeps,
  client: WebClient,
  model: ModalModel,
  userId: string,
): Promise<void> {
  const hook = AFTER_SHOWN[model.kind] as AfterShown<typeof model.kind> | undefined;
  await hook?.(deps, client, model as never, userId);
}

/** App Home through the emulator: open the tab as Slack would, and read what it shows. */
import { dmChannelOf } from './approvals.ts';
import { type Harness, textOf, waitFor } from './harness.ts';

/** The blocks of the user's published Home, none before it is published. */
export function homeBlocks(h: Harness, userId: string): { block_id?: string }[] {
  return (h.emulator.views.home(userId)?.view.blocks as { block_id?: string }[] | undefined) ?? [];
}

export function homeText(h: Harness, userId: string): string {
  return textOf(homeBlocks(h, userId));
}

/** Opens the tab (app_home_opened), waits for the view it publishes and gives its text. */
export async function openHome(h: Harness, userId: string): Promise<string> {
  const before = h.emulator.views.home(userId)?.view;
  await h.client.event({
    type: 'app_home_opened',
    user: userId,
    tab: 'home',
    channel: dmChannelOf(h, userId),
  });
  await waitFor(() => {
    const view = h.emulator.views.home(userId)?.view;
    return view && view !== before ? view : undefined;
  });
  return homeText(h, userId);
}

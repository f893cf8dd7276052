/**
 * Where a sandbox user can be: the team channel, a requests channel, their DM with the app, and
 * the App Home tab. When REQUEST_CHANNELS is empty the sandbox brings its own requests channel.
 */
import type { EmulatorChannel } from '../slack-emulator/index.ts';

export const TEAM_CHANNEL: EmulatorChannel = { id: 'C0SBBILLING', name: 'billing-team' };
export const SANDBOX_REQUESTS_CHANNEL: EmulatorChannel = { id: 'C0SBREQUEST', name: 'billing-requests' };

export type PlaceKind = 'channel' | 'requests' | 'dm' | 'home';

export interface Place {
  /** In the page's address: a channel id, `dm` or `home`. */
  readonly id: string;
  readonly kind: PlaceKind;
  readonly label: string;
}

export const DM_PLACE: Place = { id: 'dm', kind: 'dm', label: 'Billing Assistant' };
export const HOME_PLACE: Place = { id: 'home', kind: 'home', label: 'Home' };

/** The requests channels: the configured ones, or the sandbox's own when none are configured. */
export function requestChannels(configured: readonly string[]): EmulatorChannel[] {
  if (configured.length === 0) return [SANDBOX_REQUESTS_CHANNEL];
  return configured.map((id) => ({ id, name: `requests-${id.toLowerCase()}` }));
}

export function sandboxChannels(configured: readonly string[]): EmulatorChannel[] {
  return [TEAM_CHANNEL, ...requestChannels(configured)];
}

export function sandboxPlaces(configured: readonly string[]): Place[] {
  const channels: Place[] = [
    { id: TEAM_CHANNEL.id, kind: 'channel', label: TEAM_CHANNEL.name },
    ...requestChannels(configured).map((c): Place => ({ id: c.id, kind: 'requests', label: c.name })),
  ];
  return [...channels, DM_PLACE, HOME_PLACE];
}

import type { EmulatorState } from '../emulator-state.ts';
import type { StoredMessage } from '../types.ts';

/** A stored message as the Web API returns it: bot messages carry the app's ids, people's do not. */
export function messageJson(message: StoredMessage, state: EmulatorState) {
  const fromBot = message.user === state.workspace.botUserId;
  return {
    type: 'message',
    user: message.user,
    ...(fromBot ? { bot_id: state.workspace.botId, app_id: state.workspace.appId } : {}),
    ts: message.ts,
    text: message.text ?? '',
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
    ...(message.files ? { files: message.files } : {}),
  };
}

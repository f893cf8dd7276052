/**
 * The Slack emulator for `bench-slack`, in a process of its own, as Slack is a service apart from
 * whoever calls the app. In the load generator's process its work (each of the app's Web API calls
 * after an acknowledgement, recorded and checked) ran on the event loop that times the next
 * acknowledgements, so the app was charged for its own calls to Slack while the bare app, which
 * makes none, was not.
 * Over IPC: sends `{ ready: { url, origin, botToken, workspace } }` once listening, answers
 * `{ issue: { id, userId } }` with `{ issued: { id, triggerId } }`, and stops on SIGTERM.
 */
import { startSlackEmulator } from '../src/slack-emulator/index.ts';

interface IssueRequest {
  readonly issue?: { readonly id: number; readonly userId: string };
}

const emulator = await startSlackEmulator();
process.on('message', (message: IssueRequest) => {
  if (!message.issue) return;
  const { id, userId } = message.issue;
  process.send?.({ issued: { id, triggerId: emulator.issueTriggerId(userId) } });
});
process.on('SIGTERM', () => {
  void emulator.stop().finally(() => process.exit(0));
});
process.send?.({
  ready: {
    url: emulator.url,
    origin: emulator.origin,
    botToken: emulator.botToken,
    workspace: emulator.workspace,
  },
});

/**
 * Where a change came from, kept on every audit row (`details.surface`): Slack, the browser
 * sandbox (the same app, played by the Slack emulator), the CLI, a CSV import, or configuration
 * (BILLING_ADMINS restored at start). The actor says most of it: the CLI records `cli:<user>`,
 * imports `import`, configuration `config`. A Slack user id means a chat surface, which is the
 * sandbox in a process the sandbox started: one process is either, never both.
 */

export const AUDIT_SURFACES = ['slack', 'sandbox', 'cli', 'import', 'config'] as const;
export type AuditSurface = (typeof AUDIT_SURFACES)[number];

type ChatSurface = Extract<AuditSurface, 'slack' | 'sandbox'>;

let chatSurface: ChatSurface = 'slack';

/** Called once by the sandbox at start: people's actions there are not a real workspace's. */
export function recordChatActionsAs(surface: ChatSurface): void {
  chatSurface = surface;
}

export function surfaceOfActor(actor: string): AuditSurface {
  if (actor.startsWith('cli:')) return 'cli';
  if (actor === 'import' || actor.startsWith('import:')) return 'import';
  if (actor === 'config') return 'config';
  return chatSurface;
}

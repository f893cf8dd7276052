/** The app's slash commands as manifest.json declares them, for the message box's usage hints. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface SlashCommandInfo {
  readonly command: string;
  readonly description: string;
  readonly usageHint: string;
  /** Slack turns @names into <@U…|name> in the text when this is set. */
  readonly shouldEscape: boolean;
}

const ManifestCommands = z.object({
  features: z.object({
    slash_commands: z
      .array(
        z.object({
          command: z.string().startsWith('/'),
          description: z.string().default(''),
          usage_hint: z.string().default(''),
          should_escape: z.boolean().default(false),
        }),
      )
      .default([]),
  }),
});

const MANIFEST_URL = new URL('../../manifest.json', import.meta.url);

export function loadSlashCommands(manifestUrl: URL = MANIFEST_URL): SlashCommandInfo[] {
  const manifest = ManifestCommands.parse(JSON.parse(readFileSync(manifestUrl, 'utf8')));
  return manifest.features.slash_commands.map((c) => ({
    command: c.command,
    description: c.description,
    usageHint: c.usage_hint,
    shouldEscape: c.should_escape,
  }));
}

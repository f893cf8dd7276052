/** `cli ask` run in the test process against a test database, its JSON answer parsed. */
import { expect } from 'vitest';
import type { CliContext } from '../../../src/cli/command.ts';
import { askCommand } from '../../../src/cli/commands/ask.ts';
import type { Database } from '../../../src/db/client.ts';

export interface CliAskAnswer {
  readonly topic: string;
  readonly answer: string;
  readonly sources: string[];
  readonly blockers?: { code: string; message: string; nextStep: string }[];
}

export async function askCli(db: Database, question: string): Promise<CliAskAnswer> {
  const out: string[] = [];
  const ctx: CliContext = {
    io: { stdout: (t) => out.push(t), stderr: () => {}, stdin: async () => '' },
    db: async () => db,
    actor: 'cli:test',
  };
  expect(await askCommand.run(ctx, [question])).toBe(0);
  return JSON.parse(out.join('')) as CliAskAnswer;
}

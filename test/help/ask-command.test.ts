/** `cli ask`: JSON answers without a database, one line per question with --jsonl. */
import { describe, expect, it } from 'vitest';
import { BadInputError, type CliContext, EXIT_OK } from '../../src/cli/command.ts';
import { askCommand } from '../../src/cli/commands/ask.ts';
import { loadCommand } from '../../src/cli/commands/index.ts';

function fakeContext(stdin = '') {
  const out: string[] = [];
  const ctx: CliContext = {
    io: { stdout: (t) => out.push(t), stderr: () => {}, stdin: async () => stdin },
    db: () => {
      throw new Error('ask must not open the database');
    },
    actor: 'cli:test',
  };
  return { ctx, stdout: () => out.join('') };
}

describe('ask', () => {
  it('is registered as a CLI command', async () => {
    expect(await loadCommand('ask')).toBe(askCommand);
  });

  it('prints one JSON document with topic, answer and sources', async () => {
    const { ctx, stdout } = fakeContext();
    expect(await askCommand.run(ctx, ['how', 'do', 'I', 'undo', 'a', 'write-off?'])).toBe(EXIT_OK);
    const parsed = JSON.parse(stdout());
    expect(Object.keys(parsed)).toEqual(['topic', 'answer', 'sources']);
    expect(parsed.topic).toBe('undo-write-off');
    expect(parsed.sources).toEqual(['undo-write-off']);
    expect(parsed.answer).toContain('Confirm undo');
  });

  it('accepts --json, since every command does', async () => {
    const { ctx, stdout } = fakeContext();
    await askCommand.run(ctx, ['--json', 'how do I check a balance?']);
    expect(JSON.parse(stdout()).topic).toBe('balance-lookup');
  });

  it('with --jsonl answers each stdin line in order, one compact object per line', async () => {
    const questions = [
      'why is the write off button greyed out',
      '',
      '{"text": "how do I refund a copay?", "expect": {"topic": ["refund-payment"]}}',
      'can I write off all the tiny balances at once?',
    ];
    const { ctx, stdout } = fakeContext(`${questions.join('\n')}\n`);
    expect(await askCommand.run(ctx, ['--jsonl'])).toBe(EXIT_OK);
    const lines = stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => JSON.parse(l).topic)).toEqual([
      'write-off-blocked',
      null,
      'refund-payment',
      'small-balance-batch',
    ]);
    for (const line of lines) expect(line).toBe(JSON.stringify(JSON.parse(line)));
  });

  it('with --jsonl answers a blank line with no topic, so output lines stay aligned with input', async () => {
    const { ctx, stdout } = fakeContext('\n   \n{"text": ""}\nhow do I undo a write-off?\r\n\n');
    expect(await askCommand.run(ctx, ['--jsonl'])).toBe(EXIT_OK);
    const answers = stdout()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(5);
    for (const index of [0, 1, 2, 4]) {
      expect(answers[index]).toEqual({
        topic: null,
        answer: expect.stringMatching(/no question/),
        sources: [],
      });
    }
    expect(answers[3].topic).toBe('undo-write-off');
  });

  it('with --jsonl and empty stdin prints nothing', async () => {
    const { ctx, stdout } = fakeContext('');
    expect(await askCommand.run(ctx, ['--jsonl'])).toBe(EXIT_OK);
    expect(stdout()).toBe('');
  });

  it('treats a missing question as bad input (exit 2)', async () => {
    const { ctx } = fakeContext();
    await expect(askCommand.run(ctx, [])).rejects.toBeInstanceOf(BadInputError);
    await expect(askCommand.run(ctx, ['   '])).rejects.toThrow(/question/);
  });

  it('treats an unknown flag as bad input', async () => {
    const { ctx } = fakeContext();
    await expect(askCommand.run(ctx, ['--verbose', 'hi'])).rejects.toBeInstanceOf(BadInputError);
  });
});

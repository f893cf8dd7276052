/**
 * Actors named for people: a Slack user as a mention in text Slack renders, `cli:<name>` as
 * "<name> (command line)", a system actor as a word; in the report chart (an image), a Slack
 * user by their display name from users.info, asked once per request, the id when Slack fails.
 */
import type { Logger, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { actorInWords } from '../../src/domain/index.ts';
import { withoutUserIds } from '../../src/slack/form-state.ts';
import { buildReportMessage } from '../../src/slack/messages/report-message-builder.ts';
import { slackUserLabels } from '../../src/slack/user-labels.ts';
import { actorMention, mentionActors } from '../../src/slack/views/actor-mentions.ts';
import { withChartLabels } from '../../src/workflow/report.ts';

const report = {
  month: '2026-11',
  totalCents: 6_000,
  byReason: [{ reason: 'small_balance', count: 3, totalCents: 6_000 }],
  byUser: [
    { actor: 'U0SBBILLER1', count: 1, totalCents: 1_000 },
    { actor: 'cli:demo', count: 1, totalCents: 2_000 },
    { actor: 'import', count: 1, totalCents: 3_000 },
  ],
};

const quietLogger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} } as unknown as Logger;

function fakeClient(answer: (user: string) => unknown) {
  const asked: string[] = [];
  const client = {
    users: {
      info: async ({ user }: { user: string }) => {
        asked.push(user);
        return answer(user);
      },
    },
  } as unknown as webApi.WebClient;
  return { client, asked };
}

describe('actors in words', () => {
  it('the one function: command line, system words, Slack ids left to the front end', () => {
    expect(actorInWords('cli:demo')).toBe('demo (command line)');
    expect(actorInWords('import')).toBe('the import');
    expect(actorInWords('config')).toBe('configuration');
    expect(actorInWords('U0SBBILLER1')).toBe('U0SBBILLER1');
    expect(actorInWords('U0SBBILLER1', (id) => `@${id}`)).toBe('@U0SBBILLER1');
  });

  it('in Slack text: mentions for users, words for the rest', () => {
    expect(actorMention('U0SBBILLER1')).toBe('<@U0SBBILLER1>');
    expect(actorMention('cli:demo')).toBe('demo (command line)');
    const sentence = 'This PR was already written off by cli:demo on 2026-12-04.';
    expect(mentionActors(sentence, ['cli:demo'])).toBe(
      'This PR was already written off by demo (command line) on 2026-12-04.',
    );
    expect(mentionActors('Written off by import on 2026-12-04 after the import ran.', ['import'])).toBe(
      'Written off by the import on 2026-12-04 after the import ran.',
    );
  });

  it('under a field (plain text): a colleague, or the command-line user in words', () => {
    const error = 'This PR was already written off by cli:demo on 2026-12-04.';
    expect(withoutUserIds(error, { people: ['cli:demo'] })).toContain('written off by demo (command line)');
  });

  it('the text report: a Slack user as a mention, cli:demo in words', () => {
    const text = JSON.stringify(buildReportMessage(report, { sentTo: 'your DM' }).blocks);
    expect(text).toContain('<@U0SBBILLER1>');
    expect(text).toContain('demo (command line)');
    expect(text).not.toContain('cli:demo');
  });
});

describe('the chart labels people by name', () => {
  it('a Slack user by display name (asked once), cli and system actors in words', async () => {
    const { client, asked } = fakeClient(() => ({
      ok: true,
      user: { id: 'U0SBBILLER1', profile: { display_name: 'Bea Biller' } },
    }));
    const label = slackUserLabels(client, quietLogger);
    const labelled = await withChartLabels(report, label);
    expect(labelled.byUser.map((u) => u.actor)).toEqual(['Bea Biller', 'demo (command line)', 'the import']);
    await label('U0SBBILLER1');
    expect(asked).toEqual(['U0SBBILLER1']);
    // The figures are untouched.
    expect(labelled.byUser.map((u) => u.totalCents)).toEqual([1_000, 2_000, 3_000]);
  });

  it('falls back to the id when users.info fails', async () => {
    const { client } = fakeClient(() => {
      throw Object.assign(new Error('An API error occurred: missing_scope'), {
        data: { error: 'missing_scope' },
      });
    });
    const labelled = await withChartLabels(report, slackUserLabels(client, quietLogger));
    expect(labelled.byUser[0]?.actor).toBe('U0SBBILLER1');
  });

  it('two people of the same name keep a bar each', async () => {
    const twins = {
      ...report,
      byUser: [
        { actor: 'UAAAAAAA1', count: 1, totalCents: 100 },
        { actor: 'UAAAAAAA2', count: 1, totalCents: 200 },
      ],
    };
    const labelled = await withChartLabels(twins, async () => 'Sam');
    expect(labelled.byUser.map((u) => u.actor)).toEqual(['Sam (UAAAAAAA1)', 'Sam (UAAAAAAA2)']);
  });
});

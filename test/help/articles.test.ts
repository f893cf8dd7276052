/** The knowledge base: every topic has an article, split into sections, saying what billers need. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_HELP_DIR, type HelpArticle, loadArticles, parseArticle } from '../../src/help/articles.ts';
import { HELP_TOPIC_IDS, type HelpTopicId } from '../../src/help/topics.ts';
import { CANCEL_SUBMIT } from '../../src/slack/views/cancel-modal-builder.ts';
import { REFUND_SUBMIT } from '../../src/slack/views/refund-modal-builder.ts';
import { UNDO_SUBMIT } from '../../src/slack/views/undo-modal-builder.ts';
import { WRITE_OFF_SUBMIT } from '../../src/slack/views/write-off-modal-builder.ts';

const articles = loadArticles();
const article = (id: HelpTopicId): HelpArticle => articles.find((a) => a.id === id) as HelpArticle;
const fullText = (id: HelpTopicId) => {
  const a = article(id);
  return [a.title, ...a.sections.flatMap((s) => [s.heading, s.text])].join('\n');
};

describe('loadArticles', () => {
  it('loads one article per help topic id, in the order of DOMAIN.md', () => {
    expect(articles.map((a) => a.id)).toEqual([...HELP_TOPIC_IDS]);
  });

  it.each(HELP_TOPIC_IDS)('%s has a title, keywords and short titled sections', (id) => {
    const a = article(id);
    expect(a.title.length).toBeGreaterThan(5);
    expect(a.keywords.length).toBeGreaterThanOrEqual(5);
    const headed = a.sections.filter((s) => s.heading !== '');
    expect(headed.length).toBeGreaterThanOrEqual(3);
    for (const section of a.sections) {
      expect(section.text.length).toBeGreaterThan(0);
      expect(section.text.length).toBeLessThan(1_200);
      expect(section.text).not.toContain('<!--');
    }
  });

  describe('with a broken directory', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('names the missing article', () => {
      dir = mkdtempSync(join(tmpdir(), 'help-'));
      cpSync(DEFAULT_HELP_DIR, dir, { recursive: true });
      rmSync(join(dir, 'cancel-pr.md'));
      expect(() => loadArticles(dir)).toThrow(/cancel-pr\.md/);
    });

    it('refuses an article without front matter', () => {
      dir = mkdtempSync(join(tmpdir(), 'help-'));
      cpSync(DEFAULT_HELP_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'balance-lookup.md'), '## Just a heading\n\nNo front matter.\n');
      expect(() => loadArticles(dir)).toThrow(/balance-lookup has no front matter/);
    });
  });
});

describe('parseArticle', () => {
  const source = [
    '---',
    'title: Undo: the basics',
    'keywords: undo, reverse , take back',
    '---',
    'Intro line.',
    '',
    '## First',
    '<!-- blockers: ALREADY_REVERSED, NOT_AUTHORIZED -->',
    'First text.',
    '## Second',
    'Second text.',
  ].join('\n');

  it('reads front matter, the intro and one section per ## heading', () => {
    const parsed = parseArticle('undo-write-off', source);
    expect(parsed.title).toBe('Undo: the basics');
    expect(parsed.keywords).toEqual(['undo', 'reverse', 'take back']);
    expect(parsed.sections.map((s) => [s.heading, s.text])).toEqual([
      ['', 'Intro line.'],
      ['First', 'First text.'],
      ['Second', 'Second text.'],
    ]);
    expect(parsed.sections[1]?.blockerCodes).toEqual(['ALREADY_REVERSED', 'NOT_AUTHORIZED']);
  });

  it('refuses a blocker code that does not exist', () => {
    expect(() => parseArticle('undo-write-off', source.replace('ALREADY_REVERSED', 'NO_SUCH_CODE'))).toThrow(
      /NO_SUCH_CODE/,
    );
  });
});

describe('what each article tells billers', () => {
  it.each<[HelpTopicId, RegExp[]]>([
    [
      'write-off-how',
      [
        /\/writeoff/,
        /Review & confirm/,
        /Confirm write-off/,
        /Outstanding \$120\.00 → \$80\.00/,
        /`all`/,
        /Spread across open charges, oldest first/,
        /Undo/,
      ],
    ],
    ['write-off-vs-cancel', [/correct but/i, /wrong/, /remittance/, /Confirm cancel/]],
    ['write-off-blocked', [/\/billing why/, /refund/i, /undo/i, /cancelled/, /raise your limit/]],
    ['undo-write-off', [/Undo/, /Confirm undo/, /Home tab/, /only once/, /as a whole/, /billing manager/]],
    [
      'refund-payment',
      [
        /Confirm refund/,
        /does not remove the PR/,
        /write it off or cancel it/,
        /billing managers and admins/,
      ],
    ],
    [
      'cancel-pr',
      [
        /Confirm cancel/,
        /self-pay, placeholder/,
        /insurance remittance/,
        /refund the payment first/i,
        /Undo those write-offs first/,
        /entered in error/,
        /duplicate/,
        /wrong amount/,
      ],
    ],
    [
      'write-off-reasons',
      [
        /Small balance/,
        /Financial hardship/,
        /Bad debt/,
        /Patient deceased/,
        /Bankruptcy/,
        /Professional courtesy/,
        /Custom reason/,
        /compliance/,
      ],
    ],
    [
      'small-balance-batch',
      [
        /\/writeoff all of it for Jane Doe, small balance/,
        /_Small balance_/,
        /\/billing small-balances under \$5/,
        /one balance at a time/,
        /CSV file in your direct messages/,
        /Undo the batch/,
        /billers \(up to their write-off limit\), billing managers and admins/i,
        /A batch: billing\s+managers and admins only/,
      ],
    ],
    [
      'approvals-limits',
      [
        /\$100/,
        /last 24 hours/,
        /Sent for approval/,
        /Approve and Reject/,
        /SELF_APPROVAL/,
        /7 days/,
        /raise\s+your limit/,
        /\/billing role @user biller \$250/,
      ],
    ],
    ['balance-lookup', [/\/billing balance Jane Doe/, /npm run -s cli -- balance/, /MRN/, /viewers/]],
  ])('%s names its commands, buttons and rules', (id, patterns) => {
    const text = fullText(id);
    for (const pattern of patterns) expect(text).toMatch(pattern);
  });
});

describe('button names in the articles', () => {
  const submitLabels = [WRITE_OFF_SUBMIT, CANCEL_SUBMIT, REFUND_SUBMIT, UNDO_SUBMIT];

  it.each(HELP_TOPIC_IDS)('%s names only confirm buttons the forms really have', (id) => {
    const named = [...fullText(id).matchAll(/_(Confirm[^_]*)_/g)].map((m) => m[1]);
    for (const label of named) expect(submitLabels).toContain(label);
  });
});

/** Every blocker the rules can return has a help article that explains it. */
import { describe, expect, it } from 'vitest';
import { BLOCKER_CODES, type BlockerCode } from '../../src/domain/blockers.ts';
import { loadArticles } from '../../src/help/articles.ts';
import { BLOCKER_TOPICS, topicForBlocker } from '../../src/help/blocker-topics.ts';
import { HELP_TOPIC_IDS, type HelpTopicId } from '../../src/help/topics.ts';

const articles = loadArticles();
const codesCoveredBy = (id: HelpTopicId): BlockerCode[] =>
  articles.find((a) => a.id === id)?.sections.flatMap((s) => s.blockerCodes) ?? [];

describe('BLOCKER_TOPICS', () => {
  it('has an article for every blocker code, and nothing else', () => {
    expect(Object.keys(BLOCKER_TOPICS).sort()).toEqual([...BLOCKER_CODES].sort());
    for (const topic of Object.values(BLOCKER_TOPICS)) expect(HELP_TOPIC_IDS).toContain(topic);
  });

  it.each(BLOCKER_CODES)('%s: its article has a section explaining it', (code) => {
    expect(codesCoveredBy(BLOCKER_TOPICS[code])).toContain(code);
  });
});

describe('articles cover the blockers of their action', () => {
  it.each<[HelpTopicId, BlockerCode[]]>([
    [
      'write-off-blocked',
      [
        'PR_PAID',
        'NOTHING_OUTSTANDING',
        'PR_CANCELLED',
        'AMOUNT_EXCEEDS_OUTSTANDING',
        'AMOUNT_INVALID',
        'REASON_REQUIRED',
        'NOTE_REQUIRED',
        'NOT_AUTHORIZED',
        'OVER_LIMIT',
      ],
    ],
    ['cancel-pr', ['REMITTANCE_PR', 'HAS_PAYMENTS', 'HAS_WRITE_OFFS', 'NOT_AUTHORIZED', 'REASON_REQUIRED']],
    ['undo-write-off', ['ALREADY_REVERSED', 'NOT_AUTHORIZED']],
    ['refund-payment', ['REFUND_EXCEEDS_PAYMENT', 'NOT_AUTHORIZED']],
  ])('%s', (id, codes) => {
    expect(codesCoveredBy(id)).toEqual(expect.arrayContaining(codes));
  });
});

describe('topicForBlocker', () => {
  it('sends codes shared between actions to the article of the action that was refused', () => {
    expect(topicForBlocker('NOT_AUTHORIZED')).toBe('write-off-blocked');
    expect(topicForBlocker('NOT_AUTHORIZED', 'refund_payment')).toBe('refund-payment');
    expect(topicForBlocker('REASON_REQUIRED', 'cancel_pr')).toBe('cancel-pr');
    expect(topicForBlocker('NOT_AUTHORIZED', 'undo_write_off')).toBe('undo-write-off');
  });
});

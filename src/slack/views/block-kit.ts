/** Block Kit types (re-exported by Bolt) and the small constructors every builder uses. */
import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type PlainTextOption = types.PlainTextOption;
export type Button = types.Button;

/** Slack's limits that the builders respect (FIELD-NOTES: Block Kit limits). */
export const LIMITS = {
  optionText: 75,
  sectionText: 3000,
  modalTitle: 24,
  staticOptions: 100,
  modalBlocks: 100,
};

export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
export const mrkdwn = (text: string) => ({
  type: 'mrkdwn' as const,
  text: clipText(text, LIMITS.sectionText),
});

export function option(text: string, value: string): PlainTextOption {
  return { text: plain(clipText(text, LIMITS.optionText)), value };
}

export function section(text: string, blockId?: string): KnownBlock {
  return { type: 'section', text: mrkdwn(text), ...(blockId ? { block_id: blockId } : {}) };
}

export function context(text: string, blockId?: string): KnownBlock {
  return { type: 'context', elements: [mrkdwn(text)], ...(blockId ? { block_id: blockId } : {}) };
}

/** Slack mrkdwn treats &, < and > specially; names and notes are escaped before they go in. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

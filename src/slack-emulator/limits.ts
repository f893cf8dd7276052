import type { JsonObject } from './types.ts';

/** Slack's documented limits that production apps actually run into. */
export const SLACK_LIMITS = {
  triggerLifetimeMs: 3_000,
  privateMetadataChars: 3_000,
  modalBlocks: 100,
  homeBlocks: 100,
  messageBlocks: 50,
  viewLabelChars: 24,
  sectionTextChars: 3_000,
  optionTextChars: 75,
  staticSelectOptions: 100,
  idChars: 255,
  messageTextChars: 40_000,
  callbackIdChars: 255,
  viewStackDepth: 3,
  suggestedPrompts: 4,
  responseUrlPosts: 5,
  responseUrlLifetimeMs: 30 * 60_000,
} as const;

type Problems = string[];

const tooLong = (limit: number, pointer: string) =>
  `[ERROR] must be less than ${limit + 1} characters [json-pointer:${pointer}]`;
const tooMany = (limit: number, pointer: string) =>
  `[ERROR] no more than ${limit} items allowed [json-pointer:${pointer}]`;

const asObject = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;

const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  const text = asObject(value)?.text;
  return typeof text === 'string' ? text : undefined;
};

function checkLength(problems: Problems, value: unknown, limit: number, pointer: string): void {
  const text = textOf(value);
  if (text !== undefined && text.length > limit) problems.push(tooLong(limit, pointer));
}

function checkOptions(problems: Problems, options: unknown, pointer: string): void {
  if (!Array.isArray(options)) return;
  options.forEach((option, index) => {
    checkLength(
      problems,
      asObject(option)?.text,
      SLACK_LIMITS.optionTextChars,
      `${pointer}/${index}/text/text`,
    );
  });
}

function checkElement(problems: Problems, element: unknown, pointer: string): void {
  const el = asObject(element);
  if (!el) return;
  checkLength(problems, el.action_id, SLACK_LIMITS.idChars, `${pointer}/action_id`);
  checkOptions(problems, el.options, `${pointer}/options`);
  if (el.type === 'static_select' && Array.isArray(el.options)) {
    if (el.options.length > SLACK_LIMITS.staticSelectOptions) {
      problems.push(tooMany(SLACK_LIMITS.staticSelectOptions, `${pointer}/options`));
    }
  }
  if (Array.isArray(el.option_groups)) {
    el.option_groups.forEach((group, index) => {
      checkOptions(problems, asObject(group)?.options, `${pointer}/option_groups/${index}/options`);
    });
  }
}

function checkBlock(problems: Problems, block: unknown, pointer: string): void {
  const b = asObject(block);
  if (!b) {
    problems.push(`[ERROR] must be an object [json-pointer:${pointer}]`);
    return;
  }
  checkLength(problems, b.block_id, SLACK_LIMITS.idChars, `${pointer}/block_id`);
  if (b.type === 'section')
    checkLength(problems, b.text, SLACK_LIMITS.sectionTextChars, `${pointer}/text/text`);
  checkElement(problems, b.accessory, `${pointer}/accessory`);
  checkElement(problems, b.element, `${pointer}/element`);
  if (Array.isArray(b.elements)) {
    b.elements.forEach((element, index) => {
      checkElement(problems, element, `${pointer}/elements/${index}`);
    });
  }
}

/** Checks a blocks array against a block count limit and every per-block rule. */
export function blocksProblems(blocks: unknown, maxBlocks: number, pointer: string): Problems {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return [`[ERROR] must be an array [json-pointer:${pointer}]`];
  const problems: Problems = [];
  if (blocks.length > maxBlocks) problems.push(tooMany(maxBlocks, pointer));
  blocks.forEach((block, index) => {
    checkBlock(problems, block, `${pointer}/${index}`);
  });
  return problems;
}

/** The rules for a view passed to views.open/push/update/publish or returned in an ack. */
export function viewProblems(view: unknown, expectedType: 'modal' | 'home' | 'any'): Problems {
  const v = asObject(view);
  if (!v) return ['[ERROR] missing required field: view [json-pointer:/view]'];
  const problems: Problems = [];
  const type = v.type;
  if (type !== 'modal' && type !== 'home') {
    problems.push('[ERROR] must provide a supported view type [json-pointer:/view/type]');
  } else if (expectedType !== 'any' && type !== expectedType) {
    problems.push(`[ERROR] view type must be ${expectedType} [json-pointer:/view/type]`);
  }
  if (type === 'modal') {
    if (textOf(v.title) === undefined)
      problems.push('[ERROR] missing required field: title [json-pointer:/view]');
    for (const label of ['title', 'submit', 'close'] as const) {
      checkLength(problems, v[label], SLACK_LIMITS.viewLabelChars, `/view/${label}/text`);
    }
  }
  checkLength(problems, v.private_metadata, SLACK_LIMITS.privateMetadataChars, '/view/private_metadata');
  checkLength(problems, v.callback_id, SLACK_LIMITS.callbackIdChars, '/view/callback_id');
  checkLength(problems, v.external_id, SLACK_LIMITS.idChars, '/view/external_id');
  const maxBlocks = type === 'home' ? SLACK_LIMITS.homeBlocks : SLACK_LIMITS.modalBlocks;
  problems.push(...blocksProblems(v.blocks, maxBlocks, '/view/blocks'));
  return problems;
}

export function messageTextProblems(text: unknown): Problems {
  return typeof text === 'string' && text.length > SLACK_LIMITS.messageTextChars
    ? [tooLong(SLACK_LIMITS.messageTextChars, '/text')]
    : [];
}

export function messageBlocksProblems(blocks: unknown): Problems {
  return blocksProblems(blocks, SLACK_LIMITS.messageBlocks, '/blocks');
}

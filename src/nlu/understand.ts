/**
 * Understanding a request: the rules first; when they are unsure and a model is configured, the
 * model is asked with patient details redacted, under a time budget, and its answer is checked.
 * Any failure of the model path (timeout, refusal, HTTP error, malformed output) falls back to
 * the rules' answer. Never throws.
 */
import { CONFIDENT_AT } from './confidence.ts';
import { guardModelAnswer } from './model-guard.ts';
import { type NameIndex, withExtraNames } from './name-index.ts';
import { MAX_REQUEST_LENGTH } from './normalize.ts';
import type { ModelParser } from './openai-parser.ts';
import { parseRequest } from './parse.ts';
import { redact } from './redact.ts';
import type { ParsedRequest, ParseOptions } from './schema.ts';

export interface UnderstandOptions extends ParseOptions {
  /** The patient directory's names, built once per directory version (redaction-directory.ts). */
  readonly directory: NameIndex;
  readonly modelParser?: ModelParser | null;
}

export async function understand(text: string, opts: UnderstandOptions): Promise<ParsedRequest> {
  const rules = parseRequest(text, opts);
  if (rules.confidence >= CONFIDENT_AT || !opts.modelParser) return rules;
  try {
    return (await askModel(text, rules, opts.modelParser, opts)) ?? rules;
  } catch {
    // The model path is an improvement, never a dependency.
    return rules;
  }
}

async function askModel(
  text: string,
  rules: ParsedRequest,
  modelParser: ModelParser,
  opts: UnderstandOptions,
): Promise<ParsedRequest | null> {
  // The name the rules found is redacted too, even when the directory does not know it yet.
  const names = withExtraNames(opts.directory, rules.patient ? [rules.patient] : []);
  const redaction = redact(text.slice(0, MAX_REQUEST_LENGTH), names);
  const result = await modelParser.propose(redaction.text, opts.today);
  if (!result.ok) return null;
  return guardModelAnswer(result.answer, {
    originalText: text,
    rules,
    today: opts.today,
    restore: redaction.restore,
  });
}

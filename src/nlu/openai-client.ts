/**
 * The openai package, loaded only where a model is configured. It is large (about 2.5 MB of
 * source, loaded at every start before), and only a deployment with OPENAI_API_KEY calls it:
 * without a key nothing loads it. With one, loading starts in the background as soon as the
 * client is configured, without holding up start-up. It must not wait for the first request:
 * that request's model budget (2 s) would pay for the load, and on a loaded CI machine the load
 * alone overran it, so the rules answered instead of the model.
 */
import type OpenAI from 'openai';

export interface ModelClientSettings {
  readonly apiKey: string;
  readonly baseURL?: string | undefined;
  readonly timeoutMs: number;
}

export interface LoadedOpenAI {
  readonly client: OpenAI;
  /** The class, for its error classes (`instanceof Errors.APIError`). */
  readonly Errors: typeof OpenAI;
  readonly zodResponseFormat: typeof import('openai/helpers/zod').zodResponseFormat;
}

/**
 * Starts loading now and returns the client once loaded, kept; a failed load is tried again on
 * the next call (a failure of the background start is the first call's to report).
 */
export function lazyOpenAI(settings: ModelClientSettings): () => Promise<LoadedOpenAI> {
  let loading: Promise<LoadedOpenAI> | undefined;
  const loaded = () => {
    loading ??= load(settings).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  loaded().catch(() => {});
  return loaded;
}

async function load(settings: ModelClientSettings): Promise<LoadedOpenAI> {
  const [{ default: OpenAIClient }, { zodResponseFormat }] = await Promise.all([
    import('openai'),
    import('openai/helpers/zod'),
  ]);
  // No retries: a retry cannot fit in the budget, and the rules' answer is always there.
  const client = new OpenAIClient({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
  return { client, Errors: OpenAIClient, zodResponseFormat };
}

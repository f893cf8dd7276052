/**
 * Configuration, validated once at start. Every variable is documented in .env.example and the
 * README; nothing else in the code reads process.env.
 */
import { z } from 'zod';
import type { DatabaseTarget } from './db/client.ts';
import { DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS } from './domain/rules/batch.ts';

/** "U1, U2 U3" -> ["U1", "U2", "U3"]: lists in environment variables, commas or spaces. */
const idList = z
  .string()
  .default('')
  .transform((s) => s.split(/[\s,]+/).filter(Boolean));

const slackUserIds = idList.pipe(
  z.array(z.string().regex(/^[UW][A-Z0-9]+$/, 'Slack user ids look like U012ABCDEF')),
);

const channelIds = idList;

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const ConfigSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  PGLITE_DIR: z.string().default('./.data'),
  PGLITE_LOCK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  SLACK_BOT_TOKEN: z.preprocess(emptyAsUndefined, z.string().startsWith('xoxb-').optional()),
  SLACK_SIGNING_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  SLACK_APP_TOKEN: z.preprocess(emptyAsUndefined, z.string().startsWith('xapp-').optional()),
  SLACK_API_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** 1: the browser sandbox even with Slack credentials; 0: never (exit when credentials are missing). */
  SANDBOX: z.preprocess(emptyAsUndefined, z.enum(['0', '1']).optional()),
  BILLING_ADMINS: slackUserIds,
  REQUEST_CHANNELS: channelIds,
  APPROVALS_CHANNEL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[CG][A-Z0-9]+$/, 'Slack channel ids look like C012ABCDEF')
      .optional(),
  ),
  /** When set, every change made in Slack is posted here with the patient's initials, never the name. */
  AUDIT_CHANNEL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[CG][A-Z0-9]+$/, 'channel ids look like C012ABCDEF')
      .optional(),
  ),
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  /** A small-balance batch leaves out charges whose date of service is fewer days ago than this. */
  SMALL_BALANCE_MIN_AGE_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3_650)
    .default(DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

export function databaseTarget(config: Config): DatabaseTarget {
  if (config.DATABASE_URL) return { kind: 'postgres', url: config.DATABASE_URL };
  return { kind: 'pglite-dir', dir: config.PGLITE_DIR, lockTimeoutMs: config.PGLITE_LOCK_TIMEOUT_MS };
}

import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('runs with nothing set: PGlite in ./.data, no Slack, no model', () => {
    const config = loadConfig({});
    expect(databaseTarget(config)).toEqual({ kind: 'pglite-dir', dir: './.data', lockTimeoutMs: 10_000 });
    expect(config.BILLING_ADMINS).toEqual([]);
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it('reads id lists separated by commas or spaces, and DATABASE_URL selects PostgreSQL', () => {
    const config = loadConfig({
      BILLING_ADMINS: 'U012ABCDEF, W0SECOND  U0THIRD',
      REQUEST_CHANNELS: 'C0BILLING,C0FRONTDESK',
      DATABASE_URL: 'postgres://billing@db.internal:5432/billing',
    });
    expect(config.BILLING_ADMINS).toEqual(['U012ABCDEF', 'W0SECOND', 'U0THIRD']);
    expect(config.REQUEST_CHANNELS).toEqual(['C0BILLING', 'C0FRONTDESK']);
    expect(databaseTarget(config)).toMatchObject({ kind: 'postgres' });
  });

  it.each([
    [{ BILLING_ADMINS: 'jane@example.com' }, /BILLING_ADMINS.*Slack user ids look like U012ABCDEF/],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token' }, /SLACK_BOT_TOKEN/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

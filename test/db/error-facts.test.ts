/**
 * What a failure's log line may say (src/db/error-facts.ts): the database's state where the
 * database or its driver said it, the code of anything else, and never a message.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../bench/lib/processes.ts';
import { errorFacts } from '../../src/db/error-facts.ts';

/** A real refused connection, as Node reports it. */
async function refusedConnection(): Promise<Error> {
  const port = await freePort();
  return new Promise((resolve) => connect(port, '127.0.0.1').once('error', resolve));
}

describe('errorFacts', () => {
  it("keeps PostgreSQL's SQLSTATE and the driver's code as the SQL state, without the message", () => {
    const unique = Object.assign(new Error('Key (mrn)=(A-1) already exists'), { code: '23505' });
    const wrapped = new Error('Failed query: insert into "patients" … params: Jane', { cause: unique });
    Object.assign(wrapped, { query: 'insert into "patients" ("mrn") values ($1)' });
    expect(errorFacts(wrapped)).toEqual({ kind: 'Error', sqlState: '23505', operation: 'insert patients' });
    const closed = Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' });
    expect(errorFacts(closed)).toEqual({ kind: 'Error', sqlState: 'CONNECTION_CLOSED' });
  });

  it("gives a network error's code as its code, not as a SQL state", async () => {
    const refused = await refusedConnection();
    const facts = errorFacts(new TypeError('fetch failed', { cause: refused }));
    expect(facts).toEqual({ kind: 'TypeError', code: 'ECONNREFUSED' });
  });

  it("gives Slack's error name as the code", () => {
    const slack = Object.assign(new Error('An API error occurred: not_in_channel'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'not_in_channel' },
    });
    expect(errorFacts(slack)).toEqual({ kind: 'Error', code: 'not_in_channel' });
  });
});

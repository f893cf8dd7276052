/**
 * PGlite's `query` sends every statement unnamed: each run parses, analyses and plans it again,
 * on the app's main thread (PGlite is WebAssembly in this process), in the one session every
 * request waits for. A write-off's locking read and its entry statement spent about a fifth of
 * their time there.
 *
 * This wrapper gives each parameterised statement text a named prepared statement the first time
 * it runs on the client, as postgres.js does on a server (prepared-statements.ts). Later runs only
 * bind and execute it. The statement's parameter types and its row description are read once,
 * when it is prepared.
 *
 * - Statements without parameters (BEGIN, COMMIT, DDL) and bulk statements with many (whose text
 *   changes with the row count) go through PGlite's own `query`, so the set of prepared statements
 *   stays bounded by the app's statement texts.
 * - A session that lost its prepared statements (DISCARD ALL, as the tests' pool does) or a table
 *   changed under one: outside a transaction the statement is prepared again and run once more
 *   (both errors come from the Bind, before anything ran). Inside one the error aborted it, so it
 *   is thrown; neither happens while the app serves (migrations run before, nothing discards).
 */
import type { messages as Messages, PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

type Pglite = typeof import('@electric-sql/pglite');
type BackendMessage = Parameters<Pglite['parse']['parseResults']>[0][number];
type Field = { readonly name: string; readonly dataTypeID: number };

/** More parameters than this: a bulk statement whose text varies; not worth keeping prepared. */
const MAX_PREPARED_PARAMETERS = 64;

/** SQLSTATEs after which preparing the statement again fixes it (see the comment above). */
const STALE_STATEMENT = new Set([
  '26000', // invalid_sql_statement_name: the session lost it (DISCARD ALL, DEALLOCATE)
  '0A000', // feature_not_supported: "cached plan must not change result type" after DDL
]);

interface PreparedStatement {
  readonly name: string;
  readonly parameterTypes: readonly number[];
  /** The columns, as Describe answered (none for a statement that returns no rows). */
  readonly fields: readonly Field[];
}

/** Unique across every wrapper in the process: two over one client never share a name. */
let statementNumber = 0;

export interface PreparingPglite {
  readonly client: PGlite;
  /** How many statement texts are prepared (the tests read it). */
  readonly preparedCount: () => number;
}

/** The PGlite client with named prepared statements for parameterised queries. */
export async function preparingPgliteStatements(client: PGlite): Promise<PreparingPglite> {
  const pglite: Pglite = await import('@electric-sql/pglite');
  const prepared = new Map<string, PreparedStatement>();

  async function prepare(text: string): Promise<PreparedStatement> {
    const name = `app_${++statementNumber}`;
    const { serialize } = pglite.protocol;
    const messages = await run(client, [
      serialize.parse({ name, text }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    ]);
    const parameterTypes = pglite.parse.parseDescribeStatementResults(messages);
    const description = messages.find((m) => m.name === 'rowDescription') as
      | Messages.RowDescriptionMessage
      | undefined;
    const fields = (description?.fields ?? []).map(({ name, dataTypeID }) => ({ name, dataTypeID }));
    const statement = { name, parameterTypes, fields };
    prepared.set(text, statement);
    return statement;
  }

  async function execute<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    const statement = prepared.get(text) ?? (await prepare(text));
    const { serialize } = pglite.protocol;
    const values = params.map((value, index) => serialized(client, value, statement.parameterTypes[index]));
    const messages = await run(client, [
      serialize.bind({ statement: statement.name, values }),
      serialize.execute({}),
      serialize.sync(),
    ]);
    return resultOf<T>(messages, statement.fields, client.parsers, options);
  }

  /** Runs `text` prepared, preparing it again once if the session lost it. */
  async function query<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    try {
      return await execute<T>(text, params, options);
    } catch (error) {
      // In a transaction the failed Bind has aborted it: only a caller's retry of the whole can help.
      if (!isStale(error) || client.isInTransaction()) throw error;
      prepared.delete(text);
      return execute<T>(text, params, options);
    }
  }

  const usesPrepared = (params: unknown[] | undefined, options?: QueryOptions): params is unknown[] =>
    params !== undefined &&
    params.length > 0 &&
    params.length <= MAX_PREPARED_PARAMETERS &&
    !options?.blob &&
    !options?.paramTypes;

  const wrapTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, property) {
        if (property === 'query') {
          return <T>(text: string, params?: unknown[], options?: QueryOptions) =>
            usesPrepared(params, options)
              ? client._runExclusiveQuery(() => query<T>(text, params, options))
              : target.query<T>(text, params, options);
        }
        return Reflect.get(target, property, target);
      },
    });

  const wrapped = new Proxy(client, {
    get(target, property) {
      if (property === 'query') {
        return async <T>(text: string, params?: unknown[], options?: QueryOptions) => {
          if (!usesPrepared(params, options)) return target.query<T>(text, params, options);
          // As PGlite's own query: after any transaction, under the query lock.
          return target._runExclusiveTransaction(() =>
            target._runExclusiveQuery(async () => {
              const result = await query<T>(text, params, options);
              if (!target.isInTransaction()) await target.syncToFs();
              return result;
            }),
          );
        };
      }
      if (property === 'transaction') {
        return <T>(callback: (tx: Transaction) => Promise<T>) =>
          target.transaction((tx) => callback(wrapTransaction(tx)));
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: wrapped, preparedCount: () => prepared.size };
}

/**
 * Sends the messages in one exchange and returns the answers. Sync comes last, so on an error
 * the session is ready again when it is thrown (with the statement's SQLSTATE).
 */
async function run(client: PGlite, messages: readonly Uint8Array[]): Promise<BackendMessage[]> {
  const exchange = new Uint8Array(messages.reduce((length, m) => length + m.length, 0));
  let offset = 0;
  for (const message of messages) {
    exchange.set(message, offset);
    offset += message.length;
  }
  return (await client.execProtocolStream(exchange, { syncToFs: false })) as BackendMessage[];
}

/**
 * The rows as PGlite's own query returns them. Written here rather than with PGlite's parseResults,
 * which copies every type parser into a new object on each call that brings parsers of its own
 * (Drizzle's do, every query): on PGlite that copy was more than half of what a Slack confirm
 * allocated. Here a value's parser is looked up in the query's parsers, then the client's.
 */
function resultOf<T>(
  messages: readonly BackendMessage[],
  fields: readonly Field[],
  defaults: PGlite['parsers'],
  options?: QueryOptions,
): Results<T> {
  const overrides = options?.parsers;
  const value = (text: string | null, type: number): unknown => {
    if (text === null) return null;
    const parse = overrides?.[type] ?? defaults[type];
    return parse ? parse(text, type) : text;
  };
  const rows: unknown[] = [];
  let affectedRows = 0;
  let rowCount: number | undefined;
  for (const message of messages) {
    if (message.name === 'dataRow') {
      const cells = (message as Messages.DataRowMessage).fields;
      rows.push(
        options?.rowMode === 'array'
          ? cells.map((text, i) => value(text, fields[i]?.dataTypeID ?? 0))
          : Object.fromEntries(
              cells.map((text, i) => [fields[i]?.name, value(text, fields[i]?.dataTypeID ?? 0)]),
            ),
      );
    } else if (message.name === 'commandComplete') {
      // "INSERT 0 3", "UPDATE 2", "SELECT 5": the count is the last word.
      const words = (message as Messages.CommandCompleteMessage).text.split(' ');
      const count = Number.parseInt(words.at(-1) ?? '', 10);
      if (!Number.isNaN(count)) rowCount = count;
      if (['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(words[0] ?? ''))
        affectedRows += count || 0;
    }
  }
  return {
    rows: rows as T[],
    fields: fields.map((f) => ({ ...f })),
    affectedRows,
    ...(rowCount === undefined ? {} : { rowCount }),
  };
}

function serialized(client: PGlite, value: unknown, type: number | undefined): string | null {
  if (value === null || value === undefined) return null;
  const serializer = type === undefined ? undefined : client.serializers[type];
  return serializer ? serializer(value) : String(value);
}

function isStale(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STALE_STATEMENT.has(code);
}

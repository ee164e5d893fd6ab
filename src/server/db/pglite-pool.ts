// Kysely's PostgresDialect talks to a `pg`-style pool. PGlite is one embedded connection, so this adapter
// hands it out to one borrower at a time: a transaction keeps the connection until it commits, and other
// queries wait instead of slipping into someone else's transaction.
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

type QueryResult = { command: string; rowCount: number; rows: unknown[] };

function commandOf(sql: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql);
  return (m?.[1] ?? '').toUpperCase();
}

export function pglitePool(pg: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();

  const client = {
    query: async (sql: string, params: readonly unknown[] = []): Promise<QueryResult> => {
      if (params.length === 0) {
        // Simple protocol: allows several statements (migrations); the last result is the answer.
        const results = await pg.exec(sql);
        const last = results.at(-1);
        return { command: commandOf(sql), rowCount: last?.affectedRows ?? 0, rows: last?.rows ?? [] };
      }
      const r = await pg.query(sql, params as unknown[]);
      return { command: commandOf(sql), rowCount: r.affectedRows ?? r.rows.length, rows: r.rows };
    },
  };

  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((resolve) => (release = resolve));
      await previous;
      let released = false;
      return {
        query: client.query,
        release() {
          if (!released) {
            released = true;
            release();
          }
        },
      } as unknown as PostgresPoolClient;
    },
    async end() {
      await tail;
    },
  };
}

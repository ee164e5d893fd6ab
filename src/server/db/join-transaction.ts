// Running a capability that opens its own transactions (the HSDS import with its audit row) inside a
// transaction of the caller's: the upload's preview that is rolled back, the demo seed that is one unit.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/**
 * A database handle for the engine whose transactions run inside `trx`: the engine opens its own
 * transaction (with its audit row), which thus becomes part of ours, and rolls back or commits with it.
 */
export function joinTransaction(trx: Transaction<DB>): Kysely<DB> {
  const inside = { execute: <T>(fn: (t: Transaction<DB>) => Promise<T>) => fn(trx) };
  const builder = {
    ...inside,
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
  };
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => builder;
      if (prop === 'connection') return () => inside;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

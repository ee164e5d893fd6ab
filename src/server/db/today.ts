// Today's date in the Dutch calendar (Europe/Amsterdam), as the database's clock says: statutory terms,
// overdue days and "not in the future" checks all count in it, whatever time zone the server runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

export async function amsterdamToday(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{
    d: string;
  }>`SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS d`.execute(db);
  return rows[0]!.d;
}

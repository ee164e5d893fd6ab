// Notification preferences (issue 7, part 7): whether someone also gets an e-mail when a message waits in
// Wijkpunt. On by default, as before; the in-app message always comes. And the Wmo clock warnings already
// sent, so the daily job warns about each clock of a case once per state (decision 0020).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE person ADD COLUMN mail_notifications boolean NOT NULL DEFAULT true;
    CREATE TABLE wmo_clock_warning (
      case_id uuid NOT NULL REFERENCES wmo_case(id) ON DELETE CASCADE,
      clock text NOT NULL CHECK (clock IN ('investigation', 'decision')),
      state text NOT NULL CHECK (state IN ('due_soon', 'overdue')),
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, clock, state)
    );
  `.execute(db);
}

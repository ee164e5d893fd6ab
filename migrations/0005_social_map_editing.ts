// Social map editing: what sm_ tables hold is what is published; an edit is a revision (a JSON document of
// the editable service) that goes draft → review → published or sent back. Published revisions are the
// history. Plus freshness reminders (sent once per entry, threshold and due date), in-app notifications
// and problem reports from the public.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A new service made by an editor exists as an unpublished row until its first revision is approved.
    -- Imported and seeded entries are published (the default). Search and the HSDS API show published only.
    ALTER TABLE sm_service ADD COLUMN published boolean NOT NULL DEFAULT true;

    CREATE TABLE sm_revision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid NOT NULL REFERENCES sm_service(id) ON DELETE CASCADE,
      state text NOT NULL CHECK (state IN ('draft','review','sent_back','published')),
      document jsonb NOT NULL,
      -- Set when published: 1, 2, 3 … per service. A baseline is the state found before the first edit
      -- (imported or seeded data), kept so the first change has a "before".
      version integer,
      baseline boolean NOT NULL DEFAULT false,
      author_id uuid REFERENCES person(id) ON DELETE SET NULL,
      remark text,
      decided_by uuid REFERENCES person(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      submitted_at timestamptz,
      decided_at timestamptz,
      published_at timestamptz,
      CHECK ((state = 'published') = (version IS NOT NULL))
    );
    CREATE UNIQUE INDEX sm_revision_version ON sm_revision (service_id, version) WHERE version IS NOT NULL;
    -- At most one revision in progress per service, so two edits never overwrite each other.
    CREATE UNIQUE INDEX sm_revision_open ON sm_revision (service_id) WHERE state <> 'published';
    CREATE INDEX sm_revision_author ON sm_revision (author_id, state);
    CREATE INDEX sm_revision_state ON sm_revision (state) WHERE state = 'review';

    CREATE TABLE sm_reminder_sent (
      service_id uuid NOT NULL REFERENCES sm_service(id) ON DELETE CASCADE,
      threshold text NOT NULL CHECK (threshold IN ('month_before','expired')),
      due_date date NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (service_id, threshold, due_date)
    );

    CREATE TABLE sm_notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('review_due_soon','review_expired','problem_report')),
      message text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    );
    CREATE INDEX sm_notification_person ON sm_notification (person_id, created_at DESC);

    CREATE TABLE sm_problem_report (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid NOT NULL REFERENCES sm_service(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('wrong_phone','wrong_address','stopped','moved','other')),
      description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
      -- Personal data: only the entry's editors and coordinators see it.
      reporter_email text,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      closed_by uuid REFERENCES person(id) ON DELETE SET NULL,
      close_note text
    );
    CREATE INDEX sm_problem_report_service ON sm_problem_report (service_id, status);
  `.execute(db);
}

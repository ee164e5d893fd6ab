// One front desk and closed-loop referrals (docs/decisions/0019-referrals-and-front-desk.md): the teams that
// take questions and referrals in a neighbourhood, per stream; referrals with a FHIR Task lifecycle and
// every step kept; front-desk questions with their steps.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A team of one organisation that takes one stream's questions and referrals in one neighbourhood.
    CREATE TABLE team (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      neighbourhood_id uuid NOT NULL REFERENCES neighbourhood(id),
      stream text NOT NULL CHECK (stream IN ('care','health','wellbeing')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organisation_id, neighbourhood_id, stream)
    );
    CREATE INDEX team_neighbourhood ON team (neighbourhood_id, stream);

    CREATE TABLE team_member (
      team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
      PRIMARY KEY (team_id, person_id)
    );
    CREATE INDEX team_member_person ON team_member (person_id);

    -- A question at the front desk: asked online by a resident, or taken down at the desk or on the phone.
    CREATE TABLE frontdesk_question (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_id uuid REFERENCES person(id),
      taken_by uuid REFERENCES person(id),
      channel text NOT NULL CHECK (channel IN ('online','desk','phone')),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
      intake jsonb NOT NULL DEFAULT '{}',
      postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      contact text CHECK (length(contact) <= 300),
      neighbourhood_id uuid REFERENCES neighbourhood(id),
      stream text NOT NULL CHECK (stream IN ('care','health','wellbeing')),
      team_id uuid REFERENCES team(id),
      status text NOT NULL CHECK (status IN ('new','picked_up','answered','closed')),
      assignee_id uuid REFERENCES person(id),
      answer text CHECK (length(answer) <= 4000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (resident_id IS NOT NULL OR contact IS NOT NULL)
    );
    CREATE INDEX frontdesk_question_team ON frontdesk_question (team_id, status, created_at);
    CREATE INDEX frontdesk_question_resident ON frontdesk_question (resident_id, created_at);

    -- The steps of a question, for the resident to follow and the team to see: asked, picked up, moved to
    -- another stream, answered, referred, closed.
    CREATE TABLE frontdesk_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      question_id uuid NOT NULL REFERENCES frontdesk_question(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid REFERENCES person(id),
      kind text NOT NULL CHECK (kind IN ('asked','picked_up','rerouted','answered','referred','closed')),
      stream text CHECK (stream IN ('care','health','wellbeing')),
      note text CHECK (length(note) <= 4000)
    );
    CREATE INDEX frontdesk_event_question ON frontdesk_event (question_id, id);

    CREATE TABLE referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_id uuid NOT NULL REFERENCES person(id),
      referrer_id uuid NOT NULL REFERENCES person(id),
      route text NOT NULL CHECK (route IN ('professional','frontdesk','self')),
      question_id uuid REFERENCES frontdesk_question(id),
      -- where it goes: always an organisation; within it a team or a service of the social map
      to_organisation_id uuid NOT NULL REFERENCES organisation(id),
      to_team_id uuid REFERENCES team(id),
      to_service_id uuid REFERENCES sm_service(id),
      to_session_id uuid REFERENCES sm_session(id),
      waiting_list boolean NOT NULL DEFAULT false,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
      needs text[] NOT NULL DEFAULT '{}',
      icpc text[] NOT NULL DEFAULT '{}',
      urgency text NOT NULL DEFAULT 'routine' CHECK (urgency IN ('routine','urgent')),
      contact_by text CHECK (contact_by IN ('phone','email','letter')),
      language text CHECK (language ~ '^[a-z]{2,3}$'),
      -- the resident's consent for this referral (purpose referral, purpose_ref = this id), if data goes with it
      consent_id uuid REFERENCES consent(id),
      status text NOT NULL CHECK (status IN ('requested','received','accepted','rejected','in-progress',
        'on-hold','completed','failed','cancelled')),
      -- the receiving professional who accepted it
      owner_id uuid REFERENCES person(id),
      -- the message back to the referrer, on completion
      feedback jsonb,
      -- when the wait for the receiver's next step was flagged as overdue (cleared by each step)
      overdue_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      status_at timestamptz NOT NULL DEFAULT now(),
      CHECK (route <> 'self' OR referrer_id = resident_id)
    );
    CREATE INDEX referral_resident ON referral (resident_id, created_at);
    CREATE INDEX referral_referrer ON referral (referrer_id, created_at);
    CREATE INDEX referral_receiver ON referral (to_organisation_id, status);

    -- Every step of a referral, in order: who, when, from and to which status, and why.
    CREATE TABLE referral_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid REFERENCES person(id),
      party text NOT NULL CHECK (party IN ('referrer','receiver','resident')),
      from_status text,
      to_status text NOT NULL,
      reason text CHECK (length(reason) <= 2000),
      note text CHECK (length(note) <= 4000)
    );
    CREATE INDEX referral_event_referral ON referral_event (referral_id, id);

    -- The link worker's contact moments with the resident, and the services of the social map the resident
    -- was linked to. Seen by the receiving side and the resident, not by the referrer (the message back is
    -- what the referrer gets).
    CREATE TABLE referral_contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES person(id),
      at timestamptz NOT NULL,
      kind text NOT NULL CHECK (kind IN ('phone','visit','meeting','message','other')),
      note text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX referral_contact_referral ON referral_contact (referral_id, at);

    CREATE TABLE referral_link (
      referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
      service_id uuid NOT NULL REFERENCES sm_service(id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES person(id),
      linked_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (referral_id, service_id)
    );
  `.execute(db);
}

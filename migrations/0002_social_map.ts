// Social map: the Open Referral HSDS 3.0 objects as tables (prefix sm_, field names as in HSDS, so the
// API and the tabular export are a projection), plus the Dutch profile (docs/hsds-nl-profile.md):
// financing route, WoR/BoR eligibility, a B1 summary, review interval, CBS codes on service areas, and
// dated sessions with capacity. Ids are HSDS's uuids.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;

    CREATE TABLE sm_taxonomy (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      description text NOT NULL,
      uri text,
      version text
    );

    CREATE TABLE sm_taxonomy_term (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text,
      name text NOT NULL,
      description text NOT NULL,
      parent_id uuid REFERENCES sm_taxonomy_term(id),
      taxonomy text,
      taxonomy_id uuid REFERENCES sm_taxonomy(id),
      language text,
      term_uri text
    );
    CREATE INDEX sm_taxonomy_term_taxonomy ON sm_taxonomy_term (taxonomy_id);
    CREATE UNIQUE INDEX sm_taxonomy_term_code ON sm_taxonomy_term (taxonomy_id, code) WHERE code IS NOT NULL;

    CREATE TABLE sm_organization (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      alternate_name text,
      description text NOT NULL DEFAULT '',
      email text,
      website text,
      tax_status text,
      tax_id text,
      year_incorporated integer,
      legal_status text,
      logo text,
      uri text,
      parent_organization_id uuid REFERENCES sm_organization(id),
      -- Wijkpunt: the participating organisation whose provider editors keep this entry current.
      organisation_id uuid REFERENCES organisation(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sm_organization_organisation ON sm_organization (organisation_id);

    CREATE TABLE sm_organization_identifier (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES sm_organization(id) ON DELETE CASCADE,
      identifier_scheme text,
      identifier_type text NOT NULL,
      identifier text NOT NULL
    );

    CREATE TABLE sm_program (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid REFERENCES sm_organization(id) ON DELETE CASCADE,
      name text NOT NULL,
      alternate_name text,
      description text NOT NULL DEFAULT ''
    );

    CREATE TABLE sm_service (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid REFERENCES sm_organization(id) ON DELETE CASCADE,
      program_id uuid REFERENCES sm_program(id) ON DELETE SET NULL,
      name text NOT NULL,
      alternate_name text,
      description text,
      url text,
      email text,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive','defunct','temporarily closed')),
      interpretation_services text,
      application_process text,
      fees_description text,
      wait_time text,
      fees text,
      accreditations text,
      eligibility_description text,
      minimum_age numeric CHECK (minimum_age >= 0),
      maximum_age numeric CHECK (maximum_age >= 0),
      -- HSDS: the date the information was last checked. Wijkpunt's "last verified".
      assured_date date,
      assurer_email text,
      licenses text,
      alert text,
      last_modified timestamptz NOT NULL DEFAULT now(),
      -- Dutch profile
      summary_b1 text,
      financing_route text CHECK (financing_route IN ('free','wmo','zvw','self_paid','membership')),
      wor_eligible boolean NOT NULL DEFAULT false,
      bor_eligible boolean NOT NULL DEFAULT false,
      review_interval_months integer NOT NULL DEFAULT 12 CHECK (review_interval_months BETWEEN 1 AND 60),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
    );
    CREATE INDEX sm_service_organization ON sm_service (organization_id);
    CREATE INDEX sm_service_modified ON sm_service (last_modified);

    CREATE TABLE sm_location (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      location_type text NOT NULL DEFAULT 'physical' CHECK (location_type IN ('physical','postal','virtual')),
      url text,
      organization_id uuid REFERENCES sm_organization(id) ON DELETE CASCADE,
      name text,
      alternate_name text,
      description text,
      transportation text,
      latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CHECK (longitude BETWEEN -180 AND 180),
      external_identifier text,
      external_identifier_type text
    );
    CREATE INDEX sm_location_organization ON sm_location (organization_id);

    CREATE TABLE sm_service_at_location (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid NOT NULL REFERENCES sm_service(id) ON DELETE CASCADE,
      location_id uuid NOT NULL REFERENCES sm_location(id) ON DELETE CASCADE,
      description text
    );
    CREATE INDEX sm_sal_service ON sm_service_at_location (service_id);
    CREATE INDEX sm_sal_location ON sm_service_at_location (location_id);

    CREATE TABLE sm_address (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      location_id uuid REFERENCES sm_location(id) ON DELETE CASCADE,
      attention text,
      address_1 text NOT NULL,
      address_2 text,
      city text NOT NULL,
      region text,
      state_province text NOT NULL DEFAULT '',
      postal_code text NOT NULL,
      country text NOT NULL DEFAULT 'NL',
      address_type text NOT NULL DEFAULT 'physical' CHECK (address_type IN ('physical','postal','virtual'))
    );
    CREATE INDEX sm_address_location ON sm_address (location_id);

    CREATE TABLE sm_contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid REFERENCES sm_organization(id) ON DELETE CASCADE,
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      service_at_location_id uuid REFERENCES sm_service_at_location(id) ON DELETE CASCADE,
      location_id uuid REFERENCES sm_location(id) ON DELETE CASCADE,
      name text,
      title text,
      department text,
      email text
    );

    CREATE TABLE sm_phone (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      location_id uuid REFERENCES sm_location(id) ON DELETE CASCADE,
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      organization_id uuid REFERENCES sm_organization(id) ON DELETE CASCADE,
      contact_id uuid REFERENCES sm_contact(id) ON DELETE CASCADE,
      service_at_location_id uuid REFERENCES sm_service_at_location(id) ON DELETE CASCADE,
      number text NOT NULL,
      extension numeric,
      type text,
      description text
    );
    CREATE INDEX sm_phone_service ON sm_phone (service_id);
    CREATE INDEX sm_phone_organization ON sm_phone (organization_id);
    CREATE INDEX sm_phone_location ON sm_phone (location_id);

    CREATE TABLE sm_schedule (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      location_id uuid REFERENCES sm_location(id) ON DELETE CASCADE,
      service_at_location_id uuid REFERENCES sm_service_at_location(id) ON DELETE CASCADE,
      valid_from date,
      valid_to date,
      dtstart date,
      timezone numeric,
      until date,
      count integer,
      wkst text CHECK (wkst IN ('MO','TU','WE','TH','FR','SA','SU')),
      freq text CHECK (freq IN ('WEEKLY','MONTHLY')),
      interval integer,
      byday text,
      byweekno text,
      bymonthday text,
      byyearday text,
      description text,
      opens_at text,
      closes_at text,
      schedule_link text,
      attending_type text,
      notes text
    );
    CREATE INDEX sm_schedule_service ON sm_schedule (service_id);
    CREATE INDEX sm_schedule_location ON sm_schedule (location_id);

    CREATE TABLE sm_service_area (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      name text,
      description text,
      extent text,
      extent_type text,
      uri text,
      -- Dutch profile: the area as a CBS wijk or buurt code.
      cbs_code text CHECK (cbs_code ~ '^(WK[0-9]{6}|BU[0-9]{8}|GM[0-9]{4})$')
    );
    CREATE INDEX sm_service_area_service ON sm_service_area (service_id);
    CREATE INDEX sm_service_area_cbs ON sm_service_area (cbs_code);

    CREATE TABLE sm_language (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      location_id uuid REFERENCES sm_location(id) ON DELETE CASCADE,
      phone_id uuid REFERENCES sm_phone(id) ON DELETE CASCADE,
      name text,
      code text,
      note text
    );
    CREATE INDEX sm_language_service ON sm_language (service_id);

    CREATE TABLE sm_accessibility (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      location_id uuid REFERENCES sm_location(id) ON DELETE CASCADE,
      description text,
      details text,
      url text
    );

    CREATE TABLE sm_cost_option (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      valid_from date,
      valid_to date,
      option text,
      currency text,
      amount numeric(12, 2),
      amount_description text
    );
    CREATE INDEX sm_cost_option_service ON sm_cost_option (service_id);

    CREATE TABLE sm_funding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid REFERENCES sm_organization(id) ON DELETE CASCADE,
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      source text
    );

    CREATE TABLE sm_required_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid REFERENCES sm_service(id) ON DELETE CASCADE,
      document text,
      uri text
    );

    -- HSDS links taxonomy terms (and free values) to any object through attribute.
    CREATE TABLE sm_attribute (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      link_id uuid NOT NULL,
      taxonomy_term_id uuid REFERENCES sm_taxonomy_term(id),
      link_type text,
      link_entity text NOT NULL,
      value text
    );
    CREATE INDEX sm_attribute_link ON sm_attribute (link_entity, link_id);
    CREATE INDEX sm_attribute_term ON sm_attribute (taxonomy_term_id);

    CREATE TABLE sm_metadata (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resource_id uuid NOT NULL,
      resource_type text NOT NULL,
      last_action_date timestamptz NOT NULL,
      last_action_type text NOT NULL,
      field_name text NOT NULL DEFAULT '',
      previous_value text NOT NULL DEFAULT '',
      replacement_value text NOT NULL DEFAULT '',
      updated_by text NOT NULL DEFAULT ''
    );
    CREATE INDEX sm_metadata_resource ON sm_metadata (resource_type, resource_id);

    -- Dutch profile: dated occurrences of a service with capacity ("Tuesday 10:00, 12 places left").
    CREATE TABLE sm_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      service_id uuid NOT NULL REFERENCES sm_service(id) ON DELETE CASCADE,
      location_id uuid REFERENCES sm_location(id) ON DELETE SET NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz,
      capacity integer CHECK (capacity >= 0),
      places_taken integer NOT NULL DEFAULT 0 CHECK (places_taken >= 0),
      waiting_list boolean NOT NULL DEFAULT false,
      note text,
      CHECK (ends_at IS NULL OR ends_at > starts_at),
      CHECK (capacity IS NULL OR places_taken <= capacity)
    );
    CREATE INDEX sm_session_service_start ON sm_session (service_id, starts_at);
  `.execute(db);
}

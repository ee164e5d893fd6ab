// Social map search (docs/hsds-nl-profile.md): Dutch full-text search that ignores accents, trigram
// similarity on the name for typos and compound words, and indexes for the search filters.
// The text index is an expression index over an IMMUTABLE function of the service's own columns, so no
// stored column or trigger is needed and every writer (editing, import) keeps it current for free.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes the result
    -- fixed, which is what an index needs. Every name inside is schema-qualified: index builds and
    -- maintenance run with a search_path of pg_catalog only (PostgreSQL 17, which PGlite is).
    CREATE FUNCTION sm_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

    -- The searchable document of a service: name (A) > alternate name and B1 summary (B) > description (C).
    CREATE FUNCTION sm_service_document(name text, alternate_name text, summary_b1 text, description text)
      RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$
        SELECT setweight(to_tsvector('dutch'::regconfig, public.sm_unaccent(coalesce(name, ''))), 'A')
            || setweight(to_tsvector('dutch'::regconfig,
                 public.sm_unaccent(coalesce(alternate_name, '') || ' ' || coalesce(summary_b1, ''))), 'B')
            || setweight(to_tsvector('dutch'::regconfig, public.sm_unaccent(coalesce(description, ''))), 'C')
      $$;

    -- Lower-cased, unaccented name for trigram similarity and substring matches (taalcafe ~ 'cafe').
    CREATE FUNCTION sm_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.sm_unaccent($1)) $$;

    CREATE INDEX sm_service_search ON sm_service
      USING gin (sm_service_document(name, alternate_name, summary_b1, description));
    CREATE INDEX sm_service_name_trgm ON sm_service USING gin (sm_fold(name) gin_trgm_ops);
    CREATE INDEX sm_service_status_name ON sm_service (status, name);

    CREATE INDEX sm_attribute_service_term ON sm_attribute (taxonomy_term_id, link_id)
      WHERE link_entity = 'service';
    CREATE INDEX sm_taxonomy_term_code_pattern ON sm_taxonomy_term (code text_pattern_ops);
    CREATE INDEX sm_taxonomy_term_parent ON sm_taxonomy_term (parent_id);
    CREATE INDEX sm_language_code ON sm_language (lower(code), service_id);
    CREATE INDEX sm_language_location ON sm_language (location_id);
    CREATE INDEX sm_accessibility_location ON sm_accessibility (location_id);
    CREATE INDEX sm_schedule_sal ON sm_schedule (service_at_location_id);
    CREATE INDEX sm_cost_option_amount ON sm_cost_option (service_id, amount);
    CREATE INDEX sm_session_location ON sm_session (location_id);
  `.execute(db);
}

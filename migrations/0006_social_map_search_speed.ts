// Social map search and import speed (docs/decisions/0010-search-and-import-speed.md).
// - The searchable document of a service is stored once, in sm_service_search beside the service, instead of
//   being an expression index that every search recomputes for ranking and every write recomputes for the
//   index. Triggers on sm_service keep it: one INSERT … SELECT per inserting statement, and on update only
//   the services whose name, alternate name, B1 summary or description changed (a re-import of unchanged
//   text costs nothing). A side table, not a column of sm_service: readers that select every column of
//   sm_service (HSDS API, export, editing) must not see it.
// - The folded name sits in the same table with the trigram index, so the three ways text can match (stems,
//   typo distance, substring) are one bitmap OR over two indexes of one table.
// - A (latitude, longitude) index for the bounding box that comes before the exact distance.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Replaced by the stored document and folded name below: both were computed on every write of a service
    -- (and the first one's name is the new table's).
    DROP INDEX sm_service_search;
    DROP INDEX sm_service_name_trgm;

    CREATE TABLE sm_service_search (
      service_id uuid PRIMARY KEY REFERENCES sm_service(id) ON DELETE CASCADE ON UPDATE CASCADE,
      document tsvector NOT NULL,
      -- sm_fold(name): lower-cased, unaccented
      name text NOT NULL
    );

    CREATE FUNCTION sm_service_search_inserted() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      BEGIN
        INSERT INTO public.sm_service_search (service_id, document, name)
        SELECT n.id, public.sm_service_document(n.name, n.alternate_name, n.summary_b1, n.description),
          public.sm_fold(n.name)
        FROM sm_service_new n;
        RETURN NULL;
      END
      $$;

    -- Per row, and only for a service whose text changed: the WHEN condition is checked without calling the
    -- function, so updates of other columns (status, a re-import of the same text) cost nothing here.
    CREATE FUNCTION sm_service_search_updated() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      BEGIN
        UPDATE public.sm_service_search
        SET document = public.sm_service_document(NEW.name, NEW.alternate_name, NEW.summary_b1, NEW.description),
          name = public.sm_fold(NEW.name)
        WHERE service_id = NEW.id;
        RETURN NULL;
      END
      $$;

    CREATE TRIGGER sm_service_search_inserted AFTER INSERT ON sm_service
      REFERENCING NEW TABLE AS sm_service_new
      FOR EACH STATEMENT EXECUTE FUNCTION sm_service_search_inserted();
    CREATE TRIGGER sm_service_search_updated AFTER UPDATE ON sm_service
      FOR EACH ROW
      WHEN ((OLD.name, OLD.alternate_name, OLD.summary_b1, OLD.description)
        IS DISTINCT FROM (NEW.name, NEW.alternate_name, NEW.summary_b1, NEW.description))
      EXECUTE FUNCTION sm_service_search_updated();

    -- A row written into sm_service_search directly (not by the triggers above: a restore from a backup, which
    -- loads every table after sm_service) takes the place of the one the insert trigger made.
    CREATE FUNCTION sm_service_search_replaced() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      BEGIN
        DELETE FROM public.sm_service_search WHERE service_id = NEW.service_id;
        RETURN NEW;
      END
      $$;
    CREATE TRIGGER sm_service_search_replaced BEFORE INSERT ON sm_service_search
      FOR EACH ROW WHEN (pg_trigger_depth() = 0)
      EXECUTE FUNCTION sm_service_search_replaced();

    INSERT INTO sm_service_search (service_id, document, name)
    SELECT id, sm_service_document(name, alternate_name, summary_b1, description), sm_fold(name)
    FROM sm_service;

    CREATE INDEX sm_service_search_document ON sm_service_search USING gin (document);
    CREATE INDEX sm_service_search_name ON sm_service_search USING gin (name gin_trgm_ops);

    CREATE INDEX sm_location_position ON sm_location (latitude, longitude) WHERE latitude IS NOT NULL;
  `.execute(db);
}

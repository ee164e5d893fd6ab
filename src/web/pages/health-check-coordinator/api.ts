// API client of the coordinators' health-check pages: the neighbourhood figures, the needs map, and the
// social map's taxonomy terms (through the public HSDS API) so the map editor offers topics by name. Types
// come from the server (type-only imports: nothing of it ends up in the bundle).
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { AgeBand, Cell, NeighbourhoodFigures } from '../../../modules/health-check/check/figures.ts';
import type { NeedCode } from '../../../modules/health-check/check/needs.ts';
import type { Domain } from '../../../modules/health-check/check/report.ts';
import type { needsMapOut } from '../../../modules/health-check/check/schema.ts';

export type { AgeBand, Cell, Domain, NeedCode, NeighbourhoodFigures };
export type NeedsMap = z.output<typeof needsMapOut>['needs'];

// The server's lists, repeated here so the bundle does not pull in server modules; the types keep them equal.
export const AGE_BANDS = ['18-29', '30-44', '45-64', '65-74', '75+'] as const satisfies readonly AgeBand[];
export const DOMAINS = ['body', 'mind', 'participation', 'network'] as const satisfies readonly Domain[];
// the needs' own list is a pure module without imports, so it is shared as it is
export { NEEDS } from '../../../modules/health-check/check/needs.ts';

/** A social-map topic as the editor shows it: its code (what the map stores) and a name to read. */
export interface Term {
  code: string;
  label: string;
}

interface HsdsTerm {
  id: string;
  code?: string | null;
  name: string;
  parent_id?: string | null;
  taxonomy_detail?: { name?: string };
}
interface HsdsPage<T> {
  contents: T[];
  total_pages?: number;
}

const PER_PAGE = 500;
const MAX_PAGES = 20;

/** "Gezond gewicht (Domein: Preventie en leefstijl)", "Meer bewegen (Behoefte)": names alone repeat. */
function labelled(terms: HsdsTerm[]): Term[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  return terms
    .filter((t): t is HsdsTerm & { code: string } => typeof t.code === 'string' && t.code !== '')
    .map((t) => {
      const taxonomy = t.taxonomy_detail?.name;
      const parent = t.parent_id ? byId.get(t.parent_id)?.name : undefined;
      const where = [taxonomy, parent].filter(Boolean).join(': ');
      return { code: t.code, label: where ? `${t.name} (${where})` : t.name };
    });
}

export const healthCheckCoordinatorApi = {
  figures: (from: string, to: string) =>
    request<{ items: NeighbourhoodFigures[] }>('GET', '/health-check/figures', { query: { from, to } }).then(
      (r) => r.items,
    ),
  needsMap: () => request<{ needs: NeedsMap }>('GET', '/health-check/needs-map').then((r) => r.needs),
  saveNeedsMap: (needs: NeedsMap) =>
    request<{ needs: NeedsMap }>('PUT', '/health-check/needs-map', { body: { needs } }).then((r) => r.needs),
  /** Every taxonomy term of the social map (the shipped Dutch taxonomy and imported ones), by name. */
  terms: async (): Promise<Term[]> => {
    const all: HsdsTerm[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const got = await request<HsdsPage<HsdsTerm>>('GET', '/hsds/taxonomy_terms', {
        query: { per_page: String(PER_PAGE), page: String(page) },
      });
      all.push(...got.contents);
      if (got.contents.length < PER_PAGE || page >= (got.total_pages ?? 1)) break;
    }
    return labelled(all);
  },
};

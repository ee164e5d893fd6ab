// Wijkpunt's Dutch taxonomy (docs/hsds-nl-profile.md): three HSDS taxonomies — Domein, Doelgroep,
// Behoefte — with stable codes and ids. Migrations ship the terms from frozen list files; this module is
// the current list that the rest of the code reads. A new term: a new frozen file, a migration that
// inserts it, and one more spread below.
import { TAXONOMIES_0003, TERMS_0003, type TaxonomyDef, type TermDef } from './taxonomy-0003.ts';

export type { TaxonomyDef, TermDef };
export type TaxonomyKey = TaxonomyDef['key'];

export const TAXONOMIES: readonly TaxonomyDef[] = [...TAXONOMIES_0003];
export const TERMS: readonly TermDef[] = [...TERMS_0003];

const byCode = new Map(TERMS.map((t) => [t.code, t]));

/** The term with this code; throws for an unknown code, so a typo in seed or mapping code fails loudly. */
export function term(code: string): TermDef {
  const t = byCode.get(code);
  if (!t) throw new Error(`Unknown taxonomy term ${code}`);
  return t;
}

export function taxonomyId(key: TaxonomyKey): string {
  return TAXONOMIES.find((t) => t.key === key)!.id;
}

/** The top-level domains (Domein without a parent), in their documented order. */
export const DOMAINS: readonly TermDef[] = TERMS.filter((t) => t.taxonomy === 'domein' && !t.parent);

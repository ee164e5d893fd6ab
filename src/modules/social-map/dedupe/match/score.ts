// How alike two prepared records are: per-field similarities (0..1, or null when a side lacks the field)
// and their weighted mean over the fields both sides have. The name is always there and also caps the score,
// as does, for services, the name of their organization: contact details and place alone never make two
// records one. Weights and caps: docs/decisions/0012-duplicate-finding.md.
import * as fuzz from 'fuzzball';
import type { DedupeKind } from '../snapshot.ts';
import type { Prepared } from './prepare.ts';

export const WEIGHTS = {
  name: 0.3,
  organization: 0.15,
  address: 0.15,
  postcode: 0.05,
  phone: 0.15,
  email: 0.1,
  website: 0.05,
  distance: 0.1,
} as const;

export type Feature = keyof typeof WEIGHTS;
export type Features = Record<Feature, number | null>;

/** How far the score may exceed the name's similarity: 0.05, growing to 0.1 for names alike enough to
 * differ by typos only (0.6 → 0.8). Organizations get 0.1: their address, phone, e-mail and website are
 * theirs, where a service shares them with its organization's other services. */
const nameSlack = (kind: DedupeKind, name: number): number =>
  kind === 'organization' ? 0.1 : 0.05 + 0.05 * Math.min(1, Math.max(0, (name - 0.6) / 0.2));
/** A service's score may exceed its organizations' name similarity by this much, no more. */
const ORGANIZATION_SLACK = 0.2;
/** With nothing but names to compare, a pair is at most this sure: never an automatic merge. */
const NAME_ONLY_CAP = 0.85;

const RAW = { full_process: false } as const;

/** Name similarity: the mean of token_sort_ratio (tokens arrive sorted, so plain ratio) and
 * token_set_ratio, so word order does not count and an extra word costs less than a different one. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return (fuzz.ratio(a, b, RAW) + fuzz.token_set_ratio(a, b, RAW)) / 200;
}

/** Strict name similarity: token_sort_ratio alone, so an extra word costs what it weighs. One
 * organization's services often differ by a word ("Health Department" and "Health Department, Public
 * Health"). */
function strictNameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return fuzz.ratio(a, b, RAW) / 100;
}

/** Somewhat alike names are not alike at all: 0.4 → 0, 0.7 → 0.5, 0.94 → 0.9. Levenshtein ratios of
 * Dutch compounds sharing a head ("jongerenwerk", "ouderenwerk": 0.78) are high for different things. */
const stretch = (s: number): number => Math.max(0, (s - 0.4) / 0.6);

/** Name similarity at most this (0.77 after stretching) with a word that has no counterpart. */
const UNMATCHED_WORD_CAP = 0.86;
/** The same for two services one source lists under one organization (0.5 after stretching). */
const SIBLING_CAP = 0.7;

/** Whether a word of either side has no equal on the other, nor one a typo away (ratio ≥ 70, four
 * letters or more), nor one it is part of (Dutch compounds: "inloop spreekuur", "inloopspreekuur"). */
function hasUnmatchedWord(a: string[], b: string[]): boolean {
  const near = (x: string, ys: string[]) =>
    ys.includes(x) ||
    (x.length >= 4 &&
      ys.some((y) => y.length >= 4 && (y.includes(x) || x.includes(y) || fuzz.ratio(x, y, RAW) >= 70)));
  return a.some((x) => !near(x, b)) || b.some((y) => !near(y, a));
}

function nameFeature(a: Prepared, b: Prepared): number {
  // One name written as one word or two ("Inloopspreekuur", "Inloop spreekuur").
  if (a.compact === b.compact) return 1;
  const similarity = a.record.kind === 'service' ? strictNameSimilarity : nameSimilarity;
  let s = similarity(a.name, b.name);
  if (s < 1 && (a.alternate || b.alternate)) {
    if (a.alternate) s = Math.max(s, similarity(a.alternate, b.name));
    if (b.alternate) s = Math.max(s, similarity(a.name, b.alternate));
  }
  // Services of one organization often carry its name ("Buurtteam Noord, Schuldhulp" and "Buurtteam
  // Noord, Jongerenwerk"): what is left without it must be alike too.
  if (s > 0.4 && a.own && b.own) s = Math.min(s, similarity(a.own, b.own));
  // A word on one side without a counterpart on the other (not even with a typo) makes two names of one
  // organization's services different things more often than the same ("Medical Center" and "Ask Medical
  // Center"; "Health Department" and "Health Department, School Health"): at most a review.
  // And when one source lists both under one organization, they are two services: no review either.
  if (a.record.kind === 'service' && s > SIBLING_CAP && hasUnmatchedWord(a.tokens, b.tokens)) {
    const siblings =
      a.record.source === b.record.source &&
      a.record.organization_id !== null &&
      a.record.organization_id === b.record.organization_id;
    s = Math.min(s, siblings ? SIBLING_CAP : UNMATCHED_WORD_CAP);
  }
  return stretch(s);
}

/** The house number's part of the address similarity (1 when it agrees), or null without addresses. */
function numberFactor(a: Prepared, b: Prepared): number | null {
  const x = a.address;
  const y = b.address;
  if (!x || !y) return null;
  if (x.number !== null && y.number !== null) {
    if (x.number !== y.number) return 0.2;
    if (x.addition !== y.addition) return x.addition && y.addition ? 0.5 : 0.9;
    return 1;
  }
  return x.number === y.number ? 1 : 0.8;
}

/** Street similarity (fuzzball ratio of the normalised street names). */
function streetSimilarity(a: Prepared, b: Prepared): number {
  const x = a.address!.street;
  const y = b.address!.street;
  if (x === y) return 1;
  return x && y ? fuzz.ratio(x, y, RAW) / 100 : 0;
}

const sharesAny = (a: string[], b: string[]): boolean => a.some((x) => b.includes(x));

function emailFeature(a: Prepared, b: Prepared): number | null {
  if (!a.email || !b.email) return null;
  if (a.email === b.email) return 1;
  return a.emailDomain && a.emailDomain === b.emailDomain ? 0.6 : 0;
}

/** 1 at the same spot, ½ at 500 m, ~0.2 at 1 km. */
function distanceFeature(a: Prepared, b: Prepared): number | null {
  if (a.x === null || b.x === null || a.y === null || b.y === null) return null;
  const dx = (a.x - b.x) / 500;
  const dy = (a.y - b.y) / 500;
  return 1 / (1 + dx * dx + dy * dy);
}

const FEATURES = Object.keys(WEIGHTS) as Feature[];

function combine(f: Features, kind: DedupeKind): number {
  let sum = 0;
  let weight = 0;
  for (const k of FEATURES) {
    const v = f[k];
    if (v === null) continue;
    sum += WEIGHTS[k] * v;
    weight += WEIGHTS[k];
  }
  let score = sum / weight;
  score = Math.min(score, (f.name ?? 0) + nameSlack(kind, f.name ?? 0));
  if (f.organization !== null) score = Math.min(score, f.organization + ORGANIZATION_SLACK);
  const evidence = f.address ?? f.postcode ?? f.phone ?? f.email ?? f.website ?? f.distance;
  if (evidence === null) score = Math.min(score, NAME_ONLY_CAP);
  return score;
}

/**
 * The score of a pair and its features, or null when it cannot reach `minScore`. The cheap features come
 * first; street and names (string comparisons, most of the time) only while the pair could still reach
 * `minScore` if they were perfect. Most candidate pairs end at the first check, so it allocates nothing.
 */
export function scorePair(
  a: Prepared,
  b: Prepared,
  minScore: number,
): { score: number; features: Features } | null {
  const address = numberFactor(a, b);
  const postcode = a.postcode && b.postcode ? (a.postcode === b.postcode ? 1 : 0) : null;
  const phone = a.phones.length && b.phones.length ? (sharesAny(a.phones, b.phones) ? 1 : 0) : null;
  const email = emailFeature(a, b);
  const website = a.website && b.website ? (a.website === b.website ? 1 : 0) : null;
  const distance = distanceFeature(a, b);
  const kind = a.record.kind;
  const orgsKnown = kind === 'service' && a.organization !== null && b.organization !== null;
  // The best score names (and street) could give: the weighted mean with them perfect. (Spelled out: this
  // runs for every candidate pair, most of which end here.)
  let sum = WEIGHTS.name + (orgsKnown ? WEIGHTS.organization : 0);
  let weight = sum;
  if (address !== null) {
    sum += WEIGHTS.address * address;
    weight += WEIGHTS.address;
  }
  if (postcode !== null) {
    sum += WEIGHTS.postcode * postcode;
    weight += WEIGHTS.postcode;
  }
  if (phone !== null) {
    sum += WEIGHTS.phone * phone;
    weight += WEIGHTS.phone;
  }
  if (email !== null) {
    sum += WEIGHTS.email * email;
    weight += WEIGHTS.email;
  }
  if (website !== null) {
    sum += WEIGHTS.website * website;
    weight += WEIGHTS.website;
  }
  if (distance !== null) {
    sum += WEIGHTS.distance * distance;
    weight += WEIGHTS.distance;
  }
  if (sum / weight < minScore) return null;

  const f: Features = {
    name: 1,
    organization: orgsKnown ? 1 : null,
    address,
    postcode,
    phone,
    email,
    website,
    distance,
  };
  if (address !== null && address > 0) {
    f.address = address * streetSimilarity(a, b);
    if (combine(f, kind) < minScore) return null;
  }
  f.name = nameFeature(a, b);
  if (f.name + nameSlack(kind, f.name) < minScore) return null;
  if (orgsKnown)
    f.organization =
      a.record.organization_id !== null && a.record.organization_id === b.record.organization_id
        ? 1
        : stretch(nameSimilarity(a.organization!, b.organization!));
  return { score: combine(f, kind), features: f };
}

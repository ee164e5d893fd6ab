// What the health check keeps in this browser, and nothing on the server (decision 0023):
// - the answers, by the questionnaire filler (kept.ts, localStorage), so she can go on later;
// - her matching preferences (postcode, days, accessible) in localStorage, for the next check;
// - the report in sessionStorage: a reload keeps it, closing the browser forgets it. It holds the completed
//   response too, because saving to the record and asking for matches again need it.
// "Wis uit deze browser" removes all three. Storage can be full or blocked: then it lasts as long as the page.
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { keptKey } from '../questionnaires/kept.ts';
import type { Day, ReportBody, ReportResult } from './api.ts';

export interface Preferences {
  postcode: string;
  days: Day[];
  accessible: boolean;
}

export interface StoredReport {
  response: QuestionnaireResponse;
  result: ReportResult;
  /** the preferences the matches were made with; a postcode we did not know is left out and named here */
  prefs: Preferences;
  unknownPostcode: string | null;
  /** set once saved to the own record, so a reload does not offer to save it twice */
  savedAt: string | null;
  contributed: boolean;
  /** the front-desk question sent from this report, so a reload shows it instead of the form again */
  askedQuestionId: string | null;
}

/** The check's canonical url (questionnaire-v1.ts; not imported, so its text stays out of the bundle). */
const HEALTH_CHECK_URL = 'https://wijkpunt.nl/fhir/Questionnaire/gezondheidscheck';
const PREFS_KEY = 'wijkpunt.health-check.preferences';
const REPORT_KEY = 'wijkpunt.health-check.report';
const EMPTY_PREFS: Preferences = { postcode: '', days: [], accessible: false };

function read(storage: () => Storage, key: string): unknown {
  try {
    const raw = storage().getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: unknown): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, JSON.stringify(value));
  } catch {
    // full or blocked: nothing kept
  }
}

const local = () => window.localStorage;
const session = () => window.sessionStorage;

export function readPreferences(): Preferences {
  const p = read(local, PREFS_KEY);
  if (p === null || typeof p !== 'object') return EMPTY_PREFS;
  const { postcode, days, accessible } = p as Record<string, unknown>;
  return {
    postcode: typeof postcode === 'string' ? postcode : '',
    days: Array.isArray(days) ? (days.filter((d) => typeof d === 'string') as Day[]) : [],
    accessible: accessible === true,
  };
}

export function writePreferences(prefs: Preferences): void {
  const empty = !prefs.postcode.trim() && !prefs.days.length && !prefs.accessible;
  write(local, PREFS_KEY, empty ? null : prefs);
}

/** The body's matching part: only what she filled in. */
export function preferencesBody(prefs: Preferences): ReportBody {
  return {
    ...(prefs.postcode.trim() ? { postcode: prefs.postcode.trim() } : {}),
    ...(prefs.days.length ? { days: prefs.days } : {}),
    ...(prefs.accessible ? { accessible: true } : {}),
  };
}

export function readReport(): StoredReport | null {
  const r = read(session, REPORT_KEY);
  if (r === null || typeof r !== 'object') return null;
  const stored = r as Partial<StoredReport>;
  if (!stored.response || !stored.result?.report || !Array.isArray(stored.result.matches)) return null;
  return {
    response: stored.response,
    result: stored.result,
    prefs: stored.prefs ?? EMPTY_PREFS,
    unknownPostcode: stored.unknownPostcode ?? null,
    savedAt: stored.savedAt ?? null,
    contributed: stored.contributed === true,
    askedQuestionId: stored.askedQuestionId ?? null,
  };
}

export function writeReport(report: StoredReport | null): void {
  write(session, REPORT_KEY, report);
}

/** The filler's kept answers of every version of the health check. */
function keptAnswerKeys(): string[] {
  const prefix = keptKey(HEALTH_CHECK_URL);
  try {
    return Object.keys(window.localStorage).filter((k) => k.startsWith(prefix));
  } catch {
    return [];
  }
}

export function forgetAnswers(): void {
  for (const key of keptAnswerKeys()) write(local, key, null);
}

/** Whether this browser holds anything of the health check. */
export function holdsAnything(): boolean {
  return keptAnswerKeys().length > 0 || read(local, PREFS_KEY) !== null || readReport() !== null;
}

/** Removes the answers, the preferences and the report from this browser. */
export function forgetAll(): void {
  forgetAnswers();
  write(local, PREFS_KEY, null);
  writeReport(null);
}

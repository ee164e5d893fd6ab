// A logged-in resident's health check in their own record (decision 0022): the QuestionnaireResponse and one
// Observation per life domain (category survey, so the record files them under health-checks), written
// through the record's one door (access.ts writeRecord: admit + audit in one transaction); the trend per
// domain read back through readRecord (audited).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../../server/auth/actor.ts';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { readRecord, writeRecord } from '../../record/access.ts';
import type { ResponseInput } from '../questionnaires/engine.ts';
import { buildReport, DOMAINS, markLight, type Domain, type Light } from './report.ts';
import { CANONICAL, completedAnswers } from './service.ts';

export const SOURCE = 'urn:wijkpunt:health-check';
export const DOMAIN_SYSTEM = 'https://wijkpunt.nl/fhir/CodeSystem/levensdomein';
const SURVEY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const DOMAIN_DISPLAY: Record<Domain, string> = {
  body: 'Lichaam',
  mind: 'Hoe u zich voelt',
  participation: 'Meedoen',
  network: 'Mensen om u heen',
};

interface Own {
  db: Kysely<DB>;
  actor: Actor;
  residentId: string;
}

export interface Saved {
  id: string;
  authored: string;
  domainScores: Record<Domain, number>;
}

export async function saveHealthCheck(o: Own & { response: ResponseInput; locale: Locale }): Promise<Saved> {
  const answers = await completedAnswers(o.db, o.response, o.locale);
  const report = buildReport(answers, CANONICAL);
  if (!report.adult) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.response.leeftijd',
        message: bilingual(
          'De gezondheidscheck is voor mensen van 18 jaar en ouder; er is niets om te bewaren.',
          'The health check is for people aged 18 and over; there is nothing to save.',
        ),
      },
    ]);
  }
  const now = new Date().toISOString();
  const id = randomUUID();
  const subject = { reference: `Patient/${o.residentId}` };
  const qr = { ...o.response, id, questionnaire: CANONICAL, status: 'completed', subject, authored: now };
  const scores = Object.fromEntries(report.domains.map((d) => [d.domain, d.score!])) as Record<
    Domain,
    number
  >;
  const observations = DOMAINS.map((domain) => ({
    resourceType: 'Observation',
    id: randomUUID(),
    status: 'final',
    category: [{ coding: [{ system: SURVEY, code: 'survey' }] }],
    code: { coding: [{ system: DOMAIN_SYSTEM, code: domain, display: DOMAIN_DISPLAY[domain] }] },
    subject,
    effectiveDateTime: now,
    valueInteger: scores[domain],
    derivedFrom: [{ reference: `QuestionnaireResponse/${id}` }],
  }));
  await writeRecord(
    {
      db: o.db,
      actor: o.actor,
      residentId: o.residentId,
      categories: ['health-checks'],
      action: 'create',
      objectId: id,
    },
    (trx) =>
      trx
        .insertInto('record_resource')
        .values(
          [qr, ...observations].map((r) => ({
            id: r.id,
            resident_id: o.residentId,
            resource_type: r.resourceType,
            category: 'health-checks',
            source_system: SOURCE,
            source_id: r.id,
            resource: JSON.stringify(r),
            recorded_at: now,
          })),
        )
        .execute(),
  );
  return { id, authored: now, domainScores: scores };
}

export interface Trend {
  domains: {
    domain: Domain;
    points: { at: string; score: number; light: Light; responseId: string | null }[];
  }[];
}

/** Per domain the saved scores, oldest first. */
export async function healthCheckTrend(o: Own): Promise<Trend> {
  const stored = await readRecord({ ...o, category: 'health-checks' });
  const points = new Map<Domain, Trend['domains'][number]['points']>(DOMAINS.map((d) => [d, []]));
  for (const s of stored) {
    if (s.resourceType !== 'Observation') continue;
    const r = s.resource as {
      code?: { coding?: { system?: string; code?: string }[] };
      valueInteger?: number;
      effectiveDateTime?: string;
      derivedFrom?: { reference?: string }[];
    };
    const coding = r.code?.coding?.find((c) => c.system === DOMAIN_SYSTEM);
    const list = coding?.code ? points.get(coding.code as Domain) : undefined;
    if (!list || typeof r.valueInteger !== 'number') continue;
    const ref = r.derivedFrom?.[0]?.reference;
    list.push({
      at: r.effectiveDateTime ?? s.recordedAt?.toISOString() ?? '',
      score: r.valueInteger,
      light: markLight(r.valueInteger),
      responseId: ref?.startsWith('QuestionnaireResponse/')
        ? ref.slice('QuestionnaireResponse/'.length)
        : null,
    });
  }
  return {
    domains: DOMAINS.map((domain) => ({
      domain,
      points: points.get(domain)!.sort((a, b) => a.at.localeCompare(b.at)),
    })),
  };
}

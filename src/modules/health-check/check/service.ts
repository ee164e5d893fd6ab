// The health check for callers outside this folder: the built-in questionnaire, a completed response's
// report with needs and matched offers. Nothing is stored or logged here: the anonymous path keeps the
// answers in the browser and only passes them through (decision 0022).
import type { Kysely } from 'kysely';
import type { Questionnaire } from '@medplum/fhirtypes';
import type { DB } from '../../../server/db/schema.ts';
import { AppError, bilingual, pickLanguage, type FieldError } from '../../../server/errors.ts';
import type { Locale } from '../../../server/i18n.ts';
import { resolvePostcode } from '../../social-map/reference/postcode.ts';
import type { Day } from '../../social-map/search/service.ts';
import { parseQuestionnaire, type Definition, type Value } from '../questionnaires/definition.ts';
import { evaluate, type ResponseInput } from '../questionnaires/engine.ts';
import { matchServices, type Match } from './matching.ts';
import { HEALTH_CHECK_ID, HEALTH_CHECK_URL, HEALTH_CHECK_VERSION } from './questionnaire-v1.ts';
import { buildReport, type Need, type Report } from './report.ts';

export const CANONICAL = `${HEALTH_CHECK_URL}|${HEALTH_CHECK_VERSION}`;

let cached: { definition: Definition; resource: Questionnaire } | null = null;

/** The built-in check as stored by migration 0013 (its content never changes, so it is compiled once). */
export async function healthCheckQuestionnaire(db: Kysely<DB>) {
  if (cached) return { id: HEALTH_CHECK_ID, ...cached };
  const row = await db
    .selectFrom('questionnaire')
    .select(['resource', 'status'])
    .where('id', '=', HEALTH_CHECK_ID)
    .executeTakeFirst();
  if (!row) throw new Error('the built-in health check is missing (migration 0013)');
  const parsed = parseQuestionnaire(row.resource);
  if (!parsed.ok) throw new Error('the built-in health check no longer compiles');
  cached = { definition: parsed.definition, resource: row.resource };
  return { id: HEALTH_CHECK_ID, ...cached };
}

/**
 * The valid answers of a complete response to the built-in check; else 400 with one error per item at
 * `body.response.<linkId>`, in the caller's language.
 */
export async function completedAnswers(
  db: Kysely<DB>,
  response: ResponseInput,
  locale: Locale,
): Promise<Map<string, Value[]>> {
  const { definition } = await healthCheckQuestionnaire(db);
  const ref = response.questionnaire;
  if (ref !== undefined && ref !== HEALTH_CHECK_URL && ref !== CANONICAL) {
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.response.questionnaire',
        message: bilingual(
          `Dit antwoord hoort niet bij de gezondheidscheck (${CANONICAL}).`,
          `This response does not belong to the health check (${CANONICAL}).`,
        ),
      },
    ]);
  }
  const e = evaluate(definition, response);
  if (!e.complete) {
    throw new AppError(
      'validation_failed',
      undefined,
      e.errors.map((x): FieldError => ({
        path: `body.response.${x.linkId}`,
        message: pickLanguage(x.message, locale) ?? x.message,
      })),
    );
  }
  return e.answers;
}

export interface ReportOptions {
  db: Kysely<DB>;
  response: ResponseInput;
  postcode?: string | undefined;
  age?: number | undefined;
  days?: Day[] | undefined;
  accessible?: boolean | undefined;
  locale: Locale;
}

export async function healthCheckReport(
  o: ReportOptions,
): Promise<{ report: Report; needs: Need[]; matches: Match[] }> {
  let near: { latitude: number; longitude: number } | undefined;
  if (o.postcode) {
    const found = await resolvePostcode(o.db, o.postcode);
    if (!found) {
      const message = bilingual(
        'Deze postcode kennen we niet. Vul een postcode in zoals 3511 AB of 3511.',
        'We do not know this postcode. Enter a Dutch postcode such as 3511 AB or 3511.',
      );
      throw new AppError('validation_failed', undefined, [
        { path: 'body.postcode', message: pickLanguage(message, o.locale) ?? message },
      ]);
    }
    near = { latitude: found.latitude, longitude: found.longitude };
  }
  const answers = await completedAnswers(o.db, o.response, o.locale);
  const report = buildReport(answers, CANONICAL);
  if (!report.adult) return { report, needs: [], matches: [] };
  const answeredAge = answers.get('leeftijd')?.[0];
  const age = o.age ?? (answeredAge?.kind === 'integer' ? answeredAge.value : undefined);
  const matches = await matchServices({
    db: o.db,
    needs: report.needs,
    prefs: { near, age, days: o.days, accessible: o.accessible },
  });
  return { report, needs: report.needs, matches };
}

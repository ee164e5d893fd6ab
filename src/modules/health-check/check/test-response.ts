// Builds QuestionnaireResponses of the health check from plain answers, for the unit and integration tests:
// `{ 'roken.status': 'nooit', leeftijd: 40, 'werken-aan': ['bewegen'] }` → answers of the right FHIR kind.
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { parseQuestionnaire, type Definition } from '../questionnaires/definition.ts';
import { DAY_KEYS, HEALTH_CHECK_URL, HEALTH_CHECK_V1, HEALTH_CHECK_VERSION } from './questionnaire-v1.ts';

export type PlainAnswers = Record<string, string | number | boolean | string[] | undefined>;

let compiled: Definition | null = null;
export function healthCheckDefinition(): Definition {
  if (compiled) return compiled;
  const parsed = parseQuestionnaire(HEALTH_CHECK_V1);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  compiled = parsed.definition;
  return compiled;
}

/** A healthy adult of 40 who meets every norm and rates every domain 8. */
export const HEALTHY: PlainAnswers = {
  leeftijd: 40,
  ...Object.fromEntries(DAY_KEYS.map((k): [string, number] => [`bewegen.${k}`, 30])),
  'spierkracht.dagen': 2,
  'alcohol.drinkt': false,
  'roken.status': 'nooit',
  'gewicht.kg': 70,
  'gewicht.cm': 175,
  slapen: 'goed',
  ...Object.fromEntries(
    ['lichaam', 'geest', 'meedoen', 'netwerk'].flatMap((d): [string, number | boolean][] => [
      [`domein.${d}.cijfer`, 8],
      [`domein.${d}.praten`, false],
    ]),
  ),
  'welzijn.tevreden': 8,
  'welzijn.zinvol': 8,
  'welzijn.gelukkig': 8,
  'welzijn.angstig': 1,
  'phq.1': '0',
  'phq.2': '0',
  'gad.1': '0',
  'gad.2': '0',
  eenzaam: 'nooit',
  geldzorgen: 'nooit',
};

/** A flat response (every item at the top level; the engine reads answers wherever they are nested). */
export function responseOf(answers: PlainAnswers): QuestionnaireResponse {
  const d = healthCheckDefinition();
  const item = Object.entries(answers)
    .filter(([, v]) => v !== undefined)
    .map(([linkId, v]) => {
      const def = d.byLinkId.get(linkId);
      const list = Array.isArray(v) ? v : [v];
      return {
        linkId,
        answer: list.map((x) => {
          if (def?.type === 'choice' && Array.isArray(def.options)) {
            const o = def.options.find((opt) => opt.kind === 'coding' && opt.code === x);
            if (o?.kind === 'coding') return { valueCoding: { system: o.system, code: o.code } };
          }
          if (typeof x === 'boolean') return { valueBoolean: x };
          if (typeof x === 'number')
            return def?.type === 'decimal' ? { valueDecimal: x } : { valueInteger: x };
          return { valueString: String(x) };
        }),
      };
    });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${HEALTH_CHECK_URL}|${HEALTH_CHECK_VERSION}`,
    status: 'completed',
    item,
  };
}

// How the health check's questions feed the instrument scorers (decision 0018): one scorer link per
// instrument, in the shape the questionnaire engine checks on import (questionnaires/scoring.ts). The stored
// questionnaire row links to no single scorer (the check uses nine), so the links live here and a unit test
// checks each against the definition with checkScorerLink.
import type { ScorerLink } from '../questionnaires/scoring.ts';
import { DAY_KEYS } from './questionnaire-v1.ts';

const FREQUENCY = { '0': 0, '1': 1, '2': 2, '3': 3 };
const numbered = (prefix: string, n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}.${i + 1}`, { item: String(i + 1) }]));

export const HEALTH_CHECK_LINKS = {
  beweegrichtlijn: {
    instrument: 'beweegrichtlijn',
    items: {
      leeftijd: { item: 'age' },
      ...Object.fromEntries(DAY_KEYS.map((k, day) => [`bewegen.${k}`, { item: 'minutesPerDay', day }])),
      'spierkracht.dagen': { item: 'strengthDays' },
    },
  },
  alcohol: {
    instrument: 'alcohol',
    items: {
      // "Other, or I prefer not to say" is scored on the women's limits: the stricter of the two.
      'alcohol.norm': { item: 'sex', values: { man: 'male', vrouw: 'female', anders: 'female' } },
      ...Object.fromEntries(DAY_KEYS.map((k, day) => [`alcohol.${k}`, { item: 'glassesPerDay', day }])),
    },
  },
  bmi: {
    instrument: 'bmi',
    items: { 'gewicht.kg': { item: 'weightKg' }, 'gewicht.cm': { item: 'heightCm' } },
  },
  smoking: {
    instrument: 'smoking',
    items: {
      'roken.status': {
        item: 'status',
        values: { 'elke-dag': 'daily', soms: 'sometimes', gestopt: 'former', nooit: 'never' },
      },
      'roken.per-dag': { item: 'cigarettesPerDay' },
    },
  },
  ons4: {
    instrument: 'ons4',
    items: {
      'welzijn.tevreden': { item: '1' },
      'welzijn.zinvol': { item: '2' },
      'welzijn.gelukkig': { item: '3' },
      'welzijn.angstig': { item: '4' },
    },
  },
  phq2: { instrument: 'phq2', items: numbered('phq', 2), values: FREQUENCY },
  phq9: { instrument: 'phq9', items: numbered('phq', 9), values: FREQUENCY },
  gad2: { instrument: 'gad2', items: numbered('gad', 2), values: FREQUENCY },
  gad7: { instrument: 'gad7', items: numbered('gad', 7), values: FREQUENCY },
} as const satisfies Record<string, ScorerLink>;

export type LinkedInstrument = keyof typeof HEALTH_CHECK_LINKS;

// The personal report of a completed health check (decision 0022): per life domain what goes well and what
// could help, traffic lights (whole marks only, no false precision), the instruments' results through their
// scorer links, the needs the answers point to (each with the answers that caused it), and two flags that
// come first: `safety` (PHQ-9 item 9 ≥ 1) and `adviceCare` (answers that call for the GP or practice nurse
// rather than activities). Pure: no I/O, no clock.
import type { ScoreResult } from '../instruments/instrument.ts';
import type { Value } from '../questionnaires/definition.ts';
import { scoreLinked } from '../questionnaires/scoring.ts';
import { HEALTH_CHECK_LINKS, type LinkedInstrument } from './links.ts';
import { NEED_TEXTS, type NeedCode, type Text } from './needs.ts';
import { DAY_KEYS } from './questionnaire-v1.ts';

export const DOMAINS = ['body', 'mind', 'participation', 'network'] as const;
export type Domain = (typeof DOMAINS)[number];
/** The linkId part of each domain in the questionnaire. */
export const DOMAIN_LINK: Record<Domain, string> = {
  body: 'lichaam',
  mind: 'geest',
  participation: 'meedoen',
  network: 'netwerk',
};
export type Light = 'green' | 'orange' | 'red';

/** An answer as the report names it: the code of a choice, the number, yes/no. */
export type AnswerValue = string | number | boolean;
export interface Cause {
  linkId: string;
  answer: AnswerValue | AnswerValue[];
}

export interface Point {
  key: string;
  light: Light;
  text: Text;
}

export interface DomainReport {
  domain: Domain;
  name: Text;
  /** the resident's own mark, 0–10 (a whole number) */
  score: number | null;
  light: Light | null;
  wantsToTalk: boolean;
  goesWell: Point[];
  couldHelp: Point[];
}

export interface Need {
  need: NeedCode;
  name: Text;
  because: Text;
  causes: Cause[];
}

export interface Contact {
  key: string;
  name: Text;
  phone: string | null;
  url: string | null;
  when: Text;
}

export interface Report {
  questionnaire: string;
  adult: boolean;
  /** under 18: why there is no report, and where to go instead */
  underAge: Text | null;
  safety: { text: Text; contacts: Contact[] } | null;
  adviceCare: {
    text: Text;
    reasons: { key: string; text: Text; causes: Cause[] }[];
    frontdesk: { method: 'POST'; path: string; suggestedText: Text };
  } | null;
  domains: DomainReport[];
  scores: Record<LinkedInstrument, ScoreResult | null>;
  needs: Need[];
}

export type Answers = ReadonlyMap<string, readonly Value[]>;

// ── reading answers ───────────────────────────────────────────────────────────────────────────────────

const valueOf = (v: Value): AnswerValue =>
  v.kind === 'coding'
    ? v.code
    : v.kind === 'boolean'
      ? v.value
      : v.kind === 'integer' || v.kind === 'decimal'
        ? v.value
        : v.value;

const one = (a: Answers, linkId: string): AnswerValue | undefined => {
  const v = a.get(linkId)?.[0];
  return v ? valueOf(v) : undefined;
};
const num = (a: Answers, linkId: string): number | null => {
  const v = one(a, linkId);
  return typeof v === 'number' ? v : null;
};
const code = (a: Answers, linkId: string): string | null => {
  const v = one(a, linkId);
  return typeof v === 'string' ? v : null;
};
const codes = (a: Answers, linkId: string): string[] =>
  (a.get(linkId) ?? []).flatMap((v) => (v.kind === 'coding' ? [v.code] : []));
const cause = (a: Answers, linkId: string): Cause[] => {
  const given = a.get(linkId);
  if (!given?.length) return [];
  return [{ linkId, answer: given.length === 1 ? valueOf(given[0]!) : given.map(valueOf) }];
};
const wish = (a: Answers, option: string): Cause[] =>
  codes(a, 'werken-aan').includes(option) ? [{ linkId: 'werken-aan', answer: option }] : [];

/** A mark 0–10 as a light: 7 and up green, 5–6 orange, 4 and below red. */
export function markLight(score: number): Light {
  return score >= 7 ? 'green' : score >= 5 ? 'orange' : 'red';
}

/** BMI from the answers, unrounded (floating-point noise removed), or null. */
export function bmiOf(a: Answers): number | null {
  const kg = num(a, 'gewicht.kg');
  const cm = num(a, 'gewicht.cm');
  if (kg === null || cm === null || cm <= 0) return null;
  return Number(((kg * 10_000) / (cm * cm)).toFixed(9));
}

// ── the rules ─────────────────────────────────────────────────────────────────────────────────────────

export const CARE_THRESHOLDS = { phq9: 10, gad7: 10, bmi: 35 } as const;
export const LOW_MARK = 4;

function scoresOf(a: Answers): Record<LinkedInstrument, ScoreResult | null> {
  const out = {} as Record<LinkedInstrument, ScoreResult | null>;
  for (const [key, link] of Object.entries(HEALTH_CHECK_LINKS) as [
    LinkedInstrument,
    (typeof HEALTH_CHECK_LINKS)[LinkedInstrument],
  ][]) {
    const scored = scoreLinked(link, a);
    out[key] = scored.ok ? scored.result : null;
  }
  return out;
}

/** The needs the answers point to, each with the answers that caused it. */
export function deriveNeeds(a: Answers, scores = scoresOf(a)): Need[] {
  const found = new Map<NeedCode, Cause[]>();
  const add = (need: NeedCode, causes: Cause[]) => {
    if (causes.length) found.set(need, [...(found.get(need) ?? []), ...causes]);
  };
  const mark = (d: Domain) => num(a, `domein.${DOMAIN_LINK[d]}.cijfer`);
  const low = (d: Domain) => {
    const m = mark(d);
    return m !== null && m <= LOW_MARK ? cause(a, `domein.${DOMAIN_LINK[d]}.cijfer`) : [];
  };

  if (scores.beweegrichtlijn?.category === 'does-not-meet') {
    add('move-more', [
      ...DAY_KEYS.flatMap((k) => cause(a, `bewegen.${k}`)),
      ...cause(a, 'spierkracht.dagen'),
    ]);
  }
  add('move-more', wish(a, 'bewegen'));

  const bmi = bmiOf(a);
  if (bmi !== null && bmi >= 30) add('lose-weight', [...cause(a, 'gewicht.kg'), ...cause(a, 'gewicht.cm')]);
  // Wanting to lose weight with an underweight BMI is not matched to weight-loss offers.
  if (bmi === null || bmi >= 18.5) add('lose-weight', wish(a, 'afvallen'));

  if (['elke-dag', 'soms'].includes(code(a, 'roken.status') ?? ''))
    add('stop-smoking', cause(a, 'roken.status'));
  add('stop-smoking', wish(a, 'stoppen-roken'));

  if (scores.alcohol?.category === 'above-guideline') {
    add(
      'drink-less',
      DAY_KEYS.flatMap((k) => cause(a, `alcohol.${k}`)),
    );
  }
  add('drink-less', wish(a, 'minder-alcohol'));

  if (code(a, 'slapen') === 'slecht') add('sleep-better', cause(a, 'slapen'));
  add('sleep-better', wish(a, 'slapen'));

  if (['vaak', 'altijd'].includes(code(a, 'eenzaam') ?? '')) add('lonely', cause(a, 'eenzaam'));
  add('lonely', low('network'));
  add('lonely', wish(a, 'contact'));

  if (['vaak', 'altijd'].includes(code(a, 'geldzorgen') ?? '')) add('money-worries', cause(a, 'geldzorgen'));
  add('money-worries', wish(a, 'geld'));

  if (scores.phq2?.category === 'positive') add('gloomy', [...cause(a, 'phq.1'), ...cause(a, 'phq.2')]);
  add('gloomy', wish(a, 'stemming'));

  if (scores.gad2?.category === 'positive') add('worried', [...cause(a, 'gad.1'), ...cause(a, 'gad.2')]);

  add('take-part', low('participation'));
  add('take-part', wish(a, 'meedoen'));

  return [...found].map(([need, causes]) => ({ need, ...NEED_TEXTS[need], causes }));
}

const SAFETY: Report['safety'] = {
  text: {
    nl: 'U gaf aan dat u soms denkt dat u beter dood zou kunnen zijn, of dat u uzelf iets wilt aandoen. Dat is heel zwaar. U hoeft dit niet alleen te dragen. Praat er vandaag nog over met iemand: met uw huisarts, of met 113 Zelfmoordpreventie. Bellen is gratis en anoniem.',
    en: 'You said that you sometimes think you would be better off dead, or want to hurt yourself. That is very hard. You do not have to carry this alone. Talk to someone about it today: your GP, or 113 Suicide Prevention. Calling is free and anonymous.',
  },
  contacts: [
    {
      key: '113',
      name: { nl: '113 Zelfmoordpreventie', en: '113 Suicide Prevention' },
      phone: '0800-0113',
      url: 'https://www.113.nl',
      when: {
        nl: 'Dag en nacht, gratis en anoniem. U kunt ook chatten.',
        en: 'Day and night, free and anonymous. You can also chat.',
      },
    },
    {
      key: 'gp',
      name: { nl: 'Uw huisarts', en: 'Your GP' },
      phone: null,
      url: null,
      when: {
        nl: 'Overdag. Buiten kantoortijd belt u de huisartsenpost.',
        en: 'In the daytime. Outside office hours, call the out-of-hours GP service (huisartsenpost).',
      },
    },
    {
      key: '112',
      name: { nl: 'Alarmnummer 112', en: 'Emergency number 112' },
      phone: '112',
      url: null,
      when: { nl: 'Bij direct gevaar.', en: 'In immediate danger.' },
    },
  ],
};

function adviceCareOf(
  a: Answers,
  scores: Record<LinkedInstrument, ScoreResult | null>,
  safety: boolean,
): Report['adviceCare'] {
  const reasons: NonNullable<Report['adviceCare']>['reasons'] = [];
  const at = (key: string, nl: string, en: string, causes: Cause[]) =>
    reasons.push({ key, text: { nl, en }, causes });
  const items = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => cause(a, `${prefix}.${i + 1}`)).flat();
  if (safety)
    at(
      'safety',
      'U heeft gedachten om uzelf iets aan te doen.',
      'You have thoughts of hurting yourself.',
      cause(a, 'phq.9'),
    );
  const phq9 = scores.phq9?.total ?? null;
  if (phq9 !== null && phq9 >= CARE_THRESHOLDS.phq9) {
    at(
      'phq9',
      'U voelt zich al een tijd vaak somber.',
      'You have often felt down for some time.',
      items('phq', 9),
    );
  }
  const gad7 = scores.gad7?.total ?? null;
  if (gad7 !== null && gad7 >= CARE_THRESHOLDS.gad7) {
    at(
      'gad7',
      'U bent al een tijd vaak angstig of gespannen.',
      'You have often felt anxious or tense for some time.',
      items('gad', 7),
    );
  }
  const bmi = bmiOf(a);
  if (bmi !== null && bmi >= CARE_THRESHOLDS.bmi) {
    at('bmi', 'Uw gewicht is erg hoog voor uw lengte.', 'Your weight is very high for your height.', [
      ...cause(a, 'gewicht.kg'),
      ...cause(a, 'gewicht.cm'),
    ]);
  }
  for (const d of ['body', 'mind'] as const) {
    if (one(a, `domein.${DOMAIN_LINK[d]}.praten`) === true) {
      at(
        `talk-${d}`,
        d === 'body' ? 'U wilt graag praten over uw lichaam.' : 'U wilt graag praten over hoe u zich voelt.',
        d === 'body'
          ? 'You would like to talk about your body.'
          : 'You would like to talk about how you feel.',
        cause(a, `domein.${DOMAIN_LINK[d]}.praten`),
      );
    }
  }
  if (!reasons.length) return null;
  return {
    text: {
      nl: 'Uw antwoorden laten zien dat een gesprek met uw huisarts of de praktijkondersteuner (POH) u kan helpen. Wilt u dat wij u helpen contact te zoeken? Stuur dan een vraag naar het loket.',
      en: 'Your answers show that a talk with your GP or the practice nurse could help you. Would you like us to help you get in touch? Then send a question to the front desk.',
    },
    reasons,
    frontdesk: {
      method: 'POST',
      path: '/api/v1/frontdesk/questions',
      suggestedText: {
        nl: 'Ik heb de gezondheidscheck gedaan. Ik wil graag een gesprek met de huisarts of de praktijkondersteuner.',
        en: 'I did the health check. I would like a talk with the GP or the practice nurse.',
      },
    },
  };
}

// ── what goes well, what could help ──────────────────────────────────────────────────────────────────

const DOMAIN_NAMES: Record<Domain, Text> = {
  body: { nl: 'Uw lichaam', en: 'Your body' },
  mind: { nl: 'Hoe u zich voelt', en: 'How you feel' },
  participation: { nl: 'Meedoen', en: 'Taking part' },
  network: { nl: 'Mensen om u heen', en: 'People around you' },
};

const point = (key: string, light: Light, nl: string, en: string): Point => ({
  key,
  light,
  text: { nl, en },
});

function pointsOf(a: Answers, s: Record<LinkedInstrument, ScoreResult | null>): Record<Domain, Point[]> {
  const p: Record<Domain, Point[]> = { body: [], mind: [], participation: [], network: [] };
  const move = s.beweegrichtlijn;
  if (move?.bands.activity === 'meets')
    p.body.push(point('movement.meets', 'green', 'U beweegt genoeg.', 'You move enough.'));
  if (move?.bands.activity === 'does-not-meet') {
    p.body.push(
      point(
        'movement.below',
        'orange',
        'Meer bewegen is goed voor u: elke week 2,5 uur, verdeeld over meerdere dagen.',
        'Moving more is good for you: 2.5 hours every week, spread over several days.',
      ),
    );
  }
  if (move?.bands.strength === 'meets')
    p.body.push(
      point(
        'strength.meets',
        'green',
        'U doet genoeg voor sterke spieren en botten.',
        'You do enough for strong muscles and bones.',
      ),
    );
  if (move?.bands.strength === 'does-not-meet') {
    p.body.push(
      point(
        'strength.below',
        'orange',
        'Doe minstens 2 keer per week iets voor sterke spieren en botten.',
        'Do something for strong muscles and bones at least twice a week.',
      ),
    );
  }
  const smoking = code(a, 'roken.status');
  if (smoking === 'elke-dag' || smoking === 'soms') {
    p.body.push(
      point(
        'smoking.smokes',
        s.smoking?.category === 'heavy-smoker' ? 'red' : 'orange',
        'Stoppen met roken is het beste wat u voor uw gezondheid kunt doen. Hulp maakt stoppen makkelijker.',
        'Stopping smoking is the best thing you can do for your health. Help makes stopping easier.',
      ),
    );
  } else if (smoking) {
    p.body.push(point('smoking.none', 'green', 'U rookt niet.', 'You do not smoke.'));
  }
  if (one(a, 'alcohol.drinkt') === false)
    p.body.push(point('alcohol.none', 'green', 'U drinkt geen alcohol.', 'You do not drink alcohol.'));
  else if (s.alcohol?.category === 'within-guideline')
    p.body.push(
      point(
        'alcohol.within',
        'green',
        'U drinkt niet meer dan 1 glas alcohol per dag.',
        'You drink no more than 1 glass of alcohol a day.',
      ),
    );
  else if (s.alcohol?.category === 'above-guideline') {
    const heavy = s.alcohol.flags.length > 0;
    p.body.push(
      point(
        'alcohol.above',
        heavy ? 'red' : 'orange',
        'U drinkt meer dan 1 glas alcohol per dag. Minder drinken is beter voor uw gezondheid.',
        'You drink more than 1 glass of alcohol a day. Drinking less is better for your health.',
      ),
    );
  }
  const bmi = s.bmi?.category;
  if (bmi === 'healthy')
    p.body.push(
      point(
        'weight.healthy',
        'green',
        'Uw gewicht past goed bij uw lengte.',
        'Your weight suits your height.',
      ),
    );
  if (bmi === 'overweight')
    p.body.push(
      point(
        'weight.overweight',
        'orange',
        'U bent wat zwaar voor uw lengte. Gezond eten en bewegen helpen.',
        'You are somewhat heavy for your height. Healthy food and moving help.',
      ),
    );
  if (bmi === 'obese')
    p.body.push(
      point(
        'weight.obese',
        'red',
        'U bent zwaar voor uw lengte. Hulp bij afvallen kan goed zijn voor uw gezondheid.',
        'You are heavy for your height. Help with losing weight can be good for your health.',
      ),
    );
  if (bmi === 'underweight')
    p.body.push(
      point(
        'weight.underweight',
        'orange',
        'U bent licht voor uw lengte. Bespreek dit eens met uw huisarts.',
        'You are light for your height. Consider discussing this with your GP.',
      ),
    );
  const sleep = code(a, 'slapen');
  if (sleep === 'goed') p.body.push(point('sleep.good', 'green', 'U slaapt goed.', 'You sleep well.'));
  if (sleep === 'redelijk')
    p.body.push(
      point(
        'sleep.fair',
        'orange',
        'U slaapt redelijk. Vaste tijden en minder schermen voor het slapen helpen.',
        'You sleep fairly well. Regular times and fewer screens before bed help.',
      ),
    );
  if (sleep === 'slecht')
    p.body.push(
      point(
        'sleep.bad',
        'red',
        'U slaapt slecht. Dat maakt veel dingen zwaarder. Er is hulp om beter te slapen.',
        'You sleep badly. That makes many things harder. There is help to sleep better.',
      ),
    );

  const ons4 = s.ons4;
  if (ons4?.bands['3'] === 'high' || ons4?.bands['3'] === 'very-high')
    p.mind.push(
      point('happy.high', 'green', 'U voelde zich gisteren gelukkig.', 'You felt happy yesterday.'),
    );
  if (ons4?.bands['3'] === 'low')
    p.mind.push(
      point(
        'happy.low',
        'orange',
        'U voelde zich gisteren niet zo gelukkig.',
        'You did not feel very happy yesterday.',
      ),
    );
  if (ons4?.bands['4'] === 'high')
    p.mind.push(
      point('anxious.high', 'orange', 'U voelde zich gisteren angstig.', 'You felt anxious yesterday.'),
    );
  if (ons4?.bands['1'] === 'high' || ons4?.bands['1'] === 'very-high')
    p.mind.push(
      point('satisfied.high', 'green', 'U bent tevreden met uw leven.', 'You are satisfied with your life.'),
    );
  if (s.phq2?.category === 'negative' && s.gad2?.category === 'negative') {
    p.mind.push(
      point(
        'mood.ok',
        'green',
        'U had de afgelopen 2 weken weinig last van somberheid of spanning.',
        'In the last 2 weeks you were hardly bothered by low mood or tension.',
      ),
    );
  }
  if (s.phq2?.category === 'positive') {
    const severe = (s.phq9?.total ?? 0) >= CARE_THRESHOLDS.phq9;
    p.mind.push(
      point(
        'mood.low',
        severe ? 'red' : 'orange',
        'U voelde zich de afgelopen 2 weken vaak somber of had weinig plezier.',
        'In the last 2 weeks you often felt down or had little pleasure.',
      ),
    );
  }
  if (s.gad2?.category === 'positive') {
    const severe = (s.gad7?.total ?? 0) >= CARE_THRESHOLDS.gad7;
    p.mind.push(
      point(
        'worry.high',
        severe ? 'red' : 'orange',
        'U was de afgelopen 2 weken vaak gespannen of piekerde veel.',
        'In the last 2 weeks you were often tense or worried a lot.',
      ),
    );
  }

  if (ons4?.bands['2'] === 'high' || ons4?.bands['2'] === 'very-high')
    p.participation.push(
      point('worthwhile.high', 'green', 'U vindt wat u doet zinvol.', 'You find what you do worthwhile.'),
    );
  if (ons4?.bands['2'] === 'low')
    p.participation.push(
      point(
        'worthwhile.low',
        'orange',
        'U vindt wat u doet niet zo zinvol. Vrijwilligerswerk of een activiteit in de buurt kan helpen.',
        'You do not find what you do very worthwhile. Volunteering or an activity nearby can help.',
      ),
    );
  const money = code(a, 'geldzorgen');
  if (money === 'nooit')
    p.participation.push(
      point('money.none', 'green', 'U heeft geen geldzorgen.', 'You have no money worries.'),
    );
  if (money === 'vaak' || money === 'altijd')
    p.participation.push(
      point(
        'money.worries',
        money === 'altijd' ? 'red' : 'orange',
        'U maakt zich vaak zorgen over geld. Er is gratis hulp, ook als het nog klein is.',
        'You often worry about money. There is free help, also while it is still small.',
      ),
    );

  const lonely = code(a, 'eenzaam');
  if (lonely === 'nooit')
    p.network.push(point('lonely.never', 'green', 'U voelt zich niet eenzaam.', 'You do not feel lonely.'));
  if (lonely === 'vaak' || lonely === 'altijd')
    p.network.push(
      point(
        'lonely.often',
        lonely === 'altijd' ? 'red' : 'orange',
        'U voelt zich vaak eenzaam. In de buurt zijn plekken om anderen te ontmoeten.',
        'You often feel lonely. There are places nearby to meet others.',
      ),
    );
  return p;
}

/** The report of a completed response's valid, enabled answers (questionnaires/engine.ts evaluate). */
export function buildReport(a: Answers, questionnaire: string): Report {
  const age = num(a, 'leeftijd');
  const scores = scoresOf(a);
  if (age !== null && age < 18) {
    return {
      questionnaire,
      adult: false,
      underAge: {
        nl: 'Deze check is voor mensen van 18 jaar en ouder. Voor jongeren is er andere hulp: kijk bij het jongerenwerk of de jeugdgezondheidszorg (JGZ) in uw buurt.',
        en: 'This check is for people aged 18 and over. For young people there is other help: look for youth work or youth health care (JGZ) near you.',
      },
      safety: null,
      adviceCare: null,
      domains: [],
      scores,
      needs: [],
    };
  }
  const safety = scores.phq9?.flags.includes('item9') ?? false;
  const points = pointsOf(a, scores);
  const domains = DOMAINS.map((d): DomainReport => {
    const score = num(a, `domein.${DOMAIN_LINK[d]}.cijfer`);
    const light = score === null ? null : markLight(score);
    const all = points[d];
    const own =
      score === null
        ? []
        : [point(`mark.${light}`, light!, `U geeft dit een ${score}.`, `You give this a ${score}.`)];
    return {
      domain: d,
      name: DOMAIN_NAMES[d],
      score,
      light,
      wantsToTalk: one(a, `domein.${DOMAIN_LINK[d]}.praten`) === true,
      goesWell: [...own.filter((x) => x.light === 'green'), ...all.filter((x) => x.light === 'green')],
      couldHelp: [...own.filter((x) => x.light !== 'green'), ...all.filter((x) => x.light !== 'green')],
    };
  });
  return {
    questionnaire,
    adult: true,
    underAge: null,
    safety: safety ? SAFETY : null,
    adviceCare: adviceCareOf(a, scores, safety),
    domains,
    scores,
    needs: deriveNeeds(a, scores),
  };
}

// What a resident may need, derived from the health check's answers, and the social-map terms each need is
// matched on by default (coordinators edit the map: matching.ts). Pure.
export const NEEDS = [
  'move-more',
  'lose-weight',
  'stop-smoking',
  'drink-less',
  'sleep-better',
  'lonely',
  'money-worries',
  'gloomy',
  'worried',
  'take-part',
] as const;
export type NeedCode = (typeof NEEDS)[number];

export interface Text {
  nl: string;
  en: string;
}

/** The need's name, and the start of a match's reason ("because you said …"). */
export const NEED_TEXTS: Record<NeedCode, { name: Text; because: Text }> = {
  'move-more': {
    name: { nl: 'Meer bewegen', en: 'Move more' },
    because: {
      nl: 'omdat u minder beweegt dan de beweegrichtlijn, of meer wilt bewegen',
      en: 'because you move less than the physical activity guideline, or want to move more',
    },
  },
  'lose-weight': {
    name: { nl: 'Afvallen', en: 'Lose weight' },
    because: {
      nl: 'omdat u zei dat u wilt afvallen, of uw gewicht hoog is voor uw lengte',
      en: 'because you said you want to lose weight, or your weight is high for your height',
    },
  },
  'stop-smoking': {
    name: { nl: 'Stoppen met roken', en: 'Stop smoking' },
    because: { nl: 'omdat u zei dat u rookt', en: 'because you said you smoke' },
  },
  'drink-less': {
    name: { nl: 'Minder alcohol drinken', en: 'Drink less alcohol' },
    because: {
      nl: 'omdat u meer drinkt dan de richtlijn, of minder wilt drinken',
      en: 'because you drink more than the guideline, or want to drink less',
    },
  },
  'sleep-better': {
    name: { nl: 'Beter slapen', en: 'Sleep better' },
    because: {
      nl: 'omdat u zei dat u slecht slaapt, of beter wilt slapen',
      en: 'because you said you sleep badly, or want to sleep better',
    },
  },
  lonely: {
    name: { nl: 'Minder eenzaam zijn', en: 'Feel less lonely' },
    because: {
      nl: 'omdat u zei dat u zich vaak eenzaam voelt, of meer contact wilt',
      en: 'because you said you often feel lonely, or want more contact',
    },
  },
  'money-worries': {
    name: { nl: 'Minder geldzorgen', en: 'Fewer money worries' },
    because: {
      nl: 'omdat u zei dat u zich vaak zorgen maakt over geld',
      en: 'because you said you often worry about money',
    },
  },
  gloomy: {
    name: { nl: 'Minder somber zijn', en: 'Feel less gloomy' },
    because: {
      nl: 'omdat u zei dat u zich vaak somber voelt of weinig plezier heeft',
      en: 'because you said you often feel down or have little pleasure',
    },
  },
  worried: {
    name: { nl: 'Minder piekeren en spanning', en: 'Less worry and tension' },
    because: {
      nl: 'omdat u zei dat u vaak gespannen bent of piekert',
      en: 'because you said you are often tense or worry a lot',
    },
  },
  'take-part': {
    name: { nl: 'Iets zinvols doen', en: 'Do something meaningful' },
    because: {
      nl: 'omdat u zei dat u overdag weinig doet dat voor u zin heeft, of dat wilt',
      en: 'because you said you do little in the day that means something to you, or want to',
    },
  },
};

/** FROZEN: the default map from needs to social-map taxonomy codes, as seeded by migration 0013; coordinators
 * change it in the database, a new default comes with a new migration. */
export const DEFAULT_NEED_TERMS: Record<NeedCode, string[]> = {
  'move-more': ['behoefte.meer-bewegen', 'domein.sport-bewegen'],
  'lose-weight': ['behoefte.gezond-gewicht', 'domein.preventie-leefstijl.gezond-gewicht'],
  'stop-smoking': ['behoefte.stoppen-roken', 'domein.preventie-leefstijl.stoppen-roken'],
  'drink-less': ['behoefte.minder-alcohol', 'domein.preventie-leefstijl.minder-alcohol'],
  'sleep-better': ['behoefte.beter-slapen', 'domein.preventie-leefstijl.ontspanning'],
  lonely: ['behoefte.minder-eenzaam', 'domein.ontmoeten-meedoen', 'domein.vrijwilligerswerk.maatje'],
  'money-worries': ['behoefte.geldzorgen', 'behoefte.hulp-administratie', 'domein.schulden-geld'],
  gloomy: ['behoefte.somberheid', 'domein.welzijn.welzijnswerk'],
  worried: ['behoefte.somberheid', 'domein.preventie-leefstijl.ontspanning'],
  'take-part': ['behoefte.zinvolle-dag', 'domein.vrijwilligerswerk', 'domein.werk-inkomen.dagbesteding'],
};

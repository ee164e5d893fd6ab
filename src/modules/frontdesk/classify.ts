// Which of the three streams a front-desk question belongs to: care/illness (GP, practice nurse,
// paramedics), health (prevention, lifestyle, exercise) or wellbeing (welfare, social team, Wmo, money,
// the cooperative). Pure and explainable: the intake's own answer wins; otherwise words in the question
// count per stream, and the team sees which words decided. Not a triage tool: a team member can always
// move a question to another stream, and words of acute danger make the answer say where to go now.
import type { Stream } from '../referrals/tables.ts';

/** What the resident says the question is about, in the intake (optional). */
export const TOPICS = ['complaint', 'lifestyle', 'daily_life', 'not_sure'] as const;
export type Topic = (typeof TOPICS)[number];

const BY_TOPIC: Record<Exclude<Topic, 'not_sure'>, Stream> = {
  complaint: 'care',
  lifestyle: 'health',
  daily_life: 'wellbeing',
};

/** Word stems per stream (lower case, matched at the start of a word; a trailing space: the whole word). */
const STEMS: Record<Stream, string[]> = {
  care: [
    'pijn',
    'ziek',
    'klacht',
    'medicij',
    'medicatie',
    'pillen',
    'huisarts',
    'dokter',
    'poh ',
    'wond',
    'koorts',
    'hoest',
    'benauwd',
    'bloeddruk',
    'suiker',
    'diabet',
    'hart ',
    'duizel',
    'gevallen',
    'val ',
    'fysio',
    'diëtist',
    'dietist',
    'verpleg',
    'operatie',
    'ziekenhuis',
    'recept',
    'depress',
    'angst',
    'paniek',
    'psycholo',
    'geheugen',
    'vergeet',
    'dementie',
    'rug ',
    'knie ',
    'heup ',
    'slaappil',
  ],
  health: [
    'bewegen',
    'beweeg',
    'sport',
    'wandel',
    'fiets',
    'zwem',
    'fitness',
    'afvallen',
    'gewicht',
    'te zwaar',
    'overgewicht',
    'gezond',
    'leefstijl',
    'roken',
    'rook ',
    'stoppen met',
    'alcohol',
    'drinken',
    'bier ',
    'wijn ',
    'eten ',
    'voeding',
    'slapen',
    'slaap',
    'conditie',
    'stress',
    'ontspan',
    'valpreventie',
    'bewegen op recept',
    'gli ',
    'coach',
  ],
  wellbeing: [
    'eenzaam',
    'alleen',
    'niemand',
    'contact',
    'vrienden',
    'geld',
    'schuld',
    'rekening',
    'betaal',
    'betalen',
    'huur ',
    'toeslag',
    'uitkering',
    'werk ',
    'werkloos',
    'baan ',
    'vrijwillig',
    'huis ',
    'woning',
    'trap ',
    'traplift',
    'aanpass',
    'rolstoel',
    'scootmobiel',
    'vervoer',
    'boodschap',
    'huishoud',
    'schoonmaak',
    'wmo',
    'mantelzorg',
    'zorg voor mijn',
    'buren',
    'buurman',
    'buurvrouw',
    'ruzie',
    'formulier',
    'brief ',
    'post ',
    'administratie',
    'taal ',
    'nederlands leren',
    'opvoed',
    'kinderen',
    'dagbesteding',
    'maatje',
    'welzijn op recept',
    'verveel',
    'zinloos',
  ],
};

/** Words of acute danger: the confirmation then says to call 112 or the GP, and 113 for suicidal thoughts. */
const DANGER = [
  'zelfmoord',
  'suïcide',
  'suicide',
  'dood willen',
  'niet meer leven',
  'einde maken',
  '112',
  'spoed',
];

export interface Classification {
  stream: Stream;
  /** the words that decided, or the intake answer */
  because: string[];
  /** the question holds words of acute danger */
  urgent: boolean;
}

const normal = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

export function classify(text: string, topic?: Topic): Classification {
  const t = normal(text);
  const urgent = DANGER.some((w) => t.includes(` ${w.toLowerCase()}`));
  if (topic && topic !== 'not_sure') return { stream: BY_TOPIC[topic], because: [`topic:${topic}`], urgent };
  const found = (Object.keys(STEMS) as Stream[]).map((stream) => ({
    stream,
    words: STEMS[stream].filter((w) => t.includes(` ${w}`)).map((w) => w.trim()),
  }));
  const best = found.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  // Nothing recognised, or a tie: wellbeing, where the generalists of the social team start.
  const top = found.filter((f) => f.words.length === best.words.length);
  if (!best.words.length || top.length > 1) {
    return { stream: 'wellbeing', because: top.flatMap((f) => f.words), urgent };
  }
  return { stream: best.stream, because: best.words, urgent };
}

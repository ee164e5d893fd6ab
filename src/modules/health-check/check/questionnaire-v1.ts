// FROZEN: the Wijkpunt health check as shipped by migration 0013_health_check (url + version below). Never
// change this file; new wording is a new version in a new file and a new migration (decision 0021: the
// content of a stored questionnaire never changes, responses refer to url|version). Our own wording in plain
// (B1) Dutch, with English in the FHIR translation extension on `_text` / `_display`, which the engine keeps.
// The PHQ-9 and GAD-7 items follow the free Dutch translation (Pfizer, no permission required); the ONS4
// questions are under the Open Government Licence; everything else is ours (decision 0022).
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';

export const HEALTH_CHECK_URL = 'https://wijkpunt.nl/fhir/Questionnaire/gezondheidscheck';
export const HEALTH_CHECK_VERSION = '1.0.0';
/** The stored row's id, fixed so that every installation agrees on it. */
export const HEALTH_CHECK_ID = '7d0c6a52-2f1e-4c39-9a57-3c3f0a0e0001';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const CS = 'https://wijkpunt.nl/fhir/CodeSystem';
export const SYSTEMS = {
  frequency2w: `${CS}/frequentie-2-weken`,
  often: `${CS}/hoe-vaak`,
  sleep: `${CS}/slaap`,
  smoking: `${CS}/roken`,
  sex: `${CS}/alcoholnorm`,
  workOn: `${CS}/werken-aan`,
} as const;

const english = (en: string) => ({
  extension: [
    {
      url: TRANSLATION,
      extension: [
        { url: 'lang', valueCode: 'en' },
        { url: 'content', valueString: en },
      ],
    },
  ],
});

/** `text` in Dutch with its English translation. */
const t = (nl: string, en: string) => ({ text: nl, _text: english(en) });

type Option = NonNullable<QuestionnaireItem['answerOption']>[number];
const option = (system: string, code: string, nl: string, en: string): Option =>
  ({ valueCoding: { system, code, display: nl, _display: english(en) } }) as Option;

const minMax = (min: number, max: number, type: 'integer' | 'decimal') => [
  {
    url: 'http://hl7.org/fhir/StructureDefinition/minValue',
    ...(type === 'integer' ? { valueInteger: min } : { valueDecimal: min }),
  },
  {
    url: 'http://hl7.org/fhir/StructureDefinition/maxValue',
    ...(type === 'integer' ? { valueInteger: max } : { valueDecimal: max }),
  },
];

const integer = (linkId: string, nl: string, en: string, min: number, max: number, required = true) =>
  ({
    linkId,
    type: 'integer',
    ...t(nl, en),
    required,
    extension: minMax(min, max, 'integer'),
  }) as QuestionnaireItem;
const decimal = (linkId: string, nl: string, en: string, min: number, max: number) =>
  ({
    linkId,
    type: 'decimal',
    ...t(nl, en),
    required: true,
    extension: minMax(min, max, 'decimal'),
  }) as QuestionnaireItem;
const display = (linkId: string, nl: string, en: string) =>
  ({ linkId, type: 'display', ...t(nl, en) }) as QuestionnaireItem;

export const DAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
export const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const DAY_KEYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

// ── PHQ / GAD ─────────────────────────────────────────────────────────────────────────────────────────

const FREQUENCY = [
  option(SYSTEMS.frequency2w, '0', 'Helemaal niet', 'Not at all'),
  option(SYSTEMS.frequency2w, '1', 'Een paar dagen', 'Several days'),
  option(SYSTEMS.frequency2w, '2', 'Meer dan de helft van de dagen', 'More than half the days'),
  option(SYSTEMS.frequency2w, '3', 'Bijna elke dag', 'Nearly every day'),
];
const frequency = (linkId: string, nl: string, en: string) =>
  ({ linkId, type: 'choice', ...t(nl, en), required: true, answerOption: FREQUENCY }) as QuestionnaireItem;

const is = (question: string, ...codes: string[]) =>
  codes.map((code) => ({
    question,
    operator: '=' as const,
    answerCoding: { system: SYSTEMS.frequency2w, code },
  }));

/**
 * The rest of a PHQ-9 or GAD-7 only after a positive 2-item screen (sum of items 1 and 2 ≥ 3). enableWhen has
 * no sums, but "a + b ≥ 3" (each 0–3) is exactly (a ≥ 1 or b = 3) and (b ≥ 1 or a = 3) and (a ≥ 2 or b ≥ 2);
 * a nested group is enabled only when its parent is, so three nested groups with `any` give that `and`.
 */
function afterPositiveScreen(
  prefix: string,
  a: string,
  b: string,
  items: QuestionnaireItem[],
): QuestionnaireItem {
  return {
    linkId: `${prefix}.vervolg`,
    type: 'group',
    enableWhen: [...is(a, '1', '2', '3'), ...is(b, '3')],
    enableBehavior: 'any',
    item: [
      {
        linkId: `${prefix}.vervolg-b`,
        type: 'group',
        enableWhen: [...is(b, '1', '2', '3'), ...is(a, '3')],
        enableBehavior: 'any',
        item: [
          {
            linkId: `${prefix}.vervolg-c`,
            type: 'group',
            enableWhen: [...is(a, '2', '3'), ...is(b, '2', '3')],
            enableBehavior: 'any',
            item: items,
          },
        ],
      },
    ],
  };
}

// ── the four life domains ─────────────────────────────────────────────────────────────────────────────

const domain = (key: string, nl: string, en: string, hintNl: string, hintEn: string): QuestionnaireItem => ({
  linkId: `domein.${key}`,
  type: 'group',
  ...t(nl, en),
  item: [
    display(`domein.${key}.uitleg`, hintNl, hintEn),
    integer(
      `domein.${key}.cijfer`,
      'Welk cijfer geeft u dit? 0 is heel slecht, 10 is heel goed.',
      'What mark do you give this? 0 is very bad, 10 is very good.',
      0,
      10,
    ),
    {
      linkId: `domein.${key}.praten`,
      type: 'boolean',
      ...t('Ik wil hier graag met iemand over praten.', 'I would like to talk to someone about this.'),
    },
  ],
});

const often = (linkId: string, nl: string, en: string): QuestionnaireItem => ({
  linkId,
  type: 'choice',
  ...t(nl, en),
  required: true,
  answerOption: [
    option(SYSTEMS.often, 'nooit', 'Nooit', 'Never'),
    option(SYSTEMS.often, 'soms', 'Soms', 'Sometimes'),
    option(SYSTEMS.often, 'vaak', 'Vaak', 'Often'),
    option(SYSTEMS.often, 'altijd', 'Altijd', 'Always'),
  ],
});

export const HEALTH_CHECK_V1 = {
  resourceType: 'Questionnaire',
  url: HEALTH_CHECK_URL,
  version: HEALTH_CHECK_VERSION,
  name: 'WijkpuntGezondheidscheck',
  title: 'Wijkpunt gezondheidscheck',
  _title: english('Wijkpunt health check'),
  status: 'active',
  publisher: 'Wijkpunt',
  language: 'nl',
  item: [
    display(
      'start',
      'Met deze check ziet u hoe het met u gaat. Het duurt ongeveer 10 minuten. U krijgt daarna een persoonlijk verslag en tips voor activiteiten bij u in de buurt.',
      'This check shows how you are doing. It takes about 10 minutes. Afterwards you get a personal report and tips for activities near you.',
    ),
    integer('leeftijd', 'Hoe oud bent u?', 'How old are you?', 0, 120),
    {
      ...display(
        'jonger-dan-18',
        'Deze check is voor mensen van 18 jaar en ouder. Voor jongeren is er andere hulp, bijvoorbeeld bij het jongerenwerk of de jeugdgezondheidszorg.',
        'This check is for people aged 18 and over. For young people there is other help, for example from youth work or youth health care.',
      ),
      enableWhen: [{ question: 'leeftijd', operator: '<', answerInteger: 18 }],
    },
    {
      linkId: 'volwassen',
      type: 'group',
      enableWhen: [{ question: 'leeftijd', operator: '>=', answerInteger: 18 }],
      item: [
        {
          linkId: 'bewegen',
          type: 'group',
          ...t(
            'Bewegen. Denk aan een gewone week. Hoeveel minuten per dag beweegt u zo dat u sneller ademt, bijvoorbeeld stevig wandelen, fietsen of tuinieren? Vul 0 in als u die dag niet zo beweegt.',
            'Moving. Think of a normal week. How many minutes a day do you move so that you breathe faster, for example brisk walking, cycling or gardening? Enter 0 if you do not move like that on that day.',
          ),
          item: DAY_KEYS.map((k, i) =>
            integer(`bewegen.${k}`, `Minuten op ${DAYS_NL[i]}`, `Minutes on ${DAYS_EN[i]}`, 0, 1440),
          ),
        },
        {
          linkId: 'spierkracht',
          type: 'group',
          ...t('Spieren en botten', 'Muscles and bones'),
          item: [
            integer(
              'spierkracht.dagen',
              'Op hoeveel dagen per week doet u iets om uw spieren en botten sterk te maken? Bijvoorbeeld traplopen, zware boodschappen tillen, krachttraining of dansen.',
              'On how many days a week do you do something to make your muscles and bones strong? For example climbing stairs, carrying heavy shopping, strength training or dancing.',
              0,
              7,
            ),
          ],
        },
        {
          linkId: 'alcohol',
          type: 'group',
          ...t('Alcohol', 'Alcohol'),
          item: [
            {
              linkId: 'alcohol.drinkt',
              type: 'boolean',
              ...t('Drinkt u wel eens alcohol?', 'Do you ever drink alcohol?'),
              required: true,
            },
          ],
        },
        {
          linkId: 'alcohol.week',
          type: 'group',
          ...t(
            'Denk aan een gewone week. Hoeveel glazen alcohol drinkt u per dag? Een glas bier, wijn of sterke drank telt als 1 glas.',
            'Think of a normal week. How many glasses of alcohol do you drink a day? A glass of beer, wine or spirits counts as 1 glass.',
          ),
          enableWhen: [{ question: 'alcohol.drinkt', operator: '=', answerBoolean: true }],
          item: [
            {
              linkId: 'alcohol.norm',
              type: 'choice',
              ...t(
                'Voor het advies over alcohol: bent u een man of een vrouw?',
                'For the advice on alcohol: are you a man or a woman?',
              ),
              required: true,
              answerOption: [
                option(SYSTEMS.sex, 'man', 'Man', 'Man'),
                option(SYSTEMS.sex, 'vrouw', 'Vrouw', 'Woman'),
                option(
                  SYSTEMS.sex,
                  'anders',
                  'Anders of zeg ik liever niet',
                  'Other, or I prefer not to say',
                ),
              ],
            },
            ...DAY_KEYS.map((k, i) =>
              decimal(`alcohol.${k}`, `Glazen op ${DAYS_NL[i]}`, `Glasses on ${DAYS_EN[i]}`, 0, 100),
            ),
          ],
        },
        {
          linkId: 'roken',
          type: 'group',
          ...t('Roken', 'Smoking'),
          item: [
            {
              linkId: 'roken.status',
              type: 'choice',
              ...t(
                'Rookt u? Ook een e-sigaret, sigaar of pijp telt mee.',
                'Do you smoke? An e-cigarette, cigar or pipe counts too.',
              ),
              required: true,
              answerOption: [
                option(SYSTEMS.smoking, 'elke-dag', 'Ja, elke dag', 'Yes, every day'),
                option(SYSTEMS.smoking, 'soms', 'Ja, soms', 'Yes, sometimes'),
                option(SYSTEMS.smoking, 'gestopt', 'Nee, ik ben gestopt', 'No, I have stopped'),
                option(SYSTEMS.smoking, 'nooit', 'Nee, ik heb nooit gerookt', 'No, I have never smoked'),
              ],
            },
            {
              ...integer(
                'roken.per-dag',
                'Hoeveel sigaretten rookt u per dag? Tel een sigaar als 2 sigaretten.',
                'How many cigarettes do you smoke a day? Count a cigar as 2 cigarettes.',
                0,
                200,
              ),
              enableWhen: [
                {
                  question: 'roken.status',
                  operator: '=',
                  answerCoding: { system: SYSTEMS.smoking, code: 'elke-dag' },
                },
              ],
            },
          ],
        },
        {
          linkId: 'gewicht',
          type: 'group',
          ...t('Gewicht en lengte', 'Weight and height'),
          item: [
            decimal('gewicht.kg', 'Hoeveel weegt u, in kilo?', 'How much do you weigh, in kilos?', 25, 400),
            decimal(
              'gewicht.cm',
              'Hoe lang bent u, in centimeter?',
              'How tall are you, in centimetres?',
              100,
              250,
            ),
          ],
        },
        {
          linkId: 'slapen',
          type: 'choice',
          ...t('Hoe slaapt u meestal?', 'How do you usually sleep?'),
          required: true,
          answerOption: [
            option(SYSTEMS.sleep, 'goed', 'Goed', 'Well'),
            option(SYSTEMS.sleep, 'redelijk', 'Redelijk', 'Fairly well'),
            option(SYSTEMS.sleep, 'slecht', 'Slecht', 'Badly'),
          ],
        },
        {
          linkId: 'domeinen',
          type: 'group',
          ...t('Hoe gaat het met u?', 'How are you doing?'),
          item: [
            domain(
              'lichaam',
              'Uw lichaam',
              'Your body',
              'Denk aan uw gezondheid, pijn, energie en hoe fit u bent.',
              'Think of your health, pain, energy and how fit you are.',
            ),
            domain(
              'geest',
              'Hoe u zich voelt',
              'How you feel',
              'Denk aan uw stemming, stress, zorgen en hoe u met problemen omgaat.',
              'Think of your mood, stress, worries and how you deal with problems.',
            ),
            domain(
              'meedoen',
              'Meedoen',
              'Taking part',
              'Denk aan werk, vrijwilligerswerk, school of andere dingen die u overdag doet en die voor u zin hebben.',
              'Think of work, volunteering, school or other things you do in the day that mean something to you.',
            ),
            domain(
              'netwerk',
              'Mensen om u heen',
              'People around you',
              'Denk aan familie, vrienden en buren: mensen met wie u contact heeft en op wie u kunt rekenen.',
              'Think of family, friends and neighbours: people you are in touch with and can count on.',
            ),
          ],
        },
        {
          linkId: 'welzijn',
          type: 'group',
          ...t(
            'Geef bij elke vraag een cijfer van 0 tot 10. 0 is helemaal niet, 10 is helemaal.',
            'Give a mark from 0 to 10 for each question. 0 is not at all, 10 is completely.',
          ),
          item: [
            integer(
              'welzijn.tevreden',
              'Hoe tevreden bent u op dit moment met uw leven?',
              'Overall, how satisfied are you with your life nowadays?',
              0,
              10,
            ),
            integer(
              'welzijn.zinvol',
              'Hoe zinvol vindt u de dingen die u in uw leven doet?',
              'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
              0,
              10,
            ),
            integer(
              'welzijn.gelukkig',
              'Hoe gelukkig voelde u zich gisteren?',
              'Overall, how happy did you feel yesterday?',
              0,
              10,
            ),
            integer(
              'welzijn.angstig',
              'Hoe angstig voelde u zich gisteren?',
              'Overall, how anxious did you feel yesterday?',
              0,
              10,
            ),
          ],
        },
        {
          linkId: 'phq',
          type: 'group',
          ...t(
            'Hoe vaak had u in de afgelopen 2 weken last van de volgende problemen?',
            'Over the last 2 weeks, how often have you been bothered by the following problems?',
          ),
          item: [
            frequency(
              'phq.1',
              'Weinig zin of plezier in dingen doen',
              'Little interest or pleasure in doing things',
            ),
            frequency(
              'phq.2',
              'Zich somber, depressief of hopeloos voelen',
              'Feeling down, depressed, or hopeless',
            ),
          ],
        },
        afterPositiveScreen('phq', 'phq.1', 'phq.2', [
          display(
            'phq.vervolg.uitleg',
            'Nog een paar vragen over de afgelopen 2 weken. Hoe vaak had u last van:',
            'A few more questions about the last 2 weeks. How often have you been bothered by:',
          ),
          frequency(
            'phq.3',
            'Moeite met inslapen of doorslapen, of juist te veel slapen',
            'Trouble falling or staying asleep, or sleeping too much',
          ),
          frequency(
            'phq.4',
            'Zich moe voelen of weinig energie hebben',
            'Feeling tired or having little energy',
          ),
          frequency('phq.5', 'Weinig zin in eten, of juist te veel eten', 'Poor appetite or overeating'),
          frequency(
            'phq.6',
            'Zich slecht voelen over uzelf, of het gevoel hebben dat u heeft gefaald of uzelf of uw familie tekort heeft gedaan',
            'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
          ),
          frequency(
            'phq.7',
            'Moeite om u te concentreren, bijvoorbeeld bij het lezen van de krant of tv kijken',
            'Trouble concentrating on things, such as reading the newspaper or watching television',
          ),
          frequency(
            'phq.8',
            'Zo langzaam bewegen of praten dat anderen het merken, of juist zo onrustig zijn dat u veel meer beweegt dan normaal',
            'Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
          ),
          frequency(
            'phq.9',
            'Gedachten dat u beter dood zou kunnen zijn, of gedachten om uzelf iets aan te doen',
            'Thoughts that you would be better off dead, or of hurting yourself in some way',
          ),
        ]),
        {
          linkId: 'gad',
          type: 'group',
          ...t(
            'Hoe vaak had u in de afgelopen 2 weken last van de volgende problemen?',
            'Over the last 2 weeks, how often have you been bothered by the following problems?',
          ),
          item: [
            frequency(
              'gad.1',
              'Zich zenuwachtig, angstig of gespannen voelen',
              'Feeling nervous, anxious, or on edge',
            ),
            frequency(
              'gad.2',
              'Niet kunnen stoppen met piekeren, of het piekeren niet onder controle hebben',
              'Not being able to stop or control worrying',
            ),
          ],
        },
        afterPositiveScreen('gad', 'gad.1', 'gad.2', [
          display(
            'gad.vervolg.uitleg',
            'Nog een paar vragen over de afgelopen 2 weken. Hoe vaak had u last van:',
            'A few more questions about the last 2 weeks. How often have you been bothered by:',
          ),
          frequency(
            'gad.3',
            'Zich te veel zorgen maken over allerlei dingen',
            'Worrying too much about different things',
          ),
          frequency('gad.4', 'Moeite om te ontspannen', 'Trouble relaxing'),
          frequency(
            'gad.5',
            'Zo onrustig zijn dat stilzitten moeilijk is',
            'Being so restless that it is hard to sit still',
          ),
          frequency('gad.6', 'Snel geërgerd of prikkelbaar zijn', 'Becoming easily annoyed or irritable'),
          frequency(
            'gad.7',
            'Bang zijn dat er iets ergs gaat gebeuren',
            'Feeling afraid, as if something awful might happen',
          ),
        ]),
        often('eenzaam', 'Hoe vaak voelt u zich eenzaam?', 'How often do you feel lonely?'),
        often('geldzorgen', 'Hoe vaak maakt u zich zorgen over geld?', 'How often do you worry about money?'),
        {
          linkId: 'werken-aan',
          type: 'choice',
          ...t(
            'Waar wilt u graag aan werken? U mag meer dan één antwoord kiezen.',
            'What would you like to work on? You may choose more than one answer.',
          ),
          repeats: true,
          answerOption: [
            option(SYSTEMS.workOn, 'bewegen', 'Meer bewegen', 'Moving more'),
            option(SYSTEMS.workOn, 'afvallen', 'Afvallen', 'Losing weight'),
            option(SYSTEMS.workOn, 'stoppen-roken', 'Stoppen met roken', 'Stopping smoking'),
            option(SYSTEMS.workOn, 'minder-alcohol', 'Minder alcohol drinken', 'Drinking less alcohol'),
            option(SYSTEMS.workOn, 'slapen', 'Beter slapen', 'Sleeping better'),
            option(SYSTEMS.workOn, 'contact', 'Meer contact met anderen', 'More contact with others'),
            option(SYSTEMS.workOn, 'geld', 'Minder geldzorgen', 'Fewer money worries'),
            option(SYSTEMS.workOn, 'stemming', 'Beter in mijn vel zitten', 'Feeling better in myself'),
            option(
              SYSTEMS.workOn,
              'meedoen',
              'Iets zinvols doen overdag',
              'Doing something meaningful in the day',
            ),
          ],
        },
      ],
    },
  ],
} as Questionnaire;

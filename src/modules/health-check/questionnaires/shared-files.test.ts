// The PHQ-9 and GAD-7 Questionnaires in ../shared/data/fhir-questionnaires (issue 5: "must load and run"):
// every file loads, runs through the engine, and, linked to our scorer, scores exactly as the scorer does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../server/errors.ts';
import { scoreInstrument } from '../service.ts';
import { parseQuestionnaire, type Definition } from './definition.ts';
import { evaluate } from './engine.ts';
import { checkScorerLink, scoreLinked, type ScorerLink } from './scoring.ts';

const DATA = path.resolve(import.meta.dirname, '../../../../../shared/data/fhir-questionnaires');
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));

function load(file: string): Definition {
  const r = parseQuestionnaire(read(file));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.definition;
}

const FILES = {
  phq9Stanford: 'stanford-researchkitonfhir/PHQ-9.json',
  gad7Stanford: 'stanford-researchkitonfhir/GAD-7.json',
  phq9Sdc: 'hl7-sdc-ig/Questionnaire-questionnaire-sdc-profile-example-PHQ9.json',
  phq9Core: 'hl7-r4-core-examples/Questionnaire-phq-9-questionnaire.json',
  phq9Cqf: 'hl7-sdc-ig/Questionnaire-questionnaire-sdc-profile-example-cqf-PHQ9.json',
};

// The local codes of the Stanford and SDC answer lists, in order 0–3 (their own ordinalValue / itemWeight
// extensions are not trusted: the SDC example weighs "Nearly every day" 4).
const FREQUENCY = ['Not-at-all', 'Several-days', 'More than half the days', 'Nearly every day'];
const frequencyValues = Object.fromEntries(FREQUENCY.map((code, i) => [code, i]));
const phq9Link: ScorerLink = {
  instrument: 'phq9',
  values: frequencyValues,
  items: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`H1/T1/Q${n}`, { item: String(n) }])),
};
const GAD7_IDS = [
  '2bab9480-5251-4997-8a2e-937a1701cfe9',
  'd8c78a49-c02c-4986-800c-b076a5bb3553',
  '9756848f-1360-4e72-8884-a3bdc08799ed',
  '4158b3d6-c218-42f4-8e83-42932e590100',
  '1c05b1f1-763d-44cc-bb72-0a833b581aba',
  '2f0858ee-23d0-4cd0-86f7-a63609b62f6a',
  '8c6a877a-3867-4b36-c097-2b342649cadb',
];
const gad7Link: ScorerLink = {
  instrument: 'gad7',
  values: frequencyValues,
  items: Object.fromEntries(GAD7_IDS.map((id, i) => [id, { item: String(i + 1) }])),
};

/** A response with one coded answer per linkId (value 0–3 → that answer's code). */
const responseOf = (linkIds: string[], values: number[], system?: string) => ({
  resourceType: 'QuestionnaireResponse' as const,
  status: 'completed' as const,
  item: linkIds.map((linkId, i) => ({
    linkId,
    answer: [{ valueCoding: { ...(system ? { system } : {}), code: FREQUENCY[values[i]!]! } }],
  })),
});

/** Deterministic answer sets over 0–3, with both extremes, for n items. */
function answerSets(n: number): number[][] {
  const sets = [Array<number>(n).fill(0), Array<number>(n).fill(3)];
  let seed = 7;
  for (let k = 0; k < 60; k++) {
    sets.push(
      Array.from({ length: n }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % 4;
      }),
    );
  }
  return sets;
}

const direct = (values: number[]) => Object.fromEntries(values.map((v, i) => [String(i + 1), v]));

describe('every Questionnaire in shared/data loads', () => {
  const files = fs
    .readdirSync(DATA, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.includes('QuestionnaireResponse'));

  it('finds the PHQ-9 and GAD-7 files', () => {
    for (const f of Object.values(FILES)) expect(files).toContain(f);
  });

  it.each(files)('%s', (file) => {
    const r = parseQuestionnaire(read(file));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});

describe('PHQ-9 (Stanford ResearchKitOnFHIR, SDC 3.0.0)', () => {
  const d = load(FILES.phq9Stanford);
  const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `H1/T1/Q${n}`);

  it('is one screen: the group with its nine questions', () => {
    const e = evaluate(d, { resourceType: 'QuestionnaireResponse', item: [] });
    expect(e.screens).toEqual([{ linkId: 'H1/T1', kind: 'group', items: ids, section: [] }]);
    expect(e.complete).toBe(true); // nothing is required in this file
  });

  it('links to the phq9 scorer', () => {
    expect(checkScorerLink(d, phq9Link)).toEqual([]);
  });

  it.each(answerSets(9))('scores %j as the scorer does', (...values) => {
    const e = evaluate(d, responseOf(ids, values, 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9'));
    expect(e.errors).toEqual([]);
    expect(scoreLinked(phq9Link, e.answers)).toEqual({
      ok: true,
      result: scoreInstrument({ code: 'phq9', answers: direct(values) }),
    });
  });

  it('raises the item 9 flag on a partial response, with the rest missing', () => {
    const e = evaluate(d, responseOf(['H1/T1/Q9'], [1]));
    const scored = scoreLinked(phq9Link, e.answers);
    expect(scored.ok && scored.result).toMatchObject({
      total: null,
      flags: ['item9'],
      missing: ['1', '2', '3', '4', '5', '6', '7', '8'],
    });
  });

  it('refuses a code that is not in its answer list, naming the question', () => {
    const e = evaluate(d, {
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: 'H1/T1/Q3', answer: [{ valueCoding: { code: 'Sometimes' } }] }],
    });
    expect(e.errors.map((x) => `${x.linkId} ${x.code}`)).toEqual(['H1/T1/Q3 option']);
  });
});

describe('PHQ-9 (HL7 SDC IG 4.0.0-ballot) with its example response', () => {
  const d = load(FILES.phq9Sdc);

  it('runs the example response: complete, the calculated total left alone', () => {
    const e = evaluate(
      d,
      read('hl7-sdc-ig/QuestionnaireResponse-questionnaireresponse-sdc-profile-example-PHQ9.json') as never,
    );
    expect(e.errors).toEqual([]);
    expect(e.complete).toBe(true);
    expect(e.enabled).toContain('H1/TS');
    expect(e.screens.flatMap((s) => s.items)).not.toContain('H1/TS');
    expect(checkScorerLink(d, phq9Link)).toEqual([]);
    // Not at all ×3, Several days ×3, More than half the days ×2, Nearly every day ×1
    expect(scoreLinked(phq9Link, e.answers)).toEqual({
      ok: true,
      result: scoreInstrument({ code: 'phq9', answers: direct([0, 0, 0, 1, 2, 1, 3, 2, 1]) }),
    });
  });
});

describe('GAD-7 (Stanford ResearchKitOnFHIR)', () => {
  const d = load(FILES.gad7Stanford);

  it('is one screen, and needs every answer (group and items are required)', () => {
    const e = evaluate(d, responseOf(GAD7_IDS.slice(0, 5), [0, 1, 2, 3, 0]));
    expect(e.screens).toEqual([
      { linkId: 'a2ae9518-55b5-41cc-928d-00132d1a3c1e', kind: 'group', items: GAD7_IDS, section: [] },
    ]);
    expect(e.complete).toBe(false);
    expect(e.errors.map((x) => `${x.linkId} ${pickLanguage(x.message, 'en')}`)).toEqual([
      `${GAD7_IDS[5]} Answer this question.`,
      `${GAD7_IDS[6]} Answer this question.`,
    ]);
    expect(evaluate(d, { resourceType: 'QuestionnaireResponse' }).errors[0]).toMatchObject({
      linkId: 'a2ae9518-55b5-41cc-928d-00132d1a3c1e',
      code: 'required',
    });
  });

  it('links to the gad7 scorer', () => {
    expect(checkScorerLink(d, gad7Link)).toEqual([]);
  });

  it.each(answerSets(7))('scores %j as the scorer does', (...values) => {
    const e = evaluate(
      d,
      responseOf(GAD7_IDS, values, 'http://biodesign.stanford.edu/fhir/uv/sdc/CodeSystem/CSGAD7'),
    );
    expect(e).toMatchObject({ errors: [], complete: true });
    expect(scoreLinked(gad7Link, e.answers)).toEqual({
      ok: true,
      result: scoreInstrument({ code: 'gad7', answers: direct(values) }),
    });
  });
});

describe('PHQ-9 (HL7 R4 core example, LOINC answer list LL358-3)', () => {
  const d = load(FILES.phq9Core);
  const LOINC = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];
  const ids = [
    'LittleInterest',
    'FeelingDown',
    'TroubleSleeping',
    'FeelingTired',
    'BadAppetite',
    'FeelingBadAboutSelf',
    'TroubleConcentrating',
    'MovingSpeaking',
  ];

  it('asks its questions one per screen and never asks the calculated total', () => {
    const e = evaluate(d, { resourceType: 'QuestionnaireResponse' });
    expect(e.screens.map((s) => s.linkId)).toEqual([...ids, 'Difficulty']);
    expect(e.errors.map((x) => x.linkId)).toEqual([...ids, 'Difficulty']);
  });

  it('has no item 9, so a link to the phq9 scorer is refused, naming it', () => {
    const link: ScorerLink = {
      instrument: 'phq9',
      values: Object.fromEntries(LOINC.map((c, i) => [c, i])),
      items: Object.fromEntries(ids.map((id, i) => [id, { item: String(i + 1) }])),
    };
    expect(checkScorerLink(d, link).map((e) => `${e.path}: ${pickLanguage(e.message, 'en')}`)).toEqual([
      'items: These items of Patient Health Questionnaire-9 are linked to no question: 9.',
    ]);
  });

  it('runs the cqf variant the same way', () => {
    const cqf = load(FILES.phq9Cqf);
    const answers = {
      resourceType: 'QuestionnaireResponse' as const,
      item: [...ids, 'Difficulty'].map((linkId) => ({
        linkId,
        answer: [{ valueCoding: { system: 'http://loinc.org', code: LOINC[1]! } }],
      })),
    };
    expect(evaluate(cqf, answers)).toMatchObject({ errors: [], complete: true });
    expect(evaluate(d, answers)).toMatchObject({ errors: [], complete: true });
  });
});

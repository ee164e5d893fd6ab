// A questionnaire linked to an instrument scorer: the link is checked against the scorer's items on import,
// and a response scores exactly as the scorer does with the same answers. The item texts here are neutral
// placeholders: the GFI's own wording is licensed and does not ship (docs/decisions/0018).
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../server/errors.ts';
import { scoreInstrument } from '../service.ts';
import { parseQuestionnaire, type Definition } from './definition.ts';
import { evaluate } from './engine.ts';
import { checkScorerLink, scoreLinked, type ScorerLink } from './scoring.ts';

function definition(item: unknown[]): Definition {
  const r = parseQuestionnaire({ resourceType: 'Questionnaire', status: 'active', item });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.definition;
}
const codes = (...cs: string[]) => cs.map((code) => ({ valueCoding: { system: 'urn:example:gfi', code } }));
const range = (min: number, max: number) => [
  { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: min },
  { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: max },
];

// A GFI as an organisation might load it: its own codes, yes/no as booleans, a 0–10 rating.
const gfi = definition([
  {
    linkId: 'self-care',
    type: 'group',
    item: [1, 2, 3, 4].map((n) => ({
      linkId: `g${n}`,
      type: 'choice',
      text: `GFI item ${n}`,
      answerOption: codes('zelf', 'hulp'),
    })),
  },
  { linkId: 'g5', type: 'integer', text: 'GFI item 5', extension: range(0, 10) },
  ...[6, 7, 8, 9].map((n) => ({ linkId: `g${n}`, type: 'boolean', text: `GFI item ${n}` })),
  ...[10, 11, 12, 13, 14, 15].map((n) => ({
    linkId: `g${n}`,
    type: 'choice',
    text: `GFI item ${n}`,
    answerOption: codes('ja', 'soms', 'nee'),
  })),
  { linkId: 'free', type: 'string' },
  { linkId: 'when', type: 'date' },
  { linkId: 'info', type: 'display' },
  { linkId: 'many', type: 'choice', repeats: true, answerOption: codes('ja', 'nee') },
  { linkId: 'open', type: 'integer' },
]);

const yesNo = { true: 'yes', false: 'no' };
const gfiLink: ScorerLink = {
  instrument: 'gfi',
  licenceConfirmed: true,
  values: { zelf: 'independent', hulp: 'dependent', ja: 'yes', soms: 'sometimes', nee: 'no' },
  items: Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => {
      const n = i + 1;
      return [`g${n}`, n >= 6 && n <= 9 ? { item: String(n), values: yesNo } : { item: String(n) }];
    }),
  ),
};

const errorsOf = (d: Definition, link: ScorerLink) =>
  checkScorerLink(d, link).map((e) => `${e.path}: ${pickLanguage(e.message, 'en')}`);

const resp = (answers: Record<string, Record<string, unknown>>) => ({
  resourceType: 'QuestionnaireResponse' as const,
  item: Object.entries(answers).map(([linkId, answer]) => ({ linkId, answer: [answer] })),
});
const coding = (code: string) => ({ valueCoding: { system: 'urn:example:gfi', code } });

function scoreThrough(d: Definition, link: ScorerLink, answers: Record<string, Record<string, unknown>>) {
  const e = evaluate(d, resp(answers));
  expect(e.errors.filter((x) => x.code !== 'required')).toEqual([]);
  return scoreLinked(link, e.answers);
}

describe('checkScorerLink', () => {
  it('accepts a sound link', () => {
    expect(errorsOf(gfi, gfiLink)).toEqual([]);
  });

  it('asks to confirm the licence of an instrument whose texts are licensed, not of a free one', () => {
    expect(errorsOf(gfi, { ...gfiLink, licenceConfirmed: undefined })).toEqual([
      'licenceConfirmed: The texts of Groningen Frailty Indicator are licensed (University of Groningen / UMCG (Steverink)). Confirm that your organisation holds that licence.',
    ]);
    const phq2 = definition([
      { linkId: 'a', type: 'choice', answerOption: [{ valueInteger: 0 }, { valueInteger: 3 }] },
      { linkId: 'b', type: 'choice', answerOption: [{ valueInteger: 0 }, { valueInteger: 3 }] },
    ]);
    expect(errorsOf(phq2, { instrument: 'phq2', items: { a: { item: '1' }, b: { item: '2' } } })).toEqual([]);
  });

  it('refuses an unknown instrument', () => {
    expect(errorsOf(gfi, { ...gfiLink, instrument: 'mmse' })[0]).toMatch(
      /^instrument: Unknown instrument; choose one of: gfi, tfi/,
    );
  });

  it('refuses links to items that are no question, cannot score, or do not exist', () => {
    const link = (linkId: string, m: ScorerLink['items'][string]) => ({
      ...gfiLink,
      items: { ...gfiLink.items, [linkId]: m },
    });
    expect(errorsOf(gfi, link('nope', { item: '1' }))[0]).toBe(
      'items.nope: This questionnaire has no item "nope".',
    );
    expect(errorsOf(gfi, link('info', { item: '1' }))[0]).toBe(
      'items.info: "info" is not a question the respondent answers.',
    );
    expect(errorsOf(gfi, link('self-care', { item: '1' }))[0]).toBe(
      'items.self-care: "self-care" is not a question the respondent answers.',
    );
    expect(errorsOf(gfi, link('when', { item: '1' }))[0]).toMatch(
      /^items\.when: Question "when" \(date\) cannot give a score/,
    );
    expect(errorsOf(gfi, link('free', { item: '1' }))[0]).toMatch(
      /^items\.free: Question "free" \(string\) cannot give a score/,
    );
    expect(errorsOf(gfi, link('many', { item: '1' }))[0]).toMatch(
      /^items\.many: Question "many" \(choice, repeating\)/,
    );
    expect(errorsOf(gfi, link('g1', { item: '16' }))[0]).toBe(
      'items.g1.item: Groningen Frailty Indicator has no item "16"; choose one of: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15.',
    );
    expect(errorsOf(gfi, link('g1', { item: '1', day: 0 }))[0]).toBe(
      'items.g1.day: Item "1" takes no week: leave the day out.',
    );
  });

  it('refuses an answer option that gives a value the scorer does not take', () => {
    // "soms" (sometimes) is not an answer to GFI items 1–4; a boolean without values gives nothing
    const d = definition([
      { linkId: 'x', type: 'choice', answerOption: codes('zelf', 'soms') },
      { linkId: 'y', type: 'boolean' },
    ]);
    expect(
      errorsOf(d, {
        instrument: 'gfi',
        licenceConfirmed: true,
        values: gfiLink.values!,
        items: { x: { item: '1' }, y: { item: '6' } },
      }),
    ).toEqual([
      'items.x.values: Answer "soms" gives "sometimes", but item "1" of Groningen Frailty Indicator takes: independent, dependent.',
      'items.y.values: Answer "true" gives nothing, but item "6" of Groningen Frailty Indicator takes: yes, no.',
      'items.y.values: Answer "false" gives nothing, but item "6" of Groningen Frailty Indicator takes: yes, no.',
      'items: These items of Groningen Frailty Indicator are linked to no question: 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15.',
    ]);
  });

  it('lets an item value override the link value, and numbers pass as they are', () => {
    const d = definition([
      { linkId: 'a', type: 'choice', answerOption: [{ valueInteger: 0 }, { valueInteger: 1 }] },
      { linkId: 'b', type: 'choice', answerOption: codes('x', 'y') },
    ]);
    const link: ScorerLink = {
      instrument: 'phq2',
      values: { x: 0, y: 1 },
      items: { a: { item: '1' }, b: { item: '2', values: { y: 3 } } },
    };
    expect(errorsOf(d, link)).toEqual([]);
    expect(errorsOf(d, { ...link, items: { ...link.items, b: { item: '2', values: { y: 4 } } } })).toEqual([
      'items.b.values: Answer "y" gives 4, but item "2" of Patient Health Questionnaire-2 takes: 0–3.',
    ]);
    const e = evaluate(d, resp({ a: { valueInteger: 1 }, b: coding('y') }));
    expect(scoreLinked(link, e.answers)).toEqual({
      ok: true,
      result: scoreInstrument({ code: 'phq2', answers: { '1': 1, '2': 3 } }),
    });
  });

  it('refuses two questions for one item and a week item without its days', () => {
    const d = definition([
      { linkId: 'a', type: 'integer' },
      { linkId: 'b', type: 'integer' },
      { linkId: 'c', type: 'integer' },
    ]);
    expect(
      errorsOf(d, {
        instrument: 'beweegrichtlijn',
        items: { a: { item: 'age' }, b: { item: 'age' }, c: { item: 'minutesPerDay' } },
      }),
    ).toEqual([
      'items.b: Item "age" is already linked to question "a".',
      'items.c.day: Item "minutesPerDay" takes a week: give the day (0–6).',
      'items: These items of Beweegrichtlijnen 2017 are linked to no question: minutesPerDay.0, minutesPerDay.1, minutesPerDay.2, minutesPerDay.3, minutesPerDay.4, minutesPerDay.5, minutesPerDay.6, strengthDays.',
    ]);
  });
});

describe('scoreLinked', () => {
  const full: Record<string, Record<string, unknown>> = {
    ...Object.fromEntries([1, 2, 3, 4].map((n) => [`g${n}`, coding(n === 2 ? 'hulp' : 'zelf')])),
    g5: { valueInteger: 6 },
    g6: { valueBoolean: false },
    g7: { valueBoolean: true },
    g8: { valueBoolean: false },
    g9: { valueBoolean: false },
    g10: coding('soms'),
    g11: coding('soms'),
    ...Object.fromEntries([12, 13, 14, 15].map((n) => [`g${n}`, coding('nee')])),
  };
  const direct = {
    '1': 'independent',
    '2': 'dependent',
    '3': 'independent',
    '4': 'independent',
    '5': 6,
    '6': 'no',
    '7': 'yes',
    '8': 'no',
    '9': 'no',
    '10': 'sometimes',
    '11': 'sometimes',
    '12': 'no',
    '13': 'no',
    '14': 'no',
    '15': 'no',
  };

  it('scores a whole response exactly as the scorer does', () => {
    const scored = scoreThrough(gfi, gfiLink, full);
    expect(scored).toEqual({ ok: true, result: scoreInstrument({ code: 'gfi', answers: direct }) });
    expect(scored.ok && scored.result).toMatchObject({ total: 4, category: 'frail' });
  });

  it('gives the scorer unanswered items as missing', () => {
    const { g3: _g3, g14: _g14, ...partial } = full;
    const { '3': _3, '14': _14, ...partialDirect } = direct;
    const scored = scoreThrough(gfi, gfiLink, partial);
    expect(scored).toEqual({ ok: true, result: scoreInstrument({ code: 'gfi', answers: partialDirect }) });
    expect(scored.ok && scored.result.missing).toEqual(['3', '14']);
  });

  it('names the question when the scorer refuses a value the questionnaire allowed', () => {
    const d = definition([{ linkId: 'rating', type: 'integer' }]);
    const link: ScorerLink = { instrument: 'ons4', items: { rating: { item: '1' } } };
    const e = evaluate(d, resp({ rating: { valueInteger: 12 } }));
    const scored = scoreLinked(link, e.answers);
    expect(scored.ok).toBe(false);
    if (scored.ok) return;
    expect(scored.errors.map((x) => `${x.linkId} ${x.code}: ${pickLanguage(x.message, 'en')}`)).toEqual([
      'rating scoring: Give a whole number from 0 to 10.',
    ]);
  });

  it('names the question when a code of an external value set has no value', () => {
    const d = definition([{ linkId: 'q1', type: 'choice', answerValueSet: 'http://loinc.org/vs/LL358-3' }]);
    const link: ScorerLink = { instrument: 'phq2', values: { 'LA6568-5': 0 }, items: { q1: { item: '1' } } };
    const ok = scoreLinked(link, evaluate(d, resp({ q1: { valueCoding: { code: 'LA6568-5' } } })).answers);
    expect(ok.ok && ok.result.missing).toEqual(['2']);
    const wrong = scoreLinked(link, evaluate(d, resp({ q1: { valueCoding: { code: 'LA0000-0' } } })).answers);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors.map((x) => x.linkId)).toEqual(['q1']);
  });

  it('says a yes/no without a value does not count', () => {
    const d = definition([{ linkId: 'b', type: 'boolean' }]);
    const scored = scoreLinked(
      { instrument: 'phq2', items: { b: { item: '1' } } },
      evaluate(d, resp({ b: { valueBoolean: true } })).answers,
    );
    expect(scored.ok).toBe(false);
    if (!scored.ok)
      expect(pickLanguage(scored.errors[0]!.message, 'en')).toBe(
        'This answer does not count for Patient Health Questionnaire-2.',
      );
  });

  it('builds a week from seven questions, and leaves it missing until all seven are answered', () => {
    const days = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
    const d = definition([
      { linkId: 'age', type: 'integer', extension: range(18, 120) },
      ...days.map((linkId) => ({ linkId, type: 'integer', extension: range(0, 1440) })),
      {
        linkId: 'strength',
        type: 'choice',
        answerOption: [0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ valueInteger: n })),
      },
    ]);
    const link: ScorerLink = {
      instrument: 'beweegrichtlijn',
      items: {
        age: { item: 'age' },
        ...Object.fromEntries(days.map((id, day) => [id, { item: 'minutesPerDay', day }])),
        strength: { item: 'strengthDays' },
      },
    };
    expect(errorsOf(d, link)).toEqual([]);
    const minutes = [30, 0, 45, 0, 30, 60, 0];
    const answers: Record<string, Record<string, unknown>> = {
      age: { valueInteger: 67 },
      ...Object.fromEntries(days.map((id, i) => [id, { valueInteger: minutes[i]! }])),
      strength: { valueInteger: 2 },
    };
    expect(scoreThrough(d, link, answers)).toEqual({
      ok: true,
      result: scoreInstrument({
        code: 'beweegrichtlijn',
        answers: { age: 67, minutesPerDay: minutes, strengthDays: 2 },
      }),
    });
    const { zo: _zo, ...sixDays } = answers;
    const partial = scoreThrough(d, link, sixDays);
    expect(partial.ok && partial.result.missing).toEqual(['minutesPerDay']);
  });
});

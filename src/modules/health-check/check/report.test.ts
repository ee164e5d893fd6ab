// The built-in health check compiles, its scorer links hold, the PHQ-9 / GAD-7 follow-up opens exactly on
// a positive 2-item screen, and the report's and needs' rules hold at their boundaries.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../questionnaires/engine.ts';
import { checkScorerLink } from '../questionnaires/scoring.ts';
import { HEALTH_CHECK_LINKS } from './links.ts';
import { buildReport, markLight, type Report } from './report.ts';
import { DAY_KEYS, HEALTH_CHECK_URL } from './questionnaire-v1.ts';
import { HEALTHY, healthCheckDefinition, responseOf, type PlainAnswers } from './test-response.ts';

const def = healthCheckDefinition();
const PHQ_REST = Object.fromEntries([3, 4, 5, 6, 7, 8, 9].map((i) => [`phq.${i}`, '0']));
const GAD_REST = Object.fromEntries([3, 4, 5, 6, 7].map((i) => [`gad.${i}`, '0']));

function run(changes: PlainAnswers): {
  report: Report;
  complete: boolean;
  errors: unknown[];
  enabled: string[];
} {
  const e = evaluate(def, responseOf({ ...HEALTHY, ...changes }));
  return {
    report: buildReport(e.answers, HEALTH_CHECK_URL),
    complete: e.complete,
    errors: e.errors,
    enabled: e.enabled,
  };
}
const needs = (r: Report) => r.needs.map((n) => n.need);

describe('the questionnaire', () => {
  it('compiles, keeps the English translations, and every scorer link holds', () => {
    expect(def.url).toBe(HEALTH_CHECK_URL);
    for (const [name, link] of Object.entries(HEALTH_CHECK_LINKS)) {
      expect([name, checkScorerLink(def, link)]).toEqual([name, []]);
    }
  });

  it('a healthy adult is complete with nothing but the screens', () => {
    const r = run({});
    expect(r.errors).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.enabled).not.toContain('phq.3');
    expect(r.enabled).not.toContain('alcohol.mo');
  });

  // a + b ≥ 3 through three nested groups: every pair of 0–3 answers.
  it.each([0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((b) => [a, b] as const)))(
    'PHQ-2 %i + %i asks the rest of the PHQ-9 exactly when the sum is 3 or more',
    (a, b) => {
      const r = run({ 'phq.1': String(a), 'phq.2': String(b), 'gad.1': String(b), 'gad.2': String(a) });
      expect(r.enabled.includes('phq.9')).toBe(a + b >= 3);
      expect(r.enabled.includes('gad.7')).toBe(a + b >= 3);
      // the follow-up questions are required once asked
      expect(r.complete).toBe(a + b < 3);
    },
  );

  it('under 18 disables the adult check and the report says so', () => {
    const e = evaluate(def, responseOf({ leeftijd: 17 }));
    expect(e.complete).toBe(true);
    expect(e.enabled).toContain('jonger-dan-18');
    expect(e.enabled).not.toContain('volwassen');
    const r = buildReport(e.answers, HEALTH_CHECK_URL);
    expect(r.adult).toBe(false);
    expect(r.underAge?.nl).toMatch(/18 jaar/);
    expect(r.domains).toEqual([]);
    expect(run({ leeftijd: 18 }).report.adult).toBe(true);
  });
});

describe('traffic lights', () => {
  it.each([
    [0, 'red'],
    [4, 'red'],
    [5, 'orange'],
    [6, 'orange'],
    [7, 'green'],
    [10, 'green'],
  ] as const)('mark %i is %s', (mark, light) => expect(markLight(mark)).toBe(light));

  it('a domain shows the whole mark and sorts its points into goes well and could help', () => {
    const r = run({ 'domein.netwerk.cijfer': 4, eenzaam: 'vaak' }).report;
    const network = r.domains.find((d) => d.domain === 'network')!;
    expect(network).toMatchObject({ score: 4, light: 'red' });
    expect(network.couldHelp.map((p) => p.key)).toEqual(['mark.red', 'lonely.often']);
    const body = r.domains.find((d) => d.domain === 'body')!;
    expect(body.goesWell.map((p) => p.key)).toEqual([
      'mark.green',
      'movement.meets',
      'strength.meets',
      'smoking.none',
      'alcohol.none',
      'weight.healthy',
      'sleep.good',
    ]);
    expect(JSON.stringify(r.domains)).not.toMatch(/\d[.,]\d/);
  });
});

describe('safety and advice to see the GP', () => {
  const positive = { 'phq.1': '2', 'phq.2': '1', ...PHQ_REST };
  it('PHQ-9 item 9 at 0 gives no safety flag, at 1 it does, with 113 and the GP', () => {
    expect(run({ ...positive, 'phq.9': '0' }).report.safety).toBeNull();
    const r = run({ ...positive, 'phq.9': '1' }).report;
    expect(r.safety?.contacts.map((c) => c.key)).toEqual(['113', 'gp', '112']);
    expect(r.safety?.contacts[0]?.phone).toBe('0800-0113');
    expect(r.adviceCare?.reasons.map((x) => x.key)).toEqual(['safety']);
    expect(Object.keys(r)[3]).toBe('safety');
  });

  it('PHQ-9 at 9 gives no advice, at 10 it does', () => {
    // items 1 and 2 give 3; five more items at 1 give 8, and 9 and 10 with item 3 raised
    const base = { ...positive, 'phq.3': '1', 'phq.4': '1', 'phq.5': '1', 'phq.6': '1', 'phq.7': '1' };
    expect(run({ ...base, 'phq.8': '1' }).report.scores.phq9?.total).toBe(9);
    expect(run({ ...base, 'phq.8': '1' }).report.adviceCare).toBeNull();
    const r = run({ ...base, 'phq.8': '2' }).report;
    expect(r.scores.phq9?.total).toBe(10);
    expect(r.adviceCare?.reasons.map((x) => x.key)).toEqual(['phq9']);
    expect(r.adviceCare?.frontdesk.path).toBe('/api/v1/frontdesk/questions');
  });

  it('GAD-7 at 9 gives no advice, at 10 it does', () => {
    const base = { 'gad.1': '3', 'gad.2': '3', 'gad.3': '1', 'gad.4': '1', 'gad.5': '0', 'gad.6': '0' };
    expect(run({ ...base, 'gad.7': '1' }).report.adviceCare).toBeNull();
    expect(run({ ...base, 'gad.7': '2' }).report.adviceCare?.reasons.map((x) => x.key)).toEqual(['gad7']);
  });

  it('BMI just under 35 gives no advice, 35 does', () => {
    // 35 × 1.8² = 113.4 kg
    expect(run({ 'gewicht.kg': 113.3, 'gewicht.cm': 180 }).report.adviceCare).toBeNull();
    expect(run({ 'gewicht.kg': 113.4, 'gewicht.cm': 180 }).report.adviceCare?.reasons[0]?.key).toBe('bmi');
  });

  it('wanting to talk about the body or the mind advises the GP; about the others not', () => {
    expect(
      run({ 'domein.meedoen.praten': true, 'domein.netwerk.praten': true }).report.adviceCare,
    ).toBeNull();
    const r = run({ 'domein.lichaam.praten': true, 'domein.geest.praten': true }).report;
    expect(r.adviceCare?.reasons.map((x) => x.key)).toEqual(['talk-body', 'talk-mind']);
    expect(r.domains[0]?.wantsToTalk).toBe(true);
  });
});

describe('needs', () => {
  it('a healthy adult has none', () => expect(needs(run({}).report)).toEqual([]));

  it('moves less than the guideline: 149 minutes a week is a need, 150 is not', () => {
    const week = (total: number) => ({
      ...Object.fromEntries(DAY_KEYS.map((k) => [`bewegen.${k}`, 0])),
      'bewegen.mo': total - 50,
      'bewegen.tu': 50,
    });
    expect(needs(run(week(150)).report)).toEqual([]);
    const r = run(week(149)).report;
    expect(needs(r)).toEqual(['move-more']);
    expect(r.needs[0]?.causes).toContainEqual({ linkId: 'bewegen.mo', answer: 99 });
    expect(needs(run({ 'spierkracht.dagen': 1 }).report)).toEqual(['move-more']);
  });

  it('lonely from "often", not from "sometimes"; also from a network mark of 4, not 5', () => {
    expect(needs(run({ eenzaam: 'soms' }).report)).toEqual([]);
    expect(run({ eenzaam: 'vaak' }).report.needs).toEqual([
      expect.objectContaining({ need: 'lonely', causes: [{ linkId: 'eenzaam', answer: 'vaak' }] }),
    ]);
    expect(needs(run({ 'domein.netwerk.cijfer': 5 }).report)).toEqual([]);
    expect(needs(run({ 'domein.netwerk.cijfer': 4 }).report)).toEqual(['lonely']);
  });

  it('money worries from "often" or "always"', () => {
    expect(needs(run({ geldzorgen: 'soms' }).report)).toEqual([]);
    expect(needs(run({ geldzorgen: 'altijd' }).report)).toEqual(['money-worries']);
  });

  it('wants to lose weight (not with an underweight BMI); BMI 30 is a need on its own, 29.9 not', () => {
    expect(needs(run({ 'werken-aan': ['afvallen'] }).report)).toEqual(['lose-weight']);
    expect(needs(run({ 'werken-aan': ['afvallen'], 'gewicht.kg': 50, 'gewicht.cm': 180 }).report)).toEqual(
      [],
    );
    // 30 × 1.8² = 97.2
    expect(needs(run({ 'gewicht.kg': 97.1, 'gewicht.cm': 180 }).report)).toEqual([]);
    expect(needs(run({ 'gewicht.kg': 97.2, 'gewicht.cm': 180 }).report)).toEqual(['lose-weight']);
  });

  it('smokes: daily or sometimes, not former', () => {
    expect(needs(run({ 'roken.status': 'gestopt' }).report)).toEqual([]);
    expect(needs(run({ 'roken.status': 'soms' }).report)).toEqual(['stop-smoking']);
    expect(needs(run({ 'roken.status': 'elke-dag', 'roken.per-dag': 10 }).report)).toEqual(['stop-smoking']);
  });

  it('drinks above the guideline: 1 glass every day is within, 2 on one day is above', () => {
    const drinks = (tuesday: number) => ({
      'alcohol.drinkt': true,
      'alcohol.norm': 'anders',
      ...Object.fromEntries(DAY_KEYS.map((k) => [`alcohol.${k}`, 1])),
      'alcohol.tu': tuesday,
    });
    expect(needs(run(drinks(1)).report)).toEqual([]);
    const r = run(drinks(2)).report;
    expect(needs(r)).toEqual(['drink-less']);
    expect(r.scores.alcohol?.category).toBe('above-guideline');
  });

  it('sleeps badly, not fairly; gloomy and worried from a positive 2-item screen (3), not 2', () => {
    expect(needs(run({ slapen: 'redelijk' }).report)).toEqual([]);
    expect(needs(run({ slapen: 'slecht' }).report)).toEqual(['sleep-better']);
    expect(needs(run({ 'phq.1': '1', 'phq.2': '1' }).report)).toEqual([]);
    expect(needs(run({ 'phq.1': '1', 'phq.2': '2', ...PHQ_REST }).report)).toEqual(['gloomy']);
    expect(needs(run({ 'gad.1': '2', 'gad.2': '1', ...GAD_REST }).report)).toEqual(['worried']);
  });

  it('what the resident wants to work on becomes a need with that answer as its cause', () => {
    const r = run({ 'werken-aan': ['contact', 'meedoen'] }).report;
    expect(r.needs).toEqual([
      expect.objectContaining({ need: 'lonely', causes: [{ linkId: 'werken-aan', answer: 'contact' }] }),
      expect.objectContaining({ need: 'take-part', causes: [{ linkId: 'werken-aan', answer: 'meedoen' }] }),
    ]);
  });
});

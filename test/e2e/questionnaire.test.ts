// The questionnaire filler in the browser (issue 5, part 1). An administrator imports the PHQ-9 through the
// API, linked to the phq9 scorer, and makes it active. An anonymous visitor on a phone finds it under
// /vragenlijsten and fills it in: answers half, reloads (the answers are still there), goes on to the summary,
// back, changes an answer through "Wijzigen", and reads her score, total and category, led by where to talk
// now (item 9). Every screen passes axe; nothing scrolls sideways.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/fhir-questionnaires');
const PHQ9 = JSON.parse(
  fs.readFileSync(path.join(DATA, 'stanford-researchkitonfhir/PHQ-9.json'), 'utf8'),
) as Record<string, unknown>;
const FREQUENCY = ['Not-at-all', 'Several-days', 'More than half the days', 'Nearly every day'];
const phq9Scoring = {
  instrument: 'phq9',
  values: Object.fromEntries(FREQUENCY.map((code, i) => [code, i])),
  items: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`H1/T1/Q${n}`, { item: String(n) }])),
};
const TITLE = 'Patient Health Questionnaire - 9 Item';
const QUESTIONS = [
  'Little interest or pleasure in doing things?',
  'Feeling down, depressed, or hopeless?',
  'Trouble falling or staying asleep, or sleeping too much?',
  'Feeling tired or having little energy?',
  'Poor appetite or overeating?',
  'Feeling bad about yourself',
  'Trouble concentrating on things',
  'Moving or speaking so slowly',
  'Thoughts that you would be better off dead',
];
// 1 + 2 + 3 + 1 + 0 + 1 + 2 + 0 + 1 = 11 first; item 1 is changed to "Not at all" later: 10, moderate.
const ANSWERS = [
  'Several days',
  'More than half the days',
  'Nearly every day',
  'Several days',
  'Not at all',
  'Several days',
  'More than half the days',
  'Not at all',
  'Several days',
];

const limit = (name: 'minValue' | 'maxValue', value: Record<string, unknown>) => ({
  url: `http://hl7.org/fhir/StructureDefinition/${name}`,
  ...value,
});
/** Every item type, a help text, a condition and limits; no scorer. */
const LIFESTYLE = {
  resourceType: 'Questionnaire',
  url: 'https://wijkpunt.example/Questionnaire/leefstijl-proef',
  version: '1',
  status: 'draft',
  title: 'Leefstijl (proef)',
  item: [
    { linkId: 'intro', type: 'display', text: 'Een paar vragen over hoe u leeft.' },
    { linkId: 'smokes', type: 'boolean', text: 'Rookt u?', required: true },
    {
      linkId: 'perDay',
      type: 'integer',
      text: 'Hoeveel sigaretten rookt u per dag?',
      required: true,
      enableWhen: [{ question: 'smokes', operator: '=', answerBoolean: true }],
      extension: [limit('maxValue', { valueInteger: 100 })],
    },
    {
      linkId: 'weight',
      type: 'decimal',
      text: 'Hoeveel kilo weegt u?',
      required: true,
      extension: [limit('minValue', { valueDecimal: 20 }), limit('maxValue', { valueDecimal: 300 })],
    },
    { linkId: 'born', type: 'date', text: 'Wat is uw geboortedatum?' },
    {
      linkId: 'wish',
      type: 'string',
      text: 'Waar wilt u aan werken?',
      item: [{ linkId: 'wish-help', type: 'display', text: 'Bijvoorbeeld: meer bewegen, of beter slapen.' }],
    },
  ],
};

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name }).waitFor();
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const question = (page: Page, n: number) => page.getByRole('group', { name: QUESTIONS[n - 1] });
const answer = (page: Page, n: number, option: string) =>
  question(page, n).getByRole('radio', { name: option, exact: true }).check();
const checked = (page: Page, n: number, option: string) =>
  question(page, n).getByRole('radio', { name: option, exact: true }).isChecked();

/** A JSON call from inside a logged-in page (its session cookie and CSRF token). */
async function call<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string | null };
      const res = await fetch(url, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    { method, url, body },
  );
}

describe.skipIf(browserMissing)('filling in a questionnaire in the web app', () => {
  let stack: Stack;
  let visitor: Page;
  beforeAll(async () => {
    stack = await startStack();
    const admin = await stack.newPage();
    await logIn(admin, stack.baseUrl, 'beheer@demo.wijkpunt.nl');
    // The home page leads to the questionnaires.
    await admin.goto(stack.baseUrl);
    await admin.getByRole('link', { name: 'Een vragenlijst invullen' }).waitFor();
    const { id } = await call<{ id: string }>(admin, 'POST', '/api/v1/questionnaires', {
      organisationId: null,
      questionnaire: PHQ9,
      scoring: phq9Scoring,
    });
    await call(admin, 'PATCH', `/api/v1/questionnaires/${id}`, { status: 'active' });
    const lifestyle = await call<{ id: string }>(admin, 'POST', '/api/v1/questionnaires', {
      organisationId: null,
      questionnaire: LIFESTYLE,
    });
    await call(admin, 'PATCH', `/api/v1/questionnaires/${lifestyle.id}`, { status: 'active' });
    await admin.context().close();
    visitor = await stack.newPage();
    await visitor.setViewportSize({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await visitor?.context().close();
    await stack?.close();
  });

  it('an anonymous visitor on a phone fills in the PHQ-9, reloads halfway, changes an answer and sees her score', async () => {
    await visitor.goto(`${stack.baseUrl}/vragenlijsten`);
    await h1(visitor, 'Vragenlijsten');
    await expectAxeClean(visitor, 'the list of questionnaires');
    expect(await noSidewaysScroll(visitor)).toBe(true);

    await visitor.getByRole('link', { name: TITLE }).click();
    await h1(visitor, TITLE);
    await h2(visitor, /Vraag 1 tot en met 9 van 9\s*Over the last two weeks/);
    expect(new URL(visitor.url()).searchParams.get('vraag')).toBe('H1/T1');
    await expectAxeClean(visitor, 'the questions, empty');
    expect(await noSidewaysScroll(visitor)).toBe(true);

    // Half of the answers, then a reload: they are kept in this browser.
    for (let n = 1; n <= 4; n++) await answer(visitor, n, ANSWERS[n - 1]!);
    await visitor.reload();
    await h2(visitor, /Vraag 1 tot en met 9 van 9/);
    await visitor.getByText('U was hier al eerder bezig. Uw antwoorden van toen staan er nog.').waitFor();
    for (let n = 1; n <= 4; n++)
      expect(await checked(visitor, n, ANSWERS[n - 1]!), `question ${n}`).toBe(true);
    expect(await checked(visitor, 5, 'Not at all')).toBe(false);
    await expectAxeClean(visitor, 'the questions, restored');

    // Forward to the summary with five questions still open: they say so.
    await visitor.getByRole('button', { name: 'Volgende' }).click();
    await h2(visitor, 'Kloppen uw antwoorden?');
    expect(await visitor.evaluate(() => document.activeElement?.textContent)).toBe('Kloppen uw antwoorden?');
    expect(await visitor.getByText('Niet beantwoord').count()).toBe(5);
    await expectAxeClean(visitor, 'the summary, half answered');
    expect(await noSidewaysScroll(visitor)).toBe(true);

    // Back: every answer is still there, and the question heading has focus.
    await visitor.getByRole('button', { name: 'Vorige' }).click();
    await h2(visitor, /Vraag 1 tot en met 9 van 9/);
    expect(await visitor.evaluate(() => document.activeElement?.textContent)).toContain(
      'Vraag 1 tot en met 9 van 9',
    );
    expect(await checked(visitor, 3, 'Nearly every day')).toBe(true);
    for (let n = 5; n <= 9; n++) await answer(visitor, n, ANSWERS[n - 1]!);
    await visitor.getByRole('button', { name: 'Volgende' }).click();
    await h2(visitor, 'Kloppen uw antwoorden?');
    await expect.poll(() => visitor.getByText('Niet beantwoord').count()).toBe(0);
    const summary = await visitor.getByRole('main').innerText();
    expect(summary).toContain('More than half the days');
    expect(summary).toContain('Nearly every day');

    // "Wijzigen" opens the screen, and its button returns to the summary.
    await visitor.getByRole('link', { name: /^Wijzigen/ }).click();
    await h2(visitor, /Vraag 1 tot en met 9 van 9/);
    await answer(visitor, 1, 'Not at all');
    await visitor.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    await h2(visitor, 'Kloppen uw antwoorden?');

    await visitor.getByRole('button', { name: 'Klaar: bekijk de uitslag' }).click();
    await h2(visitor, 'Uw uitslag');
    // Item 9 was answered "Several days": where to talk now comes first.
    await visitor
      .getByRole('heading', { level: 3, name: 'Denkt u aan de dood, of aan uzelf iets aandoen?' })
      .waitFor();
    await visitor.getByText('0800-0113').waitFor();
    await visitor.getByText('Uw score is 10.').waitFor();
    await visitor.getByText('Dat betekent: matige klachten.').waitFor();
    await expectAxeClean(visitor, 'the result');
    expect(await noSidewaysScroll(visitor)).toBe(true);

    // Starting over forgets the answers in this browser.
    await visitor.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await h2(visitor, /Vraag 1 tot en met 9 van 9/);
    expect(await checked(visitor, 1, 'Not at all')).toBe(false);
    expect(
      await visitor.evaluate(() =>
        Object.keys(window.localStorage).filter((k) => k.startsWith('wijkpunt.questionnaire.')),
      ),
    ).toEqual([]);
  });

  it('every item type: a condition changes the count, errors stand at the field, a hidden answer comes back', async () => {
    await visitor.goto(`${stack.baseUrl}/vragenlijsten`);
    await visitor.getByRole('link', { name: 'Leefstijl (proef)' }).click();
    await h1(visitor, 'Leefstijl (proef)');
    await h2(visitor, /Uitleg, voor vraag 1 van 4\s*Een paar vragen over hoe u leeft\./);
    await visitor.getByRole('button', { name: 'Volgende' }).click();

    // A required question left open: the engine's words at the field, and the field has focus.
    await h2(visitor, /Vraag 1 van 4\s*Rookt u\?/);
    await visitor.getByRole('button', { name: 'Volgende' }).click();
    await visitor.getByText('Beantwoord deze vraag.').waitFor();
    expect(await visitor.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      'true',
    );
    await expectAxeClean(visitor, 'a required question with its error');
    expect(await noSidewaysScroll(visitor)).toBe(true);

    // Yes adds a question: the count goes from 4 to 5.
    await visitor.getByRole('radio', { name: 'Ja' }).check();
    await visitor.getByRole('button', { name: 'Volgende' }).click();
    await h2(visitor, /Vraag 2 van 5\s*Hoeveel sigaretten rookt u per dag\?/);
    await visitor.getByLabel('Hoeveel sigaretten rookt u per dag?').fill('12');
    await visitor.getByRole('button', { name: 'Volgende' }).click();

    // A decimal comma is fine; a unit behind the number is not, and says so.
    await h2(visitor, /Vraag 3 van 5\s*Hoeveel kilo weegt u\?/);
    const weight = visitor.getByLabel('Hoeveel kilo weegt u?');
    await weight.fill('72,5 kilo');
    await visitor.getByRole('button', { name: 'Volgende' }).click();
    await visitor.getByText('Vul een getal in.', { exact: true }).waitFor();
    expect(await visitor.evaluate(() => document.activeElement?.id)).toBe(await weight.getAttribute('id'));
    await expectAxeClean(visitor, 'a number with its error');
    await weight.fill('10');
    await visitor.getByText('Het getal moet 20 of meer zijn.').waitFor();
    await weight.fill('72,5');
    await visitor.getByRole('button', { name: 'Volgende' }).click();

    await h2(visitor, /Vraag 4 van 5\s*Wat is uw geboortedatum\?/);
    await visitor.getByLabel('Wat is uw geboortedatum?').fill('1950-03-01');
    await visitor.getByRole('button', { name: 'Volgende' }).click();
    await h2(visitor, /Vraag 5 van 5\s*Waar wilt u aan werken\?/);
    const wish = visitor.getByRole('textbox', { name: 'Waar wilt u aan werken?' });
    expect(await wish.getAttribute('aria-describedby')).toBeTruthy();
    await visitor.getByText('Bijvoorbeeld: meer bewegen, of beter slapen.').waitFor();
    await wish.fill('Meer bewegen');
    await expectAxeClean(visitor, 'a text question with help');
    await visitor.getByRole('button', { name: 'Volgende' }).click();

    await h2(visitor, 'Kloppen uw antwoorden?');
    let summary = await visitor.getByRole('main').innerText();
    for (const text of ['Ja', '12', '72,5', '1 maart 1950', 'Meer bewegen']) expect(summary).toContain(text);
    await expectAxeClean(visitor, 'the summary of every type');
    expect(await noSidewaysScroll(visitor)).toBe(true);

    // No: the cigarettes question goes, and its answer is kept for when the answer is yes again.
    await visitor.getByRole('link', { name: 'Wijzigen: Rookt u?' }).click();
    await h2(visitor, /Vraag 1 van 5\s*Rookt u\?/);
    await visitor.getByRole('radio', { name: 'Nee' }).check();
    await h2(visitor, /Vraag 1 van 4\s*Rookt u\?/);
    await visitor.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    await h2(visitor, 'Kloppen uw antwoorden?');
    summary = await visitor.getByRole('main').innerText();
    expect(summary).not.toContain('Hoeveel sigaretten');
    await visitor.getByRole('link', { name: 'Wijzigen: Rookt u?' }).click();
    await visitor.getByRole('radio', { name: 'Ja' }).check();
    await visitor.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    await h2(visitor, 'Kloppen uw antwoorden?');
    summary = await visitor.getByRole('main').innerText();
    expect(summary).toContain('Hoeveel sigaretten rookt u per dag?\n12');

    // The browser's own Back button goes back a screen too, with the answer still there.
    await visitor.goBack();
    await h2(visitor, /Vraag 1 van 5\s*Rookt u\?/);
    expect(await visitor.getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);

    await visitor.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    await h2(visitor, 'Kloppen uw antwoorden?');
    await visitor.getByRole('button', { name: 'Klaar: bekijk de uitslag' }).click();
    await h2(visitor, 'Uw uitslag');
    await visitor
      .getByText('U heeft de vragenlijst ingevuld. Bij deze vragenlijst hoort geen score.')
      .waitFor();
    await expectAxeClean(visitor, 'a result without a score');
  });
});

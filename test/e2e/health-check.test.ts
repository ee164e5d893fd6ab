// The resident's health check in the browser (issue 5). On a phone, a resident of Bleijerheide fills in the
// check (little movement, lonely), reads her report (no safety block), opens a matched offer, saves the check
// to her record, changes her marks, saves again and sees two points in her trend. An anonymous visitor
// fills it in with a thought of self-harm: where to get help comes first, and the only write the browser
// makes is the one POST that computes the report — not a row is added to any table — until she ticks the
// box to share her marks anonymously, which adds exactly one contribution. Every main screen passes axe;
// nothing scrolls sideways.
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, navLabels, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const REPORT_TITLE = 'Uw verslag van de gezondheidscheck';

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name }).waitFor();
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const next = (page: Page, label = 'Volgende') => page.getByRole('button', { name: label }).click();
const pick = (page: Page, question: string, option: string) =>
  page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();

interface Answers {
  minutes: number;
  marks: [number, number, number, number];
  /** PHQ-9 answers as the options read; two items mean a negative screen */
  phq: string[];
  lonely: string;
}

const PHQ = [
  'Weinig zin of plezier in dingen doen',
  'Zich somber, depressief of hopeloos voelen',
  'Moeite met inslapen of doorslapen, of juist te veel slapen',
  'Zich moe voelen of weinig energie hebben',
  'Weinig zin in eten, of juist te veel eten',
  'Zich slecht voelen over uzelf',
  'Moeite om u te concentreren',
  'Zo langzaam bewegen of praten',
  'Gedachten dat u beter dood zou kunnen zijn',
];
const DOMAINS = ['Uw lichaam', 'Hoe u zich voelt', 'Meedoen', 'Mensen om u heen'];
const MARK = 'Welk cijfer geeft u dit? 0 is heel slecht, 10 is heel goed.';

/** Answers every screen of the check from its start, up to the summary. */
async function fillIn(page: Page, a: Answers, axe = false) {
  await h2(page, /Uitleg, voor vraag 1 van \d+/);
  if (axe) {
    await expectAxeClean(page, 'the first screen of the check');
    expect(await noSidewaysScroll(page)).toBe(true);
  }
  await next(page);
  await page.getByLabel('Hoe oud bent u?').fill('67');
  await next(page);
  for (const day of DAYS) await page.getByLabel(`Minuten op ${day}`).fill(String(a.minutes));
  if (axe) {
    await expectAxeClean(page, 'a group of questions');
    expect(await noSidewaysScroll(page)).toBe(true);
  }
  await next(page);
  await page.getByLabel(/Op hoeveel dagen per week/).fill('1');
  await next(page);
  await pick(page, 'Drinkt u wel eens alcohol?', 'Nee');
  await next(page);
  await page.getByRole('radio', { name: 'Nee, ik heb nooit gerookt' }).check();
  await next(page);
  await page.getByLabel('Hoeveel weegt u, in kilo?').fill('70');
  await page.getByLabel('Hoe lang bent u, in centimeter?').fill('170');
  await next(page);
  await page.getByRole('radio', { name: 'Goed', exact: true }).check();
  await next(page);
  for (const [i, domain] of DOMAINS.entries()) {
    await h2(page, new RegExp(`${domain}$`));
    await page.getByLabel(MARK).fill(String(a.marks[i]));
    await next(page);
  }
  for (const [label, value] of [
    ['Hoe tevreden bent u op dit moment met uw leven?', '6'],
    ['Hoe zinvol vindt u de dingen die u in uw leven doet?', '7'],
    ['Hoe gelukkig voelde u zich gisteren?', '6'],
    ['Hoe angstig voelde u zich gisteren?', '2'],
  ] as const)
    await page.getByLabel(label).fill(value);
  await next(page);
  await pick(page, PHQ[0]!, a.phq[0]!);
  await pick(page, PHQ[1]!, a.phq[1]!);
  await next(page);
  if (a.phq.length > 2) {
    for (let n = 3; n <= 9; n++) await pick(page, PHQ[n - 1]!, a.phq[n - 1]!);
    await next(page);
  }
  await pick(page, 'Zich zenuwachtig, angstig of gespannen voelen', 'Helemaal niet');
  await pick(page, 'Niet kunnen stoppen met piekeren', 'Helemaal niet');
  await next(page);
  await pick(page, 'Hoe vaak voelt u zich eenzaam?', a.lonely);
  await next(page);
  await pick(page, 'Hoe vaak maakt u zich zorgen over geld?', 'Nooit');
  await next(page);
  await page.getByRole('checkbox', { name: 'Meer contact met anderen' }).check();
  await next(page);
  await h2(page, 'Kloppen uw antwoorden?');
}

async function seeReport(page: Page) {
  await page.getByRole('button', { name: 'Klaar: bekijk de uitslag' }).click();
  await h1(page, REPORT_TITLE);
}

describe.skipIf(browserMissing)('the health check in the web app', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('a resident on a phone does the check, opens an offer, saves it, redoes it and sees her trend', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    await logIn(page, stack.baseUrl, 'inwoner@demo.wijkpunt.nl');
    expect(await navLabels(page)).toContain('Gezondheidscheck');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gezondheidscheck' })
      .click();
    await h1(page, 'Gezondheidscheck');
    await expectAxeClean(page, 'the start of the check');
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByLabel('Uw postcode').fill('6461 AB');
    await page.getByRole('button', { name: 'Start de check' }).click();

    // 10 minutes a day and a 4 for the people around her, often lonely.
    await fillIn(
      page,
      { minutes: 10, marks: [6, 7, 6, 4], phq: ['Helemaal niet', 'Helemaal niet'], lonely: 'Vaak' },
      true,
    );
    await seeReport(page);
    await h2(page, 'Hoe gaat het met u?');
    expect(await page.getByRole('heading', { name: 'Praat er vandaag nog over' }).count()).toBe(0);
    const table = page.getByRole('table', { name: 'Uw cijfers per onderdeel' });
    expect(await table.getByRole('row', { name: /Mensen om u heen/ }).innerText()).toMatch(
      /Mensen om u heen\s+4\s+Rood: aandacht nodig/,
    );
    expect(await table.getByRole('row', { name: /Hoe u zich voelt/ }).innerText()).toMatch(
      /7\s+Groen: gaat goed/,
    );
    const report = await page.getByRole('main').innerText();
    expect(report).toContain('Meer bewegen');
    expect(report).toContain('Waarom dit past: omdat u');
    await expectAxeClean(page, 'the report');
    expect(await noSidewaysScroll(page)).toBe(true);

    // A reload keeps the report (sessionStorage).
    await page.reload();
    await h1(page, REPORT_TITLE);

    // The best five first; the rest on request, with the focus on the first of them.
    const offers = page.locator('.wp-hc-match h3 a');
    expect(await offers.count()).toBe(5);
    const more = page.getByRole('button', { name: /^Laat nog \d+ andere zien$/ });
    const hidden = Number(/\d+/.exec(await more.innerText())![0]);
    await more.click();
    await expect.poll(() => offers.count()).toBe(5 + hidden);
    expect(await offers.nth(5).evaluate((a) => a === document.activeElement)).toBe(true);
    await expect.poll(() => more.count()).toBe(0);

    // The first offer opens its page on the social map.
    const first = await offers.first().innerText();
    await offers.first().click();
    await h1(page, first);
    expect(page.url()).toMatch(/\/sociale-kaart\/aanbod\//);
    await page.goBack();
    await h1(page, REPORT_TITLE);

    await page.getByRole('button', { name: 'Bewaar in mijn dossier' }).click();
    await page.getByText(/De check is bewaard in uw dossier/).waitFor();

    // Later: she changes her marks and saves again.
    await page.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
    await h2(page, 'Kloppen uw antwoorden?');
    for (const [domain, mark] of [
      ['Uw lichaam', '8'],
      ['Mensen om u heen', '6'],
    ] as const) {
      await page.getByRole('link', { name: `Wijzigen: ${domain}` }).click();
      await h2(page, new RegExp(`${domain}$`));
      await page.getByLabel(MARK).fill(mark);
      await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
      await h2(page, 'Kloppen uw antwoorden?');
    }
    await seeReport(page);
    expect(
      await page
        .getByRole('table', { name: 'Uw cijfers per onderdeel' })
        .getByRole('row', { name: /Mensen om u heen/ })
        .innerText(),
    ).toMatch(/6\s+Oranje: let op/);
    await page.getByRole('button', { name: 'Bewaar in mijn dossier' }).click();
    await page.getByRole('link', { name: 'Bekijk hoe uw cijfers veranderen' }).click();

    await h1(page, 'Uw checks door de tijd');
    await page.getByText('U heeft 2 keer een check bewaard.').waitFor();
    const rows = page.getByRole('table', { name: 'Uw cijfers per onderdeel, per keer' }).getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toMatch(/6\s+Oranje: let op[\s\S]*4\s+Rood: aandacht nodig/);
    expect(await rows.nth(2).innerText()).toMatch(/8\s+Groen: gaat goed[\s\S]*6\s+Oranje: let op/);
    await page.getByRole('img', { name: /Lijndiagram van uw cijfers per onderdeel, 2 keer/ }).waitFor();
    await expectAxeClean(page, 'the trend');
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.getByRole('link', { name: 'Doe de check opnieuw' }).waitFor();

    // Logging out leaves nothing of her check in this browser (a shared computer).
    const kept = () =>
      page.evaluate(() =>
        [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) =>
          /gezondheidscheck|health-check/.test(k),
        ),
      );
    expect((await kept()).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await kept()).toEqual([]);
    await page.context().close();
  });

  it('anonymously, with a thought of self-harm: help comes first, and nothing is written anywhere', async () => {
    const db = stack.server.database.db;
    const counts = async () => {
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
      const out: Record<string, number> = {};
      for (const { table_name } of tables.rows) {
        const r = await sql<{
          n: string | number;
        }>`select count(*) as n from ${sql.table(table_name)}`.execute(db);
        out[table_name] = Number(r.rows[0]!.n);
      }
      return out;
    };
    const before = await counts();

    const page = await stack.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    // The login page, where everyone starts who is not logged in, leads to the check.
    await page.goto(`${stack.baseUrl}/inloggen`);
    await page.getByRole('link', { name: 'Doe de gezondheidscheck' }).click();
    await h1(page, 'Gezondheidscheck');
    await page.getByRole('button', { name: 'Start de check' }).click();
    await fillIn(page, {
      minutes: 30,
      marks: [5, 3, 5, 5],
      phq: [
        'Bijna elke dag',
        'Meer dan de helft van de dagen',
        'Een paar dagen',
        'Een paar dagen',
        'Helemaal niet',
        'Een paar dagen',
        'Helemaal niet',
        'Helemaal niet',
        'Een paar dagen',
      ],
      lonely: 'Soms',
    });
    await seeReport(page);

    // Where to get help now is the first thing after the title.
    const firstHeading = await page.getByRole('main').getByRole('heading', { level: 2 }).first().innerText();
    expect(firstHeading).toBe('Praat er vandaag nog over');
    expect(await page.getByRole('link', { name: '0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    await h2(page, 'Ons advies: praat met uw huisarts of praktijkondersteuner');
    await page.getByText('Log in om deze vraag naar het loket te sturen.', { exact: false }).waitFor();
    await page.getByText('Wilt u deze check bewaren? Log dan in.', { exact: false }).waitFor();
    await expectAxeClean(page, 'the report with the safety message');
    expect(await noSidewaysScroll(page)).toBe(true);

    expect(writes).toEqual(['POST /api/v1/health-check/report']);
    expect(await counts()).toEqual(before);

    // Sharing the four marks anonymously: only after ticking the box, and only then one row, without a person.
    const share = page.getByRole('checkbox', { name: 'Ja, ik wil mijn cijfers anoniem delen met de wijk.' });
    expect(await share.isChecked()).toBe(false);
    await share.check();
    expect(await page.getByLabel('Uw leeftijdsgroep').inputValue()).toBe('65-74');
    await page.getByLabel('Uw wijk').selectOption({ label: 'Bleijerheide' });
    await page.getByRole('button', { name: 'Deel mijn cijfers anoniem' }).click();
    await page.getByText('Dank u wel. Uw cijfers zijn anoniem gedeeld.').waitFor();
    expect(writes).toEqual(['POST /api/v1/health-check/report', 'POST /api/v1/health-check/contributions']);
    const after = await counts();
    expect(after.health_check_contribution).toBe(before.health_check_contribution! + 1);
    expect({ ...after, health_check_contribution: 0 }).toEqual({ ...before, health_check_contribution: 0 });

    // Wiping leaves nothing of the check in this browser.
    await page.getByRole('button', { name: 'Wis mijn antwoorden uit deze browser' }).click();
    await h1(page, 'Gezondheidscheck');
    expect(
      await page.evaluate(() =>
        [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) =>
          /gezondheidscheck|health-check/.test(k),
        ),
      ),
    ).toEqual([]);

    // In English the questions are in English too (the FHIR translation extensions of the questionnaire).
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: 'Start the check' }).click();
    await next(page, 'Next');
    await page.getByLabel('How old are you?').waitFor();
    await page.context().close();
  });
});

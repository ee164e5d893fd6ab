// The public social map in a real browser: a resident on a phone finds a free walking group near 3511 AB
// on Tuesday morning in two steps; a stale entry shows its flag; a problem report is sent (and a field
// error keeps what was typed); the pages pass axe in Dutch and in English.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor.ts';
import { kerkradeTime } from '../../src/modules/social-map/demo/seed.ts';
import { importHsds } from '../../src/modules/social-map/import/index.ts';
import { term } from '../../src/modules/social-map/reference/taxonomy.ts';
import type { SearchResult } from '../../src/web/pages/map/api.ts';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const UTRECHT_GROUP = 'Wandelgroep Utrecht Binnenstad';
const ORG_ID = '5e0d4a0c-7a51-4f7e-9d4e-3b0c5a1e0001';
const SERVICE_ID = '5e0d4a0c-7a51-4f7e-9d4e-3b0c5a1e0002';
const LOCATION_ID = '5e0d4a0c-7a51-4f7e-9d4e-3b0c5a1e0003';
const TRANSPORT = 'Bus 2 of 3 tot halte Janskerkhof; daarna twee minuten lopen.';

/** A free walking group on Tuesdays 10:00 in Utrecht (the demo map is in Kerkrade), as HSDS 3 JSON. */
function utrechtWalkingGroup() {
  const today = new Date();
  return {
    id: ORG_ID,
    name: 'Buurtwerk Utrecht Centrum',
    description: 'Welzijnswerk in de binnenstad van Utrecht.',
    email: 'info@buurtwerk-utrecht.example.nl',
    website: 'https://buurtwerk-utrecht.example.nl',
    services: [
      {
        id: SERVICE_ID,
        name: UTRECHT_GROUP,
        status: 'active',
        description:
          'Elke dinsdagochtend een rustige wandeling van een uur door de binnenstad, met koffie na afloop.',
        summary_b1: 'Elke dinsdag samen een uur wandelen. Daarna koffie. Het is gratis.',
        financing_route: 'free',
        wor_eligible: true,
        bor_eligible: true,
        assured_date: today.toISOString().slice(0, 10),
        application_process: 'Kom gewoon langs. Aanmelden hoeft niet.',
        schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '11:00' }],
        cost_options: [{ option: 'Koffie na afloop', currency: 'EUR', amount: 0 }],
        languages: [{ name: 'Nederlands', code: 'nl' }],
        attributes: [
          { taxonomy_term_id: term('domein.sport-bewegen.wandelen').id, link_type: 'taxonomy' },
          { taxonomy_term_id: term('domein.sport-bewegen').id, link_type: 'taxonomy' },
          { taxonomy_term_id: term('doelgroep.ouderen').id, link_type: 'taxonomy' },
        ],
        service_at_locations: [
          {
            location: {
              id: LOCATION_ID,
              name: 'Buurtkamer Janskerkhof',
              location_type: 'physical',
              latitude: 52.0925,
              longitude: 5.1215,
              transportation: TRANSPORT,
              addresses: [
                {
                  address_1: 'Janskerkhof 12',
                  city: 'Utrecht',
                  postal_code: '3512 BN',
                  state_province: 'Utrecht',
                  country: 'NL',
                  address_type: 'physical',
                },
              ],
              accessibility: [{ description: 'Drempelvrij, toilet voor rolstoelgebruikers' }],
            },
          },
        ],
      },
    ],
  };
}

/** The next Tuesday 10:00 in Dutch time (at least one day ahead). */
function nextTuesdayTen(): Date {
  const now = new Date();
  for (let ahead = 1; ahead <= 7; ahead++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ahead));
    if (d.getUTCDay() === 2)
      return kerkradeTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), '10:00');
  }
  throw new Error('no Tuesday in a week');
}

async function newPhonePage(stack: Stack): Promise<Page> {
  const context = await stack.browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

describe.skipIf(browserMissing)('the public social map', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    const db = stack.server.database.db;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-map-e2e-'));
    const file = path.join(dir, 'utrecht.json');
    fs.writeFileSync(file, JSON.stringify(utrechtWalkingGroup()));
    const report = await importHsds({
      db,
      path: file,
      source: 'e2e-utrecht',
      basis: 'system',
      actor: SYSTEM_ACTOR,
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(report.refused, JSON.stringify(report.refused)).toEqual([]);
    expect(report.warnings, JSON.stringify(report.warnings)).toEqual([]);
    // Sessions are the Dutch profile's dated occurrences; HSDS import has no place for them.
    await db
      .insertInto('sm_session')
      .values({
        service_id: SERVICE_ID,
        location_id: LOCATION_ID,
        starts_at: nextTuesdayTen(),
        ends_at: new Date(nextTuesdayTen().getTime() + 3600_000),
        capacity: 15,
        places_taken: 3,
      })
      .execute();
  });
  afterAll(() => stack?.close());

  it('a resident on a phone finds a free walking group near 3511 AB on Tuesday morning in two steps', async () => {
    const page = await newPhonePage(stack);
    await page.goto(`${stack.baseUrl}/sociale-kaart`);
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart' }).waitFor();
    // No login needed, and no menu for an anonymous visitor.
    expect(page.url()).toMatch(/\/sociale-kaart$/);
    await expect.poll(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await expectAxeClean(page, 'map search (phone)');

    // Step 1: what, where, free, Tuesday morning — all visible at once — and search.
    await page.getByLabel('Wat zoekt u?').fill('wandelen');
    await page.getByLabel('Uw postcode').fill('3511 AB');
    await page.getByLabel('Alleen gratis').check();
    await page.getByLabel('Dag', { exact: true }).selectOption({ label: 'dinsdag' });
    await page.getByLabel('Deel van de dag').selectOption({ label: 'ochtend' });
    await page.getByRole('button', { name: 'Zoeken' }).click();

    await page.waitForURL(/open_on=TU/);
    // The results come into view (they lie below the form on a phone).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-results-heading');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      q: 'wandelen',
      postcode: '3511 AB',
      free: 'ja',
      open_on: 'TU',
      part_of_day: 'morning',
    });
    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    await results.first().waitFor();
    const first = page.locator('.map-result').first();
    expect(await first.getByRole('heading', { level: 3 }).innerText()).toBe(UTRECHT_GROUP);
    const firstText = await first.innerText();
    expect(firstText).toContain('Gratis');
    expect(firstText).toMatch(/Afstand: \d00 m/);
    expect(firstText).toMatch(/Volgende keer: dinsdag .*10:00 – nog 12 plekken vrij/);
    // Sorted by distance: the Kerkrade walking groups come after the one in Utrecht.
    expect(await page.locator('.map-result h3').allInnerTexts()).toContain('Wandelgroep Bleijerheide');
    expect(await page.getByText(/Het dichtst bij 3511 AB staat bovenaan/).count()).toBe(1);
    // Facets are filters too; on a phone they sit folded above the results.
    const facetNav = page.getByRole('navigation', { name: 'Zoek verder in' });
    await expect.poll(() => facetNav.getByRole('link').count()).toBe(0);
    await facetNav.getByText('Zoek verder in').click();
    expect(await facetNav.getByRole('link', { name: /^Sport en bewegen \(\d+\)$/ }).count()).toBe(1);
    await expectAxeClean(page, 'map results (phone)');
    const distance = /Afstand: (\d00 m)/.exec(firstText)![1]!;

    // Step 2: open it — free, Tuesday morning, how far, how to get there.
    await first.getByRole('link', { name: UTRECHT_GROUP }).click();
    await page.getByRole('heading', { level: 1, name: UTRECHT_GROUP }).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('Gratis');
    expect(body).toContain('Dinsdag, 10:00 tot 11:00 uur');
    expect(body).toMatch(/Dinsdag \d+ \w+ (om )?10:00 – 11:00: nog 12 plekken vrij/);
    expect(body).toContain(`${distance} van 3511 AB.`);
    expect(body).toContain('Janskerkhof 12');
    expect(body).toContain(TRANSPORT);
    expect(body).toContain('Drempelvrij');
    const osm = page.getByRole('link', { name: /Bekijk deze plek op de kaart/ });
    expect(await osm.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/?mlat=52.0925&mlon=5.1215#map=17/52.0925/5.1215',
    );
    // Anonymous visitors get no professional block.
    await expect.poll(() => page.getByRole('heading', { name: 'Voor professionals' }).count()).toBe(0);
    await expectAxeClean(page, 'map service page (phone)');

    // The back button returns to the same search.
    await page.goBack();
    await page.locator('.map-result').first().waitFor();
    expect(await page.getByLabel('Wat zoekt u?').inputValue()).toBe('wandelen');
    expect(await page.getByLabel('Uw postcode').inputValue()).toBe('3511 AB');
    await page.context().close();
  });

  it('an empty search pages through the whole map, a facet narrows it down, and a stale entry shows when it was last checked', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/sociale-kaart`);
    const stale = await page.evaluate(async () => {
      const r = await fetch('/api/v1/social-map/search?per_page=100');
      const body = (await r.json()) as SearchResult;
      return body.items.find((i) => i.stale && i.months_since_checked !== null);
    });
    expect(stale, 'the demo map has stale entries').toBeDefined();
    const flag = `Laatst gecontroleerd ${stale!.months_since_checked} maanden geleden.`;

    // An empty search lists everything, page by page; a facet narrows it down.
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const pages = page.getByRole('navigation', { name: 'Pagina’s met resultaten' });
    await pages.waitFor();
    const all = Number(/We vonden (\d+) resultaten/.exec(await page.locator('.map-count').innerText())![1]);
    expect(all).toBeGreaterThanOrEqual(148);
    expect(await pages.innerText()).toContain(`Pagina 1 van ${Math.ceil(all / 10)}`);
    await pages.getByRole('link', { name: 'Volgende pagina' }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => pages.innerText()).toContain('Pagina 2 van');
    const facets = page.getByRole('navigation', { name: 'Zoek verder in' });
    await facets.getByRole('link', { name: /^Schulden en geld \(\d+\)$/ }).click();
    await page.waitForURL(/domain=domein\.schulden-geld/);
    expect(page.url()).not.toContain('page=');
    await expect
      .poll(async () =>
        Number(/We vonden (\d+) result/.exec(await page.locator('.map-count').innerText())?.[1]),
      )
      .toBeLessThan(all);
    expect(await facets.getByRole('link', { name: /Schulden en geld \(gekozen\) – weghalen/ }).count()).toBe(
      1,
    );
    await facets.getByRole('link', { name: /Schulden en geld \(gekozen\) – weghalen/ }).click();
    await expect.poll(() => page.url()).not.toContain('domain=');

    await page.getByLabel('Wat zoekt u?').fill(stale!.name);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const result = page
      .locator('.map-result')
      .filter({ has: page.getByRole('link', { name: stale!.name, exact: true }) });
    await result.waitFor();
    expect(await result.innerText()).toContain(flag);
    expect(await result.innerText()).toContain('Misschien klopt niet alles meer.');

    await result.getByRole('link', { name: stale!.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: stale!.name }).waitFor();
    expect(await page.locator('main').innerText()).toContain(flag);
    await page.context().close();
  });

  it('a postcode we do not know and an age that is no number are explained at their fields; nothing typed is lost', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/sociale-kaart?q=wandelen&postcode=0000`);
    await expect
      .poll(() => page.getByText('Deze postcode kennen we niet', { exact: false }).count())
      .toBeGreaterThan(0);
    const postcode = page.getByLabel('Uw postcode');
    expect(await postcode.inputValue()).toBe('0000');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Wat zoekt u?').inputValue()).toBe('wandelen');
    await expectAxeClean(page, 'map search with a postcode error');

    // A good postcode and an age that is no number: the age is explained at its field (behind "Meer
    // filters", which opens) and takes focus.
    await postcode.fill('3511 AB');
    await page.getByText('Meer filters').click();
    // The topic and target-group choices come from the shipped taxonomy.
    expect(await page.getByLabel('Onderwerp').locator('option').allInnerTexts()).toContain(
      'Sport en bewegen',
    );
    expect(await page.getByLabel('Voor wie').locator('option').allInnerTexts()).toContain('Ouderen');
    await page.getByLabel('Leeftijd').fill('oud');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const age = page.getByLabel('Leeftijd');
    await expect.poll(() => age.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-age');
    expect(await age.inputValue()).toBe('oud');
    expect(await postcode.getAttribute('aria-invalid')).not.toBe('true');

    // An offer that is not on the map says so, with a way back.
    await page.goto(`${stack.baseUrl}/sociale-kaart/aanbod/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Dit aanbod staat niet op de kaart' }).waitFor();
    expect(await page.getByRole('link', { name: 'Terug naar zoeken' }).count()).toBe(1);
    await page.context().close();
  });

  it('the problem-report form keeps typed text on a field error, then thanks the visitor', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/sociale-kaart/aanbod/${SERVICE_ID}`);
    await page.getByRole('heading', { level: 1, name: UTRECHT_GROUP }).waitFor();
    await page.getByRole('heading', { name: 'Klopt er iets niet?' }).waitFor();
    await page.getByLabel('Het telefoonnummer klopt niet').check();
    await page.getByLabel('Wat is er anders?').fill('Het nummer is nu 030 123 45 67.');
    await page.getByLabel('Uw e-mailadres (mag leeg blijven)').fill('anna@');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByText('Niet alles is goed ingevuld').waitFor();
    const email = page.getByLabel('Uw e-mailadres (mag leeg blijven)');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.inputValue()).toBe('anna@');
    expect(await page.getByLabel('Wat is er anders?').inputValue()).toBe('Het nummer is nu 030 123 45 67.');
    expect(await page.getByLabel('Het telefoonnummer klopt niet').isChecked()).toBe(true);
    await expectAxeClean(page, 'map report form with an error');

    await email.fill('anna@example.nl');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByText('Bedankt voor uw melding!').waitFor();
    const stored = await stack.server.database.db
      .selectFrom('sm_problem_report')
      .select(['kind', 'description', 'reporter_email'])
      .where('service_id', '=', SERVICE_ID)
      .execute();
    expect(stored).toEqual([
      {
        kind: 'wrong_phone',
        description: 'Het nummer is nu 030 123 45 67.',
        reporter_email: 'anna@example.nl',
      },
    ]);
    await page.context().close();
  });

  it('a professional sees contact persons and the referral route, with their menu; the page works in English', async () => {
    const page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'huisarts@demo.wijkpunt.nl');
    await page.goto(`${stack.baseUrl}/sociale-kaart?q=Wandelgroep%20Bleijerheide`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await page.getByRole('link', { name: 'Wandelgroep Bleijerheide', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Wandelgroep Bleijerheide' }).waitFor();
    const pro = page.getByRole('region', { name: 'Voor professionals' });
    await pro.waitFor();
    expect(await pro.innerText()).toContain('Zo verwijst u');
    expect(await pro.innerText()).toContain('Contactpersonen');
    expect(await pro.innerText()).toContain('Geschikt voor Welzijn op Recept.');
    await expectAxeClean(page, 'map service page for a professional');

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'For professionals' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { name: 'What does it cost?' }).count()).toBe(1);
    await expectAxeClean(page, 'map service page in English');
    await page.getByRole('link', { name: 'Back to search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social map' }).waitFor();
    await page.locator('.map-result').first().waitFor();
    await expectAxeClean(page, 'map results in English');
    await page.context().close();
  });
});

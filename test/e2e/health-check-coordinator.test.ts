// The coordinator's side of the health check (issue 5, parts 5 and 7) in the browser. Residents share their
// marks anonymously (through the public API): twelve in one age group of Bleijerheide, three in another. The
// coordinator of Bleijerheide and Chevremont opens the figures from the menu: the means of the big group, the
// small group as "minder dan 10" with the reason, the total "verborgen", Chevremont without contributions,
// and a CSV download that keeps the same words. On the needs map, a topic that is no longer on the social
// map is refused at that topic when saving, and the topic just added stays on the page; once it is removed,
// the map saves and a reload shows the added topic kept. A welfare coach gets neither menu item and a
// refusal at both addresses. Every page passes axe.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, navLabels, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const COORDINATOR = 'coordinator@demo.wijkpunt.nl';
const COACH = 'welzijn@demo.wijkpunt.nl';
const BLEIJERHEIDE = 'WK092801';
const MEANS = 'Bleijerheide: aantal mensen en gemiddeld cijfer per leefgebied, per leeftijdsgroep';
const GONE = 'verdwenen.onderwerp';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
const need = (page: Page, name: string) => page.getByRole('region', { name });
const rowText = (page: Page, table: string, row: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${row}`) })
    .innerText();

/** Twelve marks in 45–64: body all 8; mind ten 7s and two 4s; participation all 5; network six 9s, six 6s. */
const big = Array.from({ length: 12 }, (_, i) => ({
  ageBand: '45-64',
  domainScores: { body: 8, mind: i < 10 ? 7 : 4, participation: 5, network: i < 6 ? 9 : 6 },
}));
const small = Array.from({ length: 3 }, () => ({
  ageBand: '75+',
  domainScores: { body: 3, mind: 3, participation: 3, network: 3 },
}));

describe.skipIf(browserMissing)('the coordinator’s health-check figures and needs map', () => {
  let stack: Stack;
  let page: Page;
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.newPage();
    for (const c of [...big, ...small]) {
      const res = await fetch(`${stack.baseUrl}/api/v1/health-check/contributions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...c, neighbourhoodCbsCode: BLEIJERHEIDE }),
      });
      expect(res.status).toBe(204);
    }
    // A topic the map still names but the social map no longer has (the table holds codes, not references).
    await stack.server.database.db
      .insertInto('health_check_need_term')
      .values({ need: 'lonely', term_code: GONE })
      .execute();
    await logIn(page, stack.baseUrl, COORDINATOR);
  });
  afterAll(async () => {
    await page?.context().close();
    await stack?.close();
  });

  it('the coordinator reads the figures: means of the big group, the small one as "minder dan 10"', async () => {
    await menu(page).getByRole('link', { name: 'Cijfers gezondheidscheck' }).click();
    await h1(page, 'Cijfers gezondheidscheck');
    await page.getByRole('table', { name: MEANS }).waitFor();

    const bigRow = await rowText(page, MEANS, '45 tot 65 jaar');
    expect(bigRow.split(/\s*\t\s*/)).toEqual(['45 tot 65 jaar', '12', '8,0', '6,5', '5,0', '7,5']);
    const smallRow = await rowText(page, MEANS, '75 jaar en ouder');
    expect(smallRow).toContain('minder dan 10');
    expect(smallRow).not.toMatch(/\b3\b/);
    expect(await rowText(page, MEANS, 'Alle leeftijden')).toContain('verborgen');
    expect(await rowText(page, MEANS, '18 tot 30 jaar')).toContain('0');
    await page
      .getByText(/^"minder dan 10": in deze groep deelden 1 tot 9 mensen/)
      .first()
      .waitFor();
    await page
      .getByText(/^"verborgen": dit getal staat er niet/)
      .first()
      .waitFor();

    // Light counts: shown when each is 0 or at least 10 (body: 12 green), hidden otherwise (mind: 10 and 2).
    const lights = (domain: string) =>
      `Bleijerheide, ${domain}: aantal mensen met groen, oranje en rood, per leeftijdsgroep`;
    expect((await rowText(page, lights('Lichaam'), '45 tot 65 jaar')).split(/\s*\t\s*/)).toEqual([
      '45 tot 65 jaar',
      '12',
      '0',
      '0',
    ]);
    expect(await rowText(page, lights('Hoe men zich voelt'), '45 tot 65 jaar')).toContain('verborgen');
    await page.getByText('In deze maanden heeft niemand in Chevremont zijn cijfers gedeeld.').waitFor();
    await expectAxeClean(page, 'health-check figures');

    // The download holds what the page shows: the small group stays a word.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Deze cijfers downloaden (CSV)' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toMatch(/^Wijk;CBS-code;Leeftijd;Aantal mensen;Lichaam: gemiddeld;/);
    expect(lines.find((l) => l.includes('45 tot 65 jaar'))).toMatch(
      /^Bleijerheide;WK092801;45 tot 65 jaar;12;8,0;12;0;0;/,
    );
    expect(lines.find((l) => l.includes('75 jaar en ouder'))).toMatch(/;minder dan 10;minder dan 10;/);
    expect(lines.some((l) => l.startsWith('Chevremont'))).toBe(false);

    // A month range the wrong way round is named at its field; the typed months stay.
    await page.getByLabel('Van maand').fill('2026-05');
    await page.getByLabel('Tot en met maand').fill('2026-01');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page
      .getByRole('link', { name: /Tot en met maand: Deze maand ligt vóór de eerste maand/ })
      .waitFor();
    expect(await page.getByLabel('Van maand').inputValue()).toBe('2026-05');
  });

  it('the coordinator adds a topic to a need; a refused topic is named at its place, nothing is lost', async () => {
    await menu(page).getByRole('link', { name: 'Behoeften en aanbod' }).click();
    await h1(page, 'Behoeften en aanbod');
    const sleep = need(page, 'Beter slapen');
    await sleep.getByText('Beter slapen (Behoefte)', { exact: true }).waitFor();
    await expectAxeClean(page, 'needs map');

    // Typing narrows the list; the chosen topic is added to the need (not yet saved).
    await sleep.getByLabel('Zoek een onderwerp om toe te voegen').fill('sport bew');
    await sleep.getByLabel('Onderwerp', { exact: true }).selectOption({ label: 'Sport en bewegen (Domein)' });
    await sleep.getByRole('button', { name: 'Toevoegen bij Beter slapen' }).click();
    await sleep.getByText('Sport en bewegen (Domein) staat nu bij Beter slapen.', { exact: false }).waitFor();

    // Saving is refused for the topic that left the social map: named at that topic and in the summary.
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const message = `De sociale kaart heeft geen term met code "${GONE}".`;
    const summaryLink = page.getByRole('link', { name: `Minder eenzaam zijn: ${message}` });
    await summaryLink.waitFor();
    const lonely = need(page, 'Minder eenzaam zijn');
    await lonely.getByText(message, { exact: true }).waitFor();
    await summaryLink.click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(GONE);
    expect(await sleep.getByText('Sport en bewegen (Domein)', { exact: true }).count()).toBe(1);
    await expectAxeClean(page, 'needs map with a refused topic');

    await lonely
      .getByRole('button', { name: `Verwijderen ${GONE} (staat niet op de sociale kaart)` })
      .click();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page
      .getByText('Opgeslagen. De gezondheidscheck zoekt vanaf nu aanbod met deze onderwerpen.')
      .waitFor();

    await page.reload();
    await h1(page, 'Behoeften en aanbod');
    await need(page, 'Beter slapen').getByText('Sport en bewegen (Domein)', { exact: true }).waitFor();
    expect(await page.getByText(GONE).count()).toBe(0);
  });

  it('a professional who is not a coordinator gets neither page', async () => {
    const coach = await stack.newPage();
    await logIn(coach, stack.baseUrl, COACH);
    const labels = await navLabels(coach);
    expect(labels).not.toContain('Cijfers gezondheidscheck');
    expect(labels).not.toContain('Behoeften en aanbod');
    for (const path of ['/gezondheidscheck/cijfers', '/gezondheidscheck/behoeften']) {
      await coach.goto(`${stack.baseUrl}${path}`);
      await h1(coach, 'Geen toegang');
    }
    const statuses = await coach.evaluate(async () =>
      Promise.all(
        ['/api/v1/health-check/figures', '/api/v1/health-check/needs-map'].map(
          async (url) => (await fetch(url)).status,
        ),
      ),
    );
    expect(statuses).toEqual([403, 403]);
    await coach.context().close();
  });
});

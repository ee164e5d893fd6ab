// One map from many in the web app: two sources describe the same Taalhuis with a typo in the name and
// another e-mail address, so duplicate finding puts the pair in the coordinator's review queue. The
// coordinator opens it, keeps the older source's e-mail instead of the map's rule, merges (the public API
// shows one entry with that address, the entry's page says where each value came from), and undoes it
// (both entries public again). The queue and the pair page pass axe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDedupe } from '../../src/modules/social-map/dedupe/run.ts';
import { importHsds } from '../../src/modules/social-map/import/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor.ts';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

// A Chevremont neighbourhood of the demo, one of the demo coordinator's own.
const NEIGHBOURHOOD = 'WK092802';
const GEMEENTE_EMAIL = 'taalhuis@leesplezier-kerkrade.example';
const WELZIJN_EMAIL = 'zonnebloem@welzijnkerkrade.example';

// Two small HSDS 3.0 maps of the same offer, written for this test. The welzijn map was checked later, so
// the map's rule ("most recently verified wins") would take its name and e-mail.
const offer = (o: { id: string; name: string; email: string; assured: string }) => [
  {
    id: o.id,
    name: o.name,
    description: 'Elke dinsdag hulp bij lezen, schrijven en formulieren, met koffie.',
    email: o.email,
    assured_date: o.assured,
    status: 'active',
    organization: {
      id: `${o.id}-org`,
      name: 'Stichting Leesplezier Kerkrade',
      description: 'Vrijwilligers in de wijk.',
    },
    service_at_locations: [
      {
        id: `${o.id}-sal`,
        location: {
          id: `${o.id}-loc`,
          name: 'Buurthuis De Zonnebloem',
          location_type: 'physical',
          latitude: 50.874,
          longitude: 6.064,
          addresses: [
            {
              id: `${o.id}-adr`,
              address_1: 'Zonnebloemstraat 4',
              city: 'Kerkrade',
              postal_code: '6466 AB',
              country: 'NL',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
  },
];

interface HsdsService {
  id: string;
  name: string;
  email?: string | null;
}

describe.skipIf(browserMissing)('duplicates of the social map in the web app', () => {
  let stack: Stack;
  let page: Page;
  let tmp: string;

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.server.database.db;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-dedupe-e2e-'));
    const sources = {
      'e2e-gemeente': offer({
        id: 'taalhuis',
        name: 'Taalhuis De Zonnebloem',
        email: GEMEENTE_EMAIL,
        assured: '2026-01-10',
      }),
      'e2e-welzijn': offer({
        id: 'zonnebloem-taal',
        name: 'Taalhuis De Zonneblom',
        email: WELZIJN_EMAIL,
        assured: '2026-06-01',
      }),
    };
    for (const [source, value] of Object.entries(sources)) {
      const file = path.join(tmp, `${source}.json`);
      fs.writeFileSync(file, JSON.stringify(value));
      const report = await importHsds({
        db,
        path: file,
        source,
        neighbourhood: NEIGHBOURHOOD,
        basis: 'system',
        actor: SYSTEM_ACTOR,
      });
      expect(report.refused, JSON.stringify(report.refused)).toEqual([]);
    }
    const report = await runDedupe({ db });
    const ours = report.pairs.filter((p) => p.kind === 'service' && p.a.source.startsWith('e2e-'));
    expect(ours.map((p) => p.decision)).toEqual(['review']);

    page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'coordinator@demo.wijkpunt.nl');
  });

  afterAll(async () => {
    await page?.context().close();
    await stack?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** The public HSDS API's entries named "Taalhuis …", as anyone sees them. */
  const publicTaalhuis = () =>
    page.evaluate(async () => {
      const res = await fetch('/api/v1/hsds/services?text=Taalhuis&per_page=50');
      const body = (await res.json()) as { contents: HsdsService[] };
      return body.contents
        .filter((s) => s.name.startsWith('Taalhuis De Zonnebl'))
        .map((s) => ({ name: s.name, email: s.email ?? null }))
        .sort((a, b) => a.name.localeCompare(b.name));
    });

  it('the coordinator merges the pair with the e-mail they chose, and undoes it', async () => {
    expect(await publicTaalhuis()).toEqual([
      { name: 'Taalhuis De Zonnebloem', email: GEMEENTE_EMAIL },
      { name: 'Taalhuis De Zonneblom', email: WELZIJN_EMAIL },
    ]);

    await page.getByRole('link', { name: 'Dubbelen op de sociale kaart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dubbelen op de sociale kaart' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kaart/dubbelen');
    const queue = page.getByRole('table', { name: 'Paren van vermeldingen die misschien dubbel zijn' });
    await queue.waitFor();
    const row = queue.getByRole('row', { name: /Taalhuis De Zonnebloem/ });
    expect(await row.getByText('Bron: e2e-gemeente').count()).toBe(1);
    expect(await row.getByText('Bron: e2e-welzijn').count()).toBe(1);
    expect(await row.getByText('Plaats: 6466 AB Kerkrade').count()).toBe(2);
    expect(await row.getByText(/^\d+\s?%$/).count()).toBe(1);
    await expectAxeClean(page, 'review queue');

    await row.getByRole('link', { name: /Bekijken/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Vergelijken: / }).waitFor();
    const compare = page.getByRole('table', { name: /naast vermelding uit/ });
    await compare.waitFor();
    // Both sources head a column with the record's number in that source.
    expect(await compare.getByRole('columnheader', { name: /e2e-gemeente/ }).innerText()).toContain(
      'Nummer in deze bron: taalhuis',
    );
    // The differing fields say so in words; equal ones too.
    const emailRow = compare.getByRole('row', { name: /E-mailadres/ });
    expect(await emailRow.getByText('verschilt', { exact: true }).count()).toBe(1);
    const cityRow = compare.getByRole('row', { name: /^Plaats/ });
    expect(await cityRow.getByText('gelijk', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/Bij dit paar is dat e2e-welzijn\./).count()).toBe(1);
    await expectAxeClean(page, 'pair page');

    // Keep the older source's e-mail instead of the map's rule, with the keyboard.
    const choice = page.getByRole('radio', { name: /^Deze houden\s*: E-mailadres uit e2e-gemeente$/ });
    await choice.focus();
    await page.keyboard.press('Space');
    expect(await choice.isChecked()).toBe(true);
    await page.getByText('Uw keuze: 1 veld(en).', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Samenvoegen' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Samengevoegd.' });
    await status.waitFor();
    await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    expect(await page.getByText(/^Dit paar is samengevoegd op /).count()).toBe(1);
    const history = page.getByRole('table', { name: 'Beslissingen over dit paar' });
    expect(
      await history
        .getByRole('cell', { name: /Samengevoegd\. Gekozen: E-mailadres uit e2e-gemeente/ })
        .count(),
    ).toBe(1);
    expect(await history.getByRole('cell', { name: 'Ellen Bosch' }).count()).toBe(1);
    await expectAxeClean(page, 'merged pair');

    // One public entry, with the chosen e-mail; the name follows the rule (the newer source).
    await expect.poll(publicTaalhuis).toEqual([{ name: 'Taalhuis De Zonneblom', email: GEMEENTE_EMAIL }]);

    // The entry's page says where each value came from: the e-mail is the coordinator's choice.
    const [entryId] = await page.evaluate(async () => {
      const res = await fetch('/api/v1/hsds/services?text=Taalhuis&per_page=50');
      const body = (await res.json()) as { contents: { id: string; name: string }[] };
      return body.contents.filter((s) => s.name.startsWith('Taalhuis De Zonnebl')).map((s) => s.id);
    });
    const pairUrl = page.url();
    await page.goto(`${stack.baseUrl}/kaart/aanbod/${entryId}`);
    await page.getByRole('heading', { level: 2, name: 'Bronnen' }).waitFor();
    const records = page.getByRole('table', { name: 'Bronnen van dit aanbod' });
    expect(await records.getByRole('rowheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['e2e-gemeente', 'e2e-welzijn']),
    );
    const fields = page.getByRole('table', { name: 'Waar elke waarde vandaan komt' });
    expect(await fields.getByRole('row', { name: /E-mailadres/ }).innerText()).toContain(
      'keuze coördinator (waarde uit e2e-gemeente)',
    );
    expect(await fields.getByRole('row', { name: /^Naam/ }).innerText()).toContain('e2e-welzijn');

    // The pair is listed as merged; from there back to the pair.
    await page.goto(`${stack.baseUrl}/kaart/dubbelen`);
    await page.getByLabel('Toestand').selectOption('merged');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.waitForURL(/status=merged/);
    const merged = queue.getByRole('row', { name: /Taalhuis De Zonnebloem/ });
    await merged.waitFor();
    await merged.getByRole('link', { name: /Bekijken/ }).click();
    await page.waitForURL(pairUrl);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt.' }).waitFor();
    // The pair is read again after the status message; wait for it rather than count at once.
    await page.getByText(/^Dit paar is ontkoppeld op /).waitFor();
    expect(await page.getByText(/^Dit paar is ontkoppeld op /).count()).toBe(1);
    await expect.poll(publicTaalhuis).toEqual([
      { name: 'Taalhuis De Zonnebloem', email: GEMEENTE_EMAIL },
      { name: 'Taalhuis De Zonneblom', email: WELZIJN_EMAIL },
    ]);
  });

  it('the coordinator keeps the sources up to date, finds duplicates and sets the thresholds', async () => {
    await page.getByRole('link', { name: 'Bronnen van de sociale kaart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bronnen van de sociale kaart' }).waitFor();
    const table = page.getByRole('table', { name: 'Bronnen van de sociale kaart' });
    const gemeente = table.getByRole('row', { name: /e2e-gemeente/ });
    await gemeente.waitFor();
    expect(await gemeente.innerText()).toContain('Aanbod: 1. Organisaties: 1.');
    const csvHref = await gemeente
      .getByRole('link', { name: /Conflictrapport \(CSV\)/ })
      .getAttribute('href');
    expect(csvHref).toMatch(/^\/api\/v1\/socialmap\/sources\/[0-9a-f-]+\/conflicts\.csv$/);
    // The link downloads with the session's cookie: a CSV file for the source's owner.
    const csv = await page.evaluate(async (href) => {
      const res = await fetch(href!);
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        disposition: res.headers.get('content-disposition'),
      };
    }, csvHref);
    expect(csv).toMatchObject({ status: 200, type: expect.stringContaining('text/csv') });
    expect(csv.disposition).toContain('conflicten-e2e-gemeente.csv');
    await expectAxeClean(page, 'sources page');

    // A refresh interval that is not a number: the server's message appears at the field.
    await gemeente.getByRole('button', { name: /Wijzigen/ }).click();
    const form = page.getByRole('region', { name: 'e2e-gemeente wijzigen' });
    await form.getByLabel('Beheerder').fill('Gemeente Kerkrade');
    await form.getByLabel('Inlezen: elke hoeveel dagen').fill('elke week');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByRole('link', { name: /^Inlezen: elke hoeveel dagen: / }).waitFor();
    expect(await form.getByLabel('Beheerder').inputValue()).toBe('Gemeente Kerkrade');
    await expectAxeClean(page, 'source form with an error');
    await form.getByLabel('Inlezen: elke hoeveel dagen').fill('30');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'De gegevens van e2e-gemeente zijn opgeslagen.' })
      .waitFor();
    await expect.poll(() => gemeente.innerText()).toContain('Afspraak: elke 30 dagen');
    expect(await gemeente.innerText()).toContain('Gemeente Kerkrade');

    // The review threshold must stay below the merge threshold: the server says so at the field.
    const thresholds = page.getByRole('region', { name: /^Regio / }).first();
    await thresholds.getByLabel('Laten beoordelen vanaf (procent)').fill('95');
    await thresholds.getByRole('button', { name: /Grenzen opslaan/ }).click();
    await thresholds
      .locator('.utrecht-form-field-error-message')
      .filter({
        hasText: 'De grens voor controle moet lager zijn dan de grens voor automatisch samenvoegen.',
      })
      .waitFor();
    await expectAxeClean(page, 'thresholds with an error');
    await thresholds.getByLabel('Laten beoordelen vanaf (procent)').fill('75');
    await thresholds.getByRole('button', { name: /Grenzen opslaan/ }).click();
    await thresholds
      .getByRole('status')
      .filter({ hasText: /De grenzen voor .* zijn opgeslagen\./ })
      .waitFor();

    // Finding duplicates again: the unmerged pair is not proposed again; the counts are shown.
    await page.getByRole('button', { name: 'Dubbelen zoeken' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Klaar\. Wijkpunt heeft \d+ vermeldingen vergeleken\./ })
      .waitFor();
    expect(await page.getByText('Nieuw samengevoegd: 0.', { exact: false }).count()).toBe(1);
  });
});

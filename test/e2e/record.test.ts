// A resident adds a GP file (FHIR bundle) to their own record in the web app, reads what was added and what
// is not kept, the overview, the medicines now and stopped, and the measurements per code; a file with an
// incomplete entry is refused with the entry and the field, and nothing changes. Every page passes axe.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const BUNDLE = path.resolve(
  import.meta.dirname,
  '../../../shared/data/synthea-r4-smart-sample/bundles/Antonio_Castellanos_6d2eba67-5b4a-403f-a29f-e6da3f1ea963.json',
);

describe.skipIf(browserMissing)('the resident’s own record in the web app', () => {
  let stack: Stack;
  let page: Page;
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'inwoner@demo.wijkpunt.nl');
  });
  afterAll(async () => {
    await page?.context().close();
    await stack?.close();
  });

  it('adds a GP file and shows the overview, the medicines and the measurements', async () => {
    await page.getByRole('link', { name: 'Mijn dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByText('Uw dossier is nog leeg.').waitFor();
    await expectAxeClean(page, 'empty record');

    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByText('Kies een bestand.').count()).toBeGreaterThan(0);

    await page.getByLabel('Bestand', { exact: true }).setInputFiles(BUNDLE);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(/Het bestand is toegevoegd aan uw dossier/).waitFor();
    // What was not kept is said, not dropped silently.
    await page.getByText('Deze soorten gegevens bewaren we (nog) niet', { exact: false }).waitFor();
    expect(await page.getByText(/^Claim: \d+/).count()).toBe(1);
    await page.getByRole('table', { name: 'Wat er in uw dossier staat' }).waitFor();
    await expect.poll(() => page.getByText(/Medicijnen die u nu gebruikt: 1\./).count()).toBe(1);
    await expectAxeClean(page, 'record overview');

    await page.getByRole('link', { name: 'Medicijnen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Medicijnen die u nu gebruikt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Medicijnen die gestopt zijn' }).waitFor();
    expect(await page.getByText(/RxNorm \d+/).count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'medication');

    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByRole('link', { name: 'Metingen', exact: true }).click();
    await page.getByRole('table', { name: /Body Weight \(\d+ metingen\)/ }).waitFor();
    expect(await page.getByText(/LOINC 29463-7/).count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'measurements');
  });

  it('refuses a file with an incomplete entry, naming the entry and the field', async () => {
    await page.goto(`${stack.baseUrl}/mijn-dossier`);
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    const broken = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Observation', status: 'final' } }],
    };
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'fout.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(/Het bestand is niet toegevoegd/).waitFor();
    expect(await page.getByText('Onderdeel 1: Observation.code ontbreekt').count()).toBe(1);
    await expectAxeClean(page, 'refused file');
  });
});

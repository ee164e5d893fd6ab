// A coordinator imports HSDS 3 JSON through the web app: choose a file, see the preview, import, and the
// new entry is searchable. A file with a refused record shows the field and reason and cannot be imported.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

// A small HSDS 3.0 service with its organisation and location, in the shape of the official example
// (service_full.json), written for this test.
const service = (over: { id?: string; name?: string; status?: string } = {}) => ({
  id: over.id ?? 'praatpunt-taalcafe',
  name: 'Taalcafé Het Praatpunt',
  description: 'Elke week Nederlands oefenen in een kleine groep, met koffie en thee.',
  status: 'active',
  organization: {
    id: 'praatpunt',
    name: 'Stichting Het Praatpunt',
    description: 'Vrijwilligers die helpen met de Nederlandse taal.',
  },
  service_at_locations: [
    {
      id: `${over.id ?? 'praatpunt-taalcafe'}-sal`,
      location: {
        id: 'praatpunt-locatie',
        name: 'Wijkcentrum Het Praatpunt',
        location_type: 'physical',
        latitude: 50.866,
        longitude: 6.07,
      },
    },
  ],
  ...over,
});

const file = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

describe.skipIf(browserMissing)('social map import in the web app', () => {
  let stack: Stack;
  let page: Page;
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'coordinator@demo.wijkpunt.nl');
  });
  afterAll(async () => {
    await page?.context().close();
    await stack?.close();
  });

  const search = (q: string) =>
    page.evaluate(async (text) => {
      const res = await fetch(`/api/v1/social-map/search?q=${encodeURIComponent(text)}`);
      return ((await res.json()) as { items: { name: string }[] }).items.map((i) => i.name);
    }, q);

  it('a coordinator uploads HSDS 3 JSON, sees the preview, imports it, and the entry is searchable', async () => {
    await page.getByRole('link', { name: 'Sociale kaart importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart importeren' }).waitFor();
    await expectAxeClean(page, 'import page');

    await page.getByLabel('Bestanden', { exact: true }).setInputFiles([file('praatpunt.json', service())]);
    await page.getByText('praatpunt.json (1 kB)').waitFor();
    // The source name is filled in from the file; the neighbourhood is chosen from the coordinator's own.
    expect(await page.getByLabel('Naam van de bron').inputValue()).toBe('praatpunt.json');
    await page.getByLabel('Wijk', { exact: true }).selectOption('WK092802');
    await expectAxeClean(page, 'import page with a file');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();

    const counts = page.getByRole('table', { name: 'Wat de import doet' });
    await counts.waitFor();
    expect(
      await counts
        .getByRole('row', { name: /Aanbod/ })
        .getByRole('cell')
        .allInnerTexts(),
    ).toEqual(['1', '0']);
    expect(await page.getByText('Er is nog niets opgeslagen.').count()).toBe(1);
    expect(await search('Praatpunt')).toEqual([]);
    await expectAxeClean(page, 'import preview');

    const importButton = page.getByRole('button', { name: 'Importeren' });
    expect(await importButton.isDisabled()).toBe(false);
    await importButton.click();
    await page.getByText(/Import gelukt. .*aanbod 1, organisaties 1, locaties 1\./).waitFor();
    await expectAxeClean(page, 'import done');
    await expect.poll(() => search('Praatpunt')).toEqual(['Taalcafé Het Praatpunt']);
  });

  it('a file with a refused record shows the field and the reason and cannot be imported', async () => {
    // After an import the page offers another; starting afresh from the menu works the same way.
    if (await page.getByRole('button', { name: 'Nog een import doen' }).count())
      await page.getByRole('button', { name: 'Nog een import doen' }).click();
    else await page.goto(`${stack.baseUrl}/kaart/importeren`);
    const broken = [
      service({ id: 'praatpunt-2', name: 'Praatgroep Chevremont' }),
      service({ id: 'praatpunt-3', name: 'Schrijfhulp Chevremont', status: 'misschien' }),
    ];
    await page.getByLabel('Bestanden', { exact: true }).setInputFiles([file('fout.json', broken)]);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();

    await page.getByText('Niet alles kan worden geïmporteerd (1 gegevens)').waitFor();
    const refused = page.getByRole('table', { name: 'Gegevens die niet kunnen worden geïmporteerd' });
    const row = refused.getByRole('row', { name: /Aanbod/ });
    // Name, field and reason (in Dutch) of the refused record.
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 3)).toEqual([
      'Schrijfhulp Chevremont',
      'status',
      '"misschien" kan niet; kies uit: active, inactive, defunct, temporarily closed',
    ]);
    expect(await page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    await page
      .getByText('Importeren kan pas als er geen gegevens meer zijn die niet kunnen worden geïmporteerd.')
      .waitFor();
    await expectAxeClean(page, 'import preview with a refused record');
    expect(await search('Schrijfhulp')).toEqual([]);
    expect(await search('Praatgroep')).toEqual([]);
  });
});

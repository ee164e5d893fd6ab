// Consent and sharing in the browser. The resident adds a GP file, reads the medicines and gives the practice
// nurse consent for treatment and medicines (with an error at the field first, and the typed input kept
// across a reload); the nurse opens Gedeelde dossiers and reads the medicines; the resident withdraws and
// the nurse is refused in plain words (the API answers 404); the resident sees both accesses in "Wie zag
// mijn gegevens" and reports one. Then the nurse asks for consent, the resident (on a phone-sized screen)
// reads the message under Berichten and approves the request on Toestemmingen, and the nurse hears back.
// Last, the GP opens the record with emergency access; the resident and the coordinator are told.
// Every page passes axe.
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
const RESIDENT = 'inwoner@demo.wijkpunt.nl';
const NURSE = 'poh@demo.wijkpunt.nl';
const NURSE_OPTION = 'Sanne Dirks, Praktijkondersteuner (POH) bij Huisartsenpraktijk Bleijerheide';

/** A day from now, as a date field takes it (YYYY-MM-DD). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const consentCard = (page: Page, status: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Sanne Dirks' }) })
    .filter({
      hasText: status,
    });

describe.skipIf(browserMissing)('consent and sharing in the web app', () => {
  let stack: Stack;
  let resident: Page;
  let nurse: Page;
  beforeAll(async () => {
    stack = await startStack();
    resident = await stack.newPage();
    nurse = await stack.newPage();
    await logIn(resident, stack.baseUrl, RESIDENT);
    await logIn(nurse, stack.baseUrl, NURSE);
  });
  afterAll(async () => {
    await resident?.context().close();
    await nurse?.context().close();
    await stack?.close();
  });

  it('the resident grants the nurse consent, the nurse reads, the resident withdraws and sees both accesses', async () => {
    // The resident adds a GP summary and reads the medicines.
    await menu(resident).getByRole('link', { name: 'Mijn dossier' }).click();
    await h1(resident, 'Mijn dossier');
    await resident.getByLabel('Bestand', { exact: true }).setInputFiles(BUNDLE);
    await resident.getByRole('button', { name: 'Toevoegen' }).click();
    await resident.getByText(/Het bestand is toegevoegd aan uw dossier/).waitFor();
    await resident.getByRole('link', { name: 'Medicijnen', exact: true }).click();
    await resident.getByRole('heading', { level: 2, name: 'Medicijnen die u nu gebruikt' }).waitFor();

    // Toestemmingen: nothing yet.
    await menu(resident).getByRole('link', { name: 'Toestemmingen' }).click();
    await h1(resident, 'Toestemmingen');
    await resident.getByText('U heeft nog niemand toestemming gegeven.').waitFor();
    await expectAxeClean(resident, 'consents, empty');

    // Search the nurse, choose her, the purpose and the part; the date is forgotten.
    await resident.getByLabel('Zoek een persoon of organisatie').fill('Sanne');
    await resident.getByRole('radio', { name: NURSE_OPTION }).check();
    await resident.getByLabel('Waarvoor mag dit?').selectOption({ label: 'Behandeling of begeleiding' });
    await resident.getByRole('checkbox', { name: 'Medicijnen', exact: true }).check();
    await expectAxeClean(resident, 'consent form filled in');

    // A reload keeps what was typed and chosen.
    await resident.reload();
    await h1(resident, 'Toestemmingen');
    await resident.getByText('U was dit formulier al aan het invullen').waitFor();
    expect(await resident.getByRole('radio', { name: NURSE_OPTION }).isChecked()).toBe(true);
    expect(await resident.getByRole('checkbox', { name: 'Medicijnen', exact: true }).isChecked()).toBe(true);
    expect(await resident.getByLabel('Zoek een persoon of organisatie').inputValue()).toBe('Sanne');

    // The missing date is named at its field and in the summary.
    await resident.getByRole('button', { name: 'Toestemming geven' }).click();
    await resident.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    const until = resident.getByLabel('Tot en met welke dag?');
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    expect(await resident.locator('#consent-grant-validUntil-error').innerText()).toBe('Vul dit veld in.');
    await expectAxeClean(resident, 'consent form with an error');

    await until.fill(inDays(30));
    await resident.getByRole('button', { name: 'Toestemming geven' }).click();
    await resident.getByText('U heeft Sanne Dirks toestemming gegeven.').waitFor();
    await consentCard(resident, 'actief').waitFor();
    expect(await consentCard(resident, 'actief').getByText('Nog niet gebruikt').count()).toBe(1);
    await expectAxeClean(resident, 'consent given');

    // The nurse opens Gedeelde dossiers and reads the medicines.
    await menu(nurse)
      .getByRole('link', { name: /^Gedeelde dossiers/ })
      .click();
    await h1(nurse, 'Gedeelde dossiers');
    const row = nurse.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Behandeling of begeleiding: Medicijnen');
    await expectAxeClean(nurse, 'shared records');
    await row.getByRole('link', { name: 'Anna Janssen' }).click();
    await h1(nurse, 'Dossier van Anna Janssen');
    await nurse.getByRole('table', { name: 'Wat u van dit dossier mag zien' }).waitFor();
    await expect.poll(() => nurse.getByRole('link', { name: 'Metingen', exact: true }).count()).toBe(0);
    await expectAxeClean(nurse, 'shared record overview');
    await nurse.getByRole('link', { name: 'Medicijnen', exact: true }).click();
    await nurse.getByRole('heading', { level: 2, name: 'Medicijnen die de inwoner nu gebruikt' }).waitFor();
    expect(await nurse.getByText(/RxNorm \d+/).count()).toBeGreaterThan(0);
    await expectAxeClean(nurse, 'shared record, medicines');

    // The resident sees the consent was used, and withdraws it after confirming.
    await resident.reload();
    await consentCard(resident, 'actief').waitFor();
    await expect.poll(() => consentCard(resident, 'actief').getByText('Nog niet gebruikt').count()).toBe(0);
    await resident.getByRole('button', { name: 'Intrekken: de toestemming voor Sanne Dirks' }).click();
    await resident.getByText('Toestemming voor Sanne Dirks intrekken?').waitFor();
    await expectAxeClean(resident, 'withdraw confirmation');
    await resident.getByRole('button', { name: 'Ja, intrekken' }).click();
    await resident
      .getByText('U heeft de toestemming voor Sanne Dirks ingetrokken.', { exact: false })
      .waitFor();
    await consentCard(resident, 'ingetrokken').waitFor();
    await expect.poll(() => resident.getByRole('button', { name: /^Intrekken/ }).count()).toBe(0);

    // The nurse is refused: the API answers 404 and the page says so in plain words.
    const refused = nurse.waitForResponse((r) => /\/residents\/[^/]+\/record\/medication\?/.test(r.url()));
    await nurse.reload();
    expect((await refused).status()).toBe(404);
    await nurse
      .getByText('U heeft geen toegang (meer) tot dit dossier voor dit doel.', { exact: false })
      .waitFor();
    await expectAxeClean(nurse, 'shared record refused');
    await nurse.getByRole('link', { name: 'Terug naar Gedeelde dossiers' }).click();
    await nurse.getByText('Er zijn nu geen dossiers met u gedeeld.').waitFor();

    // The resident reads both accesses: the read with consent and the refused one, and reports one.
    await menu(resident).getByRole('link', { name: 'Wie zag mijn gegevens' }).click();
    await h1(resident, 'Wie zag mijn gegevens');
    const nurseRows = resident.getByRole('row').filter({ hasText: 'Sanne Dirks' });
    const read = nurseRows
      .filter({ hasText: 'met uw toestemming' })
      .filter({ hasText: /bekeken$|bekeken\s/ });
    const denied = nurseRows.filter({ hasText: 'bekeken (geweigerd)' });
    await expect.poll(() => denied.count()).toBeGreaterThan(0);
    expect(await read.filter({ hasText: 'medicijnen' }).count()).toBeGreaterThan(0);
    expect(await denied.filter({ hasText: 'medicijnen' }).count()).toBeGreaterThan(0);
    await expectAxeClean(resident, 'access log');
    await denied
      .first()
      .getByRole('button', { name: /^Herken ik niet/ })
      .click();
    await resident.getByText('Bedankt voor uw melding.', { exact: false }).waitFor();
    await expect.poll(() => resident.getByRole('cell', { name: 'Gemeld' }).count()).toBe(1);
  });

  it('the nurse asks for consent, the resident reads the message and approves on a phone-sized screen', async () => {
    await menu(nurse)
      .getByRole('link', { name: /^Gedeelde dossiers/ })
      .click();
    await h1(nurse, 'Gedeelde dossiers');
    await nurse.getByRole('link', { name: 'Toestemming vragen aan een inwoner' }).click();
    await h1(nurse, 'Toestemming vragen');
    await nurse.getByLabel('E-mailadres van de inwoner').fill(RESIDENT);
    await nurse.getByLabel('Waarvoor?').selectOption({ label: 'Behandeling of begeleiding' });
    await nurse.getByRole('checkbox', { name: 'Metingen', exact: true }).check();
    await nurse.getByLabel('Tot en met welke dag?').fill(inDays(60));
    await nurse.getByLabel('Toelichting voor de inwoner').fill('Voor de controle van uw bloeddruk.');
    await expectAxeClean(nurse, 'ask for consent');
    await nurse.getByRole('button', { name: 'Vraag versturen' }).click();
    await nurse
      .getByText('Gebruikt deze persoon Wijkpunt? Dan krijgt die uw vraag te zien', { exact: false })
      .waitFor();
    expect(await nurse.getByLabel('E-mailadres van de inwoner').inputValue()).toBe('');

    // The resident, on a phone-sized screen: the menu counts the new message.
    await resident.setViewportSize({ width: 390, height: 844 });
    await resident.goto(`${stack.baseUrl}/`);
    const messagesLink = menu(resident).getByRole('link', { name: /^Berichten/ });
    await expect.poll(() => messagesLink.innerText()).toMatch(/Berichten\s*1/);
    await messagesLink.click();
    await h1(resident, 'Berichten');
    const message = resident
      .getByRole('listitem')
      .filter({ hasText: 'Sanne Dirks (Huisartsenpraktijk Bleijerheide) vraagt uw toestemming' });
    await message.waitFor();
    expect(await message.getByText('Nieuw', { exact: true }).count()).toBe(1);
    await expectAxeClean(resident, 'messages on a phone');
    expect(await resident.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
      true,
    );

    await message.getByRole('link', { name: 'Bekijken' }).click();
    await h1(resident, 'Toestemmingen');
    const request = resident.getByRole('listitem').filter({ hasText: 'Sanne Dirks vraagt uw toestemming' });
    await request.waitFor();
    expect(await request.innerText()).toContain('Voor de controle van uw bloeddruk.');
    expect(await request.innerText()).toContain('Metingen');
    await expectAxeClean(resident, 'consent request on a phone');
    expect(await resident.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
      true,
    );
    await request.getByRole('button', { name: 'Goedkeuren: de vraag van Sanne Dirks' }).click();
    await resident.getByText('U heeft de vraag van Sanne Dirks goedgekeurd.', { exact: false }).waitFor();
    await consentCard(resident, 'actief').filter({ hasText: 'Metingen' }).waitFor();
    // The message was read when it was opened.
    await expect
      .poll(() =>
        menu(resident)
          .getByRole('link', { name: /^Berichten/ })
          .innerText(),
      )
      .toBe('Berichten');

    // The nurse hears back and finds the record shared again.
    await menu(nurse)
      .getByRole('link', { name: /^Berichten/ })
      .click();
    await h1(nurse, 'Berichten');
    await nurse.getByText('Anna Janssen heeft uw vraag om toestemming goedgekeurd.').waitFor();
    await expectAxeClean(nurse, 'messages of the nurse');
    await menu(nurse)
      .getByRole('link', { name: /^Gedeelde dossiers/ })
      .click();
    const row = nurse.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Behandeling of begeleiding: Metingen');
  });
  it('the GP opens the record with emergency access; resident and coordinator are told, and the coordinator sees why', async () => {
    const gp = await stack.newPage();
    const coordinator = await stack.newPage();
    await logIn(gp, stack.baseUrl, 'huisarts@demo.wijkpunt.nl');
    await logIn(coordinator, stack.baseUrl, 'coordinator@demo.wijkpunt.nl');

    await menu(gp)
      .getByRole('link', { name: /^Gedeelde dossiers/ })
      .click();
    await h1(gp, 'Gedeelde dossiers');
    await gp.getByRole('link', { name: 'Noodtoegang tot een dossier' }).click();
    await h1(gp, 'Noodtoegang');
    await gp.getByRole('heading', { name: 'Alleen in een noodsituatie' }).waitFor();
    // A reason that is too short is named at its field; the e-mail address stays.
    await gp.getByLabel('E-mailadres van de inwoner').fill(RESIDENT);
    await gp.getByLabel('Reden').fill('Nood');
    await gp.getByRole('button', { name: 'Dossier openen met noodtoegang' }).click();
    await expect.poll(() => gp.getByLabel('Reden').getAttribute('aria-invalid')).toBe('true');
    expect(await gp.getByLabel('E-mailadres van de inwoner').inputValue()).toBe(RESIDENT);
    await expectAxeClean(gp, 'emergency access with an error');
    await gp.getByLabel('Reden').fill('Onwel aangetroffen op de huisartsenpost, medicatie onbekend');
    await gp.getByRole('button', { name: 'Dossier openen met noodtoegang' }).click();
    await h1(gp, 'Dossier van Anna Janssen');
    await gp.getByText('U kijkt met noodtoegang', { exact: false }).waitFor();
    await gp.getByRole('link', { name: 'Medicijnen', exact: true }).click();
    await gp.getByRole('heading', { level: 2, name: 'Medicijnen die de inwoner nu gebruikt' }).waitFor();
    await expectAxeClean(gp, 'record under emergency access');

    // The resident is told, and reads the reason in the access log.
    await resident.goto(`${stack.baseUrl}/berichten`);
    await h1(resident, 'Berichten');
    await resident
      .getByText(
        'Dr. Pieter Hermans (Huisartsenpraktijk Bleijerheide) heeft uw dossier geopend met noodtoegang.',
        {
          exact: false,
        },
      )
      .waitFor();
    await menu(resident).getByRole('link', { name: 'Wie zag mijn gegevens' }).click();
    await h1(resident, 'Wie zag mijn gegevens');
    await expect
      .poll(() =>
        resident
          .getByRole('row')
          .filter({ hasText: 'Dr. Pieter Hermans' })
          .filter({ hasText: 'medicatie onbekend' })
          .count(),
      )
      .toBeGreaterThan(0);

    // The coordinator is told, and sees who and why, but not whose record.
    await menu(coordinator)
      .getByRole('link', { name: /^Berichten/ })
      .click();
    await coordinator
      .getByText('Noodtoegang tot het dossier van een inwoner van', { exact: false })
      .waitFor();
    await menu(coordinator).getByRole('link', { name: 'Noodtoegang' }).click();
    await h1(coordinator, 'Noodtoegang');
    const row = coordinator.getByRole('row').filter({ hasText: 'Dr. Pieter Hermans' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Onwel aangetroffen op de huisartsenpost');
    await expect.poll(() => coordinator.getByText('Anna Janssen').count()).toBe(0);
    await expectAxeClean(coordinator, 'emergency access review');
    await gp.context().close();
    await coordinator.context().close();
  });
});

// Wmo advice in the browser (issue 7: "A Wmo consultant gets the GP's advice with consent and sees the
// statutory clock"). The Wmo consultant finds Anna Janssen by her e-mail address and opens a case for a report
// of 38 days ago (a date in the future is refused at its field first): the investigation clock says 4 days
// left. He asks Dr. Hermans a question with the part "problems". Anna approves the request on Toestemmingen
// and finds the case in her record, read only. The GP finds the question under Wmo-advies and answers (the
// missing prognosis named at its field first). The consultant reads the advice and the consented part of the
// record, then records the application date: the decision clock starts. Anna opens the case from her
// message and reads the advice. Every page passes axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warnClocks } from '../../src/modules/wmo/warnings.ts';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const CONSULTANT = 'wmo@demo.wijkpunt.nl';
const GP = 'huisarts@demo.wijkpunt.nl';
const RESIDENT = 'inwoner@demo.wijkpunt.nl';
const SUBJECT = 'Hulp bij het huishouden';
const QUESTION = 'Kan mevrouw het zware huishoudelijke werk nog zelf doen?';
const PART = 'Klachten, ziektes en allergieën';

/** A day counted from today in the Dutch calendar (the server's), as a date field takes it. */
const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
/** The panel of one clock on a case page. */
const clock = (page: Page, name: 'Onderzoek' | 'Besluit') =>
  page.locator('.wp-wmo-clocks .wp-panel').filter({ has: page.getByRole('heading', { level: 3, name }) });

describe.skipIf(browserMissing)('Wmo advice in the web app', () => {
  let stack: Stack;
  let consultant: Page;
  let resident: Page;
  let gp: Page;
  let caseUrl = '';
  beforeAll(async () => {
    stack = await startStack();
    consultant = await stack.newPage();
    resident = await stack.newPage();
    gp = await stack.newPage();
    await logIn(consultant, stack.baseUrl, CONSULTANT);
    await logIn(resident, stack.baseUrl, RESIDENT);
    await logIn(gp, stack.baseUrl, GP);
  });
  afterAll(async () => {
    await consultant?.context().close();
    await resident?.context().close();
    await gp?.context().close();
    await stack?.close();
  });

  it('the consultant opens a case and sees the investigation clock, then asks the GP', async () => {
    // Only the consultant has Wmo-meldingen in the menu, only the GP Wmo-advies.
    await expect.poll(() => menu(consultant).getByRole('link', { name: 'Wmo-advies' }).count()).toBe(0);
    await expect.poll(() => menu(gp).getByRole('link', { name: 'Wmo-meldingen' }).count()).toBe(0);
    await expect.poll(() => menu(resident).getByRole('link', { name: /^Wmo/ }).count()).toBe(0);

    await menu(consultant).getByRole('link', { name: 'Wmo-meldingen' }).click();
    await h1(consultant, 'Wmo-meldingen');
    await consultant.getByText('Er zijn nog geen meldingen.').waitFor();
    await expectAxeClean(consultant, 'Wmo cases, empty');

    // Find the resident by her address, then a date in the future: named at its field, input kept.
    await consultant.getByLabel('E-mailadres van de inwoner').fill(RESIDENT);
    await consultant.getByRole('button', { name: 'Inwoner zoeken' }).click();
    await consultant.getByText('Gevonden: Anna Janssen.').waitFor();
    await consultant.getByLabel('Waarover gaat de melding?').fill(SUBJECT);
    const reported = consultant.getByLabel('Datum van de melding');
    await reported.fill(day(3));
    await consultant.getByRole('button', { name: 'Melding openen' }).click();
    await consultant.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    expect(await reported.getAttribute('aria-invalid')).toBe('true');
    expect(await consultant.locator('#wmo-case-reportedOn-error').innerText()).toBe(
      'De datum van de melding ligt in de toekomst.',
    );
    expect(await consultant.getByLabel('Waarover gaat de melding?').inputValue()).toBe(SUBJECT);
    await expectAxeClean(consultant, 'open a case, with an error');

    await reported.fill(day(-38));
    await consultant.getByRole('button', { name: 'Melding openen' }).click();
    await h1(consultant, 'Wmo-melding van Anna Janssen');
    caseUrl = consultant.url();
    await consultant.getByText('De melding is geopend.', { exact: false }).waitFor();
    // Reported 38 days ago: 4 of the 42 days are left, and it warns; the decision clock has not started.
    const investigation = clock(consultant, 'Onderzoek');
    expect(await investigation.locator('.wp-clock').innerText()).toMatch(
      /^Let op\s*:?\s*nog 4 dagen, uiterlijk /,
    );
    expect(await clock(consultant, 'Besluit').locator('.wp-clock').innerText()).toMatch(
      /^Nog niet begonnen\s*:?\s*begint als de aanvraag binnen is$/,
    );
    await expectAxeClean(consultant, 'new case');

    // Ask Dr. Hermans a question, with the part "problems"; it waits for the resident.
    await consultant.getByLabel('Huisarts', { exact: true }).selectOption({
      label: 'Dr. Pieter Hermans, Huisartsenpraktijk Bleijerheide',
    });
    await consultant.getByLabel('Uw vraag aan de huisarts').fill(QUESTION);
    await consultant.getByRole('checkbox', { name: PART }).check();
    await expectAxeClean(consultant, 'ask the GP, filled in');
    await consultant.getByRole('button', { name: 'Vraag versturen' }).click();
    await consultant
      .getByText('Anna Janssen krijgt nu een bericht en beslist of de huisarts uw vraag krijgt.')
      .waitFor();
    const card = consultant.getByRole('listitem').filter({
      has: consultant.getByRole('heading', { level: 3, name: 'Vraag aan Dr. Pieter Hermans' }),
    });
    await card.getByText('Wacht op de inwoner').waitFor();
    expect(await card.getByText(QUESTION).count()).toBe(1);
    await expect.poll(() => card.getByRole('link', { name: PART }).count()).toBe(0);
    await expectAxeClean(consultant, 'question asked');

    // The list puts the case first, with its clocks in words.
    await consultant.getByRole('link', { name: 'Terug naar Wmo-meldingen' }).click();
    await h1(consultant, 'Wmo-meldingen');
    const row = consultant.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    expect(await row.innerText()).toContain(SUBJECT);
    expect(await row.innerText()).toMatch(/Let op\s*:?\s*nog 4 dagen/);
    await expectAxeClean(consultant, 'Wmo cases');
  });

  it('the resident approves the request and finds her case in her record, read only', async () => {
    await menu(resident).getByRole('link', { name: 'Toestemmingen' }).click();
    await h1(resident, 'Toestemmingen');
    const request = resident.getByRole('listitem').filter({
      has: resident.getByRole('heading', { level: 3, name: 'Tom Schreurs vraagt uw toestemming' }),
    });
    await request.waitFor();
    expect(await request.innerText()).toContain(`Vraag aan huisarts Dr. Pieter Hermans: ${QUESTION}`);
    await expectAxeClean(resident, 'consents with the Wmo request');
    await resident.getByRole('button', { name: 'Goedkeuren: de vraag van Tom Schreurs' }).click();
    await resident.getByText('U heeft de vraag van Tom Schreurs goedgekeurd.', { exact: false }).waitFor();

    await menu(resident).getByRole('link', { name: 'Mijn dossier' }).click();
    await h1(resident, 'Mijn dossier');
    await resident.getByRole('heading', { level: 2, name: 'Uw Wmo-melding' }).waitFor();
    await resident.getByRole('link', { name: new RegExp(`^${SUBJECT}, gemeld op `) }).click();
    await h1(resident, 'Uw Wmo-melding');
    expect(resident.url()).toBe(caseUrl);
    await resident.getByText('U heeft toestemming gegeven', { exact: true }).waitFor();
    expect(await clock(resident, 'Onderzoek').innerText()).toContain('nog 4 dagen');
    await expect.poll(() => resident.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await expect.poll(() => resident.getByRole('button', { name: 'Vraag versturen' }).count()).toBe(0);
    await expectAxeClean(resident, 'her case, read only');
  });

  it('the GP finds the question under Wmo-advies and answers it', async () => {
    await gp.reload();
    await menu(gp).getByRole('link', { name: 'Wmo-advies' }).click();
    await h1(gp, 'Wmo-advies');
    const row = gp.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Wacht op uw advies');
    await expectAxeClean(gp, 'GP advice inbox');
    await row.getByRole('link', { name: 'Anna Janssen' }).click();
    await h1(gp, 'Vraag om advies over Anna Janssen');
    expect(await gp.getByText(QUESTION).count()).toBe(1);
    await expectAxeClean(gp, 'question for advice');

    // Without a prognosis: named at its field; what was typed stays.
    const limitations = 'Kan door artrose in beide knieën niet langer dan tien minuten staan.';
    await gp.getByLabel('Beperkingen in het dagelijks leven').fill(limitations);
    await gp
      .getByLabel('Uw antwoord op de vraag')
      .fill('Zwaar huishoudelijk werk kan mevrouw niet meer zelf; licht werk zittend wel.');
    await gp.getByRole('button', { name: 'Advies versturen' }).click();
    await gp.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    expect(await gp.locator('#wmo-answer-prognosis-error').count()).toBe(1);
    expect(await gp.getByLabel('Beperkingen in het dagelijks leven').inputValue()).toBe(limitations);
    await expectAxeClean(gp, 'advice form with an error');

    await gp.getByRole('radio', { name: 'Wordt slechter' }).check();
    await gp
      .getByLabel('Uw aanbeveling (niet verplicht)')
      .fill('Hulp bij het huishouden voor het zware werk.');
    await gp.getByRole('button', { name: 'Advies versturen' }).click();
    await gp.getByText('Uw advies is verstuurd. Tom Schreurs en de inwoner krijgen een bericht.').waitFor();
    await gp.getByRole('heading', { level: 4, name: /^Advies van Dr. Pieter Hermans/ }).waitFor();
    await expect.poll(() => gp.getByRole('button', { name: 'Advies versturen' }).count()).toBe(0);
    await expectAxeClean(gp, 'advice given');
  });

  it('the consultant reads the advice and the consented part, then records the application', async () => {
    await consultant.goto(caseUrl);
    await h1(consultant, 'Wmo-melding van Anna Janssen');
    const card = consultant.getByRole('listitem').filter({
      has: consultant.getByRole('heading', { level: 3, name: 'Vraag aan Dr. Pieter Hermans' }),
    });
    await card.getByRole('heading', { level: 4, name: /^Advies van Dr. Pieter Hermans/ }).waitFor();
    const text = await card.innerText();
    expect(text).toContain('Gegeven');
    expect(text).toContain('Kan door artrose in beide knieën niet langer dan tien minuten staan.');
    expect(text).toContain('Wordt slechter');
    expect(text).toContain('Hulp bij het huishouden voor het zware werk.');
    await expectAxeClean(consultant, 'case with the advice');

    // The consented part opens (the API answers 200), through the record's one door.
    const read = consultant.waitForResponse((r) => /\/residents\/[^/]+\/record\/problems\?/.test(r.url()));
    await card.getByRole('link', { name: PART }).click();
    expect((await read).status()).toBe(200);
    await h1(consultant, /Anna Janssen/);
    await expectAxeClean(consultant, 'consented part of the record');
    await consultant.goBack();
    await h1(consultant, 'Wmo-melding van Anna Janssen');

    // A decision date without the decision is named at the field; the input stays.
    await consultant.getByLabel('Aanvraag ontvangen op').fill(day(0));
    const decided = consultant.getByLabel('Besluit genomen op');
    await decided.fill(day(0));
    await consultant.getByRole('button', { name: 'Opslaan' }).click();
    await consultant.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    expect(await consultant.locator('#wmo-dates-decision-error').innerText()).toBe(
      'Vul het besluit en de datum van het besluit samen in.',
    );
    expect(await consultant.getByLabel('Aanvraag ontvangen op').inputValue()).toBe(day(0));
    await expectAxeClean(consultant, 'dates with an error');

    // The application alone: the decision clock starts with 14 days.
    await decided.fill('');
    await consultant.getByRole('button', { name: 'Opslaan' }).click();
    await consultant.getByText('De datums zijn opgeslagen.', { exact: false }).waitFor();
    await expect
      .poll(() => clock(consultant, 'Besluit').locator('.wp-clock').innerText())
      .toMatch(/^Loopt\s*:?\s*nog 14 dagen, uiterlijk /);
    expect(await clock(consultant, 'Onderzoek').innerText()).toContain('nog 4 dagen');
    await expectAxeClean(consultant, 'application recorded');
  });

  it('the resident opens her case from the message and reads the advice', async () => {
    await resident.goto(`${stack.baseUrl}/`);
    await menu(resident)
      .getByRole('link', { name: /^Berichten/ })
      .click();
    await h1(resident, 'Berichten');
    const message = resident
      .getByRole('listitem')
      .filter({ hasText: 'Huisarts Dr. Pieter Hermans heeft advies gegeven over de Wmo-melding.' });
    await message.getByRole('link', { name: 'Bekijken' }).click();
    await h1(resident, 'Uw Wmo-melding');
    expect(resident.url()).toBe(caseUrl);
    await resident.getByRole('heading', { level: 4, name: /^Advies van Dr. Pieter Hermans/ }).waitFor();
    expect(await resident.getByText('Wordt slechter').count()).toBe(1);
    expect(await clock(resident, 'Besluit').innerText()).toContain('nog 14 dagen');
    await expectAxeClean(resident, 'her case with the advice');
  });

  it('the consultant wants no e-mail: the clock warning still arrives under Berichten, and no e-mail goes out', async () => {
    await menu(consultant).getByRole('link', { name: 'Mijn profiel' }).click();
    await h1(consultant, 'Mijn profiel');
    const mail = consultant.getByRole('checkbox', {
      name: 'Stuur mij een e-mail als er een nieuw bericht voor mij is',
    });
    expect(await mail.isChecked()).toBe(true);
    await mail.uncheck();
    await consultant.getByRole('button', { name: 'Opslaan' }).click();
    await consultant.getByText('Uw gegevens zijn opgeslagen.').waitFor();
    await consultant.reload();
    await h1(consultant, 'Mijn profiel');
    expect(await mail.isChecked()).toBe(false);
    await expectAxeClean(consultant, 'profile with the e-mail choice');

    // The daily job: the investigation clock has four days left, so it warns, once.
    const db = stack.server.database.db;
    const mailsBefore = (await db.selectFrom('outbox').select('id').execute()).length;
    expect(await warnClocks(db, { publicUrl: stack.baseUrl })).toBe(1);
    expect(await warnClocks(db, { publicUrl: stack.baseUrl })).toBe(0);
    expect((await db.selectFrom('outbox').select('id').execute()).length).toBe(mailsBefore);

    await consultant.goto(`${stack.baseUrl}/`);
    await menu(consultant)
      .getByRole('link', { name: /^Berichten/ })
      .click();
    await h1(consultant, 'Berichten');
    const warning = consultant
      .getByRole('listitem')
      .filter({
        hasText:
          /Een Wmo-melding nadert de wettelijke termijn: het onderzoek moet klaar zijn op .* \(nog 4 dagen\)\./,
      });
    await warning.getByRole('link', { name: 'Bekijken' }).click();
    await h1(consultant, 'Wmo-melding van Anna Janssen');
    expect(consultant.url()).toBe(caseUrl);
  });
});

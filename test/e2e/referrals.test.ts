// Closed-loop referral in the browser (issue 7, Welzijn op Recept). The resident adds a GP file and gives the
// GP consent for treatment on her complaints; the GP opens her shared record and refers her to Welzijn
// Kerkrade (errors at their fields first, with the input kept), sending that part of the record along. The
// welfare coach finds it under Ontvangen, reads the part that came with it, confirms receipt, accepts,
// starts and completes it with the message back: a walking group from the social map and ONS4 before and
// after. The GP reads the message back; the resident finds the referral in her record, with every step and
// the message back. A second referral is declined with a reason (named at its field when missing), which the
// GP reads among the steps. Every page passes axe.
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
const GP = 'huisarts@demo.wijkpunt.nl';
const COACH = 'welzijn@demo.wijkpunt.nl';
const GP_OPTION = 'Dr. Pieter Hermans, Huisarts bij Huisartsenpraktijk Bleijerheide';
const PROBLEMS = 'Klachten, ziektes en allergieën';
const TITLE = 'Verwijzing van Anna Janssen naar Welzijn Kerkrade';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const status = (page: Page, word: string) => page.getByText(`Status: ${word}`, { exact: true }).waitFor();
const step = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

describe.skipIf(browserMissing)('a referral from the GP to the welfare coach, and the message back', () => {
  let stack: Stack;
  let resident: Page;
  let gp: Page;
  let coach: Page;
  beforeAll(async () => {
    stack = await startStack();
    resident = await stack.newPage();
    gp = await stack.newPage();
    coach = await stack.newPage();
    await logIn(resident, stack.baseUrl, RESIDENT);
    await logIn(gp, stack.baseUrl, GP);
    await logIn(coach, stack.baseUrl, COACH);
  });
  afterAll(async () => {
    await resident?.context().close();
    await gp?.context().close();
    await coach?.context().close();
    await stack?.close();
  });

  it('the resident adds a GP file and gives the GP consent for treatment on her complaints', async () => {
    await menu(resident).getByRole('link', { name: 'Mijn dossier' }).click();
    await h1(resident, 'Mijn dossier');
    await resident.getByLabel('Bestand', { exact: true }).setInputFiles(BUNDLE);
    await resident.getByRole('button', { name: 'Toevoegen' }).click();
    await resident.getByText(/Het bestand is toegevoegd aan uw dossier/).waitFor();
    // Not referred yet: the record has no referrals section.
    await expect
      .poll(() => resident.getByRole('heading', { level: 2, name: 'Verwijzingen' }).count())
      .toBe(0);

    await menu(resident).getByRole('link', { name: 'Toestemmingen' }).click();
    await h1(resident, 'Toestemmingen');
    await resident.getByLabel('Zoek een persoon of organisatie').fill('Hermans');
    await resident.getByRole('radio', { name: GP_OPTION }).check();
    await resident.getByLabel('Waarvoor mag dit?').selectOption({ label: 'Behandeling of begeleiding' });
    await resident.getByRole('checkbox', { name: PROBLEMS, exact: true }).check();
    await resident.getByLabel('Tot en met welke dag?').fill(inDays(60));
    await resident.getByRole('button', { name: 'Toestemming geven' }).click();
    await resident.getByText('U heeft Dr. Pieter Hermans toestemming gegeven.', { exact: false }).waitFor();
  });

  it('the GP refers her from her record to Welzijn Kerkrade, with the complaints', async () => {
    await menu(gp)
      .getByRole('link', { name: /^Gedeelde dossiers/ })
      .click();
    await gp
      .getByRole('row', { name: /Anna Janssen/ })
      .getByRole('link', { name: 'Anna Janssen' })
      .click();
    await h1(gp, 'Dossier van Anna Janssen');
    await gp.getByRole('link', { name: 'Deze inwoner verwijzen' }).click();
    await h1(gp, 'Een inwoner verwijzen');
    expect(await gp.getByLabel('Voor wie is de verwijzing?').inputValue()).not.toBe('');
    await expectAxeClean(gp, 'new referral');

    await gp
      .getByLabel('Zoek een organisatie, een team of een aanbod op de sociale kaart')
      .fill('Welzijn Kerkrade');
    await gp.getByRole('radio', { name: 'Welzijn Kerkrade (organisatie)', exact: true }).check();
    await gp.getByRole('checkbox', { name: 'Minder eenzaam', exact: true }).check();
    await gp.getByLabel('ICPC-codes (als u die heeft)').fill('z29');
    // Only the parts the GP may see are offered; sending one asks for the resident's agreement.
    await expect.poll(() => gp.getByRole('checkbox', { name: 'Medicijnen', exact: true }).count()).toBe(0);
    await gp.getByRole('checkbox', { name: PROBLEMS, exact: true }).check();
    await gp.getByRole('radio', { name: 'Telefoon' }).check();
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await gp.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    const agreed = gp.getByRole('checkbox', { name: 'De inwoner vindt het goed dat deze delen meegaan' });
    expect(await agreed.getAttribute('aria-invalid')).toBe('true');
    await agreed.check();

    // The server names the missing reason at its field; the rest stays as it was.
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    const reason = gp.getByLabel('Waarom verwijst u?');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await gp.locator('#referral-new-reason-error').innerText()).not.toBe('');
    expect(await gp.getByRole('checkbox', { name: PROBLEMS, exact: true }).isChecked()).toBe(true);
    expect(
      await gp.getByRole('radio', { name: 'Welzijn Kerkrade (organisatie)', exact: true }).isChecked(),
    ).toBe(true);
    await expectAxeClean(gp, 'new referral with an error');

    await reason.fill('Mevrouw is eenzaam sinds haar man is overleden. Welzijn op Recept.');
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await h1(gp, TITLE);
    await gp.getByText('De verwijzing naar Welzijn Kerkrade is verstuurd.', { exact: false }).waitFor();
    await status(gp, 'Verstuurd');
    expect(await gp.getByText('Z29', { exact: true }).count()).toBe(1);
    // The referrer may only withdraw it.
    expect(await gp.getByRole('button', { name: 'Verwijzing intrekken' }).count()).toBe(1);
    await expect.poll(() => gp.getByRole('button', { name: 'Aannemen' }).count()).toBe(0);
    await expectAxeClean(gp, 'referral sent');
  });

  it('the welfare coach finds it under Ontvangen, reads the complaints and takes it to completion', async () => {
    await menu(coach).getByRole('link', { name: 'Verwijzingen' }).click();
    await h1(coach, 'Verwijzingen');
    const received = coach.getByRole('table', { name: /Verwijzingen die u heeft gekregen/ });
    const row = received.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Verstuurd');
    await expectAxeClean(coach, 'referrals of the coach');
    await row.getByRole('link', { name: 'Anna Janssen' }).click();
    await h1(coach, TITLE);

    // The part that went with it opens through the referral.
    await coach.getByRole('link', { name: PROBLEMS, exact: true }).click();
    await h1(coach, `${PROBLEMS} — verwijzing van Anna Janssen`);
    await expect.poll(() => coach.getByRole('table').count()).toBeGreaterThan(0);
    await expectAxeClean(coach, 'the record part of a referral');
    await coach.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await h1(coach, TITLE);

    await step(coach, 'Ontvangst bevestigen');
    await coach.getByText('U heeft de ontvangst van deze verwijzing bevestigd.').waitFor();
    await status(coach, 'Ontvangen');
    await step(coach, 'Aannemen');
    await coach.getByText('U heeft deze verwijzing aangenomen.', { exact: false }).waitFor();
    await status(coach, 'Aangenomen');
    await step(coach, 'Beginnen met de hulp');
    await coach.getByText('U bent begonnen met de hulp.').waitFor();
    await status(coach, 'Bezig');
    await expectAxeClean(coach, 'referral in progress');

    // The message back: without words first, then with a walking group and ONS4.
    await step(coach, 'Afronden met terugbericht');
    await coach.getByRole('heading', { level: 3, name: 'Afronden met een terugbericht' }).waitFor();
    await coach.getByRole('button', { name: 'Afronden en terugbericht sturen' }).click();
    const support = coach.getByLabel('Welke hulp heeft u gegeven?');
    await expect.poll(() => support.getAttribute('aria-invalid')).toBe('true');
    expect(await coach.getByLabel('Wat heeft het opgeleverd?').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(coach, 'message back with errors');

    await coach.getByRole('checkbox', { name: 'Minder eenzaam', exact: true }).check();
    await support.fill('Drie gesprekken bij haar thuis. Samen naar de wandelgroep geweest.');
    await coach.getByLabel('Zoek aanbod op de sociale kaart').fill('Wandelgroep Bleijerheide');
    await coach
      .getByRole('checkbox', { name: /^Wandelgroep Bleijerheide/ })
      .first()
      .check();
    await coach
      .getByLabel('Wat heeft het opgeleverd?')
      .fill('Ze wandelt elke week mee en voelt zich minder alleen.');
    await coach.getByRole('radio', { name: 'Ja, met de ONS4' }).check();
    await coach.getByLabel('Score aan het begin').fill('4');
    await coach.getByLabel('Score aan het eind').fill('7');
    await expectAxeClean(coach, 'message back filled in');
    await coach.getByRole('button', { name: 'Afronden en terugbericht sturen' }).click();
    await coach.getByText('U heeft deze verwijzing afgerond.', { exact: false }).waitFor();
    await status(coach, 'Afgerond');
    await coach.getByRole('heading', { level: 2, name: 'Terugbericht' }).waitFor();
    // Closed: the record part no longer opens, and there is nothing more to do.
    await expect.poll(() => coach.getByRole('link', { name: PROBLEMS, exact: true }).count()).toBe(0);
    await expect.poll(() => coach.getByRole('heading', { name: 'Wat wilt u doen?' }).count()).toBe(0);
    await expectAxeClean(coach, 'referral completed');
  });

  it('the GP reads the message back', async () => {
    await menu(gp).getByRole('link', { name: 'Verwijzingen' }).click();
    await h1(gp, 'Verwijzingen');
    const sent = gp.getByRole('table', { name: /Verwijzingen die u heeft verstuurd/ });
    const row = sent.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Afgerond');
    await expectAxeClean(gp, 'referrals of the GP');
    await row.getByRole('link', { name: 'Anna Janssen' }).click();
    await h1(gp, TITLE);
    await status(gp, 'Afgerond');
    const feedback = gp.getByRole('region', { name: 'Terugbericht' });
    await feedback.waitFor();
    const text = await feedback.innerText();
    expect(text).toContain('Minder eenzaam');
    expect(text).toContain('Drie gesprekken bij haar thuis.');
    expect(text).toContain('Ze wandelt elke week mee');
    expect(text).toContain('Welzijn (ONS4)');
    expect(text).toContain('Eerst 4, daarna 7');
    expect(await feedback.getByRole('link', { name: /^Wandelgroep Bleijerheide/ }).count()).toBe(1);
    await expectAxeClean(gp, 'message back for the GP');
    // The download link gives the referral as FHIR: a Bundle with the Task.
    const href = await gp.getByRole('link', { name: /als FHIR-bestand/ }).getAttribute('href');
    const types = await gp.evaluate(async (url) => {
      const bundle = (await (await fetch(url!)).json()) as {
        entry: { resource: { resourceType: string } }[];
      };
      return bundle.entry.map((e) => e.resource.resourceType);
    }, href);
    expect(types).toContain('Task');
  });

  it('the resident sees the referral in her record, with every step and the message back', async () => {
    await menu(resident).getByRole('link', { name: 'Mijn dossier' }).click();
    await h1(resident, 'Mijn dossier');
    const section = resident.getByRole('region', { name: 'Verwijzingen' });
    await section.waitFor();
    await expectAxeClean(resident, 'record with referrals');
    await section.getByRole('link', { name: /^Welzijn Kerkrade: Afgerond/ }).click();
    await h1(resident, 'Uw verwijzing naar Welzijn Kerkrade');
    await status(resident, 'Afgerond');
    // Every step: referred, received, accepted, started, completed.
    const steps = resident.getByRole('table', { name: 'De stappen van deze verwijzing, de oudste eerst' });
    await expect.poll(() => steps.getByRole('row').count()).toBe(6);
    const rows = await steps.innerText();
    expect(rows).toContain('Dr. Pieter Hermans (verwijzer)');
    expect(rows).toContain('Youssef El Amrani (ontvanger)');
    expect(rows).toContain('Van Bezig naar Afgerond');
    const feedback = resident.getByRole('region', { name: 'Terugbericht' });
    expect(await feedback.innerText()).toContain('Eerst 4, daarna 7');
    // No steps for the resident of a referral made by her GP.
    await expect.poll(() => resident.getByRole('heading', { name: 'Wat wilt u doen?' }).count()).toBe(0);
    await expectAxeClean(resident, 'referral for the resident');

    await menu(resident).getByRole('link', { name: 'Verwijzingen' }).click();
    await h1(resident, 'Verwijzingen');
    const mine = resident.getByRole('table', { name: /Uw verwijzingen/ });
    expect(await mine.getByRole('row', { name: /Welzijn Kerkrade/ }).innerText()).toContain('Afgerond');
    await expect.poll(() => resident.getByRole('heading', { name: 'Ontvangen' }).count()).toBe(0);
    await expectAxeClean(resident, 'referrals of the resident');
  });

  it('a second referral, made from Verwijzingen, is declined with a reason the GP reads', async () => {
    await menu(gp).getByRole('link', { name: 'Verwijzingen' }).click();
    await gp.getByRole('link', { name: 'Een inwoner verwijzen' }).click();
    await h1(gp, 'Een inwoner verwijzen');
    await gp.getByLabel('Voor wie is de verwijzing?').selectOption({ label: 'Anna Janssen' });
    await gp
      .getByLabel('Zoek een organisatie, een team of een aanbod op de sociale kaart')
      .fill('Welzijn Kerkrade');
    await gp.getByRole('radio', { name: 'Welzijn Kerkrade (organisatie)', exact: true }).check();
    await gp.getByLabel('Waarom verwijst u?').fill('Zoekt hulp bij haar administratie.');
    await gp.getByRole('button', { name: 'Verwijzing versturen' }).click();
    await h1(gp, TITLE);
    await gp.getByText('Er gaan geen gegevens uit het dossier mee.').waitFor();
    const url = gp.url();

    await coach.goto(url);
    await h1(coach, TITLE);
    await step(coach, 'Ontvangst bevestigen');
    await status(coach, 'Ontvangen');
    await step(coach, 'Weigeren');
    await coach.getByRole('heading', { level: 3, name: 'De verwijzing weigeren' }).waitFor();
    await coach.getByRole('button', { name: 'Weigeren', exact: true }).last().click();
    const reason = coach.getByLabel('Reden');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(coach, 'declining without a reason');
    await reason.fill('Hiervoor kan mevrouw beter naar de Formulierenhulp.');
    await coach.getByRole('button', { name: 'Weigeren', exact: true }).last().click();
    await coach.getByText('U heeft deze verwijzing geweigerd.', { exact: false }).waitFor();
    await status(coach, 'Geweigerd');

    await gp.reload();
    await status(gp, 'Geweigerd');
    const steps = gp.getByRole('table', { name: 'De stappen van deze verwijzing, de oudste eerst' });
    const declined = steps.getByRole('row', { name: /Van Ontvangen naar Geweigerd/ });
    expect(await declined.innerText()).toContain('Hiervoor kan mevrouw beter naar de Formulierenhulp.');
    // Closed: nothing left to withdraw.
    await expect.poll(() => gp.getByRole('button', { name: 'Verwijzing intrekken' }).count()).toBe(0);
    await expectAxeClean(gp, 'declined referral for the GP');
  });
});

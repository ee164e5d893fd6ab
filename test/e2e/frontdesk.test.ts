// The front desk in the browser. The resident, on a phone-sized screen, asks through the intake one step at a
// time, goes back a step and forward again without losing what she wrote, sends, and reads that the
// wellbeing team answers. The welfare coach finds the question in the front-desk queue, reads who asked and
// why it went to wellbeing, picks it up and answers; a question taken down on the phone needs a way to reach
// the caller, and is moved to care with a note and closed. The resident reads the message under Berichten,
// the answer and every step; a question with words of acute danger is confirmed with where to get help now.
// Every page passes axe; on the phone nothing scrolls sideways.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const RESIDENT = 'inwoner@demo.wijkpunt.nl';
const COACH = 'welzijn@demo.wijkpunt.nl';
const QUESTION =
  'Ik voel me vaak alleen sinds mijn man is overleden. Ik zie bijna niemand meer. Waar kan ik terecht?';
const TRIED = 'Ik ben een keer naar de kerk gegaan, maar daar ken ik bijna niemand.';
const ANSWER =
  'Fijn dat u dit schrijft. Ik bel u deze week om samen te kijken naar een wandelgroep of een maatje bij u in de buurt.';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const step = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name }).waitFor();
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const next = (page: Page) => page.getByRole('button', { name: 'Volgende' }).click();

describe.skipIf(browserMissing)('the front desk in the web app', () => {
  let stack: Stack;
  let resident: Page;
  let coach: Page;
  let questionUrl = '';
  beforeAll(async () => {
    stack = await startStack();
    resident = await stack.newPage();
    coach = await stack.newPage();
    await resident.setViewportSize({ width: 390, height: 844 });
    await logIn(resident, stack.baseUrl, RESIDENT);
    await logIn(coach, stack.baseUrl, COACH);
  });
  afterAll(async () => {
    await resident?.context().close();
    await coach?.context().close();
    await stack?.close();
  });

  it('the resident asks through the intake on a phone, going back a step without losing her words', async () => {
    await menu(resident).getByRole('link', { name: 'Vraag stellen' }).click();
    await h1(resident, 'Vraag stellen');
    await resident.getByText('U heeft nog geen vragen gesteld.').waitFor();
    await step(resident, /Stap 1 van 5/);
    await expectAxeClean(resident, 'intake, step 1');
    expect(await noSidewaysScroll(resident)).toBe(true);

    await resident.getByRole('radio', { name: 'Ik weet het niet' }).check();
    await next(resident);
    await step(resident, /Stap 2 van 5\s*Voor wie is de vraag\?/);
    // The new step's question has focus, so a screen reader starts there.
    expect(await resident.evaluate(() => document.activeElement?.textContent)).toContain('Stap 2 van 5');
    await resident.getByRole('radio', { name: 'Voor mijzelf' }).check();
    await next(resident);
    await step(resident, /Hoe lang speelt dit al\?/);
    await resident.getByRole('radio', { name: 'Een paar maanden', exact: true }).check();
    await next(resident);
    await step(resident, /Wat heeft u zelf al geprobeerd\?/);
    await resident.getByLabel('Wat heeft u zelf al geprobeerd?').fill(TRIED);
    await next(resident);
    await step(resident, /Stap 5 van 5\s*Wat is uw vraag\?/);
    await resident.getByLabel('Wat is uw vraag?').fill(QUESTION);
    await expectAxeClean(resident, 'intake, last step');
    expect(await noSidewaysScroll(resident)).toBe(true);

    // Back a step and forward again: both answers are still there, and so are the earlier choices.
    await resident.getByRole('button', { name: 'Vorige stap' }).click();
    await step(resident, /Stap 4 van 5/);
    expect(await resident.getByLabel('Wat heeft u zelf al geprobeerd?').inputValue()).toBe(TRIED);
    await resident.getByRole('button', { name: 'Vorige stap' }).click();
    await step(resident, /Stap 3 van 5/);
    expect(await resident.getByRole('radio', { name: 'Een paar maanden', exact: true }).isChecked()).toBe(
      true,
    );
    await next(resident);
    await next(resident);
    await step(resident, /Stap 5 van 5/);
    expect(await resident.getByLabel('Wat is uw vraag?').inputValue()).toBe(QUESTION);

    await resident.getByLabel('Uw postcode').fill('6462 ab');
    await resident.getByRole('button', { name: 'Vraag versturen' }).click();
    await resident.getByRole('heading', { level: 2, name: 'Uw vraag is verstuurd' }).waitFor();
    await resident.getByText('Welzijnsteam Bleijerheide beantwoordt uw vraag.').waitFor();
    // Nothing in her words asks for urgent help, so the confirmation does not start with it.
    await expect
      .poll(() => resident.getByRole('heading', { name: 'Heeft u nu hulp nodig?' }).count())
      .toBe(0);
    const mine = resident.getByRole('listitem').filter({ hasText: 'Ik voel me vaak alleen' });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Verstuurd. Het team heeft uw vraag nog niet opgepakt.');
    expect(await mine.innerText()).toContain('Welzijn');
    await expectAxeClean(resident, 'question sent');
    expect(await noSidewaysScroll(resident)).toBe(true);

    await resident.getByRole('link', { name: 'Bekijk uw vraag' }).click();
    await h1(resident, 'Vraag aan het loket');
    questionUrl = new URL(resident.url()).pathname;
    expect(questionUrl).toMatch(/^\/loket\/vragen\/[0-9a-f-]{36}$/);
    await resident.getByText('U stelde uw vraag.').waitFor();
    await expectAxeClean(resident, 'own question, sent');
    expect(await noSidewaysScroll(resident)).toBe(true);
  });

  it('the welfare coach finds it in the queue, sees why it is hers, picks it up and answers', async () => {
    await menu(coach).getByRole('link', { name: 'Loket' }).click();
    await h1(coach, 'Loket');
    const row = coach.getByRole('row', { name: /Anna Janssen/ });
    await row.waitFor();
    const cells = await row.innerText();
    expect(cells).toContain('Welzijn');
    expect(cells).toContain('Welzijnsteam Bleijerheide');
    expect(cells).toContain('Nieuw');
    expect(cells).toContain('Zelf online gesteld');
    await coach.getByText('Welzijnsteam Bleijerheide: Welzijn, Bleijerheide').waitFor();
    await expectAxeClean(coach, 'front-desk queue');

    await row.getByRole('link', { name: /^Vraag van/ }).click();
    await h1(coach, 'Vraag aan het loket');
    expect(new URL(coach.url()).pathname).toBe(questionUrl);
    await coach.getByText(QUESTION).waitFor();
    const details = await coach.getByRole('region', { name: 'Gegevens voor het team' }).innerText();
    expect(details).toContain('Anna Janssen');
    expect(details).toContain('6462AB');
    expect(details).toContain('Woorden in de vraag: alleen, niemand');
    const refer = coach.getByRole('link', { name: 'Verwijzing maken voor deze vraag' });
    expect(await refer.getAttribute('href')).toMatch(
      new RegExp(`^/verwijzingen/nieuw\\?inwoner=[0-9a-f-]{36}&vraag=${questionUrl.split('/').pop()}$`),
    );
    await expectAxeClean(coach, 'question as the team');

    await coach.getByRole('button', { name: 'Vraag oppakken' }).click();
    await coach.getByText('U heeft de vraag opgepakt.').waitFor();
    await coach.getByText('Youssef El Amrani pakte de vraag op.').waitFor();
    await expect.poll(() => coach.getByRole('button', { name: 'Vraag oppakken' }).count()).toBe(0);

    // An empty answer is named at its field; then the answer goes out.
    await coach.getByRole('button', { name: 'Antwoord versturen' }).click();
    await coach.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    expect(await coach.getByLabel('Uw antwoord').getAttribute('aria-invalid')).toBe('true');
    await coach.getByLabel('Uw antwoord').fill(ANSWER);
    await coach.getByRole('button', { name: 'Antwoord versturen' }).click();
    await coach.getByText('Uw antwoord is opgeslagen.').waitFor();
    await coach.getByText('Youssef El Amrani gaf antwoord.').waitFor();
    expect(await coach.getByRole('region', { name: 'Het antwoord' }).innerText()).toContain(ANSWER);
    await expectAxeClean(coach, 'question answered, as the team');
  });

  it('a question taken down on the phone needs a way to reach the caller; it is moved and closed', async () => {
    await menu(coach).getByRole('link', { name: 'Loket' }).click();
    await h1(coach, 'Loket');
    await coach.getByRole('radio', { name: 'Aan de telefoon' }).check();
    await coach
      .getByLabel('De vraag', { exact: true })
      .fill('Meneer belt: hij kan zijn huur niet meer betalen.');
    await coach.getByRole('button', { name: 'Vraag opslaan' }).click();
    await coach.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    const contact = coach.getByLabel('Hoe bereiken we deze persoon?');
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(coach, 'desk form with an error');
    await contact.fill('Meneer Peters, 045 123 45 67');
    await coach.getByRole('button', { name: 'Vraag opslaan' }).click();
    await coach.getByText('De vraag staat in de wachtrij voor Welzijn.').waitFor();
    const row = coach.getByRole('row', { name: /Meneer Peters/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Aan de telefoon');
    // The answered question left the open queue; with all questions shown it is back.
    await expect.poll(() => coach.getByRole('row', { name: /Anna Janssen/ }).count()).toBe(0);
    await coach.getByLabel('Ook beantwoorde en afgesloten vragen tonen').check();
    await coach.getByRole('row', { name: /Anna Janssen/ }).waitFor();
    expect(await coach.getByRole('row', { name: /Anna Janssen/ }).innerText()).toContain('Beantwoord');
    await expectAxeClean(coach, 'front-desk queue, all questions');

    // The coach moves the caller's question to care with a note (the stream named at its field first),
    // and closes it; then there is nothing left to do with it.
    await coach.getByRole('link', { name: 'Bekijk de vraag die u net opschreef' }).click();
    await h1(coach, 'Vraag aan het loket');
    await coach.getByText('Deze persoon heeft geen account', { exact: false }).waitFor();
    const details = await coach.getByRole('region', { name: 'Gegevens voor het team' }).innerText();
    expect(details).toContain('Meneer Peters, 045 123 45 67');
    expect(details).toContain('Aan de telefoon');
    await coach.getByRole('button', { name: 'Vraag doorzetten' }).click();
    await coach.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    expect(await coach.getByLabel('Naar welke stroom?').getAttribute('aria-invalid')).toBe('true');
    await coach.getByLabel('Naar welke stroom?').selectOption({ label: 'Zorg' });
    await coach.getByLabel('Toelichting voor het andere team').fill('Hij heeft ook veel pijn in zijn rug.');
    await coach.getByRole('button', { name: 'Vraag doorzetten' }).click();
    await coach.getByText('De vraag staat nu bij Zorg.').waitFor();
    await coach.getByText('Toelichting: Hij heeft ook veel pijn in zijn rug.').waitFor();
    expect(await coach.getByText('Youssef El Amrani schreef de vraag op.').count()).toBe(1);
    await coach.getByRole('button', { name: 'Vraag afsluiten' }).click();
    await coach.getByText('De vraag is afgesloten.', { exact: true }).waitFor();
    // The notice comes first; the page then reloads the question without its actions.
    await expect.poll(() => coach.getByRole('region', { name: 'Wat wilt u doen?' }).count()).toBe(0);
    await expect
      .poll(() => coach.getByRole('link', { name: 'Verwijzing maken voor deze vraag' }).count())
      .toBe(0);
    await expectAxeClean(coach, 'question moved and closed, as the team');
  });

  it('the resident reads the message, the answer and every step', async () => {
    await resident.goto(`${stack.baseUrl}/`);
    const messagesLink = menu(resident).getByRole('link', { name: /^Berichten/ });
    await expect.poll(() => messagesLink.innerText()).toMatch(/Berichten\s*1/);
    await messagesLink.click();
    await h1(resident, 'Berichten');
    const message = resident
      .getByRole('listitem')
      .filter({ hasText: 'Uw vraag aan het loket is beantwoord.' });
    await message.waitFor();
    await expectAxeClean(resident, 'messages on a phone');
    await message.getByRole('link', { name: 'Bekijken' }).click();
    await h1(resident, 'Vraag aan het loket');
    expect(new URL(resident.url()).pathname).toBe(questionUrl);

    const answer = await resident.getByRole('region', { name: 'Het antwoord' }).innerText();
    expect(answer).toContain('Antwoord van Youssef El Amrani');
    expect(answer).toContain(ANSWER);
    const steps = await resident.getByRole('region', { name: 'Wat er met de vraag is gebeurd' }).innerText();
    expect(steps).toContain('U stelde uw vraag.');
    expect(steps).toContain('Iemand van het team is met uw vraag bezig.');
    expect(steps).toContain('Youssef El Amrani gaf antwoord.');
    // The team's details and actions are not hers.
    await expect.poll(() => resident.getByRole('region', { name: 'Gegevens voor het team' }).count()).toBe(0);
    await expect.poll(() => resident.getByRole('button', { name: 'Vraag afsluiten' }).count()).toBe(0);
    await expectAxeClean(resident, 'own question, answered');
    expect(await noSidewaysScroll(resident)).toBe(true);

    await resident.getByRole('link', { name: 'Terug naar Vraag stellen' }).click();
    await h1(resident, 'Vraag stellen');
    const mine = resident.getByRole('listitem').filter({ hasText: 'Ik voel me vaak alleen' });
    await expect.poll(() => mine.innerText()).toContain('Beantwoord.');
  });

  it('a question with words of acute danger is confirmed with where to get help now, first', async () => {
    await step(resident, /Stap 1 van 5/);
    for (let i = 0; i < 4; i++) await next(resident);
    await resident.getByLabel('Wat is uw vraag?').fill('Ik wil niet meer leven zonder hem.');
    await resident.getByRole('button', { name: 'Vraag versturen' }).click();
    const help = resident.getByRole('heading', { level: 2, name: 'Heeft u nu hulp nodig?' });
    await help.waitFor();
    // The kind message comes before the confirmation, and the numbers can be called from the phone.
    const headings = await resident.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('Heeft u nu hulp nodig?')).toBeLessThan(
      headings.indexOf('Uw vraag is verstuurd'),
    );
    expect(await resident.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    expect(await resident.getByRole('link', { name: '0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    await expectAxeClean(resident, 'urgent question sent');
    expect(await noSidewaysScroll(resident)).toBe(true);
  });
});

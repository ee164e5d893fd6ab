// Three roles log in through the real web app; each sees only its navigation; pages pass axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, navLabels, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

describe.skipIf(browserMissing)('browser journeys', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('the login page is keyboard-usable and accessible, and a wrong password is explained', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/`);
    await page.waitForURL(/\/inloggen/);
    await expectAxeClean(page, 'login');
    // The skip link comes first; the form works with the keyboard alone.
    expect(
      await page.evaluate(() => document.querySelector('a[href], button, input')?.getAttribute('href')),
    ).toBe('#inhoud');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type('inwoner@demo.wijkpunt.nl');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await page.keyboard.type('fout wachtwoord');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Het e-mailadres of wachtwoord klopt niet.').count())
      .toBeGreaterThan(0);
    // What was typed stays.
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('inwoner@demo.wijkpunt.nl');
    await expectAxeClean(page, 'login with error');
    await page.context().close();
  });

  it('a resident sees their own menu and their access log, and logs out', async () => {
    const page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'inwoner@demo.wijkpunt.nl');
    expect(await navLabels(page)).toEqual([
      'Start',
      'Vraag stellen',
      'Mijn dossier',
      'Gezondheidscheck',
      'Toestemmingen',
      'Verwijzingen',
      'Sociale kaart',
      'Berichten',
      'Mijn gegevens',
      'Mijn profiel',
      'Wie zag mijn gegevens',
    ]);
    await expectAxeClean(page, 'resident home');
    await page.getByRole('link', { name: 'Wie zag mijn gegevens' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'ingelogd' }).count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'access log');
    const denied = await page.evaluate(async () => (await fetch('/api/v1/people')).status);
    expect(denied).toBe(403);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen/);
    await page.context().close();
  });

  it('a coordinator sees their neighbourhoods, in Dutch and in English', async () => {
    const page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'coordinator@demo.wijkpunt.nl');
    expect(await navLabels(page)).toEqual([
      'Start',
      'Mijn wijken',
      'Noodtoegang',
      'Cijfers verwijzingen',
      'Cijfers gezondheidscheck',
      'Behoeften en aanbod',
      'Sociale kaart',
      'Aanbod bewerken',
      'Werklijst sociale kaart',
      'Sociale kaart importeren',
      'Dubbelen op de sociale kaart',
      'Bronnen van de sociale kaart',
      'Berichten',
      'Mijn profiel',
      'Wie zag mijn gegevens',
    ]);
    await page.getByRole('link', { name: 'Mijn wijken' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Bleijerheide/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: /Chevremont/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { name: /Terwinselen/ }).count()).toBe(0);
    await expectAxeClean(page, 'coordinator neighbourhoods');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Main menu' }).count()).toBe(1);
    expect(
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').allInnerTexts(),
    ).toContain('My neighbourhoods');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAxeClean(page, 'coordinator in English');
    await page.context().close();
  });

  it('an administrator manages people and sees field errors without losing input', async () => {
    const page = await stack.newPage();
    await logIn(page, stack.baseUrl, 'beheer@demo.wijkpunt.nl');
    expect(await navLabels(page)).toEqual([
      'Start',
      'Behoeften en aanbod',
      'Sociale kaart',
      'Sociale kaart importeren',
      'Dubbelen op de sociale kaart',
      'Bronnen van de sociale kaart',
      'Vragenlijsten beheren',
      'Wijken beheren',
      'Organisaties beheren',
      'Mensen beheren',
      'Uitgaande e-mail',
      'Berichten',
      'Mijn profiel',
      'Wie zag mijn gegevens',
    ]);
    await page.getByRole('link', { name: 'Mensen beheren' }).click();
    await expect.poll(() => page.getByText('inwoner@demo.wijkpunt.nl').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'admin people');

    await page.getByRole('link', { name: 'Wijken beheren' }).click();
    await expect.poll(() => page.getByText('WK092801').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'admin neighbourhoods');

    // A bad CBS code: the server's message appears at the field, and nothing typed is lost.
    await page.getByRole('button', { name: 'Nieuwe wijk toevoegen' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Holz');
    await page.getByLabel('CBS-code van de wijk').fill('WK12');
    await page.getByLabel('Gemeentecode').fill('GM0928');
    await page.getByLabel('Aantal inwoners').fill('9000');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.getByText('CBS-wijkcode: WK gevolgd door 6 cijfers', { exact: false }).count())
      .toBeGreaterThan(0);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Holz');
    expect(await page.getByLabel('CBS-code van de wijk').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'admin neighbourhood form with error');
    await page.getByLabel('CBS-code van de wijk').fill('WK092804');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText('WK092804').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('a forgotten password is reset through the mail in the outbox', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/inloggen`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByLabel('E-mailadres').fill('poh@demo.wijkpunt.nl');
    await page.getByRole('button', { name: 'Stuur mij een e-mail' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Terug naar inloggen' }).count())
      .toBeGreaterThan(0);
    await expectAxeClean(page, 'forgot password');

    // Without SMTP the mail waits in the outbox, where the administrator reads it.
    const admin = await stack.newPage();
    await logIn(admin, stack.baseUrl, 'beheer@demo.wijkpunt.nl');
    await admin.getByRole('link', { name: 'Uitgaande e-mail' }).click();
    await admin
      .getByRole('button', { name: /Bekijk bericht/ })
      .first()
      .click();
    const body = await admin
      .getByText(/wachtwoord-herstellen\?token=/)
      .first()
      .innerText();
    const link = /(http\S+wachtwoord-herstellen\?token=\S+)/.exec(body)![1]!;
    await expectAxeClean(admin, 'outbox');
    await admin.context().close();

    await page.goto(link.replace(/^http:\/\/localhost:\d+/, stack.baseUrl));
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een heel nieuw wachtwoord');
    await page.getByLabel('Herhaal nieuw wachtwoord').fill('een heel nieuw wachtwoord');
    await expectAxeClean(page, 'reset password');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL(/\/inloggen/);
    await page.getByLabel('E-mailadres').fill('poh@demo.wijkpunt.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een heel nieuw wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await navLabels(page)).toContain('Mijn organisatie');
    await page.context().close();
  });
});

// The link worker's side of a referral in the browser (issue 7, parts 2, 4, 5 and 8). The GP refers the
// resident to Welzijn Kerkrade's wellbeing team (through the API, as setup); the GP's form offers teams and a
// walking group's dated sessions. The welfare coach finds the referral on the worklist, accepts it, notes a
// phone contact (a moment in the future named at its field first, the rest kept), links a walking group of
// the social map and completes with that group already chosen. The resident reads the contact in plain words,
// then signs up for a walking group herself from its page on the social map (the missing reason named at its
// field, her choices kept) and withdraws it. The coordinator opens the figures, where with this few referrals
// every count reads "minder dan 10". Every page passes axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const RESIDENT = 'inwoner@demo.wijkpunt.nl';
const GP = 'huisarts@demo.wijkpunt.nl';
const COACH = 'welzijn@demo.wijkpunt.nl';
const COORDINATOR = 'coordinator@demo.wijkpunt.nl';
const TEAM = 'Welzijnsteam Bleijerheide';
const GROUP = 'Wandelgroep Bleijerheide';
const TITLE = `Verwijzing van Anna Janssen naar ${TEAM} (Welzijn Kerkrade)`;
const NOTE = 'Gebeld met mevrouw. Ze wil graag wandelen met anderen en komt dinsdag kijken.';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const status = (page: Page, word: string) => page.getByText(`Status: ${word}`, { exact: true }).waitFor();
const step = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A JSON call from inside a logged-in page (its session cookie and CSRF token). */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string | null };
      const res = await fetch(path, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    { method, path, body },
  );
}

describe.skipIf(browserMissing)('the link worker: worklist, contacts, links; self-referral; figures', () => {
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

    // The GP refers the resident to the wellbeing team, without parts of her record.
    const me = await call<{ user: { residentId: string } }>(resident, 'GET', '/api/v1/me');
    const teams = await call<{ items: { id: string; name: string }[] }>(gp, 'GET', '/api/v1/teams');
    const team = teams.items.find((x) => x.name === TEAM);
    expect(team, 'the demo wellbeing team').toBeDefined();
    await call(gp, 'POST', '/api/v1/referrals', {
      residentId: me.user.residentId,
      to: { team: team!.id },
      reason: 'Mevrouw voelt zich eenzaam en beweegt weinig. Welzijn op Recept.',
      needs: ['behoefte.minder-eenzaam', 'behoefte.meer-bewegen'],
      consent: { categories: [] },
    });
  });
  afterAll(async () => {
    await resident?.context().close();
    await gp?.context().close();
    await coach?.context().close();
    await stack?.close();
  });

  it("the GP's referral form offers teams, and a walking group's sessions with their places", async () => {
    await menu(gp).getByRole('link', { name: 'Verwijzingen' }).click();
    await gp.getByRole('link', { name: 'Een inwoner verwijzen' }).click();
    await h1(gp, 'Een inwoner verwijzen');
    const search = gp.getByLabel('Zoek een organisatie, een team of een aanbod op de sociale kaart');
    await search.fill('Welzijnsteam');
    await gp
      .getByRole('radio', { name: `${TEAM}: team van Welzijn Kerkrade in Bleijerheide`, exact: true })
      .waitFor();
    await search.fill(GROUP);
    await gp
      .getByRole('radio', { name: new RegExp(`^${GROUP}: aanbod van`) })
      .first()
      .check();
    const sessions = gp.getByRole('group', { name: 'Voor welke bijeenkomst?' });
    await sessions.waitFor();
    expect(await sessions.getByRole('radio', { name: 'Geen vaste bijeenkomst' }).isChecked()).toBe(true);
    expect(await sessions.getByRole('radio', { name: /plekken? vrij$/ }).count()).toBeGreaterThan(0);
    await expectAxeClean(gp, 'referral form with sessions');
  });

  it('the welfare coach finds it on the worklist, accepts, notes a phone contact and links a walking group', async () => {
    await menu(coach).getByRole('link', { name: 'Verwijzingen' }).click();
    await coach.getByRole('link', { name: /^Werklijst/ }).click();
    await h1(coach, 'Werklijst verwijzingen');
    await coach.getByRole('heading', { level: 2, name: 'Nieuw (1)' }).waitFor();
    const fresh = coach.getByRole('table', { name: 'Nieuw: verwijzingen' });
    const row = fresh.getByRole('row', { name: /Anna Janssen/ });
    expect(await row.innerText()).toContain('Nog geen contact');
    expect(await row.innerText()).toContain(TEAM);
    await expectAxeClean(coach, 'worklist with a new referral');
    await row.getByRole('link', { name: 'Anna Janssen' }).click();
    await h1(coach, TITLE);
    // Not taken on yet: nothing to note.
    await expect.poll(() => coach.getByRole('heading', { name: 'Contact met de inwoner' }).count()).toBe(0);
    await step(coach, 'Ontvangst bevestigen');
    await status(coach, 'Ontvangen');
    await step(coach, 'Aannemen');
    await status(coach, 'Aangenomen');
    await coach.getByRole('heading', { level: 2, name: 'Contact met de inwoner' }).waitFor();
    await coach.getByText('Er is nog geen contact genoteerd.').waitFor();
    await expectAxeClean(coach, 'accepted referral with the contact form');

    // A moment tomorrow: the server names it at the date; kind and note stay as they were.
    await coach.getByLabel('Datum').fill(day(1));
    await coach.getByLabel('Tijd').fill('10:00');
    await coach.getByRole('radio', { name: 'Telefoon', exact: true }).check();
    await coach.getByLabel('Notitie').fill(NOTE);
    await coach.getByRole('button', { name: 'Contact opslaan' }).click();
    const date = coach.getByLabel('Datum');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await coach.locator('#referral-contact-date-error').innerText()).toContain('toekomst');
    expect(await coach.getByLabel('Notitie').inputValue()).toBe(NOTE);
    expect(await coach.getByRole('radio', { name: 'Telefoon', exact: true }).isChecked()).toBe(true);
    await expectAxeClean(coach, 'contact in the future');

    await date.fill(day(-1));
    await coach.getByRole('button', { name: 'Contact opslaan' }).click();
    await coach.getByText('Het contact is opgeslagen.').waitFor();
    const contacts = coach.getByRole('table', { name: 'Contactmomenten, het oudste eerst' });
    const contact = contacts.getByRole('row', { name: /Telefoon/ });
    await contact.waitFor();
    expect(await contact.innerText()).toContain(NOTE);
    expect(await contact.innerText()).toContain('Youssef El Amrani');
    // A new, empty form for the next contact.
    expect(await coach.getByLabel('Notitie').inputValue()).toBe('');

    // Link a walking group: choosing nothing is named first.
    await coach.getByRole('button', { name: 'Koppelen', exact: true }).click();
    await coach.getByText('Zoek en kies eerst een aanbod.').first().waitFor();
    await coach.getByLabel('Zoek aanbod om te koppelen').fill(GROUP);
    await coach
      .getByRole('radio', { name: new RegExp(`^${GROUP}`) })
      .first()
      .check();
    await coach.getByRole('button', { name: 'Koppelen', exact: true }).click();
    await coach.getByText(`${GROUP} is gekoppeld.`).waitFor();
    const links = coach.getByRole('region', { name: 'Aanbod van de sociale kaart' });
    await links.getByRole('link', { name: GROUP, exact: true }).waitFor();
    expect(await links.getByRole('button', { name: `Loskoppelen: ${GROUP}` }).count()).toBe(1);
    await expectAxeClean(coach, 'referral with a contact and a linked service');

    // The worklist now has it among the open ones, with the last contact.
    await coach.getByRole('link', { name: 'Naar de werklijst' }).click();
    await h1(coach, 'Werklijst verwijzingen');
    await coach.getByRole('heading', { level: 2, name: 'Lopend (1)' }).waitFor();
    const open = coach
      .getByRole('table', { name: 'Lopend: verwijzingen' })
      .getByRole('row', { name: /Anna/ });
    expect(await open.innerText()).toContain('Aangenomen');
    expect(await open.innerText()).not.toContain('Nog geen contact');
    await expectAxeClean(coach, 'worklist with an open referral');
  });

  it('the resident reads the contact in plain words', async () => {
    await menu(resident).getByRole('link', { name: 'Verwijzingen' }).click();
    await h1(resident, 'Verwijzingen');
    await resident
      .getByRole('table', { name: /Uw verwijzingen/ })
      .getByRole('link', { name: TEAM })
      .click();
    await h1(resident, `Uw verwijzing naar ${TEAM} (Welzijn Kerkrade)`);
    const mine = resident.getByRole('region', { name: 'Contact met u' });
    await mine.waitFor();
    const text = await mine.innerText();
    expect(text).toContain('Youssef El Amrani had telefonisch contact met u.');
    expect(text).toContain(NOTE);
    expect(await mine.getByRole('link', { name: GROUP, exact: true }).count()).toBe(1);
    // The resident notes nothing herself.
    await expect.poll(() => resident.getByRole('button', { name: 'Contact opslaan' }).count()).toBe(0);
    await expectAxeClean(resident, 'referral with contacts for the resident');
  });

  it('the coach completes it; the walking group is already in the message back', async () => {
    await coach.getByRole('link', { name: 'Anna Janssen' }).click();
    await h1(coach, TITLE);
    await step(coach, 'Beginnen met de hulp');
    await status(coach, 'Bezig');
    await step(coach, 'Afronden met terugbericht');
    await coach.getByRole('heading', { level: 3, name: 'Afronden met een terugbericht' }).waitFor();
    const chosen = coach
      .getByRole('group', { name: 'Naar welk aanbod gaat de inwoner nu?' })
      .getByRole('checkbox', { name: GROUP, exact: true });
    expect(await chosen.isChecked()).toBe(true);
    await coach
      .getByLabel('Welke hulp heeft u gegeven?')
      .fill('Twee telefoongesprekken, samen naar de wandelgroep.');
    await coach.getByLabel('Wat heeft het opgeleverd?').fill('Ze wandelt elke dinsdag mee.');
    await expectAxeClean(coach, 'message back with the linked group');
    await coach.getByRole('button', { name: 'Afronden en terugbericht sturen' }).click();
    await status(coach, 'Afgerond');
    const feedback = coach.getByRole('region', { name: 'Terugbericht' });
    expect(await feedback.getByRole('link', { name: GROUP, exact: true }).count()).toBe(1);
    // Closed: the contacts stay readable, the forms are gone.
    await expect.poll(() => coach.getByRole('button', { name: 'Contact opslaan' }).count()).toBe(0);
    await expect.poll(() => coach.getByRole('button', { name: `Loskoppelen: ${GROUP}` }).count()).toBe(0);
    await expectAxeClean(coach, 'completed referral with its contacts');
  });

  it('the resident signs up for a walking group from its page, and withdraws it', async () => {
    await resident.goto(`${stack.baseUrl}/sociale-kaart?q=${encodeURIComponent(GROUP)}`);
    await resident.getByRole('link', { name: GROUP, exact: true }).first().click();
    await h1(resident, GROUP);
    const signUp = resident.getByRole('region', { name: 'Aanmelden via Wijkpunt' });
    await signUp.waitFor();
    await expectAxeClean(resident, 'service page with sign-up');
    await signUp.getByRole('link', { name: `Aanmelden bij ${GROUP}` }).click();
    await h1(resident, `Aanmelden bij ${GROUP}`);
    await expectAxeClean(resident, 'sign-up form');

    // Without a reason the server names it; what she chose stays.
    await resident.getByRole('checkbox', { name: 'Meer bewegen', exact: true }).check();
    await resident.getByRole('radio', { name: 'Telefoon', exact: true }).check();
    await resident.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const reason = resident.getByLabel('Waarom wilt u zich aanmelden?');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await resident.getByRole('checkbox', { name: 'Meer bewegen', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await resident.getByRole('radio', { name: 'Telefoon', exact: true }).isChecked()).toBe(true);
    await expectAxeClean(resident, 'sign-up form with an error');

    await reason.fill('Ik wil meer bewegen en nieuwe mensen leren kennen.');
    await resident
      .getByRole('group', { name: 'Wanneer wilt u komen?' })
      .getByRole('radio', { name: /plekken? vrij$/ })
      .first()
      .check();
    await resident.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await h1(resident, `Uw aanmelding bij ${GROUP} (Welzijn Kerkrade)`);
    await resident.getByText(`U heeft zich aangemeld bij ${GROUP}.`, { exact: false }).waitFor();
    await status(resident, 'Verstuurd');
    const details = resident.getByRole('region', { name: 'Over de verwijzing' });
    expect(await details.innerText()).toContain('Bijeenkomst');
    await expectAxeClean(resident, 'own sign-up');

    await step(resident, 'Verwijzing intrekken');
    await resident.getByRole('button', { name: 'Ja, intrekken' }).click();
    await resident.getByText('U heeft deze verwijzing ingetrokken.').waitFor();
    await status(resident, 'Ingetrokken');
    await expect.poll(() => resident.getByRole('button', { name: 'Verwijzing intrekken' }).count()).toBe(0);
    await expectAxeClean(resident, 'withdrawn sign-up');
  });

  it('the coordinator opens the figures: with this few referrals every count reads "minder dan 10"', async () => {
    const coordinator = await stack.newPage();
    await logIn(coordinator, stack.baseUrl, COORDINATOR);
    await menu(coordinator).getByRole('link', { name: 'Cijfers verwijzingen' }).click();
    await h1(coordinator, 'Cijfers verwijzingen');
    const table = coordinator.getByRole('table', { name: 'Bleijerheide: vragen en verwijzingen per maand' });
    await table.waitFor();
    await coordinator.getByText(/te weinig verwijzingen voor een grafiek/).waitFor();
    // The month of today is the last column: the GP's referral and the sign-up, each fewer than 10.
    const lastCell = (name: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .last()
        .innerText();
    expect(await lastCell('Verwijzingen door een professional')).toBe('minder dan 10');
    expect(await lastCell('Aanmeldingen door inwoners zelf')).toBe('minder dan 10');
    expect(await lastCell('Verwijzingen in totaal')).toBe('minder dan 10');
    expect(await lastCell('Aangenomen')).toBe('te weinig');
    // No number but 0 anywhere.
    const cells = await table.getByRole('cell').allInnerTexts();
    expect(cells.filter((c) => !['0', 'minder dan 10', 'te weinig'].includes(c))).toEqual([]);
    await expectAxeClean(coordinator, 'referral figures');

    // A last month before the first: the server names it at its field.
    await coordinator.getByLabel('Van maand').fill('2025-06');
    await coordinator.getByLabel('Tot en met maand').fill('2025-01');
    await coordinator.getByRole('button', { name: 'Cijfers tonen' }).click();
    const to = coordinator.getByLabel('Tot en met maand');
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(await coordinator.getByLabel('Van maand').inputValue()).toBe('2025-06');
    await expectAxeClean(coordinator, 'referral figures with an error');
    await coordinator.context().close();
  });
});

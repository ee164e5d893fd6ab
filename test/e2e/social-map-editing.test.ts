// Browser journeys of social-map editing on the demo map (Kerkrade): a provider editor changes an entry and
// a coordinator approves it, after which it is live; a visitor's problem report reaches the editor, who
// closes it; a coordinator sends a change back with a remark; a refused save keeps what was typed. Every
// page passes axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const EDITOR = 'aanbieder@demo.wijkpunt.nl';
const COORDINATOR = 'coordinator@demo.wijkpunt.nl';

/** GET as the page's user (its cookies); the answer's status and JSON. */
async function getJson<T>(page: Page, url: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (u) => {
    const r = await fetch(u, { headers: { Accept: 'application/json' } });
    return { status: r.status, body: (await r.json()) as T };
  }, url);
}

async function openEntry(page: Page, baseUrl: string, name: string): Promise<string> {
  await page.goto(`${baseUrl}/kaart/aanbod`);
  await page.getByLabel('Zoek op naam van het aanbod of de organisatie').fill(name);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return /\/kaart\/aanbod\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

describe.skipIf(browserMissing)('social map editing journeys', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('a coordinator approves a provider’s change and sees it live', async () => {
    const editor = await stack.newPage();
    await logIn(editor, stack.baseUrl, EDITOR);
    await editor.getByRole('link', { name: 'Aanbod bewerken' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Mijn aanbod op de sociale kaart' }).waitFor();
    await expect.poll(() => editor.getByRole('link', { name: 'Walking football 60+' }).count()).toBe(1);
    // Only the club's own entries: nothing of another organisation.
    await expect.poll(() => editor.getByRole('link', { name: 'Taalcafé' }).count()).toBe(0);
    await expectAxeClean(editor, 'my entries');

    const id = await openEntry(editor, stack.baseUrl, 'Walking football 60+');
    await expect.poll(() => editor.getByText('Er zijn geen meldingen.').count()).toBe(1);
    await expectAxeClean(editor, 'entry page');
    await editor.getByRole('button', { name: 'Aanbod wijzigen' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Wijzigen: Walking football 60+' }).waitFor();
    await expectAxeClean(editor, 'edit form');

    const summary = editor.getByLabel('Korte uitleg in eenvoudige taal');
    expect(await summary.inputValue()).toBe(
      'Voetballen zonder rennen, voor 60-plussers. Na afloop samen koffie drinken.',
    );
    const newText =
      'Voetballen in wandeltempo voor 60-plussers. Daarna drinken we samen koffie in de kantine.';
    await summary.fill(newText);
    await editor.getByLabel('Begint om').first().fill('10:30');
    await editor.getByRole('button', { name: 'Ter controle aanbieden' }).click();
    await editor.getByText('Verstuurd. De coördinator kijkt uw wijziging na.').waitFor();
    expect(editor.url()).toContain(`/kaart/aanbod/${id}`);
    expect(await editor.getByText('Er ligt een wijziging bij de coördinator.').count()).toBe(1);
    // Not live yet.
    const before = await getJson<{ summary_b1: string }>(editor, `/api/v1/hsds/services/${id}`);
    expect(before.body.summary_b1).not.toBe(newText);

    const coordinator = await stack.newPage();
    await logIn(coordinator, stack.baseUrl, COORDINATOR);
    await coordinator.getByRole('link', { name: 'Werklijst sociale kaart' }).click();
    await coordinator
      .getByRole('heading', { level: 2, name: /^Wijzigingen om na te kijken \(\d+\)$/ })
      .waitFor();
    await expect
      .poll(() =>
        coordinator.getByRole('heading', { level: 2, name: /^Verouderd aanbod \((\d+)\)$/ }).count(),
      )
      .toBe(1);
    await expectAxeClean(coordinator, 'worklist');
    const reviews = coordinator.getByRole('region', { name: /^Wijzigingen om na te kijken/ });
    await reviews.getByRole('link', { name: 'Walking football 60+' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Wijziging nakijken: Walking football 60+' })
      .waitFor();
    const summaryRow = coordinator.getByRole('row', { name: /Korte uitleg in eenvoudige taal/ });
    await expect.poll(() => summaryRow.count()).toBe(1);
    const cells = await summaryRow.getByRole('cell').allInnerTexts();
    expect(cells).toEqual([
      'Voetballen zonder rennen, voor 60-plussers. Na afloop samen koffie drinken.',
      newText,
    ]);
    expect(await coordinator.getByRole('row', { name: /Dagen en tijden/ }).innerText()).toContain('10:30');
    await expectAxeClean(coordinator, 'review page');
    await coordinator.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await coordinator.getByText('Goedgekeurd. Walking football 60+ staat nu op de sociale kaart.').waitFor();
    await coordinator.getByRole('heading', { level: 2, name: /^Wijzigingen om na te kijken/ }).waitFor();
    await expect.poll(() => reviews.getByRole('link', { name: 'Walking football 60+' }).count()).toBe(0);

    // Live: the public HSDS API and the search answer the new text, without login.
    const visitor = await stack.newPage();
    await visitor.goto(`${stack.baseUrl}/inloggen`);
    const live = await getJson<{ summary_b1: string; schedules: { opens_at: string }[] }>(
      visitor,
      `/api/v1/hsds/services/${id}`,
    );
    expect(live.status).toBe(200);
    expect(live.body.summary_b1).toBe(newText);
    expect(live.body.schedules.map((s) => s.opens_at.slice(0, 5))).toContain('10:30');
    const found = await getJson<{ items: { id: string; summary: string | null }[] }>(
      visitor,
      '/api/v1/social-map/search?q=wandeltempo%20kantine',
    );
    expect(found.body.items.map((i) => i.id)).toContain(id);
    // And the coordinator sees it on the public service page.
    await coordinator.goto(`${stack.baseUrl}/sociale-kaart/aanbod/${id}`);
    await coordinator.getByRole('heading', { level: 1, name: 'Walking football 60+' }).waitFor();
    await expect.poll(() => coordinator.getByText(newText).count()).toBeGreaterThan(0);

    // The editor sees the history: version 2 by Lotte Kessels, approved by the coordinator, with its diff.
    await editor.goto(`${stack.baseUrl}/kaart/aanbod/${id}`);
    await editor.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    const v2 = editor.getByRole('row', { name: /Versie 2/ });
    await expect.poll(() => v2.count()).toBe(1);
    expect(await v2.innerText()).toContain('Lotte Kessels');
    expect(await v2.innerText()).toContain('Ellen Bosch');
    await editor.getByRole('button', { name: 'Wijzigingen in versie 2' }).click();
    await editor.getByRole('table', { name: 'Wat veranderde van versie 1 naar versie 2' }).waitFor();
    expect(
      await editor.getByRole('table', { name: 'Wat veranderde van versie 1 naar versie 2' }).innerText(),
    ).toContain(newText);
    await expectAxeClean(editor, 'entry page with history');
    await Promise.all([editor, coordinator, visitor].map((p) => p.context().close()));
  });

  it('a problem report reaches the editor, who closes it with a note', async () => {
    const editor = await stack.newPage();
    await logIn(editor, stack.baseUrl, EDITOR);
    const list = await getJson<{ items: { id: string; name: string }[] }>(
      editor,
      '/api/v1/social-map/services/editable?q=volleybal',
    );
    const id = list.body.items.find((e) => e.name === 'Recreatief volleybal')!.id;

    // A visitor reports a problem on the public service page, without logging in.
    const visitor = await stack.newPage();
    await visitor.goto(`${stack.baseUrl}/sociale-kaart/aanbod/${id}`);
    await visitor.getByRole('heading', { level: 1, name: 'Recreatief volleybal' }).waitFor();
    await visitor.getByLabel('Het telefoonnummer klopt niet').check();
    await visitor.getByLabel('Wat is er anders?').fill('Het telefoonnummer wordt niet opgenomen.');
    await visitor.getByLabel('Uw e-mailadres (mag leeg blijven)').fill('bezoeker@example.nl');
    await visitor.getByRole('button', { name: 'Melding versturen' }).click();
    await visitor.getByText('Bedankt voor uw melding!').waitFor();

    const coordinator = await stack.newPage();
    await logIn(coordinator, stack.baseUrl, COORDINATOR);
    await coordinator.goto(`${stack.baseUrl}/kaart/werklijst`);
    const reportHeading = coordinator.getByRole('heading', {
      level: 3,
      name: 'Telefoonnummer klopt niet: Recreatief volleybal',
    });
    await expect.poll(() => reportHeading.count()).toBe(1);

    // The editor sees it as a message and on the entry.
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    const message = editor.getByRole('heading', {
      level: 3,
      name: 'Iemand meldt een probleem: Recreatief volleybal',
    });
    await expect.poll(() => message.count()).toBe(1);
    // The list counts one open report for it.
    const row = editor.getByRole('row', { name: /Recreatief volleybal/ });
    expect(await row.getByRole('cell').last().innerText()).toBe('1');
    await editor.getByRole('link', { name: 'Naar Recreatief volleybal' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Recreatief volleybal' }).waitFor();
    await expect.poll(() => editor.getByText('Het telefoonnummer wordt niet opgenomen.').count()).toBe(1);
    expect(await editor.getByText('van bezoeker@example.nl').count()).toBe(1);
    await editor.getByRole('button', { name: /^Afsluiten met notitie/ }).click();
    // Focus goes to the note; closing without a note is refused and explained.
    expect(await editor.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await editor.getByRole('button', { name: 'Melding afsluiten' }).click();
    await editor.getByText('Niet alles is goed ingevuld').waitFor();
    await expectAxeClean(editor, 'entry page with a report and an error');
    await editor.getByLabel('Notitie').fill('Nummer aangepast naar het clubhuis.');
    await editor.getByRole('button', { name: 'Melding afsluiten' }).click();
    await editor.getByText('De melding is afgesloten.').waitFor();
    await expect
      .poll(() => editor.getByText(/Afgesloten op .*Nummer aangepast naar het clubhuis\./).count())
      .toBe(1);

    // Marking the message read takes it off the list.
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    await expect.poll(() => message.count()).toBe(1);
    await editor
      .getByRole('listitem')
      .filter({ has: message })
      .getByRole('button', { name: /^Gelezen/ })
      .click();
    await expect.poll(() => message.count()).toBe(0);

    // The coordinator's worklist no longer lists it.
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 2, name: /^Meldingen van bezoekers/ }).waitFor();
    await expect.poll(() => reportHeading.count()).toBe(0);
    await Promise.all([editor, coordinator, visitor].map((p) => p.context().close()));
  });

  it('a refused save keeps the typed text, also after a reload; a send-back shows its remark to the editor', async () => {
    const editor = await stack.newPage();
    await logIn(editor, stack.baseUrl, EDITOR);
    const id = await openEntry(editor, stack.baseUrl, 'Conditietraining op het sportpark');
    await editor.getByRole('button', { name: 'Aanbod wijzigen' }).click();
    await editor
      .getByRole('heading', { level: 1, name: 'Wijzigen: Conditietraining op het sportpark' })
      .waitFor();

    const summary = editor.getByLabel('Korte uitleg in eenvoudige taal');
    const website = editor.getByLabel('Website');
    const typed = 'Samen buiten trainen op zaterdag. U doet mee op uw eigen niveau.';
    await summary.fill(typed);
    await website.fill('sv-chevremont');
    await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
    await editor.getByText('Niet alles is goed ingevuld').waitFor();
    // The summary links to the field; the field shows the error; nothing typed is lost.
    const link = editor.getByRole('link', { name: /^Website:/ });
    expect(await link.count()).toBe(1);
    expect(await summary.inputValue()).toBe(typed);
    expect(await website.inputValue()).toBe('sv-chevremont');
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(editor, 'edit form with an error');
    await link.click();
    expect(await editor.evaluate(() => document.activeElement?.id)).toBe('entry-url');

    // A reload (or a lost connection) does not lose it either.
    await editor.reload();
    await editor
      .getByText('U had dit formulier al ingevuld maar nog niet opgeslagen.', { exact: false })
      .waitFor();
    expect(await editor.getByLabel('Korte uitleg in eenvoudige taal').inputValue()).toBe(typed);
    expect(await editor.getByLabel('Website').inputValue()).toBe('sv-chevremont');

    await editor.getByLabel('Website').fill('https://sv-chevremont.example.nl/conditie');
    await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
    await editor.getByText('Opgeslagen als concept. Inwoners zien het nog niet.').waitFor();
    await editor.reload();
    await editor
      .getByRole('heading', { level: 1, name: 'Wijzigen: Conditietraining op het sportpark' })
      .waitFor();
    await expect
      .poll(() => editor.getByLabel('Website').inputValue())
      .toBe('https://sv-chevremont.example.nl/conditie');
    await expect
      .poll(() => editor.getByText('U had dit formulier al ingevuld', { exact: false }).count())
      .toBe(0);
    await editor.getByRole('button', { name: 'Ter controle aanbieden' }).click();
    await editor.getByText('Verstuurd. De coördinator kijkt uw wijziging na.').waitFor();

    // The coordinator sends it back; a remark is required.
    const coordinator = await stack.newPage();
    await logIn(coordinator, stack.baseUrl, COORDINATOR);
    await coordinator.goto(`${stack.baseUrl}/kaart/werklijst`);
    await coordinator
      .getByRole('region', { name: /^Wijzigingen om na te kijken/ })
      .getByRole('link', { name: 'Conditietraining op het sportpark' })
      .click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Wijziging nakijken: Conditietraining op het sportpark' })
      .waitFor();
    await coordinator.getByRole('button', { name: 'Terugsturen met opmerking' }).click();
    await coordinator.getByText('Schrijf een opmerking: wat moet er beter?').first().waitFor();
    const remark = 'Klopt de dag nog? Een bezoeker meldt dat de training nu op maandagavond is.';
    await coordinator.getByLabel('Opmerking voor de schrijver').fill(remark);
    await coordinator.getByRole('button', { name: 'Terugsturen met opmerking' }).click();
    await coordinator
      .getByText('De wijziging van Conditietraining op het sportpark is teruggestuurd.')
      .waitFor();

    // The editor sees the remark among the messages, in the list and above the form.
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    const sentBack = editor.getByRole('heading', {
      level: 3,
      name: 'Wijziging teruggestuurd: Conditietraining op het sportpark',
    });
    await expect.poll(() => sentBack.count()).toBe(1);
    expect(await editor.getByText(remark).count()).toBeGreaterThan(0);
    await expectAxeClean(editor, 'my entries with a sent-back change');
    await editor
      .getByRole('link', { name: 'Wijziging van Conditietraining op het sportpark verbeteren' })
      .click();
    await editor
      .getByRole('heading', { level: 1, name: 'Wijzigen: Conditietraining op het sportpark' })
      .waitFor();
    await editor.getByRole('heading', { name: 'De coördinator vraagt u iets te verbeteren' }).waitFor();
    expect(await editor.getByText(remark).count()).toBe(1);
    expect(editor.url()).toContain(`/kaart/aanbod/${id}/wijziging/`);
    await Promise.all([editor, coordinator].map((p) => p.context().close()));
  });

  it('a stale entry is flagged and verified in one click, by its editor and on the worklist', async () => {
    const editor = await stack.newPage();
    await logIn(editor, stack.baseUrl, EDITOR);
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    const row = editor.getByRole('row', { name: /Conditietraining op het sportpark/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Verouderd sinds');
    await openEntry(editor, stack.baseUrl, 'Conditietraining op het sportpark');
    await editor.getByText('Inwoners zien dat de informatie oud kan zijn.', { exact: false }).waitFor();
    await editor.getByRole('button', { name: 'Klopt nog' }).click();
    await editor.getByText(/^Dank u\. Het aanbod is gecontroleerd op /).waitFor();
    await expect
      .poll(() => editor.getByText('Inwoners zien dat de informatie oud kan zijn.', { exact: false }).count())
      .toBe(0);
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).not.toContain('Verouderd sinds');

    const coordinator = await stack.newPage();
    await logIn(coordinator, stack.baseUrl, COORDINATOR);
    await coordinator.goto(`${stack.baseUrl}/kaart/werklijst`);
    const heading = coordinator.getByRole('heading', { level: 2, name: /^Verouderd aanbod \(\d+\)$/ });
    await heading.waitFor();
    const count = async () => Number(/\((\d+)\)/.exec(await heading.innerText())![1]);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const stale = coordinator.getByRole('region', { name: /^Verouderd aanbod/ });
    await expect
      .poll(() => stale.getByRole('link', { name: 'Conditietraining op het sportpark' }).count())
      .toBe(0);
    const first = stale.getByRole('button', { name: /^Klopt nog: / }).first();
    const name = (await first.getAttribute('aria-label'))!.replace('Klopt nog: ', '');
    await first.click();
    await coordinator.getByText(`${name} is gecontroleerd.`).waitFor();
    await expect.poll(count).toBe(before - 1);
    await Promise.all([editor, coordinator].map((p) => p.context().close()));
  });

  it('a provider editor starts a new entry; it stays unpublished until approved', async () => {
    const editor = await stack.newPage();
    await logIn(editor, stack.baseUrl, EDITOR);
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    await editor.getByRole('button', { name: 'Nieuw aanbod' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Nieuw aanbod' }).waitFor();
    // The club is the only organisation to choose, so it is chosen.
    await expect
      .poll(() =>
        editor.getByLabel('Organisatie').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
      )
      .toBe('Sportvereniging Chevremont');
    await editor.getByLabel('Naam van het aanbod').fill('Stoelyoga voor senioren');
    await editor.getByRole('button', { name: 'Dag en tijd toevoegen' }).click();
    expect(await editor.evaluate(() => document.activeElement?.id)).toBe('entry-schedules-0-byday-0');
    await editor.getByLabel('Donderdag').check();
    await editor.getByLabel('Begint om').fill('14:00');
    await editor.getByLabel('Eindigt om').fill('15:00');
    await editor.getByLabel('Chevremont (WK092802)').check();
    // A topic group opens with the keyboard.
    await editor
      .locator('summary')
      .filter({ hasText: /^Sport en bewegen/ })
      .focus();
    await editor.keyboard.press('Enter');
    await editor.getByLabel('Bewegen voor ouderen').check();
    expect(await editor.getByLabel('Sport en bewegen (algemeen)').isChecked()).toBe(false);
    await expectAxeClean(editor, 'new entry form');
    await editor.getByRole('button', { name: 'Opslaan als concept' }).click();
    await editor.getByText('Opgeslagen als concept. Inwoners zien het nog niet.').waitFor();
    const id = /\/kaart\/aanbod\/([0-9a-f-]{36})\/wijziging\//.exec(editor.url())![1]!;
    expect((await getJson(editor, `/api/v1/hsds/services/${id}`)).status).toBe(404);
    await editor.goto(`${stack.baseUrl}/kaart/aanbod`);
    expect(await editor.getByRole('row', { name: /Stoelyoga voor senioren/ }).innerText()).toContain(
      'Nieuw, nog niet gepubliceerd (concept)',
    );
    await editor.context().close();
  });
});

// The resident's own entries in the browser. A weight with a decimal comma (after a value out of range that is
// named at its field and kept as typed) shows in the chart and its table, and is changed on its own page; a
// note and a goal (after a target date in the past, named at its field, the goal kept) show on the timeline;
// the note is deleted after a confirmation. After a GP file is added, the timeline pages to older entries,
// an imported entry cannot be changed but takes a correction request, and the whole record prints without
// the menu and buttons. Every page passes axe. The stack (server, database) is this file's own.
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

/** A day before today, as a date field takes it (YYYY-MM-DD). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
/** The short message after an action (it takes the focus). */
const notice = (page: Page, text: string) => page.locator('.wp-notice').filter({ hasText: text });

describe.skipIf(browserMissing)('own measurements, notes and goals in the web app', () => {
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

  it('adds a weight with a decimal comma, shows it in the chart and the table, and changes it', async () => {
    await menu(page).getByRole('link', { name: 'Mijn dossier' }).click();
    await h1(page, 'Mijn dossier');
    await page.getByRole('heading', { level: 2, name: 'Zelf bijhouden' }).waitFor();
    await expectAxeClean(page, 'record overview with own entries');
    await page.getByRole('link', { name: 'Een meting toevoegen, zoals uw gewicht of bloeddruk' }).click();
    await h1(page, 'Metingen — Mijn dossier');
    await page.getByRole('heading', { level: 2, name: 'Meting toevoegen' }).waitFor();
    await expectAxeClean(page, 'measurement form');

    // A value out of range: the server's words at the field; what was typed stays.
    const weight = page.getByLabel('Gewicht (kg)');
    await weight.fill('810');
    await page.getByLabel('Datum van de meting').fill(daysAgo(3));
    await page.getByRole('button', { name: 'Meting toevoegen' }).click();
    await page.getByRole('heading', { name: 'Niet alles is goed ingevuld' }).waitFor();
    expect(await page.locator('#record-measure-value-error').innerText()).toBe(
      'Vul een gewicht in tussen 1 en 400 kg.',
    );
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    expect(await weight.inputValue()).toBe('810');
    expect(await page.getByLabel('Datum van de meting').inputValue()).toBe(daysAgo(3));
    await expectAxeClean(page, 'measurement form with an error');

    // A decimal comma, then a second value a day later: the chart and its table show both.
    await weight.fill('81,5');
    await page.getByRole('button', { name: 'Meting toevoegen' }).click();
    await notice(page, 'De meting staat in uw dossier.').waitFor();
    expect(await weight.inputValue()).toBe('');
    await weight.fill('80,9');
    await page.getByLabel('Datum van de meting').fill(daysAgo(2));
    await page.getByRole('button', { name: 'Meting toevoegen' }).click();
    const table = page.getByRole('table', { name: 'Gewicht (2 metingen)' });
    await table.waitFor();
    expect(await table.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Datum\s+Waarde\s+Eenheid$/),
      expect.stringMatching(/\s80,9\s+kg$/),
      expect.stringMatching(/\s81,5\s+kg$/),
    ]);
    await page.getByRole('heading', { level: 2, name: 'Gewicht' }).waitFor();
    await page
      .getByRole('img', { name: /^Grafiek van Gewicht: 2 metingen van .+ De laatste waarde is 80,9 kg/ })
      .waitFor();
    expect(await page.getByText('LOINC 29463-7').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'measurements with a chart');

    // The older value, on its own page: changed in place.
    await table.getByRole('row').nth(2).getByRole('link').click();
    await h1(page, 'Gegeven uit uw dossier — Mijn dossier');
    await page.getByText('Door u zelf ingevuld').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Meting wijzigen' }).waitFor();
    const edit = page.getByLabel('Gewicht (kg)');
    expect(await edit.inputValue()).toBe('81,5');
    await expect.poll(() => page.getByRole('heading', { name: 'Klopt dit niet?' }).count()).toBe(0);
    await expectAxeClean(page, 'own measurement');
    await edit.fill('81,2');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await notice(page, 'Uw wijziging is opgeslagen.').waitFor();
    await expect.poll(() => page.locator('.wp-record-entry').innerText()).toContain('81,2 kg');

    await page.getByRole('link', { name: 'Terug naar Metingen' }).click();
    await expect.poll(() => table.getByRole('row').nth(2).innerText()).toMatch(/\s81,2\s+kg$/);
  });

  it('adds a note and a goal, sees them on the timeline and deletes the note', async () => {
    await page.goto(`${stack.baseUrl}/mijn-dossier`);
    await page.getByRole('link', { name: 'Een notitie of een doel toevoegen' }).click();
    await h1(page, 'Doelen en notities — Mijn dossier');

    const note = 'Vandaag 20 minuten gewandeld.\nGeen last van mijn knie.';
    await page.getByLabel('Notitie', { exact: true }).fill(note);
    // A reload (or a lost connection) keeps what was typed.
    await page.reload();
    await h1(page, 'Doelen en notities — Mijn dossier');
    await page.getByText('U was dit formulier al aan het invullen.', { exact: false }).waitFor();
    expect(await page.getByLabel('Notitie', { exact: true }).inputValue()).toBe(note);
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await notice(page, 'De notitie staat in uw dossier.').waitFor();
    expect(await page.getByLabel('Notitie', { exact: true }).inputValue()).toBe('');

    // A target date in the past is named at its field; the goal stays as typed.
    const goal = page.getByLabel('Uw doel');
    const target = page.getByLabel('Wanneer wilt u het doel bereiken?');
    await goal.fill('Elke dag een half uur wandelen');
    await target.fill(daysAgo(5));
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect.poll(() => target.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#record-goal-targetDate-error').innerText()).toBe(
      'Kies een streefdatum van vandaag of later.',
    );
    expect(await goal.inputValue()).toBe('Elke dag een half uur wandelen');
    await expectAxeClean(page, 'goal form with an error');
    await target.fill(daysAgo(-30));
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await notice(page, 'Het doel staat in uw dossier.').waitFor();

    const list = page.getByRole('table', { name: 'Doelen en notities' });
    await list.getByRole('link', { name: 'Elke dag een half uur wandelen' }).waitFor();
    await list.getByRole('link', { name: 'Eigen notitie' }).waitFor();
    await expectAxeClean(page, 'goals and notes');

    // The timeline: newest first, all three kinds, entered by the resident.
    await page.goto(`${stack.baseUrl}/mijn-dossier`);
    await page.getByRole('link', { name: 'Alles op volgorde van datum (tijdlijn)' }).click();
    await h1(page, 'Tijdlijn — Mijn dossier');
    const timeline = page.getByRole('table', { name: 'Tijdlijn van uw dossier, de nieuwste bovenaan' });
    await timeline.waitFor();
    const rows = timeline.getByRole('row');
    expect(await rows.count()).toBe(5);
    const texts = await rows.allInnerTexts();
    expect(texts.slice(1).every((r) => r.includes('Zelf ingevuld'))).toBe(true);
    expect(texts.some((r) => r.includes('Elke dag een half uur wandelen'))).toBe(true);
    expect(texts.some((r) => r.includes('Vandaag 20 minuten gewandeld.'))).toBe(true);
    expect(texts.filter((r) => /Gewicht: 8\d,\d kg/.test(r))).toHaveLength(2);
    await page.getByText('U ziet nu alles.').waitFor();
    await expectAxeClean(page, 'timeline');

    // The note, from the timeline: deleted after the question.
    await timeline.getByRole('link', { name: /Vandaag 20 minuten gewandeld/ }).click();
    await h1(page, 'Gegeven uit uw dossier — Mijn dossier');
    await page.getByRole('heading', { level: 2, name: 'Notitie wijzigen' }).waitFor();
    expect(await page.locator('.wp-record-entry').innerText()).toContain('Geen last van mijn knie.');
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('Weet u zeker dat u dit wilt verwijderen?').waitFor();
    await expectAxeClean(page, 'delete question');
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await notice(page, 'Het gegeven is verwijderd uit uw dossier.').waitFor();
    await page.getByRole('link', { name: 'Terug naar Doelen en notities' }).click();
    const after = page.getByRole('table', { name: 'Doelen en notities' });
    await after.getByRole('link', { name: 'Elke dag een half uur wandelen' }).waitFor();
    await expect.poll(() => after.getByRole('link', { name: 'Eigen notitie' }).count()).toBe(0);
  });

  it('pages through a long timeline, asks for a correction of an imported entry, and prints', async () => {
    await page.goto(`${stack.baseUrl}/mijn-dossier`);
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(BUNDLE);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(/Het bestand is toegevoegd aan uw dossier/).waitFor();

    await page.getByRole('link', { name: 'Alles op volgorde van datum (tijdlijn)' }).click();
    const timeline = page.getByRole('table', { name: 'Tijdlijn van uw dossier, de nieuwste bovenaan' });
    await timeline.waitFor();
    expect(await timeline.getByRole('row').count()).toBe(26);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByText('Er zijn 25 oudere gegevens bijgekomen.').waitFor();
    expect(await timeline.getByRole('row').count()).toBe(51);
    // The focus is on the first of the older entries.
    const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex ?? -1);
    expect(focused).toBe(26);
    await expectAxeClean(page, 'timeline, second page');

    // An imported entry: no change or delete, but a correction request (first empty, then written).
    const imported = timeline.getByRole('row').filter({ hasText: 'Uit een bestand' }).last();
    await imported.getByRole('link').click();
    await h1(page, 'Gegeven uit uw dossier — Mijn dossier');
    await page.getByRole('heading', { level: 2, name: 'Klopt dit niet?' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: /wijzigen$/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Vraag om correctie opslaan' }).click();
    const message = page.getByLabel('Wat klopt er niet?');
    await expect.poll(() => message.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'correction request with an error');
    await message.fill('Deze datum klopt niet, het was een week later.');
    await page.getByRole('button', { name: 'Vraag om correctie opslaan' }).click();
    await notice(page, 'Uw vraag om een correctie is opgeslagen bij dit gegeven.').waitFor();
    await page.getByText('Deze datum klopt niet, het was een week later.').waitFor();
    await page.getByText(/^U vroeg om een correctie op /).waitFor();
    await expectAxeClean(page, 'imported entry with a correction request');

    // The whole record on one page; on paper without the menu, buttons and forms.
    await page.goto(`${stack.baseUrl}/mijn-dossier?deel=all`);
    await h1(page, 'Mijn hele dossier');
    await page.getByRole('heading', { level: 2, name: 'Metingen', exact: true }).waitFor();
    // Own weights and the GP file's share one code (LOINC 29463-7), so one series.
    const weightHeading = page.getByRole('heading', { level: 3, name: /^(Gewicht|Body Weight)$/ });
    await weightHeading.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Doelen en notities' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Medicijnen die u nu gebruikt' }).waitFor();
    await expectAxeClean(page, 'whole record');
    const printButton = page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' });
    expect(await printButton.isVisible()).toBe(true);
    expect(await page.getByText(/^Dossier van Anna Janssen\. Afgedrukt op/).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await menu(page).isVisible()).toBe(false);
    expect(await printButton.isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Terug naar het overzicht' }).isVisible()).toBe(false);
    expect(await page.getByText(/^Dossier van Anna Janssen\. Afgedrukt op/).isVisible()).toBe(true);
    expect(await weightHeading.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

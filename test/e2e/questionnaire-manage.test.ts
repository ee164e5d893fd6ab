// Managing questionnaire definitions in the browser (issue 5, part 1: "Organisations can import and export
// questionnaire definitions as FHIR JSON"). A provider editor, on a phone, finds "Vragenlijsten beheren" in
// her menu. A file that is not JSON and a GAD-7 with a choice item without options are refused at the file
// field, the broken item named by its linkId, her choice of organisation kept. She imports the real GAD-7
// (../shared/data, as questionnaire.test.ts reads it) linked to the gad7 scorer: first without linking the
// questions (the scorer field says which items are missing), then linked in order with the values 0–3. It is a
// draft nobody else sees; she makes it active and an anonymous visitor finds it; the downloaded FHIR JSON holds
// the imported items; she retires it after reading what that means, and it leaves the public list. A resident
// has no menu item and is refused at the address. Every state passes axe; nothing scrolls sideways.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectAxeClean, logIn, navLabels, startStack, type Stack } from './support.ts';

const browserMissing = !chromiumPath();
if (browserMissing && process.env.CI === 'true')
  throw new Error('CI=true but no Chromium: the browser journeys must run in CI.');

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/fhir-questionnaires');
const GAD7_FILE = path.join(DATA, 'stanford-researchkitonfhir/GAD-7.json');
const GAD7 = JSON.parse(fs.readFileSync(GAD7_FILE, 'utf8')) as {
  title: string;
  item: { linkId: string; item: Record<string, unknown>[] }[];
  contained: unknown[];
};
const TITLE = 'Generalized Anxiety Disorder - 7';
const ORGANISATION = 'Sportvereniging Chevremont';
const EDITOR = 'aanbieder@demo.wijkpunt.nl';
const FIRST = GAD7.item[0]!.item[0]!.linkId as string;

/** The GAD-7 with its first question's answer list taken away. */
function brokenGad7(): Buffer {
  const copy = structuredClone(GAD7);
  delete copy.item[0]!.item[0]!.answerValueSet;
  return Buffer.from(JSON.stringify(copy));
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const row = (page: Page) => page.getByRole('row', { name: new RegExp(TITLE) });
const submit = (page: Page) => page.getByRole('button', { name: 'Vragenlijst toevoegen' }).click();
const publicTitles = async (page: Page) => {
  await page.goto(`${page.url().replace(/^(https?:\/\/[^/]+).*$/, '$1')}/vragenlijsten`);
  await h1(page, 'Vragenlijsten');
  await expect.poll(() => page.locator('.wp-loading').count()).toBe(0);
  return page.getByRole('main').innerText();
};

describe.skipIf(browserMissing)('managing questionnaire definitions in the web app', () => {
  let stack: Stack;
  let editor: Page;
  let visitor: Page;
  beforeAll(async () => {
    stack = await startStack();
    editor = await stack.newPage();
    await editor.setViewportSize({ width: 390, height: 844 });
    visitor = await stack.newPage();
    await visitor.goto(stack.baseUrl);
  });
  afterAll(async () => {
    await editor?.context().close();
    await visitor?.context().close();
    await stack?.close();
  });

  it('a provider editor imports, activates, downloads and retires the GAD-7; a broken file is named per item', async () => {
    await logIn(editor, stack.baseUrl, EDITOR);
    expect(await navLabels(editor)).toContain('Vragenlijsten beheren');
    await editor.getByRole('link', { name: 'Vragenlijsten beheren' }).click();
    await h1(editor, 'Vragenlijsten beheren');
    await editor.getByText('U beheert nog geen vragenlijsten.', { exact: false }).waitFor();
    // Her one organisation is chosen already.
    const organisation = editor.getByLabel('Van wie is de vragenlijst?');
    expect(await organisation.locator('option:checked').innerText()).toBe(ORGANISATION);
    await expectAxeClean(editor, 'manage questionnaires, empty');
    expect(await noSidewaysScroll(editor)).toBe(true);

    // Not JSON: said at the file field at once.
    const file = editor.getByLabel('Bestand met de vragenlijst');
    await file.setInputFiles({
      name: 'notities.json',
      mimeType: 'application/json',
      buffer: Buffer.from('GAD-7?'),
    });
    await editor.getByText('Dit bestand is geen JSON.', { exact: false }).waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');

    // A choice question without options: the server's error at its linkId, the organisation still chosen.
    await file.setInputFiles({
      name: 'gad-7-kapot.json',
      mimeType: 'application/json',
      buffer: brokenGad7(),
    });
    await expect.poll(() => file.getAttribute('aria-invalid')).toBeNull();
    await submit(editor);
    const list = editor.getByRole('heading', { name: 'Wat er niet klopt in het bestand' });
    await list.waitFor();
    const errorText = await editor.locator('.wp-q-file-errors').innerText();
    expect(errorText).toContain(`Vraag ${FIRST}: Een keuzevraag heeft antwoordmogelijkheden nodig`);
    expect(errorText).toContain('Plaats in het bestand: item 1 › item 1 › answerOption');
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    expect(await organisation.locator('option:checked').innerText()).toBe(ORGANISATION);
    await expectAxeClean(editor, 'import with errors in the file');

    // The real file, linked to the GAD-7 scorer but no question linked yet: the scorer field says so.
    await file.setInputFiles(GAD7_FILE);
    await editor.getByText('Gekozen bestand: GAD-7.json').waitFor();
    await editor.getByLabel('Score berekenen met').selectOption({ label: 'GAD-7: angstklachten' });
    await submit(editor);
    await editor
      .getByText('zijn aan geen vraag gekoppeld: 1, 2, 3, 4, 5, 6, 7', { exact: false })
      .first()
      .waitFor();
    expect(await editor.getByLabel('Score berekenen met').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.getByText('Gekozen bestand: GAD-7.json').count()).toBe(1);

    await editor.getByRole('button', { name: 'Koppel de vragen op volgorde' }).click();
    expect(
      await editor.getByLabel('Feeling nervous, anxious, or on edge').locator('option:checked').innerText(),
    ).toBe('Item 1');
    const points = {
      'Not at all': '0',
      'Several days': '1',
      'More than half the days': '2',
      'Nearly every day': '3',
    };
    for (const [answer, value] of Object.entries(points))
      await editor.getByLabel(`Waarde voor "${answer}"`).fill(value);
    await expectAxeClean(editor, 'import with the scorer link');
    expect(await noSidewaysScroll(editor)).toBe(true);
    await submit(editor);
    await editor.getByText(`"${TITLE}" is toegevoegd als concept.`, { exact: false }).waitFor();
    await row(editor).waitFor();
    const cells = await row(editor).innerText();
    for (const text of [ORGANISATION, 'Geen', 'Concept: inwoners zien hem nog niet', 'GAD-7: angstklachten'])
      expect(cells).toContain(text);
    await expectAxeClean(editor, 'manage questionnaires with a draft');
    expect(await noSidewaysScroll(editor)).toBe(true);

    // A draft: not on the public list.
    expect(await publicTitles(visitor)).not.toContain(TITLE);

    // She tries it in the filler, comes back through the menu and makes it active.
    await row(editor)
      .getByRole('link', { name: /^Uitproberen/ })
      .click();
    await h1(editor, TITLE);
    await editor
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Vragenlijsten beheren' })
      .click();
    await h1(editor, 'Vragenlijsten beheren');
    await row(editor)
      .getByRole('button', { name: /^Actief maken\W+Generalized Anxiety Disorder - 7$/ })
      .click();
    await editor.getByText(`"${TITLE}" is nu actief.`, { exact: false }).waitFor();
    await expect.poll(() => row(editor).innerText()).toContain('Actief: inwoners kunnen hem invullen');
    expect(await publicTitles(visitor)).toContain(TITLE);

    // The download is the FHIR JSON of what was imported, named after the title.
    const [download] = await Promise.all([
      editor.waitForEvent('download'),
      row(editor)
        .getByRole('link', { name: /^Downloaden/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('generalized-anxiety-disorder-7.fhir.json');
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(exported.resourceType).toBe('Questionnaire');
    expect(exported.item).toEqual(GAD7.item);
    expect(exported.contained).toEqual(GAD7.contained);
    expect(exported.status).toBe('active');

    // Retiring says what it means first.
    await row(editor)
      .getByRole('button', { name: /^Intrekken\W+Generalized Anxiety Disorder - 7$/ })
      .click();
    const question = editor.getByRole('heading', { name: `Wilt u "${TITLE}" intrekken?` });
    await question.waitFor();
    expect(await editor.evaluate(() => document.activeElement?.textContent)).toBe(
      `Wilt u "${TITLE}" intrekken?`,
    );
    await editor.getByText('Antwoorden die al zijn gegeven, blijven bewaard.', { exact: false }).waitFor();
    await expectAxeClean(editor, 'retire confirmation');
    await editor.getByRole('button', { name: 'Ja, intrekken' }).click();
    await editor.getByText(`"${TITLE}" is ingetrokken.`, { exact: false }).waitFor();
    await expect.poll(() => row(editor).innerText()).toContain('Ingetrokken: inwoners zien hem niet meer');
    expect(await publicTitles(visitor)).not.toContain(TITLE);
  });

  it('a resident has no menu item and is refused at the address', async () => {
    const resident = await stack.newPage();
    await logIn(resident, stack.baseUrl, 'inwoner@demo.wijkpunt.nl');
    expect(await navLabels(resident)).not.toContain('Vragenlijsten beheren');
    await resident.goto(`${stack.baseUrl}/vragenlijsten/beheer`);
    await h1(resident, 'Geen toegang');
    expect(await resident.getByLabel('Bestand met de vragenlijst').count()).toBe(0);
    await expectAxeClean(resident, 'manage questionnaires refused');
    await resident.context().close();
  });
});

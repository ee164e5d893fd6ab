// Browser journeys: a real Wijkpunt server with demo data and Debian's Chromium driven by playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startServer, type RunningServer } from '../../src/server/runtime.ts';

// E2E_WEB_DIR lets a developer test a build in another folder (npx vite build --outDir DIR).
export const WEB_DIR = process.env.E2E_WEB_DIR ?? path.resolve(import.meta.dirname, '../../dist/web');

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export interface Stack {
  server: RunningServer;
  browser: Browser;
  baseUrl: string;
  /** A page in its own browser context (own cookies); close it with page.context().close(). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const exe = chromiumPath();
  if (!exe) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html')))
    throw new Error('dist/web is missing: run "npx vite build" first (npm test does).');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-e2e-'));
  // A copy of the run's seeded database (global-setup.ts); without one, migrate and seed here.
  const template = inject('e2eTemplate');
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  const { DATABASE_URL: _server, ...env } = process.env;
  const config = {
    ...loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { port: 0, dataDir }),
    webDir: WEB_DIR,
    runJobs: false,
  };
  const server = await startServer(config, template ? {} : { seed: 'demo' });
  const port = (server.app.server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: exe,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    server,
    browser,
    // "localhost" is a secure context, so the Secure session cookie works over plain HTTP in tests.
    baseUrl: `http://localhost:${port}`,
    async newPage() {
      const context = await browser.newContext({ locale: 'nl-NL' });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function expectAxeClean(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('wijkpunt-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

export async function navLabels(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();
}

// Once per test run: a migrated database with the demo data, which every browser-journey file copies
// instead of migrating and seeding its own (that took ~7 s per file). Each file still gets its own copy,
// so files never see each other's changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/server/config.ts';
import { startServer } from '../../src/server/runtime.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the folder of a seeded embedded database to copy */
    e2eTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-e2e-template-'));
  const { DATABASE_URL: _server, ...env } = process.env;
  const config = {
    ...loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { port: 0, dataDir: dir }),
    webDir: null,
    runJobs: false,
  };
  const server = await startServer(config, { seed: 'demo', listen: false });
  await server.close();
  project.provide('e2eTemplate', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

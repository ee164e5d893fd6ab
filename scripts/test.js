// `npm test`: the whole suite on a fresh clone. Installs dependencies when needed, type-checks (server and
// web app), lints (when an eslint.config.js exists), builds the web app (the browser journeys need it), then
// runs Vitest: all projects when a Chromium is found, otherwise unit + integration only (an error on CI,
// where the browser journeys must run). Arguments after `npm test --` go to Vitest. Ends with one line:
// `Tests: N passed, M failed[, K skipped]`. Exits with the code of the first step that failed.
// Plain Node, no dependencies: this runs before `npm install`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, buildWeb, ensureDependencies, runTool, runToolQuietly } from './start.js';

const extraArgs = process.argv.slice(2);
const onCi = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** The Chromium for the browser journeys: CHROMIUM_PATH, else Debian's usual places. */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no such file.`);
    return null;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) ?? null;
}

const steps = [];
let firstFailure = 0;

/** Runs one step, timing it (or taking `took`, seconds measured elsewhere); records the first failure but
 * lets the caller decide whether to go on. */
async function step(name, fn, took) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const code = await fn();
  const seconds = took ?? ((Date.now() - started) / 1000).toFixed(1);
  steps.push({ name, code, seconds });
  if (code === 0) console.log(`✔ ${name} (${seconds} s)`);
  else {
    console.error(`✘ ${name} failed with exit code ${code} (${seconds} s)`);
    if (firstFailure === 0) firstFailure = code;
  }
  return code;
}

function printSteps() {
  console.log('\nSteps:');
  for (const s of steps) console.log(`  ${s.code === 0 ? 'ok    ' : `FAILED`}  ${s.name} (${s.seconds} s)`);
}

function readCounts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      failedFiles: report.numFailedTestSuites ?? 0,
    };
  } catch {
    return null;
  }
}

async function main() {
  const chromium = findChromium();
  if (!chromium && onCi) {
    console.error(
      'Error: no Chromium found, and on CI the browser journeys must run. ' +
        'Install it (apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }

  // Without dependencies nothing else can run.
  if ((await step('Dependencies', ensureDependencies)) !== 0) {
    printSteps();
    process.exit(firstFailure);
  }

  // Type and lint errors do not stop the tests: one run shows everything that is wrong. The checks run side by
  // side (each prints its output when done), which on two cores saves about a minute.
  const checks = [['Type check (tsc --noEmit)', 'tsc', ['--noEmit', '-p', 'tsconfig.json']]];
  // The web app has its own project (bundler resolution, vite/client types), excluded from the root one.
  if (fs.existsSync(path.join(ROOT, 'src', 'web', 'tsconfig.json'))) {
    checks.push(['Type check of the web app', 'tsc', ['--noEmit', '-p', 'src/web/tsconfig.json']]);
  }
  const eslintConfig = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.ts'].find((f) =>
    fs.existsSync(path.join(ROOT, f)),
  );
  if (eslintConfig) checks.push(['Lint (eslint)', 'eslint', ['.']]);
  else console.log('\nLint skipped: no eslint.config.js yet.');
  const started = Date.now();
  const results = await Promise.all(
    checks.map(([name, tool, args]) =>
      runToolQuietly(tool, args).then((r) => ({
        name,
        ...r,
        seconds: ((Date.now() - started) / 1000).toFixed(1),
      })),
    ),
  );
  for (const r of results) {
    await step(
      r.name,
      async () => {
        if (r.output.trim()) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
        return r.code;
      },
      r.seconds,
    );
  }
  await step('Web build (vite build)', () => buildWeb({ always: true }));

  const projects = [];
  const env = { ...process.env };
  if (chromium) env.CHROMIUM_PATH = chromium;
  else {
    console.log(
      '\nBrowser journeys skipped: no Chromium found (install it: sudo apt-get install chromium, or set CHROMIUM_PATH).',
    );
    projects.push('--project', 'unit', '--project', 'integration');
  }

  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkpunt-vitest-'));
  const reportFile = path.join(reportDir, 'report.json');
  await step(chromium ? 'Tests (vitest)' : 'Tests (vitest, without browser journeys)', () =>
    runTool(
      'vitest',
      [
        'run',
        ...projects,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${reportFile}`,
        ...extraArgs,
      ],
      { env },
    ),
  );
  const counts = readCounts(reportFile);
  fs.rmSync(reportDir, { recursive: true, force: true });

  printSteps();
  if (!counts) console.error('Vitest wrote no report, so there are no test counts.');
  else if (counts.failedFiles > 0 && counts.failed === 0)
    console.error(`${counts.failedFiles} test file(s) failed outside a test (for example while loading).`);
  const c = counts ?? { passed: 0, failed: 0, skipped: 0 };
  console.log(`Tests: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  process.exit(firstFailure);
}

await main();

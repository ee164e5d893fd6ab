// `npm start`: works on a fresh clone. Installs dependencies when node_modules is missing or stale, builds
// the web app when dist/web is missing or older than its sources, then runs `wijkpunt serve --seed demo`.
// Plain Node, no dependencies: this runs before `npm install`. scripts/test.js reuses the helpers below.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WINDOWS = process.platform === 'win32';

/** Modification time in ms, or null when the path does not exist. */
function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return null;
  }
}

/** Newest modification time of a file, or of any file below a directory (node_modules and dot folders skipped). */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const t = newestMtime(path.join(p, entry.name));
    if (t !== null && t > newest) newest = t;
  }
  return newest;
}

/**
 * Runs a command with inherited stdio and resolves with its exit code (128 + signal number when it was
 * killed by a signal). SIGINT/SIGTERM sent to this process are passed on to the child while it runs.
 */
export function run(command, args, { env = process.env, cwd = ROOT } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit', shell: WINDOWS });
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const onInt = () => forward('SIGINT');
    const onTerm = () => forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (code) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code);
    };
    child.on('error', (err) => {
      console.error(`Could not run ${command}: ${err.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => {
      if (code !== null) done(code);
      else done(128 + (os.constants.signals[signal] ?? 1));
    });
  });
}

const npm = WINDOWS ? 'npm.cmd' : 'npm';
const npx = WINDOWS ? 'npx.cmd' : 'npx';

/**
 * Runs a locally installed tool through npx with its output collected, for steps that run side by side.
 * Resolves to { code, output }.
 */
export function runToolQuietly(tool, args, { env = process.env, cwd = ROOT } = {}) {
  return new Promise((resolve) => {
    const child = spawn(npx, ['--no', '--', tool, ...args], { cwd, env, shell: WINDOWS });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: 1, output: `${output}${err.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs a locally installed tool through npx, never downloading one. */
export function runTool(tool, args, opts) {
  return run(npx, ['--no', '--', tool, ...args], opts);
}

/** Why dependencies must be installed, or null when node_modules is current. */
export function dependenciesStale() {
  const lock = mtime(path.join(ROOT, 'package-lock.json'));
  const manifest = mtime(path.join(ROOT, 'package.json'));
  // npm writes node_modules/.package-lock.json at the end of every install; fall back to the folder itself.
  const installed =
    mtime(path.join(ROOT, 'node_modules', '.package-lock.json')) ?? mtime(path.join(ROOT, 'node_modules'));
  if (installed === null) return 'node_modules is missing';
  if (lock !== null && lock > installed) return 'package-lock.json is newer than node_modules';
  if (lock === null && manifest !== null && manifest > installed)
    return 'package.json is newer than node_modules';
  return null;
}

/** Installs dependencies when needed (`npm ci`, or `npm install` without a lock file). Returns an exit code. */
export async function ensureDependencies() {
  const reason = dependenciesStale();
  if (!reason) return 0;
  const hasLock = fs.existsSync(path.join(ROOT, 'package-lock.json'));
  console.log(`Installing dependencies… (${reason}; npm ${hasLock ? 'ci' : 'install'})`);
  const code = await run(npm, [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund']);
  if (code !== 0) console.error(`Installing dependencies failed (exit ${code}).`);
  return code;
}

/** The web app's sources: whatever, when changed, calls for a new build. */
const WEB_SOURCES = ['src/web', 'index.html', 'vite.config.ts'];
const WEB_OUTPUT = path.join(ROOT, 'dist', 'web', 'index.html');

export function webSourcesPresent() {
  return (
    fs.existsSync(path.join(ROOT, 'src', 'web', 'index.html')) || fs.existsSync(path.join(ROOT, 'index.html'))
  );
}

/** Why the web app must be built, or null when dist/web is current. */
export function webBuildStale() {
  const built = mtime(WEB_OUTPUT);
  if (built === null) return 'dist/web is missing';
  let newest = null;
  for (const p of WEB_SOURCES) {
    const t = newestMtime(path.join(ROOT, p));
    if (t !== null && (newest === null || t > newest)) newest = t;
  }
  if (newest !== null && newest > built) return 'the web sources changed since the last build';
  return null;
}

/** Builds the web app (`vite build`); with `always`, even when dist/web looks current. Returns an exit code. */
export async function buildWeb({ always = false } = {}) {
  if (!webSourcesPresent()) {
    console.log('No web app sources (src/web/index.html) yet: skipping the web build.');
    return 0;
  }
  const reason = always ? null : webBuildStale();
  if (!always && !reason) return 0;
  console.log(`Building the web app…${reason ? ` (${reason})` : ''}`);
  const code = await runTool('vite', ['build', '--logLevel', 'warn']);
  if (code !== 0) console.error(`Building the web app failed (exit ${code}).`);
  return code;
}

async function main() {
  const install = await ensureDependencies();
  if (install !== 0) process.exit(install);
  // A broken web build should not keep the API from starting: say so loudly and serve what there is.
  const build = await buildWeb();
  if (build !== 0) {
    const previous = fs.existsSync(WEB_OUTPUT)
      ? 'the previous build in dist/web'
      : 'no web app, only the API';
    console.error(`Warning: the web app could not be built; serving ${previous}.`);
  }
  console.log(`Starting Wijkpunt with demo data on port ${process.env.PORT || 3000}…`);
  const code = await run(process.execPath, [
    path.join(ROOT, 'bin', 'wijkpunt.js'),
    'serve',
    '--seed',
    'demo',
  ]);
  process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}

// PGlite admits one process per data directory. A second opener would corrupt it, so every process that
// opens a data directory takes this lock first and a second one is refused with a clear message.
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export interface DataDirLock {
  release(): Promise<void>;
}

export class DataDirBusyError extends Error {
  constructor(
    public readonly dataDir: string,
    holder: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Wijkpunt process (${holder}).\n` +
        'The embedded database admits one process at a time. Stop that process first (Ctrl+C in its terminal),\n' +
        'or use its web app or API instead, or point this command at another directory with --data-dir.',
    );
  }
}

export async function acquireDataDirLock(
  dataDir: string,
  purpose: string,
  port?: number,
): Promise<DataDirLock> {
  const infoFile = path.join(dataDir, 'wijkpunt.pid');
  let releaseLock: () => Promise<void>;
  try {
    releaseLock = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'wijkpunt.lock'),
      stale: 15_000,
      update: 5_000,
      realpath: false,
      onCompromised: (err) => {
        console.error(`Lost the lock on ${dataDir}: ${err.message}`);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      let holder = 'another process';
      try {
        const info = JSON.parse(fs.readFileSync(infoFile, 'utf8')) as {
          pid: number;
          purpose: string;
          port?: number;
        };
        holder = `pid ${info.pid}, ${info.purpose}${info.port ? ` on port ${info.port}` : ''}`;
      } catch {
        // no info file: keep the generic wording
      }
      throw new DataDirBusyError(dataDir, holder);
    }
    throw err;
  }
  fs.writeFileSync(infoFile, JSON.stringify({ pid: process.pid, purpose, port }));
  return {
    async release() {
      fs.rmSync(infoFile, { force: true });
      await releaseLock();
    },
  };
}

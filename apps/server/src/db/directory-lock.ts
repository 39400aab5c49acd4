import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

// PGlite has no lock of its own: two processes on one data directory (a command run while the
// server is still shutting down) can leave it unreadable. A lock file beside the directory,
// holding the owner's pid, keeps a second opener out; one left by a process that died is taken
// over.

export class DirectoryInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks `dir` for this process; returns the function that releases it. */
export function lockDirectory(dir: string): () => void {
  const path = `${resolve(dir)}.hemma-lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(path, 'utf8'));
    } catch {
      continue; // released meanwhile: try again
    }
    if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
      const who = owner === process.pid ? 'this process' : `another Hemma process (pid ${owner})`;
      throw new DirectoryInUseError(`the database ${dir} is in use by ${who}: stop it first, or use another --db`);
    }
    try {
      unlinkSync(path); // left by a process that is gone
    } catch {
      // Someone else took it over first; the next attempt sees theirs.
    }
  }
  throw new DirectoryInUseError(`could not lock the database ${dir} (${path})`);
}

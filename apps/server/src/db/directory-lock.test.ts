import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDirectory } from './directory-lock.ts';

describe('lockDirectory (one process per PGlite directory)', () => {
  const dir = () => join(mkdtempSync(join(tmpdir(), 'hemma-lock-')), 'data');

  it('locks, refuses a second opener while held, and releases', () => {
    const d = dir();
    const release = lockDirectory(d);
    expect(readFileSync(`${d}.hemma-lock`, 'utf8')).toBe(String(process.pid));
    expect(() => lockDirectory(d)).toThrow(`the database ${d} is in use by this process: stop it first, or use another --db`);
    release();
    expect(existsSync(`${d}.hemma-lock`)).toBe(false);
    lockDirectory(d)();
  });

  it('takes over a lock left by a process that is gone', () => {
    const d = dir();
    // Above the usual pid_max of 4 194 304: no such process.
    writeFileSync(`${d}.hemma-lock`, '99999999');
    const release = lockDirectory(d);
    expect(readFileSync(`${d}.hemma-lock`, 'utf8')).toBe(String(process.pid));
    release();
  });
});

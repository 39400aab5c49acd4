import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { entryFor } from './web-entries.ts';

const HTML = { accept: 'text/html,application/xhtml+xml' };

describe('the web app at / with a history fallback', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hemma-web-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'personal'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>office</title>');
    writeFileSync(join(dir, 'personal', 'index.html'), '<!doctype html><title>staff</title>');
    writeFileSync(join(dir, 'assets', 'office-abc123.js'), 'console.log(1)');
    t = await openTestDatabase();
    app = await buildApp(loadConfig({ HEMMA_WEB_DIR: dir }), t);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = HTML) =>
    app.inject({ method: 'GET', url, headers });

  it('serves the office page at / and at deep links, never cached', async () => {
    for (const url of ['/', '/klienter/123', '/uppfoljning?month=2026-11']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<title>office</title>');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it("answers an entry's own deep links with its page", async () => {
    expect((await get('/personal/')).body).toContain('<title>staff</title>');
    expect((await get('/personal/dag/idag')).body).toContain('<title>staff</title>');
  });

  it('keeps hashed bundles cached for good', async () => {
    const res = await get('/assets/office-abc123.js', {});
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('keeps the API and its documentation out of the fallback', async () => {
    const api = await get('/api/v1/no-such-route');
    expect(api.headers['content-type']).toContain('application/json');
    const health = await get('/api/health', {});
    expect(health.json()).toMatchObject({ status: 'ok' });
    const docs = await get('/docs');
    expect(docs.body).not.toContain('<title>office</title>');
  });

  it('answers a missing file that is not a page with the JSON 404', async () => {
    const res = await get('/assets/missing.js', { accept: '*/*' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('entryFor', () => {
  it('takes the longest prefix, with or without the trailing slash', () => {
    expect(entryFor('/personal')?.page).toBe('personal/index.html');
    expect(entryFor('/personal/x/y')?.page).toBe('personal/index.html');
    expect(entryFor('/mina-sidor/')?.page).toBe('mina-sidor/index.html');
    expect(entryFor('/personalen')?.page).toBe('index.html');
    expect(entryFor('/')?.page).toBe('index.html');
  });
});

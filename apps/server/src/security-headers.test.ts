import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openTestDatabase, type TestDatabase } from './testing/test-db.ts';

const directives = (csp: string | undefined) =>
  new Map((csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe(`security headers (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let plain: FastifyInstance;
  let https: FastifyInstance;

  beforeAll(async () => {
    t = await openTestDatabase();
    plain = await buildApp(loadConfig({}), t);
    https = await buildApp(loadConfig({ HEMMA_PUBLIC_URL: 'https://hemma.example.se' }), t);
  });
  afterAll(async () => {
    await plain.close();
    await https.close();
    await t.dispose();
  });

  it('sends a Content-Security-Policy for a same-origin single-page app, and the usual hardening headers', async () => {
    const res = await plain.inject({ method: 'GET', url: '/api/health' });
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('manifest-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS and upgrade-insecure-requests where the server is reached over HTTPS', async () => {
    const res = await https.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(res.headers['content-security-policy'] as string).has('upgrade-insecure-requests')).toBe(true);
  });

  it('keeps the API docs working under the policy: no inline script, every script and the spec from this origin', async () => {
    const page = await plain.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBeDefined();
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline?.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1];
      expect(src).toMatch(/^\.\/static\//);
      const script = await plain.inject({ method: 'GET', url: `/docs/${src!.slice(2)}` });
      expect(script.statusCode, src).toBe(200);
    }
    expect(page.body).not.toMatch(/ style="/);
    expect((await plain.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200);
  });
});

/**
 * The HTTP side without a database (a fake store): /graphql over POST and GET, the 1 MB body limit (413),
 * CORS only for configured origins, 404 elsewhere, routes added through the router.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Store } from '../../src/store/store.ts';

const fakeStore = { roundTrips: 0, read: async (name: string) => (name === 'dbms-components' ? [{ version: '5.26.30', edition: 'community' }] : []) } as unknown as Store;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', CORS_ORIGINS: 'https://allowed.example', NODE_ENV: 'test' });
  server = await startApiServer({
    store: fakeStore,
    config,
    mode: 'external',
    routes: (router) => router.add('/ping', async (_req, res) => void res.end('pong')),
  });
});
afterAll(async () => {
  await server.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP', () => {
  it('answers a POST query', async () => {
    const res = await post(JSON.stringify({ query: '{ health { ok database neo4jVersion mode } }' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: { ok: true, database: true, neo4jVersion: '5.26.30', mode: 'external' } } });
  });

  it('answers a GET query (with the CSRF-prevention header Apollo asks for)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health { ok } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: { ok: true } } });
  });

  it('refuses a body over 1 MB with 413 and says what to do', async () => {
    const big = JSON.stringify({ query: `{ health { ok } } # ${'x'.repeat(1024 * 1024)}` });
    const res = await post(big);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/larger than 1048576 bytes/);
  });

  it('accepts a body just under 1 MB', async () => {
    const res = await post(JSON.stringify({ query: `{ health { ok } } # ${'x'.repeat(1000 * 1000)}` }));
    expect(res.status).toBe(200);
  });

  it('sends CORS headers to configured origins only', async () => {
    const allowed = await post(JSON.stringify({ query: '{ health { ok } }' }), { origin: 'https://allowed.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    const other = await post(JSON.stringify({ query: '{ health { ok } }' }), { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    const okPreflight = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://allowed.example', 'access-control-request-method': 'POST' } });
    expect(okPreflight.status).toBe(204);
    expect(okPreflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('answers 404 with a hint elsewhere, and serves routes added through the router', async () => {
    const missing = await fetch(`${server.url}/nothing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/\/graphql/);
    expect(await (await fetch(`${server.url}/ping`)).text()).toBe('pong');
  });

  it('refuses invalid JSON with 400', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from './http';
import { waitForReady } from './ready';
import { json, type Server, serve } from './test-support';

const servers: Server[] = [];
let client: HttpClient;

afterEach(async () => {
  client?.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A service still on `version` that takes `delayMs` to answer each poll. */
async function slowOldService(version: string, delayMs: number): Promise<Server> {
  const server = await serve((_req, res) => {
    setTimeout(() => json(res, 200, { status: 'ok', version }), delayMs);
  });
  servers.push(server);
  return server;
}

function wait(server: Server, deadlineMs: number, requestTimeoutMs = 10_000) {
  client = new HttpClient({ maxSockets: 2 });
  return waitForReady(client, {
    url: new URL('/healthz', server.url),
    path: '/healthz',
    headers: {},
    expectVersion: '2.0.0',
    source: { pointer: '/version' },
    requestTimeoutMs,
    deadline: { at: performance.now() + deadlineMs, label: 'ready-timeout (1 s)' },
    // Poll again at once, so that a poll is always in flight when the deadline comes.
    backoff: { baseMs: 0, capMs: 0 },
  });
}

describe('waitForReady', () => {
  it('reports the old version it saw when the deadline cuts the last poll short', async () => {
    const server = await slowOldService('1.9.0', 150);
    const outcome = await wait(server, 1_000);

    expect(outcome.ready).toBe(false);
    expect(outcome.version).toBe('1.9.0');
    expect(outcome.reason).toMatch(
      /^\/healthz still reports version "1\.9\.0", not "2\.0\.0", after [\d.]+ s and \d+ attempts \(deadline ready-timeout \(1 s\)\): the new version is not serving$/,
    );
    // The last poll was in flight at the deadline: the server answered it after the gate gave up.
    expect(outcome.attempts).toBeGreaterThan(1);
    expect(server.requests.length).toBe(outcome.attempts);
  });

  it('blames the deadline, not request-timeout, when no poll was answered before it', async () => {
    const server = await slowOldService('1.9.0', 2_000);
    const outcome = await wait(server, 300);

    expect(outcome).toMatchObject({ ready: false, attempts: 1 });
    expect(outcome.reason).toMatch(
      /^\/healthz was not ready after [\d.]+ s and 1 attempt \(deadline ready-timeout \(1 s\)\): last answer no answer before the deadline$/,
    );
  });

  it('still reports a poll that request-timeout ended, with that input named', async () => {
    const server = await slowOldService('1.9.0', 2_000);
    const outcome = await wait(server, 700, 200);

    expect(outcome.ready).toBe(false);
    expect(outcome.reason).toMatch(
      /: last answer no answer \(no response within 0\.2 s \(request-timeout\)\)$/,
    );
  });
});

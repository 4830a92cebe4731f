/**
 * Issue 14.2: a smoke check that books something must not book it twice. A real server on
 * 127.0.0.1 keeps the bookings it was sent: 201 for the first, 409 for the same slot again.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runGate, type Server, serve, type Temp, tempDir } from './test-support';

let temp: Temp;
let server: Server;
/** Slots booked on the server, as it stored them. */
let bookings: string[];

beforeEach(async () => {
  temp = await tempDir('smoke-repeat-');
  bookings = [];
  server = await serve((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/healthz') return json(res, 200, { version: '3.1.0' });
    if (url.pathname === '/bookings/' && req.method === 'POST') {
      const slot = url.searchParams.get('slot') ?? '';
      if (bookings.includes(slot)) return json(res, 409, { detail: 'slot already booked' });
      bookings.push(slot);
      return json(res, 201, { slot });
    }
    if (url.pathname === '/busy/') return json(res, 503, { detail: 'try again' });
    return json(res, 200, { ok: true });
  });
});
afterEach(async () => {
  await server.close();
  await temp.cleanup();
});

async function checks(yaml: string): Promise<void> {
  await writeFile(path.join(temp.dir, 'smoke.yml'), yaml);
}

const posts = (): number => server.requests.filter((r) => r.method === 'POST').length;

describe('smoke-test-gate sends POST, PUT, PATCH and DELETE once', () => {
  it('books once despite warmup, samples and retries, and passes on the 201', async () => {
    await checks(
      [
        'checks:',
        '  - name: book a slot',
        '    method: POST',
        '    path: /bookings/?slot=2030-01-07T09:00',
        '    expect: { status: 201 }',
      ].join('\n'),
    );

    const run = await runGate(temp.dir, {
      'base-url': server.url,
      warmup: '2',
      samples: '5',
      retries: '3',
    });

    expect(run.exitCode, run.platform.logText).toBe(0);
    expect(posts()).toBe(1);
    expect(bookings).toEqual(['2030-01-07T09:00']);
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks[1]).toMatchObject({ status: 'passed', counts: { samples: 1, retries: 0 } });
  });

  it('does not retry a DELETE answered 503: the 503 is the verdict', async () => {
    await checks(
      'checks:\n  - name: busy\n    method: DELETE\n    path: /busy/\n    expect: { status: 204 }\n',
    );

    const run = await runGate(temp.dir, { 'base-url': server.url, retries: '3' });

    expect(run.exitCode).toBe(1);
    expect(server.requests.filter((r) => r.path === '/busy/')).toHaveLength(1);
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks[1].summary).toBe('DELETE (sent once: not repeatable): status 503, expected 204');
  });

  it('repeats a POST that opts in with repeatable: true (here the repeat is refused with 409)', async () => {
    await checks(
      [
        'checks:',
        '  - name: book a slot',
        '    method: POST',
        '    path: /bookings/?slot=2030-01-07T10:00',
        '    expect: { status: 201 }',
        '    repeatable: true',
      ].join('\n'),
    );

    const run = await runGate(temp.dir, { 'base-url': server.url, warmup: '1' });

    expect(run.exitCode).toBe(1);
    expect(posts()).toBe(2);
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks[1].summary).toBe('sample 1 of 1: status 409, expected 201');
  });

  it('still warms up and samples a GET', async () => {
    await checks('checks:\n  - name: list\n    path: /things/\n');

    const run = await runGate(temp.dir, { 'base-url': server.url, warmup: '1', samples: '3' });

    expect(run.exitCode, run.platform.logText).toBe(0);
    expect(server.requests.filter((r) => r.path === '/things/')).toHaveLength(4);
  });

  it('stops with a one-line error for samples above 1 on a POST that is not repeatable', async () => {
    await checks(
      [
        'checks:',
        '  - name: book a slot',
        '    method: POST',
        '    path: /bookings/?slot=x',
        '    samples: 20',
      ].join('\n'),
    );

    const run = await runGate(temp.dir, { 'base-url': server.url });

    expect(run.exitCode).toBe(2);
    expect(run.platform.lines.find((l) => l.level === 'error')?.message).toBe(
      'smoke.yml: check "book a slot" (checks[0]): field "samples" is 20, but a POST is sent only once; remove "samples", or set "repeatable: true" if sending it 20 times is harmless.',
    );
    expect(posts()).toBe(0);
  });
});

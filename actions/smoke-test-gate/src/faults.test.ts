import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runGate, type Server, serve, type Temp, tempDir } from './test-support';

const TOKEN = 'fault-secret-9f3a2c';

let temp: Temp;
const servers: Server[] = [];

beforeEach(async () => {
  temp = await tempDir('smoke-faults-');
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

/** A server answering `/healthz` with 200 and every other path with `handler`. */
async function service(handler: Parameters<typeof serve>[0]): Promise<Server> {
  const server = await serve((req, res, count) => {
    if (req.url === '/healthz') json(res, 200, { status: 'ok', version: '2.0.0' });
    else handler(req, res, count);
  });
  servers.push(server);
  return server;
}

async function checksFile(yaml: string): Promise<void> {
  await writeFile(path.join(temp.dir, 'smoke.yml'), yaml);
}

const ONE_CHECK = 'checks:\n  - name: api\n    path: /api\n';

function errorLine(run: Awaited<ReturnType<typeof runGate>>): string {
  return run.platform.lines.find((l) => l.level === 'error')?.message ?? '(no error logged)';
}

/** Every text the gate left: log, summary, outputs and report files. */
function everything(run: Awaited<ReturnType<typeof runGate>>): string {
  return [
    run.platform.logText,
    ...run.platform.summaries,
    ...Object.values(run.files),
    JSON.stringify([...run.platform.outputs]),
  ].join('\n');
}

describe('smoke-test-gate against faulty servers', () => {
  it('waits through 503s until the service is ready, then passes', async () => {
    const server = await serve((_req, res, count) => {
      if (count <= 3) json(res, 503, { status: 'starting' });
      else json(res, 200, { status: 'ok', version: '2.0.0' });
    });
    servers.push(server);
    await checksFile('checks:\n  - name: health\n    path: /healthz\n');

    const run = await runGate(temp.dir, { 'base-url': server.url, 'expect-version': 'v2.0.0' });

    expect(run.exitCode, run.platform.logText).toBe(0);
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks[0]).toMatchObject({
      status: 'passed',
      summary: 'ready serving 2.0.0 after 4 attempts',
    });
  });

  it('retries a check answered 503 and passes once it answers 200', async () => {
    const server = await service((_req, res, count) =>
      count === 1 ? json(res, 503, {}) : json(res, 200, { ok: true }),
    );
    await checksFile(ONE_CHECK);

    const run = await runGate(temp.dir, { 'base-url': server.url, warmup: '0' });

    expect(run.exitCode, run.platform.logText).toBe(0);
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks[1].counts).toMatchObject({ samples: 1, retries: 1 });
    expect(report.checks[1].summary).toMatch(/^passed in [\d.]+ ms, 1 retried$/);
  });

  it('honours Retry-After of a 429 before retrying', async () => {
    const server = await service((_req, res, count) =>
      count === 1 ? json(res, 429, { detail: 'slow down' }, { 'retry-after': '1' }) : json(res, 200, {}),
    );
    await checksFile(ONE_CHECK);

    const run = await runGate(temp.dir, { 'base-url': server.url, warmup: '0' });

    expect(run.exitCode, run.platform.logText).toBe(0);
    const [first, second] = server.requests.filter((r) => r.path === '/api');
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('fails a 401 at once, without retrying, and shows the response with the token redacted', async () => {
    const server = await service((req, res) =>
      json(res, 401, { detail: 'Invalid token.', echoed: req.headers.authorization }),
    );
    await checksFile(ONE_CHECK);

    const run = await runGate(temp.dir, {
      'base-url': server.url,
      'auth-header': `Authorization: Bearer ${TOKEN}`,
    });

    expect(run.exitCode).toBe(1);
    expect(server.requests.filter((r) => r.path === '/api')).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(errorLine(run)).toBe(
      '1 of 1 smoke checks failed: api: warm-up request: status 401, expected 200-299',
    );
    expect(run.platform.outputs.get('failed-checks')).toBe('api');
    const summary = run.platform.summaries.join('\n');
    expect(summary).toContain('"detail":"Invalid token.","echoed":"***"');
    expect(everything(run)).not.toContain(TOKEN);
    expect(JSON.parse(run.files['smoke-result.json'] as string)).toMatchObject({
      verdict: 'failed',
      failedChecks: ['api'],
    });
  });

  it('fails a request that hangs after request-timeout, without retrying it', async () => {
    const server = await service(() => {
      // Never answers.
    });
    await checksFile(ONE_CHECK);

    const started = performance.now();
    const run = await runGate(temp.dir, { 'base-url': server.url, 'request-timeout': '0.5' });

    expect(run.exitCode).toBe(1);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.requests.filter((r) => r.path === '/api')).toHaveLength(1);
    expect(errorLine(run)).toBe(
      '1 of 1 smoke checks failed: api: warm-up request: no response within 0.5 s (request-timeout)',
    );
  });

  it('fails a body that is still arriving at request-timeout', async () => {
    const server = await service((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      setTimeout(() => res.end(']'), 2_000).unref();
    });
    await checksFile(ONE_CHECK);

    const run = await runGate(temp.dir, { 'base-url': server.url, 'request-timeout': '0.5', warmup: '0' });

    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toBe(
      '1 of 1 smoke checks failed: api: sample 1 of 1: the response body was still arriving after 0.5 s (request-timeout)',
    );
  });

  it('stops every check at the gate deadline (timeout)', async () => {
    const server = await service(() => {
      // Never answers.
    });
    await checksFile(ONE_CHECK);

    const run = await runGate(temp.dir, { 'base-url': server.url, timeout: '1', 'request-timeout': '30' });

    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toBe(
      '1 of 1 smoke checks failed: api: warm-up request: the deadline timeout (1 s) passed',
    );
  });

  it('fails a body that is not valid JSON, with an excerpt of it', async () => {
    const server = await service((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('<html>Bad gateway page</html>');
    });
    await checksFile(`${ONE_CHECK}    expect:\n      json:\n        /status: ok\n`);

    const run = await runGate(temp.dir, { 'base-url': server.url, warmup: '0' });

    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /^1 of 1 smoke checks failed: api: sample 1 of 1: the body is not valid JSON: Unexpected token/,
    );
    expect(run.platform.summaries.join('\n')).toContain('<html>Bad gateway page</html>');
  });

  it('fails a response that breaks its OpenAPI schema', async () => {
    const server = await service((_req, res) => json(res, 200, [{ slug: 42, title: 'Onboarding' }]));
    await writeFile(
      path.join(temp.dir, 'openapi.yml'),
      [
        'openapi: 3.0.3',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /api:',
        '    get:',
        '      responses:',
        '        "200":',
        '          description: ok',
        '          content:',
        '            application/json:',
        '              schema: {type: array, items: {$ref: "#/components/schemas/Item"}}',
        'components:',
        '  schemas:',
        '    Item:',
        '      type: object',
        '      required: [slug, title]',
        '      properties: {slug: {type: string}, title: {type: string}}',
      ].join('\n'),
    );

    const run = await runGate(temp.dir, { 'base-url': server.url, openapi: 'openapi.yml', warmup: '0' });

    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toBe(
      '1 of 1 smoke checks failed: GET /api: sample 1 of 1: the body does not match the schema: /0/slug must be string',
    );
    expect(run.platform.lines.map((l) => l.message)).toContain(
      'smoke.yml not found: the checks come from openapi.yml only.',
    );
  });

  it('fails a p95 that regressed past max-regression against the previous report', async () => {
    const server = await service((_req, res) => json(res, 200, {}));
    await checksFile(ONE_CHECK);
    const baseline = { checks: [{ name: 'api', counts: { samples: 60, p95Ms: 0.02 } }] };
    await writeFile(path.join(temp.dir, 'previous.json'), JSON.stringify(baseline));

    const run = await runGate(temp.dir, {
      'base-url': server.url,
      samples: '50',
      'baseline-report': 'previous.json',
    });

    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(
      /^1 of 1 smoke checks failed: api: p95 [\d.]+ ms is \d+% over the previous run's 0\.0 ms \(max-regression 20%\)$/,
    );
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks[1].counts).toMatchObject({ samples: 50 });
  });

  it('judges no regression without a previous report, and warns', async () => {
    const server = await service((_req, res) => json(res, 200, {}));
    await checksFile(ONE_CHECK);

    const run = await runGate(temp.dir, { 'base-url': server.url, 'baseline-report': 'previous.json' });

    expect(run.exitCode, run.platform.logText).toBe(0);
    expect(run.platform.lines).toContainEqual({
      level: 'warning',
      message: 'baseline-report previous.json does not exist (a first run?): no regression is judged.',
    });
  });

  it('stops with one line naming the file, the check and the field of a bad checks file', async () => {
    await checksFile('checks:\n  - name: api\n    path: /api\n    expect:\n      status: two hundred\n');

    const run = await runGate(temp.dir, { 'base-url': 'http://127.0.0.1:9' });

    expect(run.exitCode).toBe(2);
    expect(errorLine(run)).toBe(
      'smoke.yml: check "api" (checks[0]): field "expect.status" is not valid. Expected status: a number (200), a range ("200-299"), or a list of them ([200, 204]).',
    );
    expect(run.files).toEqual({});
  });

  it('trusts a private CA given by ca-file, and says so when it is missing', async () => {
    const pems = await selfSignedCertificate(temp.dir);
    const server = await serve(
      (_req, res) => json(res, 200, { status: 'ok' }),
      (listener) => https.createServer({ key: pems.key, cert: pems.cert }, listener),
    );
    servers.push(server);
    await checksFile('checks:\n  - name: health\n    path: /healthz\n');

    const refused = await runGate(temp.dir, { 'base-url': server.url });
    expect(refused.exitCode).toBe(1);
    expect(errorLine(refused)).toMatch(
      /^not ready: \/healthz: TLS: .*self.signed.* \(a private CA needs the input "ca-file"\)$/,
    );

    const trusted = await runGate(temp.dir, { 'base-url': server.url, 'ca-file': 'cert.pem' });
    expect(trusted.exitCode, trusted.platform.logText).toBe(0);
  });
});

/** A self-signed certificate for 127.0.0.1 made by openssl, written to `dir/cert.pem` (the CA) and `dir/key.pem`. */
async function selfSignedCertificate(dir: string): Promise<{ key: string; cert: string }> {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
}

/**
 * Real parts for the tests: local HTTP servers on 127.0.0.1 that misbehave on purpose, the
 * example Django service running for real, and the action run through the entry.
 */
import { execFile, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { type ExitCode, executeAction } from '@maint-actions/core';
import { exampleServiceDir, FakePlatform, systemPython, type Temp, tempDir } from '@maint-actions/testing';
import { smokeTestGate } from './index';

const execFileAsync = promisify(execFile);

export { type Temp, tempDir };

export interface Server {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Every request: method, path, headers and when it arrived (`performance.now()`). */
  readonly requests: { method: string; path: string; headers: http.IncomingHttpHeaders; at: number }[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (ephemeral port) answering with `handler`, counting requests by path. */
export async function serve(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, count: number) => void,
  create: (listener: http.RequestListener) => http.Server = (listener) => http.createServer(listener),
): Promise<Server> {
  const requests: Server['requests'] = [];
  const counts = new Map<string, number>();
  const server = create((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({
      method: req.method ?? 'GET',
      path: pathname,
      headers: req.headers,
      at: performance.now(),
    });
    const count = (counts.get(pathname) ?? 0) + 1;
    counts.set(pathname, count);
    req.resume();
    handler(req, res, count);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = 'setSecureContext' in server ? 'https' : 'http';
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers `status` with a JSON body. */
export function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface DjangoService {
  readonly url: string;
  readonly token: string;
  /** stdout and stderr of runserver so far (for failure messages). */
  output(): string;
  /** Resolves once `/healthz` answers (for tests about what it answers, not about the wait). */
  serving(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The example Django service on 127.0.0.1: a migrated, seeded temp SQLite database, then
 * `manage.py runserver --noreload`, started without waiting (the gate's readiness wait does).
 * `/healthz` reports `version` and `commit`.
 */
export async function startDjango(options: {
  version: string;
  sha: string;
  token: string;
}): Promise<DjangoService> {
  const temp = await tempDir('smoke-django-');
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite:///${path.join(temp.dir, 'db.sqlite3')}`,
    APP_VERSION: options.version,
    GIT_SHA: options.sha,
    API_SECRET_TOKEN: options.token,
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const manage = (...args: string[]) =>
    execFileAsync(systemPython, ['manage.py', ...args], { cwd: exampleServiceDir, env });
  await manage('migrate', '--noinput');
  await manage('seed_demo');
  let port = 0;
  let child: ReturnType<typeof spawn>;
  let output = '';
  let exited: Promise<void>;
  const launch = async (): Promise<void> => {
    port = await freePort();
    output = '';
    child = spawn(systemPython, ['manage.py', 'runserver', `127.0.0.1:${port}`, '--noreload'], {
      cwd: exampleServiceDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  };
  await launch();
  /** True when this service (not another test's server on a reused port) answers with its commit. */
  const answers = (): Promise<boolean> =>
    fetch(`http://127.0.0.1:${port}/healthz`).then(
      async (res) => res.ok && ((await res.json()) as { commit?: string }).commit === options.sha,
      () => false,
    );
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    token: options.token,
    output: () => output,
    async serving() {
      // A free port can be taken by another test file's server between freePort() and runserver's
      // bind; runserver then exits ("already in use"), and it is started again on another port.
      for (let start = 0; start < 3; start++) {
        for (let i = 0; i < 300 && child.exitCode === null; i++) {
          if (await answers()) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        if (child.exitCode === null || !/already in use/i.test(output)) break;
        await launch();
      }
      throw new Error(`runserver did not start: ${output}`);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await temp.cleanup();
    },
  };
}

export interface GateRun {
  readonly exitCode: ExitCode;
  readonly platform: FakePlatform;
  readonly reportDir: string;
  /** Every file the gate wrote in its report directory, by name. */
  readonly files: Record<string, string>;
}

/** Runs the action through the entry (inputs parsed, secrets registered) in `workspace`. */
export async function runGate(
  workspace: string,
  inputs: Record<string, string>,
  context: { sha?: string } = {},
): Promise<GateRun> {
  const platform = new FakePlatform({ inputs, context: { workspace, tempDir: workspace, ...context } });
  const exitCode = await executeAction(smokeTestGate, platform);
  const reportDir = path.join(workspace, '.maint-actions', 'reports', 'smoke-test-gate');
  const files: Record<string, string> = {};
  for (const name of await readdir(reportDir).catch(() => [])) {
    files[name] = await readFile(path.join(reportDir, name), 'utf8');
  }
  return { exitCode, platform, reportDir, files };
}

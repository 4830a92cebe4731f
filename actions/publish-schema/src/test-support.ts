/**
 * Real parts for the tests: temp directories, a git checkout with a bare remote, an S3-compatible
 * server (s3rver) with a proxy that can fail chosen requests, and a small HTTP file server.
 */
import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { defineActionRun, type ExitCode, executeAction } from '@maint-actions/core';
import {
  exampleServiceDir,
  FakePlatform,
  type FakePlatformOptions,
  type Temp,
  tempDir,
} from '@maint-actions/testing';
import S3rver from 's3rver';
import { type RunHooks, run } from './run';
import { spec } from './spec';

const execFileAsync = promisify(execFile);

/** The example service's committed schema: the schema the tests publish. */
export const exampleSchema = path.join(exampleServiceDir, 'schema.yml');

/** Access keys s3rver accepts. */
export const S3_KEYS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' } as const;

export { type Temp, tempDir };

/** Runs git in `cwd`; resolves with stdout, rejects when git fails. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' },
  });
  return stdout;
}

export interface GitFixture {
  /** The bare repository serving as `origin`. */
  readonly remote: string;
  /** A clone with one commit on `main` holding `schema.yml`: the workspace. */
  readonly workspace: string;
  /** Another clone, to move the remote as a concurrent job would. */
  clone(name: string): Promise<string>;
}

/** A bare remote and a working clone of it with the example schema committed on `main`. */
export async function gitFixture(root: string): Promise<GitFixture> {
  const remote = path.join(root, 'remote.git');
  const workspace = path.join(root, 'workspace');
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  await git(root, 'clone', '--quiet', remote, workspace);
  await configureUser(workspace);
  await cp(exampleSchema, path.join(workspace, 'schema.yml'));
  await git(workspace, 'add', 'schema.yml');
  await git(workspace, 'commit', '--quiet', '-m', 'Add the schema');
  await git(workspace, 'push', '--quiet', 'origin', 'HEAD:main');
  const clone = async (name: string): Promise<string> => {
    const dir = path.join(root, name);
    await git(root, 'clone', '--quiet', remote, dir);
    await configureUser(dir);
    return dir;
  };
  return { remote, workspace, clone };
}

async function configureUser(dir: string): Promise<void> {
  await git(dir, 'config', 'user.name', 'Dev');
  await git(dir, 'config', 'user.email', 'dev@example.test');
}

export interface Server {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 with an ephemeral port. */
export async function listen(server: http.Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface S3Server extends Server {
  /** A proxy in front of s3rver answering 500 to the requests `fail` picks. */
  proxy(fail: (method: string, path: string) => boolean): Promise<Server>;
}

/** s3rver on 127.0.0.1 with the bucket `schemas`, its data in `dir`. */
export async function startS3(dir: string): Promise<S3Server> {
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'schemas' }],
  });
  const { port } = await s3.run();
  const url = `http://127.0.0.1:${port}`;
  const proxies: Server[] = [];
  return {
    url,
    async proxy(fail) {
      const proxy = await listen(http.createServer((req, res) => forward(req, res, port, fail)));
      proxies.push(proxy);
      return proxy;
    },
    async close() {
      await Promise.all(proxies.map((p) => p.close()));
      s3.httpServer?.closeAllConnections();
      await s3.close();
    },
  };
}

/** Sends the request on to 127.0.0.1:`port`, unless `fail` picks it: then an S3 InternalError. */
function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  port: number,
  fail: (method: string, path: string) => boolean,
): void {
  const target = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (fail(req.method ?? 'GET', target.pathname)) {
    req.resume();
    res.writeHead(500, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>injected failure</Message></Error>',
    );
    return;
  }
  const upstream = http.request(
    { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

export interface StoredFile {
  readonly body: string;
  readonly contentType: string | undefined;
}

export interface FileServer extends Server {
  /** Stored files by path (`/api/1.0.0/schema.yml`). */
  readonly files: Map<string, StoredFile>;
  /** Every request: method, path and headers. */
  readonly requests: { method: string; path: string; headers: http.IncomingHttpHeaders }[];
}

/**
 * An HTTP server keeping what is PUT or POSTed and answering GET with it (404 when absent).
 * `status` may answer a request with another status instead (such as a 500 for the index).
 */
export async function startFileServer(
  status: (method: string, path: string) => number | undefined = () => undefined,
): Promise<FileServer> {
  const files = new Map<string, StoredFile>();
  const requests: FileServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method, path: pathname, headers: req.headers });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forced = status(method, pathname);
      if (forced !== undefined) {
        res.writeHead(forced).end();
      } else if (method === 'GET') {
        const file = files.get(pathname);
        if (file) res.writeHead(200, { 'content-type': file.contentType ?? 'text/plain' }).end(file.body);
        else res.writeHead(404).end();
      } else {
        files.set(pathname, {
          body: Buffer.concat(chunks).toString('utf8'),
          contentType: req.headers['content-type'],
        });
        res.writeHead(201).end();
      }
    });
  });
  return { ...(await listen(server)), files, requests };
}

export interface Published {
  readonly exitCode: ExitCode;
  readonly platform: FakePlatform;
  /** Everything the run logged and summarised, and its report files, for secret checks. */
  readonly text: string;
}

/**
 * Runs the action through the entry (input parsing, secrets, outputs, exit code) on a fake
 * platform whose workspace is `workspace`.
 */
export async function publish(
  workspace: string,
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string | undefined>;
    hooks?: RunHooks;
    platform?: FakePlatformOptions;
  } = {},
): Promise<Published> {
  const platform = new FakePlatform({
    ...options.platform,
    inputs,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    context: { workspace },
  });
  const action = defineActionRun(spec, (ctx) => run(ctx, options.hooks));
  const exitCode = await executeAction(action, platform);
  const reports = path.join(workspace, '.maint-actions', 'reports', 'publish-schema');
  const files = await Promise.all(
    ['report.json', 'summary.md'].map((f) => readFile(path.join(reports, f), 'utf8').catch(() => '')),
  );
  const text = [platform.logText, ...platform.summaries, ...platform.outputs.values(), ...files].join('\n');
  return { exitCode, platform, text };
}

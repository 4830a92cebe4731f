/** Runs the actions through the entry on a fake platform, and finds what they left on disk. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { type ExitCode, executeAction } from '@maint-actions/core';
import { FakePlatform, freePort, type Temp, tempDir } from '@maint-actions/testing';
import S3rver from 's3rver';
import { backupBeforeDeploy, restore } from './index';
import { s3Client } from './s3';

export { type Temp, tempDir };

export interface ActionRun {
  readonly exitCode: ExitCode;
  readonly platform: FakePlatform;
  /** Everything logged, summarised and output, for message and secret checks. */
  readonly text: string;
}

const SHA = '0123456789abcdef0123456789abcdef01234567';

/** Runs backup-before-deploy (or `restore`) in `workspace` with `inputs`. */
export async function runAction(
  which: 'backup' | 'restore',
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const platform = new FakePlatform({
    inputs,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    context: { workspace, sha: SHA, tempDir: path.join(workspace, 'tmp') },
  });
  const exitCode =
    which === 'backup'
      ? await executeAction(backupBeforeDeploy, platform)
      : await executeAction(restore, platform);
  const text = [platform.logText, ...platform.summaries, ...platform.outputs.values()].join('\n');
  return { exitCode, platform, text };
}

/** Every file under `dir` (relative paths), sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The text of every file under `dir` joined (binary files included as latin1), to look for secrets. */
export async function allText(dir: string): Promise<string> {
  const files = await filesUnder(dir);
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'latin1')));
  return texts.join('\n');
}

/** Keys s3rver accepts (the secret must never show up in a log or a file). */
export const S3_KEYS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' } as const;

export interface S3Server {
  readonly port: number;
  /** `http://127.0.0.1:<port>`: the `s3-endpoint`. */
  readonly url: string;
  close(): Promise<void>;
}

/** s3rver on 127.0.0.1 with the bucket `backups`, its data in `dir`. */
export async function startS3(dir: string): Promise<S3Server> {
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'backups' }],
  });
  const { port } = await s3.run();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      s3.httpServer?.closeAllConnections();
      await s3.close();
    },
  };
}

/**
 * moto's S3 server (`moto_server`, from the Python first on PATH) on 127.0.0.1 with the bucket
 * `backups`: unlike s3rver it answers AbortMultipartUpload and ListMultipartUploads, so a test can
 * see that no multipart upload was left open. Skip with `motoMissing` where it is not installed.
 */
export async function startMotoS3(): Promise<S3Server> {
  const port = await freePort();
  const child = spawn(MOTO_SERVER ?? 'moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not answer within 30 s: ${stderr}`);
    }
    // Creating the bucket is the readiness probe (moto keeps no state between starts).
    const created = await fetch(`${url}/backups`, { method: 'PUT' }).catch(() => undefined);
    if (created?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    url,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Where `moto_server` is, when it is installed. */
export const MOTO_SERVER: string | undefined = (() => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, 'moto_server');
    if (dir && existsSync(file)) return file;
  }
  return undefined;
})();

/** Why the moto tests are skipped, or undefined when moto_server is there. */
export const motoMissing: string | undefined = MOTO_SERVER ? undefined : 'moto_server is not installed';

/** What the store at `endpoint` holds under `prefix` of `backups`: objects and open multipart uploads. */
export async function s3Contents(
  endpoint: string,
  prefix: string,
): Promise<{ readonly objects: string[]; readonly uploads: string[] }> {
  const client = s3Client({ endpoint, env: S3_KEYS });
  try {
    const [listed, open] = await Promise.all([
      client.send(new ListObjectsV2Command({ Bucket: 'backups', Prefix: prefix })),
      client.send(new ListMultipartUploadsCommand({ Bucket: 'backups', Prefix: prefix })),
    ]);
    return {
      objects: (listed.Contents ?? []).map((o) => o.Key ?? ''),
      uploads: (open.Uploads ?? []).map((u) => u.Key ?? ''),
    };
  } finally {
    client.destroy();
  }
}

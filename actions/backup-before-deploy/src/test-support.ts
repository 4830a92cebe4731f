/** Runs the actions through the entry on a fake platform, and finds what they left on disk. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ExitCode, executeAction } from '@maint-actions/core';
import { FakePlatform, type Temp, tempDir } from '@maint-actions/testing';
import S3rver from 's3rver';
import { backupBeforeDeploy, restore } from './index';

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

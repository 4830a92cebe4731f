/**
 * `maint-actions restore`: brings a database of a backup back, after checking its SHA-256, and
 * refuses a protected target (production) unless its database name is confirmed.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  type ActionContext,
  type ActionResult,
  ConfigError,
  describeError,
  isConfigError,
  secrets,
} from '@maint-actions/core';
import { digest } from './backup';
import { type Connection, parseDatabaseUrl } from './database-url';
import { engineFor } from './engines';
import { compareRowCounts, type Manifest, type ManifestDatabase, parseManifest } from './manifest';
import { extractMedia } from './media';
import { isS3Uri, maskAwsCredentials, parseS3Uri, readObject, s3Client } from './s3';
import type { RestoreSpec } from './spec';

type Result = ActionResult<RestoreSpec>;

/** The protected entry `connection` matches (as a word of its database name or host), or undefined. */
export function protectedMatch(connection: Connection, entries: readonly string[]): string | undefined {
  const name = connection.engine === 'sqlite' ? path.basename(connection.database) : connection.database;
  const words = new Set(
    [name, connection.host ?? ''].flatMap((text) => [
      text.toLowerCase(),
      ...text.toLowerCase().split(/[^a-z0-9]+/),
    ]),
  );
  return entries.find((entry) => words.has(entry.toLowerCase()));
}

/** The name `--confirm` must repeat: the database name, or the SQLite file's name. */
export function confirmationName(connection: Connection): string {
  return connection.engine === 'sqlite' ? path.basename(connection.database) : connection.database;
}

/** Runs the restore (see the spec and docs/runbooks/restore.md). */
export async function restore({ platform, inputs }: ActionContext<RestoreSpec>): Promise<Result> {
  const workspace = path.resolve(platform.context.workspace);
  if (inputs.targetDatabaseUrl === undefined && inputs.targetMediaDir === undefined) {
    throw new ConfigError(
      'Nothing to restore into: set "target-database-url", "target-media-dir", or both.',
      { input: 'target-database-url' },
    );
  }
  const target =
    inputs.targetDatabaseUrl === undefined
      ? undefined
      : parseDatabaseUrl(inputs.targetDatabaseUrl, workspace, 'target-database-url');
  if (target?.password) {
    platform.setSecret(target.password);
    secrets.add(target.password);
  }
  const opened = await openManifest(platform, inputs, workspace);
  const { manifest, open } = opened;
  const mediaTarget =
    inputs.targetMediaDir === undefined ? undefined : path.resolve(workspace, inputs.targetMediaDir);
  if (mediaTarget && !manifest.media) {
    throw new ConfigError(
      `Input "target-media-dir": the backup ${manifest.backupId} holds no media archive.`,
      { input: 'target-media-dir' },
    );
  }

  const summaries: string[] = [];
  const outputs: Result['outputs'] = {};
  try {
    if (target) {
      const result = await restoreDatabase(platform, inputs, manifest, target, open);
      if (result.verdict === 'failed') return result;
      summaries.push(result.summary);
      Object.assign(outputs, result.outputs);
    }
    if (mediaTarget && manifest.media) {
      const { file } = manifest.media;
      try {
        if (!(await sha256Matches(manifest, file, open))) {
          return failed(`${file} does not match its SHA-256 in the manifest; no media was restored`);
        }
        platform.log.info(`Extracting ${file} (${manifest.backupId}) into ${mediaTarget}`);
        const entries = await extractMedia(() => open(file), mediaTarget);
        summaries.push(`extracted ${entries} media entries from ${manifest.backupId} into ${mediaTarget}`);
        outputs['media-entries'] = String(entries);
      } catch (error) {
        if (isConfigError(error)) throw error;
        return failed(
          `restoring the media into ${mediaTarget} failed: ${secrets.redact(describeError(error).message)}`,
        );
      }
    }
  } finally {
    opened.close();
  }
  const summary = summaries.join('; ');
  await platform.writeSummary(`## Restore\n\n${summary}\n`);
  return { verdict: 'passed', summary, outputs };
}

interface OpenedManifest {
  readonly manifest: Manifest;
  /** A file of the backup, beside the manifest. */
  open(file: string): Promise<Readable>;
  close(): void;
}

/** Reads the manifest, from a local path or an `s3://` URL. @throws ConfigError when it cannot. */
async function openManifest(
  platform: ActionContext<RestoreSpec>['platform'],
  inputs: ActionContext<RestoreSpec>['inputs'],
  workspace: string,
): Promise<OpenedManifest> {
  const unreadable = (error: unknown): never => {
    throw new ConfigError(
      `Input "manifest": cannot read ${inputs.manifest}: ${secrets.redact(describeError(error).message)}`,
      { input: 'manifest' },
    );
  };
  if (isS3Uri(inputs.manifest)) {
    const location = parseS3Uri(inputs.manifest, 'manifest');
    const folderKey = path.posix.dirname(location.prefix);
    const folder = { bucket: location.bucket, prefix: folderKey === '.' ? '' : folderKey };
    maskAwsCredentials(platform);
    const client = s3Client({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
    try {
      const text = await readObject(client, folder, path.posix.basename(location.prefix))
        .then((body) => body.toArray())
        .then((chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8'), unreadable);
      return {
        manifest: parseManifest(text, inputs.manifest),
        open: (file) => readObject(client, folder, file),
        close: () => client.destroy(),
      };
    } catch (error) {
      client.destroy();
      throw error;
    }
  }
  const manifestPath = path.resolve(workspace, inputs.manifest);
  const text = await readFile(manifestPath, 'utf8').catch(unreadable);
  return {
    manifest: parseManifest(text, inputs.manifest),
    open: async (file) => createReadStream(path.join(path.dirname(manifestPath), file)),
    close: () => undefined,
  };
}

/** Whether `file` of the backup reads back with the SHA-256 of the manifest. */
async function sha256Matches(
  manifest: Manifest,
  file: string,
  open: (file: string) => Promise<Readable>,
): Promise<boolean> {
  const expected = manifest.files.find((f) => f.path === file);
  if (!expected) return false;
  const read = await digest(await open(file));
  return read.sha256 === expected.sha256;
}

/** Restores one database of the backup into `target`, behind the protected-target guard. */
async function restoreDatabase(
  platform: ActionContext<RestoreSpec>['platform'],
  inputs: ActionContext<RestoreSpec>['inputs'],
  manifest: Manifest,
  target: Connection,
  open: (file: string) => Promise<Readable>,
): Promise<Result> {
  const source = pickDatabase(manifest, inputs.source);
  if (source.engine !== target.engine) {
    throw new ConfigError(
      `Input "target-database-url": the backup of ${source.name} is ${source.engine}; the target must be a ${source.engine} database.`,
      { input: 'target-database-url' },
    );
  }
  const guarded = protectedMatch(target, inputs.protected);
  const name = confirmationName(target);
  if (guarded !== undefined && inputs.confirm !== name) {
    throw new ConfigError(
      `Refusing to restore into ${target.display}: it matches the protected entry "${guarded}". Check the target, then add --confirm ${name} (input "confirm").`,
      { input: 'confirm' },
    );
  }

  const privateDir = await mkdtemp(path.join(platform.context.tempDir, 'maint-restore-'));
  const started = performance.now();
  try {
    if (!(await sha256Matches(manifest, source.file, open))) {
      return failed(`${source.file} does not match its SHA-256 in the manifest; nothing was restored`);
    }
    platform.log.info(`Restoring ${source.name} (${manifest.backupId}) into ${target.display}`);
    const engine = engineFor(target, {
      env: platform.env,
      privateDir,
      connectTimeoutSeconds: inputs.connectTimeout,
    });
    const counts = await engine.restore(await open(source.file), target);
    const mismatches = compareRowCounts(source.rowCounts, counts);
    if (mismatches.length > 0) {
      return failed(
        `restored ${source.name}, but row counts differ from the manifest: ${mismatches.slice(0, 5).join('; ')}`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return {
      verdict: 'passed',
      summary: `restored ${source.name} from ${manifest.backupId} into ${target.display} in ${seconds} s; ${Object.keys(counts).length} tables match the manifest`,
      outputs: { restored: `${source.name} -> ${name}`, tables: String(Object.keys(counts).length) },
    };
  } catch (error) {
    if (isConfigError(error)) throw error;
    return failed(
      `restoring ${source.name} into ${target.display} failed: ${secrets.redact(describeError(error).message)}`,
    );
  } finally {
    await rm(privateDir, { recursive: true, force: true });
  }
}

function failed(summary: string): Result {
  return { verdict: 'failed', summary, outputs: {} };
}

/** The database of the backup to restore. @throws ConfigError naming `source` when it is ambiguous or absent. */
function pickDatabase(manifest: Manifest, source: string | undefined): ManifestDatabase {
  const names = manifest.databases.map((d) => d.name).join(', ') || 'none';
  const found =
    source === undefined
      ? manifest.databases.length === 1
        ? manifest.databases[0]
        : undefined
      : manifest.databases.find((d) => d.name === source);
  if (found) return found;
  throw new ConfigError(
    source === undefined
      ? `Input "source": the backup holds several databases (${names}); name the one to restore.`
      : `Input "source": the backup holds no database ${source} (it holds ${names}).`,
    { input: 'source' },
  );
}

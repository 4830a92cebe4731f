/**
 * `maint-actions restore`: brings a database of a backup back, after checking its SHA-256. A
 * target that holds rows, a backup of production, or a protected target name needs the target's
 * name typed again (`confirm`): without it nothing is written.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  type ActionContext,
  type ActionResult,
  ConfigError,
  describeError,
  isConfigError,
  isS3Uri,
  maskAwsCredentials,
  parseS3Uri,
  type S3Location,
  secrets,
} from '@maint-actions/core';
import { digest } from './backup';
import { guardSignals } from './cancel';
import { type Connection, parseDatabaseUrl } from './database-url';
import { type Destination, localDestination, MANIFEST } from './destination';
import { engineFor } from './engines';
import { compareRowCounts, type Manifest, type ManifestDatabase, parseManifest } from './manifest';
import { extractMedia } from './media';
import { makePrivateDir } from './private-dir';
import { keyOf, readObject, s3Client, s3Destination } from './s3';
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
  if (target?.engine === 'sqlite') await checkSqliteFolder(target);
  const release = guardSignals();
  try {
    return await restoreGuarded(platform, inputs, workspace, target);
  } finally {
    release();
  }
}

/** A SQLite target's folder must exist: a typo in the path should not make folders. @throws ConfigError */
async function checkSqliteFolder(target: Connection): Promise<void> {
  const folder = path.dirname(target.database);
  const found = await stat(folder).catch(() => undefined);
  if (found?.isDirectory()) return;
  throw new ConfigError(
    `Input "target-database-url": the folder ${folder} of ${target.display} ${found ? 'is not a directory' : 'does not exist'}; create it (mkdir -p ${folder}) or correct the path (sqlite:///relative/path or sqlite:////absolute/path).`,
    { input: 'target-database-url' },
  );
}

async function restoreGuarded(
  platform: Platform,
  inputs: Inputs,
  workspace: string,
  target: Connection | undefined,
): Promise<Result> {
  const opened = await openManifest(platform, inputs, workspace);
  const { manifest, open } = opened;
  const chosen = { 'backup-id': manifest.backupId, manifest: opened.location };
  const summaries =
    inputs.latestIn === undefined
      ? []
      : [`newest complete backup in ${inputs.latestIn}: ${manifest.backupId}`];
  const outputs: Result['outputs'] = { ...chosen };
  const fail = (summary: string): Result => ({
    verdict: 'failed',
    summary: [...summaries, summary].join('; '),
    outputs: chosen,
  });
  try {
    const mediaTarget =
      inputs.targetMediaDir === undefined ? undefined : path.resolve(workspace, inputs.targetMediaDir);
    if (mediaTarget && !manifest.media) {
      throw new ConfigError(
        `Input "target-media-dir": the backup ${manifest.backupId} holds no media archive.`,
        { input: 'target-media-dir' },
      );
    }
    if (target) {
      const result = await restoreDatabase(platform, inputs, manifest, target, open);
      if (result.verdict === 'failed') return fail(result.summary);
      summaries.push(result.summary);
      Object.assign(outputs, result.outputs);
    }
    if (mediaTarget && manifest.media) {
      const { file } = manifest.media;
      try {
        if (!(await sha256Matches(manifest, file, open))) {
          return fail(`${file} does not match its SHA-256 in the manifest; no media was restored`);
        }
        platform.log.info(`Extracting ${file} (${manifest.backupId}) into ${mediaTarget}`);
        const entries = await extractMedia(() => open(file), mediaTarget);
        summaries.push(`extracted ${entries} media entries from ${manifest.backupId} into ${mediaTarget}`);
        outputs['media-entries'] = String(entries);
      } catch (error) {
        if (isConfigError(error)) throw error;
        return fail(
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
  /** Where the manifest is: a path or an `s3://` URL. */
  readonly location: string;
  /** A file of the backup, beside the manifest. */
  open(file: string): Promise<Readable>;
  close(): void;
}

type Platform = ActionContext<RestoreSpec>['platform'];
type Inputs = ActionContext<RestoreSpec>['inputs'];

/**
 * The manifest of `manifest`, or of the newest complete backup in `latest-in`.
 * @throws ConfigError unless exactly one of them is set, or when it cannot be read.
 */
async function openManifest(platform: Platform, inputs: Inputs, workspace: string): Promise<OpenedManifest> {
  const { manifest, latestIn } = inputs;
  if (manifest !== undefined && latestIn !== undefined) {
    throw new ConfigError(
      'Set "manifest" or "latest-in", not both: one names a backup, the other picks the newest one.',
      { input: 'latest-in' },
    );
  }
  if (latestIn !== undefined) return openLatest(platform, inputs, latestIn, workspace);
  if (manifest === undefined) {
    throw new ConfigError(
      'Nothing to restore from: set "manifest" to a backup\'s manifest.json, or "latest-in" to a backup location such as s3://bucket/backups/production.',
      { input: 'manifest' },
    );
  }
  if (!isS3Uri(manifest)) return openLocalManifest(path.resolve(workspace, manifest), manifest, 'manifest');
  const location = parseS3Uri(manifest, 'manifest');
  const folderKey = path.posix.dirname(location.prefix);
  const folder = { bucket: location.bucket, prefix: folderKey === '.' ? '' : folderKey };
  const client = openS3(platform, inputs);
  try {
    return await openS3Manifest(client, folder, path.posix.basename(location.prefix), manifest, 'manifest');
  } catch (error) {
    client.destroy();
    throw error;
  }
}

function openS3(platform: Platform, inputs: Inputs): S3Client {
  maskAwsCredentials(platform);
  return s3Client({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
}

/** A ConfigError for a manifest that cannot be read. */
function unreadable(input: string, where: string, error: unknown): ConfigError {
  return new ConfigError(
    `Input "${input}": cannot read ${where}: ${secrets.redact(describeError(error).message)}`,
    { input },
  );
}

/** The manifest `name` in the S3 `folder`; `where` is how the user named it. */
async function openS3Manifest(
  client: S3Client,
  folder: S3Location,
  name: string,
  where: string,
  input: string,
): Promise<OpenedManifest> {
  let text: string;
  try {
    const chunks: Buffer[] = await (await readObject(client, folder, name)).toArray();
    text = Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw unreadable(input, where, error);
  }
  return {
    manifest: parseManifest(text, where, input),
    location: `s3://${folder.bucket}/${keyOf(folder, name)}`,
    open: (file) => readObject(client, folder, file),
    close: () => client.destroy(),
  };
}

/** The local manifest at `file`; `where` is how the user named it. */
async function openLocalManifest(file: string, where: string, input: string): Promise<OpenedManifest> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw unreadable(input, where, error);
  });
  return {
    manifest: parseManifest(text, where, input),
    location: file,
    open: async (name) => createReadStream(path.join(path.dirname(file), name)),
    close: () => undefined,
  };
}

/**
 * The newest complete backup in `latestIn` (`<destination>/<environment>`): the newest folder
 * whose manifest exists and parses; folders with a damaged manifest are skipped with a warning.
 * @throws ConfigError naming `latest-in` when there is none.
 */
async function openLatest(
  platform: Platform,
  inputs: Inputs,
  latestIn: string,
  workspace: string,
): Promise<OpenedManifest> {
  const s3 = isS3Uri(latestIn);
  const location = s3 ? parseS3Uri(latestIn, 'latest-in') : undefined;
  const environment = path.posix.basename(location ? location.prefix : latestIn.replace(/\/+$/, ''));
  if (!environment || environment === '.' || environment === '..') {
    throw new ConfigError(
      `Input "latest-in" must name a backup location with its environment, such as s3://bucket/backups/production or backups/production (got ${JSON.stringify(latestIn)}).`,
      { input: 'latest-in' },
    );
  }
  const client = location ? openS3(platform, inputs) : undefined;
  try {
    let destination: Destination;
    let openOne: (backupId: string) => Promise<OpenedManifest>;
    if (location && client) {
      const parent = path.posix.dirname(location.prefix);
      const root = { bucket: location.bucket, prefix: parent === '.' ? '' : parent };
      destination = s3Destination(client, root);
      openOne = (id) =>
        openS3Manifest(
          client,
          { bucket: root.bucket, prefix: keyOf(root, id) },
          MANIFEST,
          destination.locate(id, MANIFEST),
          'latest-in',
        );
    } else {
      destination = localDestination(path.dirname(path.resolve(workspace, latestIn)));
      openOne = (id) => {
        const file = destination.locate(id, MANIFEST);
        return openLocalManifest(file, file, 'latest-in');
      };
    }
    const backups = await destination.list(environment).catch((error: unknown) => {
      throw new ConfigError(
        `Input "latest-in": cannot list ${latestIn}: ${secrets.redact(describeError(error).message)}`,
        { input: 'latest-in' },
      );
    });
    const complete = backups
      .filter((b) => b.complete)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    for (const backup of complete) {
      try {
        const opened = await openOne(backup.id);
        const skipped = backups.filter((b) => b.createdAt > backup.createdAt).length;
        platform.log.info(
          `Newest complete backup in ${latestIn}: ${backup.id}${skipped ? ` (${skipped} newer incomplete or damaged left aside)` : ''}`,
        );
        return opened;
      } catch (error) {
        if (!isConfigError(error)) throw error;
        platform.log.warning(`Skipping ${backup.id}: ${error.message}`);
      }
    }
    const folders = `${backups.length} backup folder${backups.length === 1 ? '' : 's'}`;
    throw new ConfigError(
      `Input "latest-in": no complete backup in ${latestIn} (${folders}, ${backups.length - complete.length} without a manifest.json); the location is <destination>/<environment>.`,
      { input: 'latest-in' },
    );
  } catch (error) {
    client?.destroy();
    throw error;
  }
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
  const name = confirmationName(target);
  const privateDir = await makePrivateDir(platform.context.tempDir, 'maint-restore-');
  const started = performance.now();
  try {
    const engine = engineFor(target, {
      env: platform.env,
      privateDir: privateDir.path,
      connectTimeoutSeconds: inputs.connectTimeout,
    });
    // The guard looks at the data, not only at names: rows that would be replaced, or production
    // data being restored anywhere (even into an empty database: a copy of production's data is
    // somewhere new), need the target's name typed again.
    const reasons: string[] = [];
    const contents = await engine.contents(target);
    if (contents && contents.rows > 0) {
      reasons.push(
        `it holds ${contents.rows} row${contents.rows === 1 ? '' : 's'} in ${contents.tables} table${contents.tables === 1 ? '' : 's'} that the restore would replace`,
      );
    }
    if (manifest.environment === 'production') reasons.push('the backup is of production');
    const guarded = protectedMatch(target, inputs.protected);
    if (guarded !== undefined) reasons.push(`it matches the protected entry "${guarded}"`);
    if (reasons.length > 0 && inputs.confirm !== name) {
      throw new ConfigError(
        `Refusing to restore into ${target.display}: ${reasons.join('; ')}. Check the target, then add --confirm ${name} (input "confirm").`,
        { input: 'confirm' },
      );
    }
    if (!(await sha256Matches(manifest, source.file, open))) {
      return failed(`${source.file} does not match its SHA-256 in the manifest; nothing was restored`);
    }
    platform.log.info(`Restoring ${source.name} (${manifest.backupId}) into ${target.display}`);
    const counts = await engine.restore(await open(source.file), target);
    const mismatches = source.rowCountsUnavailable ? [] : compareRowCounts(source.rowCounts, counts);
    if (mismatches.length > 0) {
      return failed(
        `restored ${source.name}, but row counts differ from the manifest: ${mismatches.slice(0, 5).join('; ')}`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const checked = source.rowCountsUnavailable
      ? `${Object.keys(counts).length} tables; row counts not compared (the manifest has none: ${source.rowCountsUnavailable})`
      : `${Object.keys(counts).length} tables match the manifest`;
    return {
      verdict: 'passed',
      summary: `restored ${source.name} from ${manifest.backupId} into ${target.display} in ${seconds} s; ${checked}`,
      outputs: { restored: `${source.name} -> ${name}`, tables: String(Object.keys(counts).length) },
    };
  } catch (error) {
    if (isConfigError(error)) throw error;
    return failed(
      `restoring ${source.name} into ${target.display} failed: ${secrets.redact(describeError(error).message)}`,
    );
  } finally {
    await privateDir.remove();
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

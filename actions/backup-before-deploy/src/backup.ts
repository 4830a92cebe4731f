/**
 * One backup: each database dumped, compressed, hashed and written in one pass; verified; then
 * the manifest, last. Any failure removes what was written, so no complete-looking backup is left.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { describeError, isConfigError, type Logger, runProcess, secrets } from '@maint-actions/core';
import { onCancel } from './cancel';
import { databaseLabel } from './database-url';
import type { Destination } from './destination';
import type { DatabaseEngine, DatabaseFacts } from './engines';
import { fsReason } from './fs-errors';
import {
  compareRowCounts,
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestDatabase,
  type ManifestFile,
  type ManifestMedia,
} from './manifest';
import { extractMedia, listMedia, MEDIA_FILE, type MediaSource } from './media';
import { type PipeResult, runPipe, toolEnv } from './pipe';
import type { VerifyMode } from './spec';

export interface BackupPlan {
  readonly backupId: string;
  readonly environment: string;
  readonly engines: readonly DatabaseEngine[];
  /** The stored files: a media directory or an S3 prefix. */
  readonly media?: MediaSource;
  readonly destination: Destination;
  readonly verify: VerifyMode;
  /** Seconds a dump may send no byte before it fails (a server that stopped answering). */
  readonly idleTimeoutSeconds: number;
  /** A private directory for the restore drill's scratch files (removed by the caller). */
  readonly scratchDir: string;
  readonly gitSha?: string;
  readonly imageTag?: string;
  readonly repository?: string;
  readonly log: Logger;
}

/** A step of the backup, reported as a check. */
export interface Step {
  readonly id: string;
  readonly name: string;
  readonly ok: boolean;
  readonly summary: string;
  readonly durationMs: number;
  /** A failure that only warns (retention): the backup itself is safe. */
  readonly warn?: boolean;
}

export interface BackupOutcome {
  readonly steps: readonly Step[];
  /** The manifest and where it is, when the backup completed. */
  readonly manifest?: Manifest;
  readonly manifestLocation?: string;
}

/** Runs the plan. ConfigErrors are rethrown after the partial backup is removed. */
export async function runBackup(plan: BackupPlan): Promise<BackupOutcome> {
  const startedAt = new Date();
  const steps: Step[] = [];
  const files: ManifestFile[] = [];
  const databases: ManifestDatabase[] = [];
  const step = async (id: string, name: string, work: () => Promise<string>): Promise<boolean> => {
    const started = performance.now();
    try {
      const summary = await work();
      steps.push({ id, name, ok: true, summary, durationMs: Math.round(performance.now() - started) });
      return true;
    } catch (error) {
      if (isConfigError(error)) throw error;
      const summary = secrets.redact(fsReason(error) ?? describeError(error).message);
      steps.push({ id, name, ok: false, summary, durationMs: Math.round(performance.now() - started) });
      return false;
    }
  };
  // A cancel removes the partial backup (the signal handler exits before `abandon` would run).
  const forget = onCancel(() => plan.destination.remove(plan.backupId));
  try {
    const names = new Set<string>();
    for (const engine of plan.engines) {
      let label = databaseLabel(engine.connection);
      while (names.has(label)) label = `${label}_`;
      names.add(label);
      const ok = await step(`db:${label}`, `Database ${label}`, async () => {
        const file = `${label}.${engine.extension}`;
        const { facts, written } = await dumpDatabase(
          engine,
          () => plan.destination.writer(plan.backupId, file),
          { ms: plan.idleTimeoutSeconds * 1000, what: `the dump of ${engine.connection.display}` },
        );
        files.push({ path: file, ...written });
        databases.push({
          name: label,
          engine: engine.connection.engine,
          file,
          source: engine.connection.source ?? engine.connection.display,
          ...facts,
        });
        for (const warning of facts.warnings ?? []) plan.log.warning(warning);
        const tables = facts.rowCountsUnavailable
          ? `row counts not recorded (${facts.rowCountsUnavailable})`
          : `${Object.keys(facts.rowCounts).length} tables`;
        const warned = facts.warnings?.length ? `; warning: ${facts.warnings.join('; ')}` : '';
        return `${facts.serverVersion}: ${tables}, ${formatBytes(written.bytes)} compressed${warned}`;
      });
      if (!ok) return await abandon(plan, steps);
    }
    let media: ManifestMedia | undefined;
    let mediaWarnings: readonly string[] = [];
    const { media: source } = plan;
    if (source) {
      const ok = await step('media', `Media ${source.source}`, async () => {
        const expectedBytes = await source.size();
        const written = await source.archive(
          await plan.destination.writer(plan.backupId, MEDIA_FILE, expectedBytes),
        );
        files.push({ path: MEDIA_FILE, bytes: written.bytes, sha256: written.sha256 });
        const { entries, sourceBytes, notes, warnings } = written;
        media = {
          file: MEDIA_FILE,
          source: source.source,
          entries,
          ...(sourceBytes === undefined ? {} : { sourceBytes }),
          ...(warnings.length ? { warnings } : {}),
        };
        mediaWarnings = warnings;
        return `${entries} entries, ${formatBytes(written.bytes)} compressed${notes.length ? `; ${notes.join('; ')}` : ''}`;
      });
      if (!ok) return await abandon(plan, steps);
      if (mediaWarnings.length) {
        const summary = `${mediaWarnings.length} files changed or vanished while read (recorded in the manifest): ${mediaWarnings.slice(0, 3).join('; ')}`;
        steps.push({
          id: 'media-changed',
          name: 'Media changed while read',
          ok: false,
          warn: true,
          summary,
          durationMs: 0,
        });
      }
    }
    const verified = await step('verify', `Verification (${plan.verify})`, () =>
      verify(plan, files, databases, media),
    );
    if (!verified) return await abandon(plan, steps);
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      backupId: plan.backupId,
      environment: plan.environment,
      startedAt: startedAt.toISOString(),
      completedAt: new Date().toISOString(),
      gitSha: plan.gitSha,
      imageTag: plan.imageTag,
      repository: plan.repository,
      // The media archive is written by archive.ts (POSIX pax), not by a tar program.
      tools: { zstd: await zstdVersion(), ...(media ? { tar: 'pax (maint-actions)' } : {}) },
      files,
      databases,
      ...(media ? { media } : {}),
      verified: plan.verify,
    };
    let manifestLocation = '';
    const written = await step('manifest', 'Manifest', async () => {
      manifestLocation = await plan.destination.writeManifest(
        plan.backupId,
        `${JSON.stringify(manifest, null, 2)}\n`,
      );
      return `written last: ${manifestLocation}`;
    });
    if (!written) return await abandon(plan, steps);
    return { steps, manifest, manifestLocation };
  } catch (error) {
    await abandon(plan, steps);
    throw error;
  } finally {
    forget();
  }
}

/**
 * Dumps one database into the file `output` opens, collecting its facts beside the dump; a failure
 * of either ends the other.
 */
async function dumpDatabase(
  engine: DatabaseEngine,
  output: () => Promise<Writable>,
  idle: { ms: number; what: string },
): Promise<{ facts: DatabaseFacts; written: PipeResult }> {
  const dump = await engine.open();
  try {
    const stop = new AbortController();
    const facts = dump.facts().catch((error: unknown) => {
      stop.abort(error);
      throw error;
    });
    const written = output().then((stream) =>
      runPipe(dump.commands, {
        output: stream,
        signal: stop.signal,
        idle,
        ...(dump.tap ? { tap: (chunk: Buffer) => dump.tap?.(chunk) } : {}),
      }).catch((error: unknown) => {
        // The facts' queries (the snapshot's session) end with the dump.
        stop.abort(error);
        throw error;
      }),
    );
    const [factsOf, writtenOf] = await Promise.all([facts, written]);
    const counted = dump.counted?.();
    return { facts: counted ? { ...factsOf, ...counted } : factsOf, written: writtenOf };
  } finally {
    await dump.close();
  }
}

/** Removes the partial backup (best effort: a leftover has no manifest, so it never counts). */
async function abandon(plan: BackupPlan, steps: Step[]): Promise<BackupOutcome> {
  try {
    await plan.destination.remove(plan.backupId);
  } catch (error) {
    plan.log.warning(
      `Could not remove the incomplete backup ${plan.backupId}: ${secrets.redact(describeError(error).message)}`,
    );
  }
  return { steps };
}

/** Reads every file back and compares its SHA-256; `list` and `restore` go further per database. */
async function verify(
  plan: BackupPlan,
  files: readonly ManifestFile[],
  databases: readonly ManifestDatabase[],
  media: ManifestMedia | undefined,
): Promise<string> {
  const open = (file: string): Promise<Readable> => plan.destination.reader(plan.backupId, file);
  for (const file of files) {
    const { sha256, bytes } = await digest(await open(file.path));
    if (sha256 !== file.sha256 || bytes !== file.bytes) {
      throw new Error(
        `checksum mismatch for ${file.path}: wrote ${file.sha256} (${file.bytes} bytes), read back ${sha256} (${bytes} bytes)`,
      );
    }
  }
  const parts = [`${files.length} file${files.length === 1 ? '' : 's'} read back, SHA-256 matches`];
  if (plan.verify === 'checksum') return parts.join('; ');
  if (media && plan.verify === 'restore') parts.push(await drillMedia(plan, media, () => open(media.file)));
  else if (media) {
    const listing = await listMedia(await open(media.file));
    if (listing.entries !== media.entries) {
      throw new Error(`the media archive lists ${listing.entries} entries; ${media.entries} were stored`);
    }
    parts.push(`media: ${listing.entries} archive entries`);
  }
  for (const [index, db] of databases.entries()) {
    const engine = plan.engines[index] as DatabaseEngine;
    const entries = await engine.list(await open(db.file));
    // An empty database is a valid backup; an archive missing tables the manifest counts is not.
    const tables = Object.keys(db.rowCounts).length;
    if (entries < tables) {
      throw new Error(
        `the archive of ${db.name} lists ${entries} entries, fewer than the ${tables} tables it should hold`,
      );
    }
    parts.push(`${db.name}: ${entries} archive entries`);
    if (plan.verify !== 'restore') continue;
    const started = performance.now();
    const counts = await engine.drill(() => open(db.file));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (db.rowCountsUnavailable) {
      parts.push(`${db.name} restored in ${seconds} s; row counts not compared: ${db.rowCountsUnavailable}`);
      continue;
    }
    const mismatches = compareRowCounts(db.rowCounts, counts);
    if (mismatches.length > 0) {
      throw new Error(
        `restore drill of ${db.name}: row counts differ from the manifest: ${mismatches.slice(0, 5).join('; ')}`,
      );
    }
    parts.push(`${db.name} restored in ${seconds} s, ${Object.keys(counts).length} tables' row counts match`);
  }
  return parts.join('; ');
}

/**
 * The media restore drill: extracts the archive into a scratch folder (refusing unsafe entries as
 * a restore does), compares what is there with the manifest, and removes the folder.
 */
async function drillMedia(
  plan: BackupPlan,
  media: ManifestMedia,
  open: () => Promise<Readable>,
): Promise<string> {
  const scratch = await mkdtemp(path.join(plan.scratchDir, 'media-drill-'));
  try {
    const started = performance.now();
    const target = path.join(scratch, 'media');
    await extractMedia(open, target);
    const found = await countTree(target);
    if (found.entries !== media.entries) {
      throw new Error(
        `the media restore drill extracted ${found.entries} entries; ${media.entries} were stored`,
      );
    }
    if (media.sourceBytes !== undefined && found.bytes !== media.sourceBytes) {
      throw new Error(
        `the media restore drill extracted ${found.bytes} bytes of files; ${media.sourceBytes} were stored`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `media extracted in ${seconds} s: ${found.entries} entries, ${formatBytes(found.bytes)} of files, as stored`;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Entries (files, directories, links; links not followed) under `root`, and the bytes of its files. */
async function countTree(root: string): Promise<{ entries: number; bytes: number }> {
  const all = await readdir(root, { recursive: true, withFileTypes: true });
  let bytes = 0;
  for (const entry of all) {
    if (entry.isFile()) bytes += (await lstat(path.join(entry.parentPath, entry.name))).size;
  }
  return { entries: all.length, bytes };
}

/** SHA-256 (hex) and size of everything `stream` gives. */
export async function digest(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function zstdVersion(): Promise<string> {
  const result = await runProcess({ command: 'zstd', args: ['--version'], env: toolEnv() });
  return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}

/** `1.2 MB`, `340 kB`, `12 B`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

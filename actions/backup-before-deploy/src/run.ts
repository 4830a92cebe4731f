/**
 * The backup-before-deploy action: parse the databases, back them up into a new folder of the
 * destination, verify, write the manifest, apply retention, and report one check per step.
 */
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  ConfigError,
  finishReport,
  isS3Uri,
  maskAwsCredentials,
  type Platform,
  parseS3Uri,
  reportHint,
  secrets,
  startRun,
  verdictOf,
} from '@maint-actions/core';
import { formatBytes, runBackup, type Step } from './backup';
import { guardSignals } from './cancel';
import { type Connection, parseDatabaseUrl } from './database-url';
import { type Destination, localDestination, makeDir, stamp } from './destination';
import { engineFor } from './engines';
import { fsReason } from './fs-errors';
import { dirMediaSource, type MediaSource, mediaRoot } from './media';
import { makePrivateDir } from './private-dir';
import { expired } from './retention';
import { type BackupSpec, spec } from './spec';

type Inputs = ActionContext<BackupSpec>['inputs'];

/** Runs the action (see the spec and backup-before-deploy/README.md). */
export async function run({
  platform,
  inputs,
}: ActionContext<BackupSpec>): Promise<ActionResult<BackupSpec>> {
  const started = startRun(platform, spec, inputs.reportDir);
  const { startedAt, workspace, reportDir } = started;
  const connections = parseConnections(platform, inputs, workspace);
  const environment = checkEnvironment(inputs.environment);
  checkRetention(inputs);
  checkIdleTimeout(inputs.idleTimeout);
  const sha = platform.context.sha;
  const backupId = `${environment}/${stamp(startedAt)}-${sha ? sha.slice(0, 7) : 'local'}`;
  // From here a SIGINT or SIGTERM (a cancelled job) ends the tools and removes what the run wrote.
  const release = guardSignals();
  let steps: Step[];
  let outcome: Awaited<ReturnType<typeof runBackup>>;
  try {
    const media = await openMedia(platform, inputs, workspace);
    const { destination, close } = await openDestination(platform, inputs, workspace, reportDir, environment);
    let privateDir: Awaited<ReturnType<typeof makePrivateDir>> | undefined;
    try {
      privateDir = await makePrivateDir(platform.context.tempDir, 'maint-backup-');
      const ctx = {
        env: platform.env,
        privateDir: privateDir.path,
        connectTimeoutSeconds: inputs.connectTimeout,
      };
      outcome = await runBackup({
        backupId,
        environment,
        engines: connections.map((c) => engineFor(c, ctx)),
        media: media.source,
        destination,
        verify: inputs.verify,
        idleTimeoutSeconds: inputs.idleTimeout,
        scratchDir: privateDir.path,
        gitSha: sha,
        imageTag: inputs.imageTag,
        repository: platform.context.repository,
        log: platform.log,
      });
      steps = [...outcome.steps];
      if (outcome.manifest) steps.push(await applyRetention(destination, environment, inputs, backupId));
    } finally {
      close();
      media.close();
      await privateDir?.remove();
    }
  } finally {
    release();
  }

  const checks = steps.map(toCheck);
  const sizeBytes = outcome.manifest?.files.reduce((sum, f) => sum + f.bytes, 0) ?? 0;
  const report = finishReport(started, {
    checks,
    verdict: outcome.manifest ? verdictOf(checks) : 'failed',
    meta: { backup: backupId, environment, ...(inputs.imageTag ? { 'image-tag': inputs.imageTag } : {}) },
  });
  const fullReportHint = reportHint(started);
  const failed = steps.find((s) => !s.ok);
  return {
    verdict: report.verdict,
    summary: outcome.manifest
      ? `backed up ${backupId} (${formatBytes(sizeBytes)}, verified: ${inputs.verify})`
      : `backup ${backupId} failed at ${failed?.name ?? 'an unknown step'}: ${failed?.summary ?? ''}; nothing was kept`,
    outputs: {
      'backup-id': backupId,
      manifest: outcome.manifestLocation,
      'size-bytes': String(sizeBytes),
      verified: outcome.manifest ? inputs.verify : 'false',
    },
    report,
    publish: { dir: reportDir, formats: ['json', 'summary'], fullReportHint },
  };
}

/** The connections of `database-url`, their passwords masked. @throws ConfigError when there is nothing to back up. */
function parseConnections(platform: Platform, inputs: Inputs, workspace: string): Connection[] {
  const urls = inputs.databaseUrl ?? [];
  for (const url of urls) {
    platform.setSecret(url);
    secrets.add(url);
  }
  const connections = urls.map((url) => parseDatabaseUrl(url, workspace));
  for (const { password } of connections) {
    if (!password) continue;
    platform.setSecret(password);
    secrets.add(password);
  }
  if (connections.length === 0 && !inputs.mediaDir && !inputs.mediaS3) {
    throw new ConfigError(
      'Nothing to back up: set "database-url" to one or more database URLs, and/or "media-dir" or "media-s3".',
      { input: 'database-url' },
    );
  }
  return connections;
}

function checkIdleTimeout(seconds: number): void {
  if (Number.isFinite(seconds) && seconds >= 1) return;
  throw new ConfigError(`Input "idle-timeout" must be a number of seconds of 1 or more (got ${seconds}).`, {
    input: 'idle-timeout',
  });
}

function checkEnvironment(environment: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(environment)) return environment;
  throw new ConfigError(
    `Input "environment" must be a name of letters, digits, ".", "_" or "-" (got ${JSON.stringify(environment)}).`,
    { input: 'environment' },
  );
}

function checkRetention(inputs: Inputs): void {
  for (const [name, value] of [
    ['keep-last', inputs.keepLast],
    ['max-age-days', inputs.maxAgeDays],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new ConfigError(`Input "${name}" must be a whole number of 1 or more (got ${value}).`, {
        input: name,
      });
    }
  }
}

/**
 * The stored files of `media-dir` or `media-s3`, and how to release them. S3 credentials from the
 * environment are masked first. @throws ConfigError for both inputs, or a bad one.
 */
async function openMedia(
  platform: Platform,
  inputs: Inputs,
  workspace: string,
): Promise<{ source?: MediaSource; close(): void }> {
  const { mediaDir, mediaS3 } = inputs;
  if (mediaDir !== undefined && mediaS3 !== undefined) {
    throw new ConfigError('Set "media-dir" or "media-s3", not both: a backup holds one media archive.', {
      input: 'media-s3',
    });
  }
  if (mediaDir !== undefined) {
    const root = await mediaRoot(path.resolve(workspace, mediaDir));
    return { source: dirMediaSource(root, mediaDir), close: () => undefined };
  }
  if (mediaS3 === undefined) return { close: () => undefined };
  if (!isS3Uri(mediaS3)) {
    throw new ConfigError(`Input "media-s3" must be s3://bucket/prefix (got ${JSON.stringify(mediaS3)}).`, {
      input: 'media-s3',
    });
  }
  const location = parseS3Uri(mediaS3, 'media-s3');
  maskAwsCredentials(platform);
  const [{ s3Client }, { s3MediaSource }] = await Promise.all([import('./s3'), import('./s3-media')]);
  const client = s3Client({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
  return { source: s3MediaSource(client, location, mediaS3), close: () => client.destroy() };
}

/**
 * The destination of `destination`, and how to release it. S3 credentials from the environment are
 * masked first; the AWS SDK is loaded only then. @throws ConfigError for a form that is not supported.
 */
async function openDestination(
  platform: Platform,
  inputs: Inputs,
  workspace: string,
  reportDir: string,
  environment: string,
): Promise<{ destination: Destination; close(): void }> {
  const { destination } = inputs;
  const local = async (root: string) => {
    // A destination that cannot be written is said up front, in words (not Node's ENOENT of mkdir -p).
    await makeDir(path.join(root, environment)).catch((error: unknown) => {
      const reason = fsReason(error);
      if (!reason) throw error;
      throw new ConfigError(`Input "destination": cannot write backups to ${root}: ${reason}.`, {
        input: 'destination',
      });
    });
    return { destination: localDestination(root), close: () => undefined };
  };
  if (destination === 'artifact') return local(path.join(reportDir, 'backups'));
  if (isS3Uri(destination)) {
    const location = parseS3Uri(destination, 'destination');
    maskAwsCredentials(platform);
    const { s3Client, s3Destination } = await import('./s3');
    const client = s3Client({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
    return { destination: s3Destination(client, location), close: () => client.destroy() };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(destination)) {
    throw new ConfigError(
      `Input "destination": ${destination.split('://')[0]}:// is not supported; use a directory, s3://bucket/prefix or artifact.`,
      { input: 'destination' },
    );
  }
  return local(path.resolve(workspace, destination));
}

/** Deletes expired complete backups of the environment; a failure warns (the new backup is safe). */
async function applyRetention(
  destination: Destination,
  environment: string,
  inputs: Inputs,
  current: string,
): Promise<Step> {
  const started = performance.now();
  const policy = { keepLast: inputs.keepLast, maxAgeDays: inputs.maxAgeDays };
  const durationMs = (): number => Math.round(performance.now() - started);
  if (policy.keepLast === undefined && policy.maxAgeDays === undefined) {
    return {
      id: 'retention',
      name: 'Retention',
      ok: true,
      summary: 'no policy set; nothing deleted',
      durationMs: 0,
    };
  }
  try {
    const backups = await destination.list(environment);
    const doomed = expired(backups, policy, new Date()).filter((b) => b.id !== current);
    if (destination.removeMany && doomed.length > 0) await destination.removeMany(doomed.map((b) => b.id));
    else for (const backup of doomed) await destination.remove(backup.id);
    const kept = backups.filter((b) => b.complete).length - doomed.length;
    const incomplete = backups.filter((b) => !b.complete).length;
    const summary = `${doomed.length} deleted${doomed.length ? ` (${doomed.map((b) => b.id).join(', ')})` : ''}, ${kept} kept${incomplete ? `; ${incomplete} incomplete left alone` : ''}`;
    return { id: 'retention', name: 'Retention', ok: true, summary, durationMs: durationMs() };
  } catch (error) {
    const summary = secrets.redact(`retention failed: ${(error as Error).message}`);
    return { id: 'retention', name: 'Retention', ok: false, summary, durationMs: durationMs(), warn: true };
  }
}

function toCheck(step: Step): Check {
  const mode = step.warn ? 'warn' : 'enforce';
  if (step.ok)
    return {
      id: step.id,
      name: step.name,
      mode,
      status: 'passed',
      durationMs: step.durationMs,
      summary: step.summary,
      findings: [],
    };
  return {
    id: step.id,
    name: step.name,
    mode,
    status: 'failed',
    durationMs: step.durationMs,
    summary: step.summary,
    findings: [{ severity: step.warn ? 'warning' : 'error', message: step.summary, rule: step.id }],
  };
}

/**
 * The publish-schema action: load the schema and its version, ask every target what it holds,
 * publish where the schema is not yet, announce it, and report one check per target.
 */
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  type CheckBase,
  ConfigError,
  checkSkipped,
  describeError,
  finishReport,
  isBlocking,
  isConfigError,
  type Platform,
  parseGitAuthor,
  reportHint,
  secrets,
  startRun,
} from '@maint-actions/core';
import { postAnnouncement, readHeadline } from './announce';
import { renderReferenceHtml } from './html';
import { type LoadedSchema, loadSchema } from './schema';
import type { Decision, Publication } from './site';
import { type PublishSchemaSpec, spec, type TargetName } from './spec';
import { artifactTarget } from './targets/artifact';
import { gitBranchTarget } from './targets/git-branch';
import { httpTarget, parseHeaders } from './targets/http';
import { releaseTarget } from './targets/release';
import { s3Target } from './targets/s3';
import { type Target, type TargetOutcome, VersionConflictError } from './targets/target';
import { resolveVersion } from './version';

type Result = ActionResult<PublishSchemaSpec>;
type PublishInputs = ActionContext<PublishSchemaSpec>['inputs'];

/** Credentials read from the environment by the s3 target: masked before anything runs. */
const SECRET_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;

/** Seams for tests; the entry never sets them. */
export interface RunHooks {
  /** Passed to the git-branch target (see GitBranchOptions.afterFetch). */
  readonly gitAfterFetch?: (attempt: number) => Promise<void>;
}

/** A target's run: its check, and what publishing gave. */
interface TargetRun {
  readonly check: Check;
  readonly outcome?: TargetOutcome;
  /** The reference of the version that already holds the schema, when unchanged. */
  readonly url?: string;
}

/** Runs the action (see the spec and publish-schema/README.md). */
export async function run(
  { platform, inputs }: ActionContext<PublishSchemaSpec>,
  hooks: RunHooks = {},
): Promise<Result> {
  const started = startRun(platform, spec, inputs.reportDir);
  const { startedAt, workspace, reportDir } = started;
  for (const name of SECRET_ENV) maskSecret(platform, platform.env[name]);
  const headers = parseHeaders(inputs.httpHeaders);
  for (const value of Object.values(headers)) maskSecret(platform, value);
  checkWebhookUrl(inputs.webhookUrl);

  const schema = await loadSchema(path.resolve(workspace, inputs.schema), inputs.schema);
  const { version, tag } = await resolveVersion(
    inputs.version,
    workspace,
    platform.env,
    platform.context.tag,
  );
  const title = inputs.title ?? schema.title ?? 'API';
  const headline = inputs.changelog
    ? await readHeadline(path.resolve(workspace, inputs.changelog), inputs.changelog)
    : undefined;
  const publication = buildPublication(schema, version, title, startedAt);
  const targets = openTargets(platform, inputs, { workspace, tag, headers, hooks });

  let runs: TargetRun[];
  try {
    runs = await publishAll(platform, targets, publication);
  } finally {
    await Promise.all(targets.map((target) => target.close?.()));
  }
  const published = runs.filter((r) => r.outcome?.status === 'published');
  const url = runs.map((r) => r.outcome?.url ?? r.url).find((u) => u !== undefined);
  const checks = runs.map((r) => r.check);
  if (published.length > 0 && inputs.webhookUrl) {
    checks.push(await announce(platform, inputs.webhookUrl, { title, version, url, headline }));
  }

  const report = finishReport(started, {
    checks,
    meta: { version, sha256: schema.sha256.slice(0, 12), schema: inputs.schema, ...(url ? { url } : {}) },
  });
  const fullReportHint = reportHint(started);
  return {
    verdict: report.verdict,
    summary: oneLineSummary(version, runs),
    outputs: {
      version,
      published: String(published.length > 0),
      url,
      sha256: schema.sha256,
      index: targets.map((t) => t.index).find((i) => i !== undefined),
    },
    report,
    publish: { dir: reportDir, formats: ['json', 'summary'], fullReportHint },
  };
}

/** The version's files: the schema as YAML and JSON, and its HTML reference. */
function buildPublication(schema: LoadedSchema, version: string, title: string, date: Date): Publication {
  return {
    version,
    sha256: schema.sha256,
    title,
    date: date.toISOString(),
    files: [
      { path: 'schema.yml', content: schema.yaml, contentType: 'application/yaml; charset=utf-8' },
      { path: 'schema.json', content: schema.json, contentType: 'application/json' },
      {
        path: 'index.html',
        content: renderReferenceHtml(title, version, schema.document),
        contentType: 'text/html; charset=utf-8',
      },
    ],
  };
}

interface OpenContext {
  readonly workspace: string;
  readonly tag: string;
  readonly headers: Record<string, string>;
  readonly hooks: RunHooks;
}

/** The targets, in the order of `targets` (repeats dropped). @throws ConfigError for a target's missing or bad input. */
function openTargets(platform: Platform, inputs: PublishInputs, ctx: OpenContext): Target[] {
  const open = (name: TargetName): Target => {
    switch (name) {
      case 'artifact':
        return artifactTarget(path.resolve(ctx.workspace, inputs.artifactDir), inputs.artifactDir);
      case 'git-branch':
        return gitBranchTarget({
          workspace: ctx.workspace,
          remote: inputs.gitRemote,
          branch: inputs.branch,
          author: parseGitAuthor(inputs.gitAuthor),
          env: platform.env,
          tempDir: platform.context.tempDir,
          afterFetch: ctx.hooks.gitAfterFetch,
        });
      case 'release': {
        const files = platform.repoHost(inputs.token)?.files;
        if (!files) {
          throw new ConfigError(
            'Input "token": the release target needs the repository host\'s API; set "token" (GitHub: a token with contents: write; GitLab: one with the api scope, or leave it unset for CI_JOB_TOKEN).',
            { input: 'token' },
          );
        }
        return releaseTarget(files, ctx.tag);
      }
      case 's3':
        return s3Target({
          uri: inputs.s3Uri,
          endpoint: inputs.s3Endpoint,
          region: inputs.s3Region,
          env: platform.env,
        });
      case 'http':
        return httpTarget({ url: inputs.httpUrl, method: inputs.httpMethod, headers: ctx.headers });
    }
  };
  return [...new Set(inputs.targets as TargetName[])].map(open);
}

/** What a target's `inspect` gave: its decision, undefined (it cannot tell), or the error it threw. */
type Inspection = Decision | undefined | { readonly error: unknown; readonly durationMs: number };

/**
 * Asks every target what it holds, then publishes where needed. A version published with other
 * content anywhere stops the run before anything is written. A target that cannot tell (a
 * release) follows the others: it is unchanged when every target with an index is.
 */
async function publishAll(
  platform: Platform,
  targets: readonly Target[],
  publication: Publication,
): Promise<TargetRun[]> {
  const inspected = new Map<Target, Inspection>();
  for (const target of targets) {
    platform.progress({ id: target.id, label: target.name, state: 'running' });
    const started = performance.now();
    try {
      inspected.set(target, await target.inspect(publication));
    } catch (error) {
      if (isConfigError(error)) throw error;
      inspected.set(target, { error, durationMs: performance.now() - started });
    }
  }
  const decisions = [...inspected.values()].filter((d): d is Decision => d !== undefined && 'kind' in d);
  const overall: Overall = {
    conflicts: targets.filter((t) => decisionOf(inspected.get(t))?.kind === 'conflict').map((t) => t.id),
    allUnchanged: decisions.length > 0 && decisions.every((d) => d.kind === 'unchanged'),
  };
  const runs: TargetRun[] = [];
  for (const target of targets) {
    const result = await settle(target, inspected.get(target), publication, overall);
    const { status, summary } = result.check;
    platform.progress({
      id: target.id,
      label: target.name,
      state: status === 'passed' || status === 'skipped' ? status : 'failed',
      detail: summary,
    });
    runs.push(result);
  }
  return runs;
}

/** What every target's inspection says together. */
interface Overall {
  /** The targets holding the version with other content. */
  readonly conflicts: readonly TargetName[];
  /** Every target that can tell holds the schema already. */
  readonly allUnchanged: boolean;
}

/** One target's check: its inspection failed or conflicts, another conflicts, it is unchanged, or it publishes. */
async function settle(
  target: Target,
  inspection: Inspection,
  publication: Publication,
  overall: Overall,
): Promise<TargetRun> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const base: CheckBase = { id: target.id, name: target.name, mode: 'enforce' };
  const decision = decisionOf(inspection);
  if (inspection !== undefined && 'error' in inspection) {
    return { check: errorCheck(base, inspection.error, Math.round(inspection.durationMs)) };
  }
  if (decision?.kind === 'conflict') {
    const { message } = new VersionConflictError(
      publication.version,
      decision.publishedSha256,
      publication.sha256,
    );
    return { check: failedCheck(base, message, elapsed()) };
  }
  if (overall.conflicts.length > 0) {
    const summary = `not published: ${publication.version} holds other content on ${overall.conflicts.join(', ')}`;
    return { check: checkSkipped(base, summary) };
  }
  if (decision?.kind === 'unchanged') {
    const as = decision.version === publication.version ? '' : ` as ${decision.version}`;
    return {
      check: passedCheck(base, `already published${as}; nothing written`, elapsed()),
      url: target.referenceUrl?.(decision.version),
    };
  }
  if (decision === undefined && overall.allUnchanged) {
    return {
      check: passedCheck(base, 'already published on the other targets; nothing uploaded', elapsed()),
    };
  }
  return publishTo(target, publication, base, elapsed);
}

async function publishTo(
  target: Target,
  publication: Publication,
  base: CheckBase,
  elapsed: () => number,
): Promise<TargetRun> {
  try {
    const outcome = await target.publish(publication);
    const summary =
      outcome.status === 'published' ? `published ${publication.version}: ${outcome.detail}` : outcome.detail;
    return { check: passedCheck(base, summary, elapsed()), outcome };
  } catch (error) {
    if (isConfigError(error)) throw error;
    if (error instanceof VersionConflictError) return { check: failedCheck(base, error.message, elapsed()) };
    return { check: errorCheck(base, error, elapsed()) };
  }
}

function decisionOf(inspection: Inspection): Decision | undefined {
  return inspection !== undefined && 'kind' in inspection ? inspection : undefined;
}

function passedCheck(base: CheckBase, summary: string, durationMs: number): Check {
  return { ...base, status: 'passed', durationMs, summary: secrets.redact(summary), findings: [] };
}

/** A check that failed (`failed`) or broke (`error`), `message` (redacted) its summary and its one finding. */
function failedCheck(
  base: CheckBase,
  message: string,
  durationMs: number,
  status: 'failed' | 'error' = 'failed',
): Check {
  const text = secrets.redact(message);
  return {
    ...base,
    status,
    durationMs,
    summary: text,
    findings: [{ severity: 'error', message: text, rule: base.id }],
  };
}

/** A target that broke (network, permissions, a rejected push): an error of that target; the others still count. */
function errorCheck(base: CheckBase, error: unknown, durationMs: number): Check {
  return failedCheck(base, `could not publish: ${describeError(error).message}`, durationMs, 'error');
}

/** Posts the announcement; a failure warns and does not fail the run (the schema is published). */
async function announce(
  platform: Platform,
  webhookUrl: string,
  announcement: Parameters<typeof postAnnouncement>[1],
): Promise<Check> {
  const base = { id: 'webhook', name: 'Announcement', mode: 'warn' as const };
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    await postAnnouncement(webhookUrl, announcement);
    return passedCheck(base, `announced ${announcement.version}`, elapsed());
  } catch (error) {
    const message = secrets.redact(`announcement not sent: ${describeError(error).message}`);
    platform.log.warning(message);
    return {
      ...base,
      status: 'failed',
      durationMs: elapsed(),
      summary: message,
      findings: [{ severity: 'warning', message, rule: 'webhook' }],
    };
  }
}

/** @throws ConfigError naming `webhook-url` unless it is an http(s) URL (its value is a secret: never echoed). */
function checkWebhookUrl(url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol === 'https:' || parsed?.protocol === 'http:') return;
  throw new ConfigError('Input "webhook-url" must be an http:// or https:// URL.', { input: 'webhook-url' });
}

function maskSecret(platform: Platform, value: string | undefined): void {
  if (!value) return;
  platform.setSecret(value);
  secrets.add(value);
}

/**
 * `published 1.4.2 to artifact, git-branch`, `1.4.2 is already published; nothing written`, or the
 * first failure: `publishing 1.4.2 failed on s3: ...`.
 */
export function oneLineSummary(version: string, runs: readonly TargetRun[]): string {
  const blocking = runs.filter((r) => isBlocking(r.check));
  if (blocking.length > 0) {
    const first = blocking[0] as TargetRun;
    return `publishing ${version} failed on ${blocking.map((r) => r.check.id).join(', ')}: ${first.check.summary}`;
  }
  const published = runs.filter((r) => r.outcome?.status === 'published').map((r) => r.check.id);
  const unchanged = runs.filter((r) => r.outcome?.status !== 'published').map((r) => r.check.id);
  if (published.length === 0) return `${version} is already published; nothing written`;
  return `published ${version} to ${published.join(', ')}${unchanged.length ? ` (already there on ${unchanged.join(', ')})` : ''}`;
}

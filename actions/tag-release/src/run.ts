import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  ConfigError,
  defaultReportDir,
  describeError,
  type Platform,
  type ReleaseAsset,
  type Releases,
  type Report,
  secrets,
  verdictOf,
  writeFileAtomic,
} from '@maint-actions/core';
import { type ParsedCommit, releaseCommits } from './commits';
import { Git, type Tagger, type VersionTag } from './git';
import {
  changelogEntry,
  githubLinks,
  gitlabLinks,
  type HostLinks,
  NO_LINKS,
  type NotesInput,
  prependChangelog,
  renderNotes,
} from './notes';
import { type Bump, bumpBetween, compareVersions, formatVersion, parseVersion, type Version } from './semver';
import type { TagReleaseSpec } from './spec';
import { conflictMessage, movingTagNames, type TagOutcome, tagWithApi, tagWithGit } from './tags';
import { decideVersion } from './version';

type Result = ActionResult<TagReleaseSpec>;
type TagReleaseInputs = ActionContext<TagReleaseSpec>['inputs'];

/** The job summary carries the notes up to this many characters; the file has them all. */
const SUMMARY_NOTES_LIMIT = 100_000;

/** What this run releases. */
interface Plan {
  readonly version: Version;
  readonly tag: string;
  readonly previous: VersionTag | undefined;
  readonly bump: Bump;
  /** One line: why this version. */
  readonly reason: string;
  readonly commits: readonly ParsedCommit[];
  /** The tag is at the commit already: a re-run. */
  readonly rerun: boolean;
}

/** Runs the action (see the spec and tag-release/README.md). */
export async function run({ platform, inputs }: ActionContext<TagReleaseSpec>): Promise<Result> {
  const startedAt = new Date();
  const workspace = path.resolve(platform.context.workspace);
  const reportDir = path.resolve(workspace, inputs.reportDir ?? defaultReportDir(workspace, 'tag-release'));
  if (inputs.token) {
    platform.setSecret(inputs.token);
    secrets.add(inputs.token);
  }
  const prefix = tagPrefix(inputs.tagPrefix);
  const movingKinds = checkMovingTags(inputs.movingTags);
  const tagger = parseTagger(inputs.gitAuthor);
  const git = new Git(workspace, platform.env);
  await git.checkCheckout();
  const sha = await git.resolveCommit(inputs.target ?? 'HEAD');
  const releases = inputs.dryRun ? undefined : hostReleases(platform, inputs);
  const assets = inputs.createRelease ? await readAssets(workspace, inputs.assets ?? []) : [];
  if (!inputs.dryRun && inputs.push === 'git' && !(await git.hasRemote(inputs.gitRemote))) {
    throw new ConfigError(
      `Input "git-remote": the checkout has no remote ${JSON.stringify(inputs.gitRemote)}.`,
      {
        input: 'git-remote',
      },
    );
  }

  const tagged = await git.versionTags(prefix);
  const found = await planRelease(git, inputs, { prefix, sha, tagged });
  const checks: Check[] = [];
  const elapsed = timer();
  if (!('version' in found)) {
    checks.push(check('version', 'Version', 'skipped', `nothing to release: ${found.reason}`, elapsed()));
    return finish({ startedAt, workspace, reportDir, checks, sha, inputs }, undefined, {
      summary: `nothing to release: ${found.reason}`,
      outputs: {
        version: '',
        tag: '',
        'previous-version': found.previous ? formatVersion(found.previous.version) : '',
        bump: 'none',
      },
    });
  }
  const plan = found;
  const version = formatVersion(plan.version);
  const prerelease = plan.version.prerelease.length > 0;
  checks.push(check('version', 'Version', 'passed', `${version}: ${plan.reason}`, elapsed()));

  const notesInput: NotesInput = {
    version,
    tag: plan.tag,
    previousTag: plan.previous?.tag,
    date: startedAt.toISOString().slice(0, 10),
    commits: plan.commits,
    migrations: await git.addedMigrations(plan.previous?.tag, sha),
    links: hostLinks(platform),
  };
  const notes = renderNotes(notesInput);
  const notesFile = path.join(reportDir, 'release-notes.md');
  await mkdir(reportDir, { recursive: true });
  await writeFileAtomic(notesFile, `# ${plan.tag}\n\n${notes}`);
  const moving = movingTagNames(plan.version, prefix, movingKinds, tagged);
  const outputs = {
    version,
    tag: plan.tag,
    'previous-version': plan.previous ? formatVersion(plan.previous.version) : '',
    bump: plan.bump,
    'release-url': '',
    changelog: notesFile,
  };
  const context = { startedAt, workspace, reportDir, checks, sha, inputs };

  const local = await git.tagCommit(plan.tag);
  if (local !== undefined && local !== sha) {
    checks.push(check('tag', `Tag ${plan.tag}`, 'failed', conflictMessage(plan.tag, local, sha), 0));
    return finish(context, notes, { summary: checks.at(-1)?.summary ?? '', outputs });
  }

  if (inputs.dryRun) {
    checks.push(...dryRunChecks(inputs, plan, moving, assets, sha));
    return finish(context, notes, {
      summary: `dry run: would release ${plan.tag} at ${sha.slice(0, 12)} (${plan.reason}); nothing changed`,
      outputs,
    });
  }

  const tagStarted = timer();
  const request = { tag: plan.tag, sha, message: `Release ${version}\n`, moving };
  const outcome: TagOutcome =
    inputs.push === 'api'
      ? await tagWithApi(releases as Releases, request)
      : await tagWithGit(git, inputs.gitRemote, tagger, request);
  checks.push(
    check(
      'tag',
      `Tag ${plan.tag}`,
      outcome.status === 'failed' ? 'failed' : 'passed',
      outcome.detail,
      tagStarted(),
    ),
  );
  if (outcome.status === 'failed') {
    const why = 'not done: the tag is not there';
    if (inputs.changelogFile) checks.push(check('changelog', 'Changelog', 'skipped', why, 0));
    if (inputs.createRelease) checks.push(check('release', 'Release', 'skipped', why, 0));
    return finish(context, notes, { summary: `${plan.tag}: ${outcome.detail}`, outputs });
  }

  if (inputs.changelogFile) {
    checks.push(
      await updateChangelog(workspace, inputs.changelogFile, changelogEntry(notesInput, notes), version),
    );
  }
  let releaseUrl = '';
  if (inputs.createRelease && releases) {
    const started = timer();
    try {
      const release = await releases.create({
        tag: plan.tag,
        name: plan.tag,
        body: notes,
        prerelease,
        assets,
      });
      releaseUrl = release.url;
      const what = release.created ? 'created' : 'exists already';
      checks.push(check('release', 'Release', 'passed', `${what}: ${release.url}`, started()));
    } catch (error) {
      const message = `the release of ${plan.tag} could not be created: ${describeError(error).message} (the tag is there: a re-run creates the release)`;
      checks.push(check('release', 'Release', 'failed', message, started()));
    }
  }

  const failed = checks.find((c) => c.status === 'failed');
  const done =
    plan.rerun || outcome.status === 'exists'
      ? `${plan.tag} was released already at ${sha.slice(0, 12)}`
      : `released ${plan.tag}`;
  return finish(context, notes, {
    summary: failed
      ? `${plan.tag}: ${failed.summary}`
      : `${done} (${plan.reason})${releaseUrl ? `: ${releaseUrl}` : ''}`,
    outputs: { ...outputs, 'release-url': releaseUrl },
  });
}

/**
 * The version to release: a version tag the commit carries already (a re-run), else the one the
 * commits, labels or inputs decide; or why there is nothing to release.
 */
async function planRelease(
  git: Git,
  inputs: TagReleaseInputs,
  { prefix, sha, tagged }: { prefix: string; sha: string; tagged: readonly VersionTag[] },
): Promise<Plan | { readonly reason: string; readonly previous: VersionTag | undefined }> {
  const existing = pickExisting(await git.versionTags(prefix, sha), inputs);
  const previous = await git.lastRelease(sha, prefix, existing?.tag);
  const commits = releaseCommits(await git.commitsBetween(previous?.tag, sha));
  if (existing) {
    return {
      version: existing.version,
      tag: existing.tag,
      previous,
      bump: previous ? bumpBetween(previous.version, existing.version) : 'none',
      reason: `${existing.tag} is at this commit already`,
      commits,
      rerun: true,
    };
  }
  const decision = decideVersion({
    previous: previous?.version,
    commits,
    labels: inputs.labels ?? [],
    explicit: inputs.version,
    apiBump: inputs.apiBump,
    zeroMajor: inputs.zeroMajor,
    prerelease: inputs.prerelease,
    initialVersion: inputs.initialVersion,
    taken: tagged.map((t) => t.version),
  });
  if (!decision.release) return { reason: decision.reason, previous };
  const tag = `${prefix}${formatVersion(decision.version)}`;
  return { ...decision, tag, previous, commits, rerun: false };
}

/**
 * The version tag at the commit that this run would make: the explicit `version`'s, else the
 * highest pre-release of the `prerelease` identifier, else the highest release.
 */
function pickExisting(atCommit: readonly VersionTag[], inputs: TagReleaseInputs): VersionTag | undefined {
  if (inputs.version !== undefined) {
    const wanted = parseVersion(inputs.version.replace(/^v(?=\d)/, ''));
    return atCommit.find((t) => wanted !== undefined && compareVersions(t.version, wanted) === 0);
  }
  const fitting = atCommit.filter((t) =>
    inputs.prerelease === undefined
      ? t.version.prerelease.length === 0
      : t.version.prerelease[0] === inputs.prerelease,
  );
  return fitting.sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** What a dry run would do, as skipped checks. */
function dryRunChecks(
  inputs: TagReleaseInputs,
  plan: Plan,
  moving: readonly string[],
  assets: readonly ReleaseAsset[],
  sha: string,
): Check[] {
  const how =
    inputs.push === 'api'
      ? 'through the host API'
      : `with git tag -a and git push --atomic to ${inputs.gitRemote}`;
  const also = moving.length > 0 ? `, moving ${moving.join(', ')}` : '';
  const verb = plan.rerun ? 'would check' : 'would create';
  const checks = [
    check(
      'tag',
      `Tag ${plan.tag}`,
      'skipped',
      `dry run: ${verb} ${plan.tag} at ${sha.slice(0, 12)} ${how}${also}`,
      0,
    ),
  ];
  if (inputs.changelogFile) {
    checks.push(
      check(
        'changelog',
        'Changelog',
        'skipped',
        `dry run: would prepend the notes to ${inputs.changelogFile}`,
        0,
      ),
    );
  }
  if (inputs.createRelease) {
    const kind = plan.version.prerelease.length > 0 ? 'pre-release' : 'release';
    const files = assets.length > 0 ? ` with ${assets.map((a) => a.name).join(', ')}` : '';
    checks.push(
      check('release', 'Release', 'skipped', `dry run: would create the ${kind} ${plan.tag}${files}`, 0),
    );
  }
  return checks;
}

interface FinishContext {
  readonly startedAt: Date;
  readonly workspace: string;
  readonly reportDir: string;
  readonly checks: readonly Check[];
  readonly sha: string;
  readonly inputs: TagReleaseInputs;
}

/** The result, with its report and how the entry publishes it (the summary with the notes). */
function finish(
  ctx: FinishContext,
  notes: string | undefined,
  result: Pick<Result, 'summary' | 'outputs'>,
): Result {
  const { outputs } = result;
  const report: Report = {
    action: 'tag-release',
    title: ctx.inputs.dryRun ? 'Tag release (dry run)' : 'Tag release',
    verdict: verdictOf(ctx.checks),
    startedAt: ctx.startedAt.toISOString(),
    durationMs: Date.now() - ctx.startedAt.getTime(),
    checks: ctx.checks,
    meta: {
      commit: ctx.sha.slice(0, 12),
      ...(outputs.tag ? { tag: outputs.tag } : {}),
      ...(outputs['previous-version'] ? { previous: outputs['previous-version'] } : {}),
      push: ctx.inputs.push,
    },
  };
  const hint = `\`${path.relative(ctx.workspace, ctx.reportDir).split(path.sep).join('/') || '.'}\``;
  let append = '';
  if (notes !== undefined) {
    const shown =
      notes.length > SUMMARY_NOTES_LIMIT
        ? `${notes.slice(0, SUMMARY_NOTES_LIMIT)}\n\n…cut: the full notes are in ${hint}\n`
        : notes;
    append = `\n## Release notes of ${outputs.tag}\n\n${shown}`;
  }
  return {
    verdict: report.verdict,
    summary: secrets.redact(result.summary),
    outputs,
    report,
    publish: {
      dir: ctx.reportDir,
      formats: ['json', 'summary'],
      fullReportHint: hint,
      jobSummary: { append },
    },
  };
}

/** Prepends the entry to the changelog file, atomically; unchanged when it has the version already. */
async function updateChangelog(
  workspace: string,
  file: string,
  entry: string,
  version: string,
): Promise<Check> {
  const started = timer();
  const target = path.resolve(workspace, file);
  const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ConfigError(`Input "changelog-file": ${file} cannot be read (${error.code}).`, {
      input: 'changelog-file',
    });
  });
  const updated = prependChangelog(existing, entry, version);
  if (updated === undefined) {
    return check('changelog', 'Changelog', 'passed', `${file} has ${version} already; unchanged`, started());
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, updated);
  return check(
    'changelog',
    'Changelog',
    'passed',
    `${existing === undefined ? 'created' : 'prepended to'} ${file}`,
    started(),
  );
}

/** The host's releases API when this run needs it. @throws ConfigError naming `token` when there is none. */
function hostReleases(platform: Platform, inputs: TagReleaseInputs): Releases | undefined {
  if (!inputs.createRelease && inputs.push !== 'api') return undefined;
  const releases = platform.repoHost(inputs.token)?.releases;
  if (releases) return releases;
  const needs = inputs.push === 'api' ? 'the api push mode and releases need' : 'creating the release needs';
  throw new ConfigError(
    `Input "token": ${needs} the repository host's API, which this run has not (GitHub: a token with contents: write; GitLab: a project access token with the api scope); or set create-release: false and push: git.`,
    { input: 'token' },
  );
}

/** The release assets, read now so a missing file stops the run before anything is tagged. */
async function readAssets(workspace: string, files: readonly string[]): Promise<ReleaseAsset[]> {
  const assets: ReleaseAsset[] = [];
  for (const file of files) {
    const content = await readFile(path.resolve(workspace, file)).catch(() => {
      throw new ConfigError(`Input "assets": ${file} does not exist or cannot be read.`, { input: 'assets' });
    });
    assets.push({ name: path.basename(file), content, contentType: contentType(file) });
  }
  return assets;
}

function contentType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yml' || ext === '.yaml') return 'application/yaml';
  if (ext === '.json') return 'application/json';
  if (ext === '.md' || ext === '.txt') return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

/** The prefix of version tags: `none` for bare versions. @throws ConfigError naming `tag-prefix`. */
function tagPrefix(text: string): string {
  const prefix = text === 'none' ? '' : text;
  if (/^[A-Za-z0-9._/-]*$/.test(prefix) && !prefix.startsWith('-') && !prefix.includes('..')) return prefix;
  throw new ConfigError(
    `Input "tag-prefix" must be letters, digits, ".", "_", "/" or "-", or none (got ${JSON.stringify(text)}).`,
    { input: 'tag-prefix' },
  );
}

/** @throws ConfigError naming `moving-tags` when `none` comes with other values. */
function checkMovingTags(kinds: readonly string[]): readonly string[] {
  if (kinds.includes('none') && kinds.length > 1) {
    throw new ConfigError('Input "moving-tags" must be none, major, or major,minor; none goes alone.', {
      input: 'moving-tags',
    });
  }
  return kinds;
}

/** `Name <email>` -> the tagger. @throws ConfigError naming `git-author`. */
function parseTagger(text: string): Tagger {
  const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text.trim());
  if (!m) {
    throw new ConfigError(`Input "git-author" must be "Name <email>" (got ${JSON.stringify(text)}).`, {
      input: 'git-author',
    });
  }
  return { name: m[1] as string, email: m[2] as string };
}

/** Links to pull/merge requests and commits on the host this run is on (its web URL from the context). */
function hostLinks(platform: Pick<Platform, 'kind' | 'context'>): HostLinks {
  const { webUrl } = platform.context;
  if (platform.kind === 'github' && webUrl) return githubLinks(webUrl);
  if (platform.kind === 'gitlab' && webUrl) return gitlabLinks(webUrl);
  return NO_LINKS;
}

function check(
  id: string,
  name: string,
  status: Check['status'],
  summary: string,
  durationMs: number,
): Check {
  const text = secrets.redact(summary);
  return {
    id,
    name,
    mode: 'enforce',
    status,
    durationMs,
    summary: text,
    findings: status === 'failed' ? [{ severity: 'error', message: text, rule: id }] : [],
  };
}

function timer(): () => number {
  const started = performance.now();
  return () => Math.round(performance.now() - started);
}

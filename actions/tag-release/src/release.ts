/**
 * What a tag-release run changes once the plan stands: the tag (and moving tags), the changelog
 * file and the host's release, in that order, each as a check; or, in a dry run, what it would do.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Check,
  ConfigError,
  describeError,
  type ReleaseAsset,
  type Releases,
  writeFileAtomic,
} from '@maint-actions/core';
import { changelogEntry, type NotesInput, prependChangelog } from './notes';
import type { Plan, TagReleaseInputs } from './plan';
import type { Setup } from './prepare';
import { check, timer } from './report';
import { formatVersion } from './semver';
import { conflictMessage, movingTagNames, type TagOutcome, tagWithApi, tagWithGit } from './tags';

/** What the release did: its one-line summary and the release's URL (empty when none). */
export interface Released {
  readonly summary: string;
  readonly releaseUrl: string;
}

/**
 * Tags the commit (or says what a dry run would do), then prepends the changelog and creates the
 * release; adds a check for each step to `checks`.
 */
export async function release(
  setup: Setup,
  inputs: TagReleaseInputs,
  plan: Plan,
  notes: { readonly input: NotesInput; readonly text: string },
  checks: Check[],
): Promise<Released> {
  const { git, sha } = setup;
  const version = formatVersion(plan.version);
  const moving = movingTagNames(plan.version, setup.prefix, setup.movingKinds, setup.tagged);
  const local = await git.tagCommit(plan.tag);
  if (local !== undefined && local !== sha) {
    checks.push(check('tag', `Tag ${plan.tag}`, 'failed', conflictMessage(plan.tag, local, sha), 0));
    return { summary: checks.at(-1)?.summary ?? '', releaseUrl: '' };
  }

  if (inputs.dryRun) {
    checks.push(...dryRunChecks(inputs, plan, moving, setup.assets, sha));
    return {
      summary: `dry run: would release ${plan.tag} at ${sha.slice(0, 12)} (${plan.reason}); nothing changed`,
      releaseUrl: '',
    };
  }

  const tagStarted = timer();
  const request = { tag: plan.tag, sha, message: `Release ${version}\n`, moving };
  const outcome: TagOutcome =
    inputs.push === 'api'
      ? await tagWithApi(setup.releases as Releases, request)
      : await tagWithGit(git, inputs.gitRemote, setup.tagger, request);
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
    return { summary: `${plan.tag}: ${outcome.detail}`, releaseUrl: '' };
  }

  if (inputs.changelogFile) {
    checks.push(
      await updateChangelog(
        setup.workspace,
        inputs.changelogFile,
        changelogEntry(notes.input, notes.text),
        version,
      ),
    );
  }
  let releaseUrl = '';
  if (inputs.createRelease && setup.releases) {
    const started = timer();
    try {
      const created = await setup.releases.create({
        tag: plan.tag,
        name: plan.tag,
        body: notes.text,
        prerelease: plan.version.prerelease.length > 0,
        assets: setup.assets,
      });
      releaseUrl = created.url;
      const what = created.created ? 'created' : 'exists already';
      checks.push(check('release', 'Release', 'passed', `${what}: ${created.url}`, started()));
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
  return {
    summary: failed
      ? `${plan.tag}: ${failed.summary}`
      : `${done} (${plan.reason})${releaseUrl ? `: ${releaseUrl}` : ''}`,
    releaseUrl,
  };
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

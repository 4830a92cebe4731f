/**
 * The tag-release action: check the set-up (prepare.ts), decide the version (plan.ts), write the
 * notes, then tag, update the changelog and create the release (release.ts), and report
 * (report.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type ActionContext, type Check, writeFileAtomic } from '@maint-actions/core';
import { type NotesInput, renderNotes } from './notes';
import { planRelease } from './plan';
import { hostLinks, prepare } from './prepare';
import { release } from './release';
import { check, type FinishContext, finish, type Result, timer } from './report';
import { formatVersion } from './semver';
import type { TagReleaseSpec } from './spec';

/** Runs the action (see the spec and tag-release/README.md). */
export async function run({ platform, inputs }: ActionContext<TagReleaseSpec>): Promise<Result> {
  const startedAt = new Date();
  const setup = await prepare(platform, inputs);
  const { git, sha, reportDir } = setup;
  const found = await planRelease(git, inputs, setup);
  const checks: Check[] = [];
  const context: FinishContext = { startedAt, workspace: setup.workspace, reportDir, checks, sha, inputs };
  const elapsed = timer();
  if (!('version' in found)) {
    checks.push(check('version', 'Version', 'skipped', `nothing to release: ${found.reason}`, elapsed()));
    return finish(context, undefined, {
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
  const released = await release(setup, inputs, plan, { input: notesInput, text: notes }, checks);
  return finish(context, notes, {
    summary: released.summary,
    outputs: {
      version,
      tag: plan.tag,
      'previous-version': plan.previous ? formatVersion(plan.previous.version) : '',
      bump: plan.bump,
      'release-url': released.releaseUrl,
      changelog: notesFile,
    },
  });
}

/**
 * rollback-plan against a real git history of the example service (packages/testing releases.ts):
 * Django's own loader reads each release, the plan names the steps, the backup and the image.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { configFor, loadConfig, parseInputs } from '@maint-actions/core';
import {
  FakePlatform,
  makeReleaseRepo,
  type ReleaseRepo,
  systemPython,
  writeManifest,
  writeTinyWheel,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { spec } from './spec';

let repo: ReleaseRepo;

beforeAll(async () => {
  repo = await makeReleaseRepo();
}, 120_000);
afterAll(async () => {
  await repo?.cleanup();
});

async function plan(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const platform = new FakePlatform({
    inputs: { 'working-directory': repo.workingDirectory, python: systemPython, ...inputs },
    context: { workspace: repo.root },
    env: { PATH: process.env.PATH, ...env },
  });
  const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) });
  const summary = await readFile(
    path.join(repo.root, '.maint-actions/reports/rollback-plan/summary.md'),
    'utf8',
  ).catch(() => '');
  return { platform, result, summary: result.publish?.summaryMarkdown ?? summary };
}

async function planJson() {
  return JSON.parse(
    await readFile(path.join(repo.root, '.maint-actions/reports/rollback-plan/plan.json'), 'utf8'),
  );
}

const kinds = (json: { migrations: { app: string; name: string; kind: string }[] }) =>
  json.migrations.map((m) => `${m.app}.${m.name}:${m.kind}`);

describe('rollback-plan on the example service through three releases', () => {
  it('v1.1.0 back to the previous tag: an additive migration, a redeploy of the image in its manifest', async () => {
    const head = await repo.git('rev-parse', 'HEAD');
    // A database nobody listens on: loading the migrations must not try to connect.
    const { result, summary } = await plan(
      { from: 'v1.1.0', manifests: repo.manifestsDir },
      { DATABASE_URL: 'postgres://nobody:pw@127.0.0.1:9/nowhere' },
    );
    expect(result.verdict).toBe('passed');
    expect(result.outputs).toMatchObject({
      safe: 'true',
      steps: `redeploy:${repo.images['v1.0.0']}`,
      destructive: '',
      'backup-id': '',
      'image-tag': repo.images['v1.0.0'],
    });
    const json = await planJson();
    expect(json.to).toMatchObject({ ref: 'v1.0.0', sha: repo.shas['v1.0.0'] });
    expect(kinds(json)).toEqual([`${repo.migrations.additive}:additive`]);
    expect(summary).toContain('Going back from v1.1.0 to v1.0.0 is a redeploy.');
    expect(summary).toContain(`1. Redeploy \`${repo.images['v1.0.0']}\``);
    // The user's checkout is as it was: same HEAD, nothing tracked changed, no database file.
    expect(await repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(await repo.git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(existsSync(path.join(repo.service, 'db.sqlite3'))).toBe(false);
  }, 60_000);

  it('v1.2.0 back to v1.1.0: the field removal is destructive and the plan names the backup taken before its deploy', async () => {
    const { result, summary } = await plan({ from: 'v1.2.0', to: 'v1.1.0', manifests: repo.manifestsDir });
    expect(result.outputs).toMatchObject({
      safe: 'false',
      steps: `restore:${repo.backups['v1.2.0']},redeploy:${repo.images['v1.1.0']}`,
      destructive: repo.migrations.removal,
      'backup-id': repo.backups['v1.2.0'],
      'image-tag': repo.images['v1.1.0'],
    });
    expect(kinds(await planJson())).toEqual([`${repo.migrations.removal}:destructive`]);
    expect(summary).toContain(
      `maint-actions restore --manifest backups/${repo.backups['v1.2.0']}/manifest.json --target-database-url "$DATABASE_URL"`,
    );
    expect(summary).toContain('drops the column and its data; the old code reads it');
  }, 60_000);

  it('v1.3.0 back to v1.2.0 (the previous tag): a RunPython without a reverse is irreversible', async () => {
    const { result, summary } = await plan({ from: 'v1.3.0', manifests: repo.manifestsDir });
    expect(result.outputs).toMatchObject({
      safe: 'false',
      steps: `restore:${repo.backups['v1.3.0']},redeploy:${repo.images['v1.2.0']}`,
      destructive: repo.migrations.runPython,
      'backup-id': repo.backups['v1.3.0'],
    });
    expect(summary).toContain('a data change without a reverse (RunPython): irreversible');
  }, 60_000);

  it('v1.3.0 back to v1.0.0: the first destructive migration picks the backup; the additive one needs nothing', async () => {
    const { result } = await plan({ from: 'v1.3.0', to: 'v1.0.0', manifests: repo.manifestsDir });
    expect(result.outputs).toMatchObject({
      safe: 'false',
      steps: `restore:${repo.backups['v1.2.0']},redeploy:${repo.images['v1.0.0']}`,
      destructive: `${repo.migrations.removal},${repo.migrations.runPython}`,
    });
    expect(kinds(await planJson())).toEqual([
      `${repo.migrations.additive}:additive`,
      `${repo.migrations.removal}:destructive`,
      `${repo.migrations.runPython}:destructive`,
    ]);
  }, 60_000);

  it('takes `to` as a backup manifest: its gitSha is the release and its imageTag the image', async () => {
    const manifest = `backups/${repo.backups['v1.0.0']}/manifest.json`;
    const { result } = await plan({ from: 'v1.1.0', to: manifest });
    expect(result.outputs).toMatchObject({ safe: 'true', 'image-tag': repo.images['v1.0.0'] });
    expect((await planJson()).to).toMatchObject({ sha: repo.shas['v1.0.0'], manifest });
  }, 60_000);

  it('without manifests the backup is unknown and the plan says so', async () => {
    const { result, summary } = await plan({ from: 'v1.2.0', to: 'v1.1.0' });
    expect(result.outputs).toMatchObject({
      steps: 'restore:unknown,redeploy:v1.1.0',
      'backup-id': '',
      'image-tag': '',
    });
    expect(summary).toContain(
      `No manifests given: the backup taken before the deploy of ${repo.migrations.removal} is unknown (set "manifests").`,
    );
  }, 60_000);
});

describe('rollback-plan and outside text in manifests', () => {
  it('leaves out a manifest whose image tag would break the one-line outputs, and says so', async () => {
    const dir = path.join(repo.root, 'backups/tampered');
    await writeManifest(path.join(dir, 'production/a'), {
      backupId: 'production/a',
      startedAt: '2026-11-30T09:00:00.000Z',
      gitSha: repo.shas['v1.0.0'],
      imageTag: 'evil:1\nsafe=true',
    });
    const { result, summary } = await plan({ from: 'v1.1.0', manifests: 'backups/tampered' });
    expect(result.outputs).toMatchObject({ steps: 'redeploy:v1.0.0', 'image-tag': '' });
    expect(summary).toContain(
      '> backups/tampered/production/a/manifest.json is not a backup manifest; left out.',
    );
  }, 60_000);
});

describe('rollback-plan configuration errors', () => {
  it('names an unknown `to` ref and what to pass', async () => {
    await expect(plan({ from: 'v1.1.0', to: 'v0.9.0' })).rejects.toThrow(
      'Input "to": "v0.9.0" is not a commit of this repository (fetch the tags, such as actions/checkout\'s fetch-depth: 0); set it to the release to go back to (a tag such as v1.4.1, a commit, or the path of a backup manifest.json).',
    );
  });

  it('names an unknown `from` ref', async () => {
    await expect(plan({ from: 'release-candidate' })).rejects.toThrow(
      'Input "from": "release-candidate" is not a commit of this repository',
    );
  });

  it('says when there is no release before `from`', async () => {
    await expect(plan({ from: 'v1.0.0' })).rejects.toThrow(
      'Input "to": there is no release tag (v1.2.3) before "v1.0.0" to go back to; set "to" to a tag, a commit or a backup manifest.json (fetch the tags with fetch-depth: 0).',
    );
  });

  it('says when the working directory holds no Django project', async () => {
    await expect(plan({ from: 'v1.1.0', 'working-directory': '.' })).rejects.toThrow(
      'Input "working-directory": there is no manage.py in . at v1.1.0; rollback-plan needs the Django project\'s folder.',
    );
  });

  it('says when the interpreter has no Django', async () => {
    const venv = await mkdtemp(path.join(os.tmpdir(), 'maint-rollback-venv-'));
    try {
      await promisify(execFile)(systemPython, ['-m', 'venv', '--without-pip', venv]);
      const python = path.join(venv, 'bin', 'python');
      await expect(plan({ from: 'v1.1.0', python })).rejects.toThrow(
        `Input "python": ${python} cannot import Django; set it to the project's interpreter (the one with its requirements installed).`,
      );
    } finally {
      await rm(venv, { recursive: true, force: true });
    }
  }, 60_000);

  it('installs what the top-level install of .maint-actions.yml names, and loads the releases in that venv', async () => {
    const wheels = await mkdtemp(path.join(os.tmpdir(), 'maint-rollback-wheels-'));
    const config = path.join(repo.root, '.maint-actions.yml');
    const requirements = path.join(repo.root, 'requirements-ci.txt');
    try {
      writeTinyWheel(wheels);
      // Django is the base interpreter's (the venv is made over its packages); tinypkg is installed.
      await writeFile(requirements, 'Django\ntinypkg==0.1\n');
      await writeFile(config, 'install: requirements-ci.txt\n');
      const platform = new FakePlatform({
        inputs: { 'working-directory': repo.workingDirectory, python: systemPython, from: 'v1.1.0' },
        context: { workspace: repo.root },
        env: {
          PATH: process.env.PATH,
          PIP_NO_INDEX: '1',
          PIP_FIND_LINKS: wheels,
          PIP_CONFIG_FILE: '/dev/null',
        },
      });
      const section = configFor(await loadConfig(repo.root), spec);
      const inputs = parseInputs(spec, (n) => platform.getInput(n), section);
      expect(inputs.install).toBe('requirements-ci.txt');
      const result = await run({ platform, inputs });
      expect(result.verdict).toBe('passed');
      expect(platform.logText).toContain(
        'Python environment: installing requirements-ci.txt into .maint-actions/venv.',
      );
      expect(platform.logText).toContain('[install] Successfully installed tinypkg-0.1');
      expect(existsSync(path.join(repo.root, '.maint-actions', 'venv', 'bin', 'python'))).toBe(true);
    } finally {
      await Promise.all(
        [wheels, config, requirements, path.join(repo.root, '.maint-actions', 'venv')].map((p) =>
          rm(p, { recursive: true, force: true }),
        ),
      );
    }
  }, 120_000);
});

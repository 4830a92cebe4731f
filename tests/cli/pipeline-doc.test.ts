/**
 * docs/pipeline.md, followed as a new user follows it: the commands of its "Start here" and
 * "Check the GitLab starter locally" code blocks (and the two commands its GitLab steps give in
 * prose) run, as written, on a fresh copy of the clinic service (packages/testing/fixtures/
 * clinic-service: manage.py at the root, config.settings, health at /api/healthz) with a `main`
 * branch and a bare repository as `origin`. So the page cannot drift from what works.
 *
 * Offline, an `npx` on PATH stands in for the registry: `maint-actions@<any>` runs the bundled
 * tool of this tree (dist/cli, `pnpm build` first) and `gitlab-ci-local@<the page's version>` the
 * one installed here, which must be that version; any other package fails the command. `python3`
 * is the machine's Python with Django, and the service has a `.venv` over it, which the jobs (run
 * in a shell under gitlab-ci-local) take first.
 * docs/adoption-walkthrough.md records the same walk timed by hand.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cliBundle, fixturesDir, repoRoot, runCommand, systemPython } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

let base: string;
let page: string;
let env: Record<string, string>;

/** The first fenced block of `lang` after the heading line `heading`, as its lines. */
function codeBlock(heading: string, lang = 'sh'): string[] {
  const at = page.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`docs/pipeline.md has no heading "${heading}"`);
  const open = page.indexOf(`\n\`\`\`${lang}\n`, at);
  const close = page.indexOf('\n```\n', open + 1);
  return page.slice(open + lang.length + 5, close).split('\n');
}

/** The text of the section under `heading`, up to the next heading. */
function section(heading: string): string {
  const at = page.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`docs/pipeline.md has no heading "${heading}"`);
  const next = page.slice(at + heading.length + 2).search(/\n#{2,3} /);
  return page.slice(at, next < 0 ? undefined : at + heading.length + 2 + next);
}

/** A command line of the page without its trailing comment. */
const command = (line: string) => line.replace(/\s+#\s.*$/, '').trim();

/** `sh -c line` in `cwd` as the user's shell runs it; fails the test unless it exits 0. */
async function sh(cwd: string, line: string) {
  const run = await runCommand('sh', ['-c', line], { cwd, env });
  expect(run.exitCode, `${line}\n${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A fresh copy of the clinic service: `main`, pushed to a bare `origin`. */
async function service(name: string): Promise<string> {
  const dir = path.join(base, name);
  await cp(path.join(fixturesDir, 'clinic-service'), dir, {
    recursive: true,
    filter: (src) => !['__pycache__', 'db.sqlite3'].includes(path.basename(src)),
  });
  git(base, 'init', '-q', '--bare', '-b', 'main', `${name}.git`);
  git(base, 'init', '-q', '-b', 'main', dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'clinic service');
  git(dir, 'remote', 'add', 'origin', path.join(base, `${name}.git`));
  git(dir, 'push', '-q', '-u', 'origin', 'main');
  git(dir, 'remote', 'set-head', 'origin', 'main');
  return dir;
}

beforeAll(async () => {
  page = await readFile(path.join(repoRoot, 'docs', 'pipeline.md'), 'utf8');
  base = await mkdtemp(path.join(os.tmpdir(), 'maint-pipeline-doc-'));
  const bin = path.join(base, 'bin');
  await mkdir(bin);
  const gclVersion = /gitlab-ci-local@(\d+\.\d+\.\d+)/.exec(page)?.[1];
  const installed = JSON.parse(
    await readFile(path.join(repoRoot, 'node_modules', 'gitlab-ci-local', 'package.json'), 'utf8'),
  ).version;
  expect(gclVersion, 'the gitlab-ci-local version the page gives is the one installed here').toBe(installed);
  await writeFile(
    path.join(bin, 'npx'),
    [
      '#!/bin/sh',
      'while [ "$1" = --yes ] || [ "$1" = -y ]; do shift; done',
      'package="$1"; shift',
      'case "$package" in',
      `  maint-actions|maint-actions@*) exec "${process.execPath}" "${cliBundle}" "$@";;`,
      `  gitlab-ci-local@${gclVersion}) exec "${path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local')}" "$@";;`,
      'esac',
      'echo "npx $package: not available offline in this test" >&2; exit 97',
      '',
    ].join('\n'),
  );
  await chmod(path.join(bin, 'npx'), 0o755);
  await symlink(systemPython, path.join(bin, 'python3'));
  env = {
    PATH: `${bin}:${path.dirname(process.execPath)}:/usr/bin:/bin`,
    GIT_AUTHOR_NAME: 'walk',
    GIT_AUTHOR_EMAIL: 'walk@example.com',
    GIT_COMMITTER_NAME: 'walk',
    GIT_COMMITTER_EMAIL: 'walk@example.com',
    PYTHONDONTWRITEBYTECODE: '1',
  };
});

afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

/** The two commands of "Start here", for `platform`. */
function startHere(platform: 'github' | 'gitlab'): { dryRun: string; write: string } {
  const lines = codeBlock('## Start here: `maint-actions init`').filter((l) => l.startsWith('npx '));
  expect(lines).toHaveLength(2);
  // The page: "`--platform gitlab` for GitLab"; <owner> is the owner (or group) maint-actions is in.
  const fill = (l: string) =>
    command(l).replace('--platform github', `--platform ${platform}`).replace('<owner>', 'acme');
  const [dryRun, write] = lines.map(fill) as [string, string];
  expect(dryRun).toMatch(/ --dry-run$/);
  return { dryRun, write };
}

describe('docs/pipeline.md on the clinic service', () => {
  it('GitHub: Start here writes the workflows and checks them; a dry run writes nothing', async () => {
    const dir = await service('github');
    const { dryRun, write } = startHere('github');

    const dry = await sh(dir, dryRun);
    expect(dry.stdout).toContain('would write .github/workflows/django-ci.yml\n');
    expect(git(dir, 'status', '--porcelain')).toBe('');

    const run = await sh(dir, write);
    // The four files the page says init writes, and .maint-actions.yml.
    for (const file of [
      'django-ci.yml',
      'django-deploy.yml',
      'django-maintenance.yml',
      'django-rollback.yml',
    ]) {
      expect(section('## Start here: `maint-actions init`')).toContain(`${file}\``);
      expect(run.stdout).toContain(`wrote .github/workflows/${file}\n`);
    }
    expect(run.stdout).toContain('wrote .maint-actions.yml\n');
    expect(run.stdout).toContain(': no problems.\n');
    const ci = parse(await readFile(path.join(dir, '.github/workflows/django-ci.yml'), 'utf8'));
    expect(ci.jobs.ci.uses).toBe('acme/maint-actions/.github/workflows/django-ci.yml@v1');
    // What the page says init does not write is indeed left to the team.
    expect(section('## Start here: `maint-actions init`')).toContain(
      'does not write the pull request template',
    );
    expect(run.stdout).not.toContain('pull_request_template');
  });

  it('GitLab: Start here, step 4, and the local check run the test and schema jobs to a pass', async () => {
    const dir = await service('gitlab');
    // The team's API (drf-spectacular), so step 4's schema command applies, as in tests/cli/init.test.ts.
    await appendFile(
      path.join(dir, 'config', 'settings.py'),
      '\nINSTALLED_APPS += ["rest_framework", "drf_spectacular"]\n' +
        'REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}\n',
    );
    await appendFile(path.join(dir, '.gitignore'), '.venv/\n.gitlab-ci-local/\n');
    // The team's virtualenv, which the jobs' `python: auto` takes first (a login shell's python3
    // may be another: gitlab-ci-local's shell reads the user's profile).
    const venv = spawnSync(systemPython, ['-m', 'venv', '--system-site-packages', path.join(dir, '.venv')]);
    expect(venv.status, String(venv.stderr)).toBe(0);

    const { dryRun, write } = startHere('gitlab');
    await sh(dir, dryRun);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe(
      'M .gitignore\n M config/settings.py',
    );

    // Step 4: "Commit `schema.yml` in the working directory (`manage.py spectacular --file schema.yml`".
    const steps = section('### Adoption in ten minutes (GitLab)');
    const schemaCommand = /`(manage\.py spectacular --file schema\.yml)`/.exec(steps)?.[1];
    expect(schemaCommand).toBeDefined();
    await sh(dir, `python3 ${schemaCommand}`);
    const run = await sh(dir, write);
    expect(run.stdout).toContain('wrote .gitlab-ci.yml\n');
    expect(run.stdout).toContain('  OpenAPI schema: schema.yml\n');
    expect(run.stdout).toContain(': no problems.\n');
    // init's last line: commit.
    expect(run.stdout).toContain('commit, and see docs/pipeline.md');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'maint-actions: GitLab pipeline');

    // "Check the GitLab starter locally", command by command.
    const check = section('### Check the GitLab starter locally');
    // origin is a local path here: the page's gcl-origin remote names the project for gitlab-ci-local.
    const gclOrigin = /`(git remote add gcl-origin [^`]+)`/.exec(check)?.[1];
    expect(gclOrigin).toBe('git remote add gcl-origin git@<your GitLab host>:<group>/<project>.git');
    await sh(
      dir,
      gclOrigin!
        .replace('<your GitLab host>', 'gitlab.example.com')
        .replace('<group>/<project>', 'acme/clinic'),
    );

    let sha = '';
    const ran: string[] = [];
    const logs: Record<string, string> = {};
    for (const raw of codeBlock('### Check the GitLab starter locally')) {
      const line = command(raw);
      if (raw.trimStart().startsWith('#')) {
        // The one step given as a comment: point both includes at the scratch commit.
        if (raw.includes('component:')) {
          const [, job] = /<project>\/(\w+)@<SHA>/.exec(raw) ?? [];
          expect(['pipeline', 'maintenance']).toContain(job);
          const file = path.join(dir, '.gitlab-ci.yml');
          const text = await readFile(file, 'utf8');
          const pointed = text.replace(
            `$CI_SERVER_FQDN/acme/maint-actions/${job}@0.1.0`,
            `$CI_SERVER_FQDN/acme/clinic/${job}@${sha}`,
          );
          expect(pointed, `the ${job} include`).not.toBe(text);
          await writeFile(file, pointed);
          ran.push(`include ${job}`);
        }
        continue;
      }
      if (!line) continue;
      const filled = line.replaceAll('<maint-actions>', repoRoot).replace(/\s*\|\s*less$/, '');
      const result = await sh(dir, filled);
      if (filled === 'git rev-parse HEAD') sha = result.stdout.trim();
      logs[filled] = result.stdout + result.stderr;
      ran.push(filled);
    }

    expect(ran.filter((l) => l.startsWith('include '))).toEqual(['include pipeline', 'include maintenance']);
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    const list = Object.entries(logs).find(([l]) => l.endsWith('--list'))?.[1] ?? '';
    expect(list).toMatch(/^maint-test +test +on_success /m);
    expect(list).toMatch(/^maint-schema +schema +on_success /m);
    const jobs = Object.entries(logs).find(([l]) => l.includes('--force-shell-executor'));
    expect(jobs?.[0]).toContain('maint-lint maint-test maint-schema');
    expect(jobs?.[1]).toMatch(/PASS +maint-lint(\s|$)/m);
    expect(jobs?.[1]).toMatch(/PASS +maint-test(\s|$)/m);
    expect(jobs?.[1]).toMatch(/PASS +maint-schema(\s|$)/m);
    // The lint and test jobs ran the gates of their stage out of .maint-actions.yml's one list.
    expect(jobs?.[1]).toContain('manage.py check  enforce  ✅ passed');
    expect(jobs?.[1]).toMatch(/pytest +enforce +✅ passed .* 2 passed/);
    // The last line leaves the user on main with the includes as init wrote them.
    expect(git(dir, 'branch', '--show-current')).toBe('main');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});

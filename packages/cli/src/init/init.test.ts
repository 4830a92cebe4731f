/**
 * The parts of `maint-actions init` on small repositories written here: what it finds, how it
 * sets a value in a starter, the marker that tells init's files from the team's, and the checks.
 * tests/cli/init.test.ts adopts a whole service end to end.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { untouchedSinceInit, withMarker } from './command';
import { detect, pythonFromRequires, repositoryRoot } from './detect';
import { renderConfig, renderStarter, STARTER_FILES, setYamlValue } from './render';
import { checkGithubWorkflow, checkGitlabPipeline } from './validate';

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function repo(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'maint-init-unit-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('detect', () => {
  it('reads a project under backend/: settings from pytest.ini, Python from requires-python, health through include()', async () => {
    const root = await repo({
      'backend/manage.py': 'import sys\n',
      'backend/pytest.ini': '[pytest]\nDJANGO_SETTINGS_MODULE = shop.settings.prod\n',
      'backend/pyproject.toml': '[project]\nrequires-python = ">=3.8,<3.11"\ndependencies = ["django<4"]\n',
      'backend/shop/settings/prod.py': 'ROOT_URLCONF = "shop.urls"\n',
      'backend/shop/urls.py': 'urlpatterns = [path("ops/", include("ops.urls"))]\n',
      'backend/ops/urls.py':
        'from django.urls import path\n\ndef health(request):\n    return JsonResponse({"ok": True, "commit": GIT_SHA})\n\n\nurlpatterns = [path("healthz/", health)]\n',
      'backend/requirements/base.txt': 'django<4\n',
      'backend/requirements/dev.txt': '-r base.txt\npytest\n',
      Dockerfile: 'FROM python:3.10\n',
      'node_modules/x/manage.py': '',
    });

    const facts = await detect(root);

    expect(facts.workingDirectory).toBe('backend');
    expect(facts.settingsModule).toEqual({ value: 'shop.settings.prod', source: 'backend/pytest.ini' });
    expect(facts.pythonVersion).toEqual({ value: '3.10', source: 'backend/pyproject.toml' });
    expect(facts.install).toEqual(['backend/requirements/base.txt', 'backend/requirements/dev.txt']);
    expect(facts.auditRequirements).toEqual(['requirements/base.txt', 'requirements/dev.txt']);
    expect(facts.healthPath).toEqual({ value: '/ops/healthz/', source: 'backend/ops/urls.py' });
    expect(facts.versionPointer).toEqual({ value: '/commit', source: 'backend/ops/urls.py' });
    expect(facts.dockerfile).toBe('Dockerfile');
    expect(facts.schema).toBeUndefined();
    expect(facts.importLinter).toBe(false);
  });

  it('works from the top of the git repository when run in a sub-folder', async () => {
    const root = await repo({ 'backend/manage.py': '' });
    execFileSync('git', ['init', '-q'], { cwd: root });
    expect(repositoryRoot(path.join(root, 'backend'))).toBe(await realpath(root));
    expect(repositoryRoot(os.tmpdir())).toBe(os.tmpdir());
  });

  it('takes runtime.txt, and the flags over what it finds', async () => {
    const root = await repo({ 'manage.py': '', 'runtime.txt': 'python-3.9.18\n' });
    expect((await detect(root)).pythonVersion).toEqual({ value: '3.9', source: 'runtime.txt' });
    const given = await detect(root, {
      pythonVersion: '3.12',
      healthPath: '/up',
      versionPointer: '/build/sha',
    });
    expect(given.pythonVersion).toEqual({ value: '3.12', source: '--python-version' });
    expect(given.healthPath).toEqual({ value: '/up', source: '--health-path' });
    expect(given.versionPointer).toEqual({ value: '/build/sha', source: '--version-pointer' });
  });

  it('takes the top-level python-version: of .maint-actions.yml before the project files', async () => {
    const root = await repo({
      'manage.py': '',
      '.python-version': '3.11\n',
      '.maint-actions.yml':
        "quality-gates:\n  python-version: '3.9'\npython-version: '3.10.12' # Django 3.2\n",
    });
    expect((await detect(root)).pythonVersion).toEqual({
      value: '3.10.12',
      source: '.maint-actions.yml (python-version:)',
    });
    await writeFile(path.join(root, '.maint-actions.yml'), 'python-version: latest\n');
    expect((await detect(root)).pythonVersion).toEqual({ value: '3.11', source: '.python-version' });
  });

  it('asks for --working-directory when there are several manage.py, in one line', async () => {
    const root = await repo({ 'a/manage.py': '', 'b/manage.py': '' });
    await expect(detect(root)).rejects.toThrow(
      'Several manage.py found (a, b): choose one with --working-directory.',
    );
    await expect(detect(root, { healthPath: 'healthz', workingDirectory: 'a' })).rejects.toThrow(
      '--health-path must start with /, such as /healthz, not "healthz".',
    );
  });

  it('chooses the highest Python a requires-python allows', () => {
    expect(pythonFromRequires('>=3.8')).toBe('3.13');
    expect(pythonFromRequires('>=3.8,<3.11')).toBe('3.10');
    expect(pythonFromRequires('~=3.9')).toBe('3.13');
    expect(pythonFromRequires('==3.11.*')).toBe('3.11');
    expect(pythonFromRequires('>=3.8, !=3.13, <=3.13')).toBe('3.12');
    expect(pythonFromRequires('<3.8')).toBeUndefined();
  });
});

describe('install, set once', () => {
  it('goes at the top of .maint-actions.yml, and the GitLab starter leaves its own install empty', async () => {
    const root = await repo({
      'manage.py': '',
      'requirements.txt': 'django\n',
      'requirements-dev.txt': '-r requirements.txt\npytest\n',
    });
    const facts = await detect(root);

    const config = parseYaml(renderConfig(facts)) as Record<string, Record<string, unknown> | string>;
    expect(config.install).toBe('requirements-dev.txt,requirements.txt');
    expect(config['quality-gates']).not.toHaveProperty('install');
    expect(config['generate-openapi']).not.toHaveProperty('install');

    const gitlab = renderStarter('gitlab/.gitlab-ci.yml', facts, {
      repository: 'platform/maint-actions',
      githubRef: undefined,
      gitlabRef: '1.2.0',
      gitlabHost: 'gitlab.example.com',
    });
    expect(gitlab).toContain(
      "      install: '' # set once in .maint-actions.yml (install:); a value here installs into .venv as well\n",
    );
    const pipeline = (parseYaml(gitlab) as { include: { inputs: Record<string, string> }[] }).include[0]!;
    expect(pipeline.inputs.install).toBe('');
  });

  it('the GitHub starters pass neither install nor python-version: the workflows read the file', async () => {
    const root = await repo({ 'manage.py': '', 'requirements.txt': 'django\n' });
    const facts = await detect(root, { pythonVersion: '3.10' });
    const source = {
      repository: 'acme/maint-actions',
      githubRef: undefined,
      gitlabRef: '1',
      gitlabHost: 'h',
    };
    for (const key of Object.values(STARTER_FILES.github)) {
      const text = renderStarter(key, facts, source);
      const jobs = (parseYaml(text) as { jobs: Record<string, { with?: Record<string, unknown> }> }).jobs;
      for (const job of Object.values(jobs)) {
        expect(job.with ?? {}, key).not.toHaveProperty('install');
        expect(job.with ?? {}, key).not.toHaveProperty('python-version');
      }
    }
    // Both go once, at the top of the config.
    const config = parseYaml(renderConfig(facts)) as Record<string, unknown>;
    expect(config.install).toBe('requirements.txt');
    expect(config['python-version']).toBe('3.10');
  });

  it("writes python-version: only when no project file declares it, and keeps the file's own", async () => {
    const declared = await repo({ 'manage.py': '', '.python-version': '3.11\n' });
    expect(parseYaml(renderConfig(await detect(declared)))).not.toHaveProperty('python-version');
    const none = await repo({ 'manage.py': '' });
    expect(parseYaml(renderConfig(await detect(none)))).not.toHaveProperty('python-version');
    const configured = await repo({
      'manage.py': '',
      '.python-version': '3.11\n',
      '.maint-actions.yml': "python-version: '3.9'\n",
    });
    const text = renderConfig(await detect(configured));
    expect(text).toContain("\npython-version: '3.9'\n");
  });
});

describe('setYamlValue', () => {
  const text = 'jobs:\n  ci:\n    with:\n      a: 1 # team: keep me\n      b: |\n        x\n\nafter: true\n';

  it('replaces a value and keeps its comment and every other byte', () => {
    expect(setYamlValue(text, ['jobs', 'ci', 'with', 'a'], '3.10')).toBe(text.replace('a: 1', "a: '3.10'"));
  });

  it('adds a missing key as the last entry of its mapping, after a block scalar', () => {
    expect(setYamlValue(text, ['jobs', 'ci', 'with', 'c'], false)).toBe(
      'jobs:\n  ci:\n    with:\n      a: 1 # team: keep me\n      b: |\n        x\n      c: false\n\nafter: true\n',
    );
  });
});

describe('the marker of init', () => {
  it("tells init's untouched text from a changed one", () => {
    const written = withMarker('a: 1\n');
    expect(untouchedSinceInit(written)).toBe(true);
    expect(untouchedSinceInit(`${written}b: 2\n`)).toBe(false);
    expect(untouchedSinceInit('a: 1\n')).toBe(false);
  });
});

describe('checks', () => {
  it('reports a boolean input given a word and a missing required input of a reusable workflow', () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  deploy:',
      '    uses: acme/maint-actions/.github/workflows/django-deploy.yml@v1',
      '    with:',
      '      ref: abc',
      '      zap: yes please',
      '',
    ].join('\n');
    const problems = checkGithubWorkflow('deploy.yml', workflow);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: job deploy: input "zap" takes true or false, not "yes please".',
      '3: job deploy: required input "image-tag" of django-deploy.yml is missing.',
      '3: job deploy: required input "deploy-command" of django-deploy.yml is missing.',
      '3: job deploy: required input "staging-url" of django-deploy.yml is missing.',
      '3: job deploy: required input "production-url" of django-deploy.yml is missing.',
    ]);
  });

  it("reports a GitLab input outside the component's options and regex", () => {
    const pipeline = [
      'include:',
      '  - component: gitlab.example.com/acme/maint-actions/pipeline@1.0.0',
      '    inputs:',
      '      deploy-staging-command: ./deploy.sh staging',
      '      deploy-production-command: ./deploy.sh production',
      '      staging-url: https://staging.example.com',
      '      dast: maybe',
      "      pytest-workers: 'many'",
      '',
    ].join('\n');
    expect(checkGitlabPipeline('.gitlab-ci.yml', pipeline).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: component pipeline: input "dast" is "maybe", not one of true, false.',
      '8: component pipeline: input "pytest-workers" is "many", which does not match ^(auto|[0-9]+)$.',
    ]);
  });

  it('reports a file that is not valid YAML at the line of the error, on GitHub and GitLab alike', () => {
    const broken = ['jobs:', '  deploy:', '    uses: [unclosed', ''].join('\n');
    const expected = [
      {
        file: 'ci.yml',
        line: 4,
        message:
          'not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1:',
      },
    ];
    expect(checkGithubWorkflow('ci.yml', broken)).toEqual(expected);
    expect(checkGitlabPipeline('ci.yml', broken)).toEqual(expected);
  });
});

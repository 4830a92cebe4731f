/**
 * The GitLab CI/CD component templates/quality-gates.yml, included by a repo and run under
 * gitlab-ci-local (shell executor) with the tool built from this tree. Asserts on the artifacts
 * GitLab would read: JUnit, Code Quality and dotenv reports.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  copyExampleService,
  gitSync as git,
  repoRoot,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

const JOB = 'maint-quality-gates';
let ws: Workspace;

/** Makes the copy a git repo whose remote is the component's project, so the include resolves locally. */
async function includeComponent(
  inputs: Record<string, string>,
  jobs: Record<string, unknown> = {},
): Promise<void> {
  await mkdir(path.join(ws.root, 'templates'), { recursive: true });
  await cp(
    path.join(repoRoot, 'templates', 'quality-gates.yml'),
    path.join(ws.root, 'templates', 'quality-gates.yml'),
  );
  git(ws.root, 'init', '-q', '-b', 'main');
  git(ws.root, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/backend.git');
  git(ws.root, 'add', '-A');
  git(ws.root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  const sha = git(ws.root, 'rev-parse', 'HEAD');
  const pipeline = {
    stages: ['test', 'deploy'],
    include: [{ component: `gitlab.example.com/acme/backend/quality-gates@${sha}`, inputs }],
    ...jobs,
  };
  await writeFile(path.join(ws.root, '.gitlab-ci.yml'), stringify(pipeline));
}

interface PipelineRun {
  readonly exitCode: number | null;
  readonly log: string;
  artifact(relative: string): Promise<string>;
}

function runPipeline(): Promise<PipelineRun> {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  const args = [
    '--force-shell-executor',
    '--no-color',
    // gitlab-ci-local sets GITLAB_CI=false so scripts can tell it from GitLab, and for a job with an
    // `image:` it sets CI_PROJECT_DIR to the container's path even under the shell executor; set both
    // as GitLab's runner does.
    '--variable',
    'GITLAB_CI=true',
    '--variable',
    `CI_PROJECT_DIR=${ws.root}`,
    '--variable',
    `MAINT_ACTIONS_BIN=${process.execPath} ${path.join(repoRoot, 'dist', 'cli', 'index.js')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: ws.root, env: { ...process.env, FORCE_COLOR: '0' } });
    let log = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({
        exitCode,
        log,
        artifact: (relative) =>
          readFile(path.join(ws.root, '.gitlab-ci-local', 'artifacts', JOB, relative), 'utf8'),
      }),
    );
  });
}

function dotenv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

beforeEach(async () => {
  ws = await copyExampleService('maint-gitlab-');
});

afterEach(async () => {
  await ws.cleanup();
});

describe('quality-gates component under gitlab-ci-local', () => {
  it('passes a clean project and leaves JUnit, Code Quality and dotenv reports', async () => {
    await includeComponent(
      {
        'working-directory': 'backend',
        python: systemPython,
        gates: 'pytest,import-linter,django-check,migrations,lint',
        warn: 'import-linter',
      },
      {
        // A later job reads the outputs as variables from the dotenv report.
        'after-gates': {
          stage: 'deploy',
          needs: [JOB],
          script: ['echo "gates said $MAINT_QUALITY_GATES_STATUS: $MAINT_QUALITY_GATES_SUMMARY"'],
        },
      },
    );
    const run = await runPipeline();

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${JOB}`));
    expect(run.log).toMatch(/after-gates +> gates said passed: 5 gates: 4 passed, 1 skipped/);
    const junit = await run.artifact('.maint-actions/reports/quality-gates/junit.xml');
    expect((junit.match(/<testcase /g) ?? []).length).toBeGreaterThan(100);
    const quality = JSON.parse(
      await run.artifact('.maint-actions/reports/quality-gates/gl-code-quality-report.json'),
    );
    expect(Array.isArray(quality)).toBe(true);
    expect(await run.artifact('.maint-actions/reports/quality-gates/summary.md')).toContain('Quality gates');
  });

  it('fails on a failing test, with the failure in the Code Quality report and the dotenv verdict', async () => {
    await writeFile(
      path.join(ws.service, 'tests', 'test_broken.py'),
      'def test_arithmetic():\n    assert 1 + 1 == 3, "arithmetic is broken"\n',
    );
    await includeComponent({ 'working-directory': 'backend', python: systemPython, gates: 'pytest' });
    const run = await runPipeline();

    expect(run.exitCode).not.toBe(0);
    expect(run.log).toMatch(new RegExp(`FAIL +${JOB}`));
    // The shell executor runs in place: the dotenv report is where the job wrote it.
    const env = dotenv(await readFile(path.join(ws.root, '.maint-actions', 'quality-gates.env'), 'utf8'));
    expect(env.MAINT_QUALITY_GATES_STATUS).toBe('failed');
    expect(env.MAINT_QUALITY_GATES_FAILED_GATES).toBe('pytest');
    const quality = JSON.parse(
      await run.artifact('.maint-actions/reports/quality-gates/gl-code-quality-report.json'),
    );
    const issue = quality.find(
      (i: { location: { path: string } }) => i.location.path === 'backend/tests/test_broken.py',
    );
    expect(issue?.location.lines.begin).toBe(2);
    expect(issue?.severity).toBe('critical');
  });

  it('collects the reports from a report-dir of the team’s choosing, not only the default one', async () => {
    await includeComponent({
      'working-directory': 'backend',
      python: systemPython,
      gates: 'django-check',
      'report-dir': 'ci-reports/gates',
    });
    const run = await runPipeline();

    expect(run.exitCode, run.log).toBe(0);
    expect(await run.artifact('ci-reports/gates/junit.xml')).toContain('<testsuites');
    expect(await run.artifact('ci-reports/gates/summary.md')).toContain('Quality gates');
    JSON.parse(await run.artifact('ci-reports/gates/gl-code-quality-report.json'));
    await expect(run.artifact('.maint-actions/reports/quality-gates/junit.xml')).rejects.toThrow(/ENOENT/);
  });

  it('passes a hostile input to the tool as data: no shell runs it', async () => {
    await includeComponent({
      'working-directory': '"; touch pwned #"',
      python: systemPython,
      gates: 'pytest',
    });
    const run = await runPipeline();

    expect(run.exitCode).not.toBe(0);
    expect(run.log).toMatch(/working-directory/);
    expect(await readdir(ws.root)).not.toContain('pwned');
  });

  it('passes the policy input to the tool, which names the presets for an unknown one', async () => {
    await includeComponent({ 'working-directory': 'backend', python: systemPython, policy: 'stricter' });
    const run = await runPipeline();

    expect(run.exitCode).not.toBe(0);
    expect(run.log).toContain(
      'Input "policy": unknown policy "stricter"; use one of relaxed, standard, strict, or the path of a policy file such as ./.platform/policy.yml.',
    );
  });
});

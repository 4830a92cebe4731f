/**
 * The quality-gates bundle, spawned with `node dist/quality-gates/index.js` exactly as the GitHub
 * runner does it, against throw-away copies of examples/django-service.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  appendTo,
  copyExampleService,
  fakeLintImports,
  fixturesDir,
  runBundle,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let ws: Workspace;
let lintImportsBin: string;

const baseInputs = (): Record<string, string> => ({
  'working-directory': ws.workingDirectory,
  python: systemPython,
  gates: 'pytest,import-linter,django-check,migrations,lint',
});

beforeEach(async () => {
  ws = await copyExampleService();
  // import-linter is not installable here: a stand-in prints a real, all-kept output.
  lintImportsBin = await fakeLintImports('all-kept.txt', 0, path.join(ws.root, '.bin'));
});

afterEach(async () => {
  await ws.cleanup();
});

const withFakeTools = (): Record<string, string> => ({ PATH: `${lintImportsBin}:${process.env.PATH}` });

describe('quality-gates bundle under the GitHub runner protocol', () => {
  it('passes a clean project and writes its outputs, summary and reports', async () => {
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: baseInputs(),
      env: withFakeTools(),
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('passed');
    expect(run.outputs['failed-gates']).toBe('');
    expect(run.outputs.summary).toMatch(/^5 gates: 5 passed/);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    expect(report.verdict).toBe('passed');
    expect(report.checks.map((c: { id: string }) => c.id).sort()).toEqual(
      ['django-check', 'import-linter', 'lint', 'migrations', 'pytest'].sort(),
    );
    const junit = await readFile(run.outputs.junit!, 'utf8');
    expect(junit).toContain('<testsuites');
    expect((junit.match(/<testcase /g) ?? []).length).toBeGreaterThan(100);
    expect(run.summary).toContain('Quality gates');
    expect(run.summary).toMatch(/\| *pytest/);
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('fails on a failing test and annotates its file and line', async () => {
    await writeFile(
      path.join(ws.service, 'tests', 'test_broken.py'),
      'def test_arithmetic():\n    total = 1 + 1\n    assert total == 3, "arithmetic is broken"\n',
    );
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { ...baseInputs(), gates: 'pytest' },
      env: withFakeTools(),
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs['failed-gates']).toBe('pytest');
    const annotation = run.commands.find((c) => c.command === 'error' && c.props.file);
    expect(annotation?.props).toMatchObject({ file: 'backend/tests/test_broken.py', line: '3' });
    expect(annotation?.message).toContain('arithmetic is broken');
    expect(run.summary).toContain('test_arithmetic');
    expect(run.stdout).toContain('::error::');
  });

  it('reports a broken import contract with the importer file and line', async () => {
    // The real lint-imports output was captured on this small tree (see its README).
    const project = path.join(ws.root, 'libs');
    await cp(path.join(fixturesDir, 'import-linter', 'project'), project, { recursive: true });
    await fakeLintImports('broken-layers-chain-and-independence.txt', 1, lintImportsBin);

    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { 'working-directory': 'libs', python: systemPython, gates: 'import-linter' },
      env: withFakeTools(),
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs['failed-gates']).toBe('import-linter');
    const errors = run.commands.filter((c) => c.command === 'error' && c.props.file);
    expect(errors.map((e) => `${e.props.file}:${e.props.line}`)).toEqual(
      expect.arrayContaining(['libs/shop/application/services.py:2', 'libs/billing/charge.py:1']),
    );
    expect(run.summary).toContain('shop.application is not allowed to import shop.infrastructure');
  });

  it('fails on a Django check error and names its check id', async () => {
    await appendTo(
      path.join(ws.service, 'config', 'settings.py'),
      '\nCACHES = {"other": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}\n',
    );
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { ...baseInputs(), gates: 'django-check' },
      env: withFakeTools(),
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs['failed-gates']).toBe('django-check');
    expect(run.summary).toContain('caches.E001');
    expect(run.commands.find((c) => c.command === 'error' && c.props.title === 'caches.E001')?.message).toBe(
      "You must define a 'default' cache in your CACHES setting.",
    );
  });

  it('runs a hostile input value as data, never as a shell command', async () => {
    const hostile = '"; touch pwned #"';
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: {
        ...baseInputs(),
        gates: 'pytest,django-check',
        'pytest-args': hostile,
        'settings-module': hostile,
      },
      env: withFakeTools(),
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('failed');
    for (const dir of [ws.root, ws.service, process.cwd()]) {
      expect(await readdir(dir)).not.toContain('pwned');
    }
  });

  it('stops with one line naming the input on a bad value', async () => {
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { ...baseInputs(), 'django-check-fail-level': 'LOUD' },
      env: withFakeTools(),
    });

    expect(run.exitCode).toBe(2);
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors[0]?.message).toBe(
      'Input "django-check-fail-level" must be one of CRITICAL, ERROR, WARNING, INFO, DEBUG (got "LOUD").',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(ws.root, '.maint-actions', 'reports', 'quality-gates', 'report.json'))).toBe(
      false,
    );
  });

  it('names the package to install when a tool is missing, and skips it in warn mode', async () => {
    const enforce = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { ...baseInputs(), gates: 'import-linter' },
    });
    expect(enforce.exitCode).toBe(2);
    expect(enforce.commands.find((c) => c.command === 'error')?.message).toMatch(/import-linter/);

    const warn = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { ...baseInputs(), gates: 'import-linter,django-check', warn: 'import-linter' },
    });
    expect(warn.exitCode).toBe(0);
    const report = JSON.parse(await readFile(warn.outputs.report!, 'utf8'));
    expect(report.checks.find((c: { id: string }) => c.id === 'import-linter').status).toBe('skipped');
  });

  it('follows the policy of .maint-actions.yml, names it in the summary, and warns about a branch ref', async () => {
    await writeFile(path.join(ws.root, '.maint-actions.yml'), 'policy: relaxed\n');
    const { gates: _, ...inputs } = baseInputs();
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { ...inputs, 'pytest-args': 'tests/test_settings.py' },
      env: { GITHUB_ACTION_REF: 'main', GITHUB_ACTION_REPOSITORY: 'acme/maint-actions' },
    });

    // relaxed@1 makes import-linter a warning, so its missing tool skips it instead of stopping the run.
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    expect(
      report.checks.map((c: { id: string; mode: string; status: string }) => [c.id, c.mode, c.status]),
    ).toEqual([
      ['pytest', 'enforce', 'passed'],
      ['import-linter', 'warn', 'skipped'],
      ['django-check', 'enforce', 'passed'],
      ['migrations', 'enforce', 'passed'],
    ]);
    expect(report.meta.policy).toBe('relaxed@1');
    expect(run.summary).toContain('import-linter warn (relaxed@1)');
    expect(run.summary).toContain('lint off (relaxed@1)');
    expect(
      run.commands.find((c) => c.command === 'warning' && c.props.title === 'Unpinned action')?.message,
    ).toMatch(
      /^This action runs at the branch "main" of acme\/maint-actions, which changes with every push: pin a major tag such as @v1/,
    );
  });
});

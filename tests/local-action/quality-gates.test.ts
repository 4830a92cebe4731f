/**
 * quality-gates under @github/local-action (tests/local-action/local-action.ts), on a throw-away
 * copy of examples/django-service: its real pytest suite, manage.py check, the migrations check
 * and flake8; import-linter (not installable here) is a stand-in printing a real output sample.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExampleService, fakeLintImports, systemPython, type Workspace } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLocalAction } from './local-action';

let ws: Workspace;
let env: Record<string, string>;

beforeEach(async () => {
  ws = await copyExampleService('maint-local-qg-');
  const bin = await fakeLintImports('all-kept.txt', 0, path.join(ws.root, '.bin'));
  env = { PATH: `${bin}:${process.env.PATH}` };
});

afterEach(async () => {
  await ws.cleanup();
});

const inputs = (): Record<string, string> => ({
  'working-directory': ws.workingDirectory,
  python: systemPython,
  gates: 'pytest,import-linter,django-check,migrations,lint',
});

describe('quality-gates under @github/local-action', () => {
  it('passes the example service: outputs through the stubbed core, the summary in its file', async () => {
    const run = await runLocalAction('quality-gates', { workspace: ws.root, inputs: inputs(), env });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'passed',
      'failed-gates': '',
      report: path.join(ws.root, '.maint-actions', 'reports', 'quality-gates', 'report.json'),
      junit: path.join(ws.root, '.maint-actions', 'reports', 'quality-gates', 'junit.xml'),
    });
    expect(run.outputs.summary).toMatch(/^5 gates: 5 passed/);
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report.verdict).toBe('passed');
    expect(run.summary).toContain('## ✅ Quality gates: passed');
    expect(run.summary).toMatch(/\| pytest \| enforce \| ✅ passed \|/);
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('fails on a failing test, annotates its file and line and says so in the summary', async () => {
    await writeFile(
      path.join(ws.service, 'tests', 'test_broken.py'),
      'def test_arithmetic():\n    total = 1 + 1\n    assert total == 3, "arithmetic is broken"\n',
    );
    const run = await runLocalAction('quality-gates', {
      workspace: ws.root,
      inputs: { ...inputs(), gates: 'pytest' },
      env,
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.outputs['failed-gates']).toBe('pytest');
    const annotation = run.commands.find((c) => c.command === 'error' && c.props.file);
    expect(annotation?.props).toMatchObject({ file: 'backend/tests/test_broken.py', line: '3' });
    expect(annotation?.message).toContain('arithmetic is broken');
    expect(run.summary).toContain('Quality gates: failed');
    expect(run.summary).toContain('tests/test_broken.py::test_arithmetic');
    expect(run.commands.at(-1)).toEqual({
      command: 'error',
      props: {},
      message: 'Quality gates failed (see the report above)',
    });
  });
});

import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, publishResult, type Report } from '@maint-actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  copyExample,
  exampleExists,
  IMPORT_LINTER_FIXTURES,
  inputsWith,
  platformAt,
  SYSTEM_PYTHON,
  tempDir,
} from './gates/test-support';
import { run } from './run';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function workspace(): Promise<string> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  return dir;
}

const checkOf = (report: Report | undefined, id: string) => report?.checks.find((c) => c.id === id);

describe.skipIf(!exampleExists)('quality gates on the example Django service', () => {
  it('passes a clean project, with report files, outputs, summary and progress', async () => {
    const ws = await workspace();
    await copyExample(ws);
    const platform = platformAt(ws);
    const inputs = inputsWith({
      gates: ['pytest', 'django-check', 'migrations'],
      workingDirectory: 'service',
      pytestArgs: 'tests/test_rules_engine.py',
    });

    const result = await run({ platform, inputs });
    await publishResult(platform, result);

    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual([
      ['pytest', 'passed'],
      ['django-check', 'passed'],
      ['migrations', 'passed'],
    ]);
    expect(result.verdict).toBe('passed');
    expect(result.summary).toBe('3 gates: 3 passed');
    const pytest = checkOf(result.report, 'pytest');
    expect(pytest?.counts?.tests).toBeGreaterThan(0);
    expect(pytest?.counts?.failures).toBe(0);
    expect(result.report?.meta).toMatchObject({
      'working-directory': 'service',
      python: expect.stringMatching(/^3\./),
    });

    const reportDir = path.join(ws, '.maint-actions/reports/quality-gates');
    // `status` is the kernel's (from the verdict); `skipped: false` keeps it `passed` or `failed`.
    expect(result.skipped).toBe(false);
    expect(result.outputs).toEqual({
      'failed-gates': '',
      report: path.join(reportDir, 'report.json'),
      junit: path.join(reportDir, 'junit.xml'),
      summary: '3 gates: 3 passed',
    });
    const json = JSON.parse(await readFile(path.join(reportDir, 'report.json'), 'utf8')) as Report;
    expect(json.verdict).toBe('passed');
    for (const file of [
      'junit.xml',
      'gl-code-quality-report.json',
      'report.sarif',
      'summary.md',
      'pytest-junit.xml',
    ]) {
      expect(existsSync(path.join(reportDir, file)), file).toBe(true);
    }
    expect(platform.summaries.join('\n')).toContain('pytest');
    const states = (id: string) => platform.progressEvents.filter((e) => e.id === id).map((e) => e.state);
    expect(states('migrations')).toEqual(['queued', 'running', 'passed']);
  });

  it('fails pytest at the failing line and migrations for a model changed without a migration', async () => {
    const ws = await workspace();
    const cwd = await copyExample(ws);
    await writeFile(
      path.join(cwd, 'tests/test_broken.py'),
      'def test_total():\n    total = 1 + 1\n    assert total == 3\n',
    );
    const models = path.join(cwd, 'onboarding/infrastructure/models.py');
    const source = await readFile(models, 'utf8');
    await writeFile(
      models,
      source.replace(
        '    is_active = models.BooleanField(default=True)\n',
        '    is_active = models.BooleanField(default=True)\n    archived_note = models.TextField(blank=True, default="")\n',
      ),
    );
    const platform = platformAt(ws);
    const inputs = inputsWith({
      gates: ['pytest', 'migrations'],
      workingDirectory: 'service',
      pytestArgs: 'tests/test_broken.py',
    });

    const result = await run({ platform, inputs });
    await publishResult(platform, result);

    expect(result.verdict).toBe('failed');
    expect(result.outputs['failed-gates']).toBe('pytest,migrations');
    expect(result.summary).toBe('2 gates: 0 passed, 2 failed (pytest, migrations)');
    const pytest = checkOf(result.report, 'pytest');
    expect(pytest?.status).toBe('failed');
    expect(pytest?.summary).toBe('0 passed, 1 failed');
    expect(pytest?.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'service/tests/test_broken.py', line: 3 }),
    );
    expect(pytest?.outputTail).toContain('assert 2 == 3');
    const migrations = checkOf(result.report, 'migrations');
    expect(migrations?.status).toBe('failed');
    expect(migrations?.summary).toBe('1 migration missing (run makemigrations)');
    expect(JSON.stringify(migrations?.findings)).toContain('archived_note');
    expect(platform.annotations.some((f) => f.file === 'service/tests/test_broken.py')).toBe(true);
    // makemigrations --dry-run wrote nothing.
    expect(
      existsSync(path.join(cwd, 'onboarding/infrastructure/migrations/0002_questionnaire_archived_note.py')),
    ).toBe(false);
  });

  it('fails django-check with the check id from settings-module, and only warns in warn mode', async () => {
    const ws = await workspace();
    const cwd = await copyExample(ws);
    await writeFile(
      path.join(cwd, 'config/settings_broken.py'),
      'from .settings import *  # noqa\nSTATICFILES_DIRS = "static"\n',
    );
    const base = {
      gates: ['django-check'],
      workingDirectory: 'service',
      settingsModule: 'config.settings_broken',
    };

    const enforced = await run({ platform: platformAt(ws), inputs: inputsWith(base) });
    const check = checkOf(enforced.report, 'django-check');
    expect(enforced.verdict).toBe('failed');
    expect(check?.status).toBe('failed');
    expect(check?.summary).toBe('1 issue (fail level ERROR)');
    expect(check?.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'staticfiles.E001' }),
    );

    const platform = platformAt(ws);
    const warned = await run({ platform, inputs: inputsWith({ ...base, warn: ['django-check'] }) });
    expect(warned.verdict).toBe('passed');
    expect(warned.outputs['failed-gates']).toBe('');
    expect(warned.summary).toBe('1 gate: 0 passed, 1 warned (django-check)');
    expect(checkOf(warned.report, 'django-check')).toMatchObject({ mode: 'warn', status: 'failed' });
    expect(platform.progressEvents.at(-1)).toMatchObject({ id: 'django-check', state: 'warned' });
  });

  it('asks for manage.py when the working directory is not the Django project', async () => {
    const ws = await workspace();
    await copyExample(ws);
    const inputs = inputsWith({ gates: ['migrations'], workingDirectory: 'service/config' });
    await expect(run({ platform: platformAt(ws), inputs })).rejects.toThrow(
      'Input "working-directory": service/config has no manage.py, which the django-check and migrations gates run; point it at the Django project.',
    );
  });

  it('keeps hostile input values away from any shell', async () => {
    const ws = await workspace();
    const cwd = await copyExample(ws);
    const hostile = '"; touch pwned #"';

    const viaArgs = await run({
      platform: platformAt(ws),
      inputs: inputsWith({ gates: ['pytest'], workingDirectory: 'service', pytestArgs: hostile }),
    });
    expect(checkOf(viaArgs.report, 'pytest')?.status).not.toBe('passed');

    const viaSettings = await run({
      platform: platformAt(ws),
      inputs: inputsWith({ gates: ['django-check'], workingDirectory: 'service', settingsModule: hostile }),
    });
    expect(checkOf(viaSettings.report, 'django-check')?.status).toBe('error');

    await expect(
      run({
        platform: platformAt(ws),
        inputs: inputsWith({ gates: ['django-check'], workingDirectory: hostile }),
      }),
    ).rejects.toThrow(`Input "working-directory": ${hostile} is not a directory of the repository.`);

    for (const dir of [ws, cwd, process.cwd()]) expect(existsSync(path.join(dir, 'pwned')), dir).toBe(false);
  });
});

describe('import-linter gate', () => {
  it('is a configuration error naming import-linter when lint-imports is missing, and skipped in warn mode', async () => {
    const ws = await workspace();
    const env = { PATH: '/usr/bin:/bin' };
    const inputs = inputsWith({ gates: ['import-linter'] });

    const error = await run({ platform: platformAt(ws, { env }), inputs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'import-linter is not installed: add import-linter to your dev requirements (pip install import-linter)',
    );

    const warned = await run({
      platform: platformAt(ws, { env }),
      inputs: { ...inputs, warn: ['import-linter'] },
    });
    expect(warned.verdict).toBe('passed');
    expect(checkOf(warned.report, 'import-linter')).toMatchObject({
      status: 'skipped',
      summary:
        'import-linter is not installed: add import-linter to your dev requirements (pip install import-linter)',
    });
  });

  it('reports broken contracts with file and line from lint-imports, run in the working directory on PYTHONPATH', async () => {
    const ws = await workspace();
    const cwd = path.join(ws, 'project');
    await cp(path.join(IMPORT_LINTER_FIXTURES, 'project'), cwd, { recursive: true });
    const bin = path.join(ws, 'bin');
    await mkdir(bin);
    const seen = path.join(ws, 'seen.txt');
    const fixture = path.join(IMPORT_LINTER_FIXTURES, 'broken-layers-chain-and-independence.txt');
    await writeFile(
      path.join(bin, 'lint-imports'),
      `#!/bin/sh\nprintf '%s|%s' "$PWD" "$PYTHONPATH" > '${seen}'\ncat '${fixture}'\nexit 1\n`,
    );
    await chmod(path.join(bin, 'lint-imports'), 0o755);
    const platform = platformAt(ws, { env: { PATH: `${bin}:/usr/bin:/bin`, PYTHONPATH: '/opt/extra' } });

    const result = await run({
      platform,
      inputs: inputsWith({ gates: ['import-linter'], workingDirectory: 'project' }),
    });

    const check = checkOf(result.report, 'import-linter');
    expect(result.verdict).toBe('failed');
    expect(check?.status).toBe('failed');
    expect(check?.summary).toBe('2 broken, 1 kept');
    expect(check?.findings).toContainEqual(
      expect.objectContaining({ file: 'project/shop/application/services.py', line: 2 }),
    );
    expect(await readFile(seen, 'utf8')).toBe(`${cwd}|${cwd}:/opt/extra`);
  });
});

describe('custom gates, timeouts and concurrency', () => {
  it('runs custom gates with sh -c in the working directory', async () => {
    const ws = await workspace();
    const platform = platformAt(ws);
    const inputs = inputsWith({
      gates: [],
      customGates: 'here: test -f marker.txt\n# a comment\n\nloud: echo "it broke" >&2; exit 3',
    });
    await writeFile(path.join(ws, 'marker.txt'), '');

    const result = await run({ platform, inputs });

    expect(result.report?.checks.map((c) => [c.id, c.name, c.status, c.summary])).toEqual([
      ['custom:here', 'here', 'passed', 'exit code 0'],
      ['custom:loud', 'loud', 'failed', 'exit code 3'],
    ]);
    expect(checkOf(result.report, 'custom:loud')?.outputTail).toBe('it broke');
    expect(result.outputs['failed-gates']).toBe('custom:loud');
  });

  it('rejects a malformed or duplicate custom gate, and a warn entry that is no gate', async () => {
    const ws = await workspace();
    const attempt = (overrides: Parameters<typeof inputsWith>[0]) =>
      run({ platform: platformAt(ws), inputs: inputsWith({ gates: [], ...overrides }) });
    await expect(attempt({ customGates: 'just a command' })).rejects.toThrow(
      'Input "custom-gates" line 1 must be "name: command"',
    );
    await expect(attempt({ customGates: 'a: true\na: false' })).rejects.toThrow(
      'Input "custom-gates" names the gate "a" twice',
    );
    await expect(attempt({ customGates: 'a: true', warn: ['lint'] })).rejects.toThrow(
      'Input "warn" names "lint", which is not a gate that runs (gates that run: custom:a); fix "warn" or add it to "gates".',
    );
  });

  it('ends a gate that runs out of time, with its whole process tree', async () => {
    const ws = await workspace();
    const late = path.join(ws, 'late.txt');
    const inputs = inputsWith({
      gates: [],
      timeoutMinutes: 0.005,
      customGates: `slow: echo started; sleep 1.5 && touch '${late}'`,
    });

    const result = await run({ platform: platformAt(ws), inputs });

    const check = checkOf(result.report, 'custom:slow');
    expect(check).toMatchObject({
      status: 'error',
      summary: 'timed out after 0.005 min',
      outputTail: 'started',
    });
    expect(result.verdict).toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(existsSync(late)).toBe(false);
  });

  it('runs at most `concurrency` gates at once', async () => {
    const ws = await workspace();
    const platform = platformAt(ws);
    const customGates = ['a', 'b', 'c', 'd', 'e'].map((name) => `${name}: sleep 0.2`).join('\n');

    const result = await run({ platform, inputs: inputsWith({ gates: [], concurrency: 2, customGates }) });

    expect(result.verdict).toBe('passed');
    let running = 0;
    let most = 0;
    for (const event of platform.progressEvents) {
      if (event.state === 'running') most = Math.max(most, ++running);
      else if (event.state !== 'queued') running--;
    }
    expect(most).toBe(2);
  });

  it('writes reports into report-dir and the summary hint names the JSON report', async () => {
    const ws = await workspace();
    const platform = platformAt(ws);
    const result = await run({
      platform,
      inputs: inputsWith({ gates: [], customGates: 'ok: true', reportDir: 'out/qg' }),
    });
    await publishResult(platform, result);
    expect(result.outputs.report).toBe(path.join(ws, 'out/qg/report.json'));
    expect(existsSync(path.join(ws, 'out/qg/summary.md'))).toBe(true);
  });
});

it('uses the python input as given and names it when it is wrong', async () => {
  const ws = await workspace();
  const inputs = inputsWith({ gates: [], customGates: 'ok: true', python: 'no-such-python-here' });
  await expect(run({ platform: platformAt(ws), inputs })).rejects.toThrow(
    'Input "python" names no interpreter: no-such-python-here is not on PATH.',
  );
  const result = await run({ platform: platformAt(ws), inputs: { ...inputs, python: SYSTEM_PYTHON } });
  expect(result.report?.meta?.python).toMatch(/^3\.\d+\.\d+$/);
});

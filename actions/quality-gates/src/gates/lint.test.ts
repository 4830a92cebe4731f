import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from '@maint-actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { ruffConfigured } from './lint';
import { inputsWith, platformAt, SYSTEM_PYTHON, tempDir } from './test-support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function project(files: Record<string, string>): Promise<string> {
  const { dir, cleanup } = await tempDir('qg-lint-');
  cleanups.push(cleanup);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** A venv with no packages at all (no pip, no flake8), quick to make. */
async function bareVenv(dir: string): Promise<string> {
  await runProcess({ command: SYSTEM_PYTHON, args: ['-m', 'venv', '--without-pip', path.join(dir, 'bare')] });
  return path.join(dir, 'bare/bin/python');
}

const env = { PATH: '/usr/bin:/bin' };

describe('lint gate', () => {
  it('runs flake8 with the project configuration and reports each problem at its line', async () => {
    const ws = await project({
      'app/bad.py': 'import os\n\n\ndef f():\n    return 1\n',
      'app/long.py': `X = "${'x'.repeat(90)}"\n`,
      'setup.cfg': '[flake8]\nmax-line-length = 120\nexclude = .git\n',
      '.maint-actions/venv/lib/site.py': 'import sys\n',
    });
    const result = await run({ platform: platformAt(ws, { env }), inputs: inputsWith({ gates: ['lint'] }) });
    const check = result.report?.checks[0];
    expect(check).toMatchObject({ id: 'lint', status: 'failed', summary: 'flake8: 1 problem' });
    expect(check?.findings).toEqual([expect.objectContaining({ file: 'app/bad.py', line: 1, rule: 'F401' })]);
  });

  it('picks ruff when the project configures it, and names ruff when it is not installed', async () => {
    const ws = await project({
      'pyproject.toml': '[project]\nname = "x"\n\n[tool.ruff.lint]\nselect = ["E"]\n',
    });
    expect(await ruffConfigured(ws)).toBe(true);
    await expect(
      run({ platform: platformAt(ws, { env }), inputs: inputsWith({ gates: ['lint'] }) }),
    ).rejects.toThrow('ruff is not installed: add ruff to your dev requirements (pip install ruff)');
  });

  it('is skipped with a note when auto finds no linter, and a configuration error when flake8 is asked for', async () => {
    const ws = await project({ 'app.py': 'import os\n' });
    const python = await bareVenv(ws);
    const auto = await run({
      platform: platformAt(ws, { env }),
      inputs: inputsWith({ gates: ['lint'], python }),
    });
    expect(auto.verdict).toBe('passed');
    expect(auto.report?.checks[0]).toMatchObject({
      status: 'skipped',
      summary: 'no linter configured or installed (install ruff or flake8, or set lint-tool)',
    });
    await expect(
      run({
        platform: platformAt(ws, { env }),
        inputs: inputsWith({ gates: ['lint'], python, lintTool: 'flake8' }),
      }),
    ).rejects.toThrow('flake8 is not installed: add flake8 to your dev requirements (pip install flake8)');
  });

  it('runs flake8 in one process beside other gates, and starts Python once for every probe', async () => {
    const ws = await project({
      'app/bad.py': 'import os\n',
      'tests/test_one.py': 'def test_one():\n    assert True\n',
    });
    // The interpreter the gates get: logs each start's arguments, then runs the system Python.
    const log = path.join(ws, 'starts.log');
    const python = path.join(ws, 'logged-python');
    await writeFile(
      python,
      `#!/bin/sh\nprintf '%s\\037' "$@" >> '${log}'\nprintf '\\036' >> '${log}'\nexec ${SYSTEM_PYTHON} "$@"\n`,
    );
    await chmod(python, 0o755);
    const starts = async (): Promise<string[][]> => {
      const text = await readFile(log, 'utf8');
      await writeFile(log, '');
      return text
        .split('\x1e')
        .filter((start) => start !== '')
        .map((start) => start.split('\x1f').slice(0, -1));
    };
    const gates = (args: string[][]): string[] =>
      args.map((a) => (a[0] === '-c' ? 'probe' : `${a[1]}${a.includes('--jobs=1') ? ' --jobs=1' : ''}`));

    const beside = await run({
      platform: platformAt(ws, { env }),
      inputs: inputsWith({ gates: ['lint', 'pytest'], python, concurrency: 2, pytestWorkers: '0' }),
    });
    expect(beside.report?.checks.map((c) => [c.id, c.summary])).toEqual([
      ['pytest', '1 passed'],
      ['lint', 'flake8: 1 problem'],
    ]);
    // One start learns the version and every module the gates ask about; then one a gate.
    expect(gates(await starts()).sort()).toEqual(['flake8 --jobs=1', 'probe', 'pytest']);

    // Alone (or one gate at a time), flake8 keeps its own number of jobs.
    for (const inputs of [
      inputsWith({ gates: ['lint'], python }),
      inputsWith({ gates: ['lint', 'pytest'], python, concurrency: 1, pytestWorkers: '0' }),
    ]) {
      await run({ platform: platformAt(ws, { env }), inputs });
      expect(gates(await starts()).filter((gate) => gate !== 'pytest')).toEqual(['probe', 'flake8']);
    }
  });

  it('knows where ruff is configured', async () => {
    expect(await ruffConfigured(await project({ 'ruff.toml': 'line-length = 100\n' }))).toBe(true);
    expect(await ruffConfigured(await project({ '.ruff.toml': '' }))).toBe(true);
    expect(await ruffConfigured(await project({ 'pyproject.toml': '[tool.ruff]\n' }))).toBe(true);
    expect(
      await ruffConfigured(await project({ 'pyproject.toml': '[tool.black]\n# [tool.ruff] later\n' })),
    ).toBe(false);
  });
});

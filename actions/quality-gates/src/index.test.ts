import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, executeAction } from '@maint-actions/core';
import { FakePlatform } from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './gates/test-support';
import { qualityGates, spec } from './index';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function platform(inputs: Record<string, string>): Promise<FakePlatform> {
  const { dir, cleanup } = await tempDir('qg-entry-');
  cleanups.push(cleanup);
  return new FakePlatform({ inputs, env: { PATH: '/usr/bin:/bin' }, context: { workspace: dir } });
}

describe('the quality-gates action through the entry', () => {
  it('exits 0 and sets the outputs when the gates pass', async () => {
    const fake = await platform({
      gates: 'pytest',
      'custom-gates': 'ok: true',
      python: '/usr/bin/python3',
      'shard-index': '2',
      'shard-total': '2',
    });
    // Shard 2 of a project without tests: pytest has nothing to run, the custom gate runs in shard 1 only.
    expect(await executeAction(qualityGates, fake)).toBe(ExitCode.Passed);
    expect(fake.outputs.get('status')).toBe('passed');
    expect(fake.outputs.get('summary')).toBe('1 gate: 0 passed, 1 skipped');
  });

  it('exits 1 with the one-line summary when an enforced gate fails', async () => {
    const fake = await platform({
      'custom-gates': 'broken: exit 1',
      gates: 'pytest',
      warn: 'pytest',
      python: 'python3',
    });
    expect(await executeAction(qualityGates, fake)).toBe(ExitCode.Failed);
    expect(fake.outputs.get('failed-gates')).toBe('custom:broken');
    expect(fake.lines.at(-1)).toEqual({
      level: 'error',
      message: '2 gates: 0 passed, 1 failed (custom:broken), 1 warned (pytest)',
    });
  });

  it('warns when the interpreter is not the Python the project declares, naming what to change', async () => {
    const fake = await platform({
      'custom-gates': 'ok: true',
      gates: 'pytest',
      warn: 'pytest',
      python: '/usr/bin/python3',
    });
    const { workspace } = fake.context;
    await writeFile(path.join(workspace, '.python-version'), '3.4\n');
    expect(await executeAction(qualityGates, fake)).toBe(ExitCode.Passed);
    const version = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'],
      {
        encoding: 'utf8',
      },
    ).stdout.trim();
    expect(fake.lines).toContainEqual({
      level: 'warning',
      message: `Python ${version} runs the project, but .python-version asks for 3.4: on GitLab set the component's \`image\` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the \`python\` input at one.`,
    });
  });

  it('exits 2 naming the package when a tool is missing', async () => {
    const fake = await platform({ gates: 'import-linter', python: '/usr/bin/python3' });
    expect(await executeAction(qualityGates, fake)).toBe(ExitCode.ConfigError);
    expect(fake.lines.at(-1)).toEqual({
      level: 'error',
      message:
        'import-linter is not installed: add import-linter to your dev requirements (pip install import-linter)',
    });
    expect(qualityGates.spec).toBe(spec);
  });
});

/**
 * The `maint-actions` tool as a developer runs it in a terminal: the bundled CLI on a copy of the
 * example service, piped (CI logs) and on a pseudo-terminal (live progress).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type CommandRun,
  cliBundle,
  copyExampleService,
  runCli,
  runCommand,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let ws: Workspace;

function run(
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CommandRun> {
  return runCommand(command, args, { cwd: ws.root, env });
}

const tool = (...args: string[]): Promise<CommandRun> => runCli(args, { cwd: ws.root });
const gates = ['--working-directory', 'backend', '--python', systemPython, '--gates', 'pytest,django-check'];

beforeAll(async () => {
  ws = await copyExampleService('maint-terminal-');
});

afterAll(async () => {
  await ws.cleanup();
});

describe('maint-actions in a terminal', () => {
  it('runs the gates piped: one line per state change, the report, the outputs, exit 0', async () => {
    const result = await tool('quality-gates', ...gates);

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('▸ pytest: running');
    expect(result.stdout).toMatch(/✓ pytest: passed \([\d.]+s\) — \d+ passed/);
    expect(result.stdout).toMatch(/Check +Mode +Status/);
    expect(result.stdout).toContain('status=passed');
    expect(result.stdout).toMatch(/^summary=2 gates: 2 passed/m);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('shows live progress on a terminal, redrawn in place', async () => {
    // `script` gives the tool a pseudo-terminal, as a developer's shell would.
    const command = [process.execPath, cliBundle, 'quality-gates', ...gates].map((a) => `'${a}'`).join(' ');
    const result = await run('script', ['-qec', command, '/dev/null'], {
      TERM: 'xterm-256color',
      COLUMNS: '100',
    });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/\u001b\[\d*A/); // cursor up: the block is redrawn
    expect(result.stdout).toContain('✓');
    expect(result.stdout).toContain('status=passed');
  });

  it('exits 1 on a failed verdict with the failing file and line', async () => {
    const broken = path.join(ws.service, 'tests', 'test_terminal_broken.py');
    await writeFile(broken, 'def test_fails():\n    assert "a" == "b"\n');
    try {
      const result = await tool('quality-gates', ...gates);
      expect(result.exitCode).toBe(1);
      // The finding once, in the printed report (tests/cli/findings-once.test.ts).
      const finding =
        '- ❌ backend/tests/test_terminal_broken.py:2 — pytest — tests/test_terminal_broken.py::test_fails failed';
      expect((result.stdout + result.stderr).split(finding)).toHaveLength(2);
      expect(result.stdout).toContain('failed-gates=pytest');
    } finally {
      await writeFile(broken, '');
    }
  });

  it('exits 2 with one line and a hint on a bad flag or value', async () => {
    const flag = await tool('quality-gates', '--gatez', 'pytest');
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toMatch(/--gatez.*did you mean --gates/);
    expect(flag.stderr.trim().split('\n')).toHaveLength(2);

    const value = await tool('quality-gates', ...gates, '--django-check-fail-level', 'LOUD');
    expect(value.exitCode).toBe(2);
    expect(value.stdout + value.stderr).toContain(
      'Input "django-check-fail-level" must be one of CRITICAL, ERROR, WARNING, INFO, DEBUG (got "LOUD").',
    );
  });

  it('prints help generated from the spec', async () => {
    const help = await tool('quality-gates', '--help');
    expect(help.exitCode).toBe(0);
    for (const input of [
      '--working-directory',
      '--gates',
      '--warn',
      '--install',
      '--shard-index',
      '--[no-]django-check-deploy',
    ]) {
      expect(help.stdout).toContain(input);
    }
    const top = await tool('--help');
    expect(top.stdout).toContain('quality-gates');
  });
});

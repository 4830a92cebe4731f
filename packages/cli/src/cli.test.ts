import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliIO, runCli, VERSION } from './cli';
import { echoGates } from './test-action';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'maint-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    env: { PATH: process.env.PATH, ...env },
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    isTTY: false,
    cwd: dir,
    registry: [echoGates],
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('runCli in a terminal', () => {
  it('exits 0 on a passed verdict, with progress, summary and outputs', async () => {
    const { code, stdout, stderr } = await cli(['echo-gates', '--gates', 'pytest', '--gates', 'lint']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('gates: pytest,lint; verbose: false; token: -\n');
    expect(stdout).toContain('✓ lint: passed');
    expect(stdout).toContain('Gate    Status\npytest  passed\n');
    expect(stdout.endsWith('\n\nstatus=passed\ngates=pytest,lint\n')).toBe(true);
  });

  it('exits 1 on a failed verdict and says why on stderr', async () => {
    const { code, stdout, stderr } = await cli(['echo-gates', '--outcome=fail']);
    expect(code).toBe(1);
    expect(stdout).toContain('✗ pytest: failed');
    expect(stderr).toBe('error: 1 gates failed\n');
  });

  it('exits 2 for a bad input value, naming the input and what it accepts', async () => {
    const { code, stderr } = await cli(['echo-gates', '--outcome', 'maybe']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: Input "outcome" must be one of pass, fail, config-error (got "maybe").\n');
  });

  it('exits 2 for a configuration error raised by the action', async () => {
    const { code, stderr } = await cli(['echo-gates', '--outcome', 'config-error']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: Input "outcome" asked for a configuration error.\n');
  });

  it('exits 2 for a bad command line, with one line and a hint to --help', async () => {
    const { code, stdout, stderr } = await cli(['echo-gates', '--gate', 'lint']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "maint-actions: unknown option --gate; did you mean --gates?\nRun 'maint-actions echo-gates --help' for usage.\n",
    );
  });

  it('takes inputs from MAINT_INPUT_* variables and .maint-actions.yml, flags winning', async () => {
    await writeFile(path.join(dir, '.maint-actions.yml'), 'echo-gates:\n  outcome: fail\n  gates: [lint]\n');
    expect((await cli(['echo-gates'])).code).toBe(1);
    const passed = await cli(['echo-gates', '--outcome', 'pass']);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('gates: lint;');
    expect((await cli(['echo-gates'], { MAINT_INPUT_OUTCOME: 'pass' })).code).toBe(0);
  });

  it('reads --config relative to the current directory and exits 2 when it is missing', async () => {
    await writeFile(path.join(dir, 'other.yml'), 'echo-gates:\n  outcome: fail\n');
    expect((await cli(['echo-gates', '--config', 'other.yml'])).code).toBe(1);
    const missing = await cli(['echo-gates', '--config', 'nope.yml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`error: Config file nope.yml not found in ${dir}.\n`);
  });

  it('rejects an unknown input in the config file', async () => {
    await writeFile(path.join(dir, '.maint-actions.yml'), 'echo-gates:\n  gatez: lint\n');
    const { code, stderr } = await cli(['echo-gates']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: .maint-actions.yml:2: echo-gates.gatez is not an input of echo-gates; did you mean "gates"?\n',
    );
  });

  it('redacts secret inputs everywhere', async () => {
    const { code, stdout, stderr } = await cli(['echo-gates', '--token', 'tok-123456-secret']);
    expect(code).toBe(0);
    expect(stdout).toContain('token: ***');
    expect(stdout + stderr).not.toContain('tok-123456-secret');
  });

  it('checks the whole file up front: a typo in any section stops every action with one line', async () => {
    const cases: [string, string][] = [
      ['polcy: standard\n', '.maint-actions.yml:1: "polcy" is not a top-level key; did you mean "policy"?'],
      [
        'echo-gate:\n  outcome: pass\n',
        '.maint-actions.yml:1: "echo-gate" is not a top-level key; did you mean "echo-gates"?',
      ],
    ];
    for (const [text, message] of cases) {
      await writeFile(path.join(dir, '.maint-actions.yml'), text);
      const { code, stderr } = await cli(['echo-gates', '--outcome', 'pass']);
      expect(code).toBe(2);
      expect(stderr).toBe(`error: ${message}\n`);
    }
  });

  it('prints help and the version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('echo-gates    A test action');
    const actionHelp = await cli(['echo-gates', '--help']);
    expect(actionHelp.stdout).toContain('--outcome <pass|fail|config-error>');
    const version = await cli(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('runCli with every action: one typo anywhere in .maint-actions.yml stops any action', () => {
  async function realCli(argv: string[]) {
    const err: string[] = [];
    const io: CliIO = {
      env: { PATH: process.env.PATH },
      stdout: { write: () => true },
      stderr: { write: (t: string) => err.push(t) },
      isTTY: false,
      cwd: dir,
    };
    return { code: await runCli(argv, io), stderr: err.join('') };
  }

  it.each([
    ['polcy: standard\n', '.maint-actions.yml:1: "polcy" is not a top-level key; did you mean "policy"?'],
    [
      'quality-gate:\n  warn: lint\n',
      '.maint-actions.yml:1: "quality-gate" is not a top-level key; did you mean "quality-gates"?',
    ],
    [
      'quality-gates:\n  warn: lint\nsmoke-test-gate:\n  ready-pth: /api/healthz\n',
      '.maint-actions.yml:4: smoke-test-gate.ready-pth is not an input of smoke-test-gate; did you mean "ready-path"?',
    ],
  ])('checklist refuses %j', async (text, message) => {
    await writeFile(path.join(dir, '.maint-actions.yml'), text);
    // checklist reads none of these sections; it still stops before doing anything.
    const { code, stderr } = await realCli(['checklist', '--cadence', 'weekly']);
    expect(stderr).toBe(`error: ${message}\n`);
    expect(code).toBe(2);
  });
});

describe('runCli in a GitLab job', () => {
  it('uses the GitLab platform when GITLAB_CI=true: MAINT_INPUT_* inputs, dotenv outputs', async () => {
    const env = { GITLAB_CI: 'true', CI_PROJECT_DIR: dir, MAINT_INPUT_GATES: 'lint,django-check' };
    const { code, stdout } = await cli(['echo-gates'], env);
    expect(code).toBe(0);
    expect(stdout).toContain('gates: lint,django-check;');
    const dotenv = await readFile(path.join(dir, '.maint-actions', 'echo-gates.env'), 'utf8');
    expect(dotenv).toContain('MAINT_ECHO_GATES_STATUS=passed\n');
    expect(dotenv).toContain('MAINT_ECHO_GATES_GATES=lint,django-check\n');
    // Outputs go to the dotenv report, not the log.
    expect(stdout).not.toContain('status=passed');
  });

  it('lets flags win over the job variables and exits 1 on a failed verdict', async () => {
    const env = { GITLAB_CI: 'true', CI_PROJECT_DIR: dir, MAINT_INPUT_OUTCOME: 'pass' };
    const { code } = await cli(['echo-gates', '--outcome', 'fail'], env);
    expect(code).toBe(1);
    const dotenv = await readFile(path.join(dir, '.maint-actions', 'echo-gates.env'), 'utf8');
    expect(dotenv).toContain('MAINT_ECHO_GATES_STATUS=failed\n');
  });
});

/**
 * `--config PATH` reaches every part of an action that reads the repo config, not only its inputs:
 * the real actions run through runCli with a config file at a non-default path beside a default
 * `.maint-actions.yml` that says otherwise, and the user sees what the named file says.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { copyExampleService, systemPython } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliIO, runCli } from './cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'maint-cli-config-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    isTTY: false,
    cwd: dir,
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const running = spawnSync(systemPython, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], {
  encoding: 'utf8',
}).stdout.trim();

const mismatch = (file: string, asked: string) =>
  `Python ${running} runs the project, but ${file} asks for ${asked}: on GitLab set the component's \`image\` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the \`python\` input at one.`;

describe("--config reaches quality-gates' Python check (GitLab's image warning)", () => {
  /** A default file that fits the running Python, and the one --config names, which does not. */
  async function twoConfigs(): Promise<void> {
    const gates = "quality-gates:\n  custom-gates: 'ok: true'\n  gates: [pytest]\n  warn: [pytest]\n";
    await writeFile(path.join(dir, '.maint-actions.yml'), `python-version: '${running}'\n${gates}`);
    await mkdir(path.join(dir, 'ci'));
    await writeFile(path.join(dir, 'ci', 'maint.yml'), `python-version: '3.4'\n${gates}`);
  }

  it('in a GitLab job: the warning names the file --config gave and the version it asks for', async () => {
    await twoConfigs();
    const env = { GITLAB_CI: 'true', CI_PROJECT_DIR: dir };
    const run = await cli(['quality-gates', '--config', 'ci/maint.yml', '--python', systemPython], env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(mismatch('ci/maint.yml', '3.4'));
    // The default file, which the run did not use, fits: without --config there is no warning.
    const plain = await cli(['quality-gates', '--python', systemPython], env);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    expect(plain.stdout).not.toContain('runs the project, but');
  });

  it('in a terminal, from a sub-folder of the repository: the path is relative to where the command runs', async () => {
    await twoConfigs();
    spawnSync('git', ['init', '-q', dir]);
    await mkdir(path.join(dir, 'ci', 'sub'));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['quality-gates', '--config', '../maint.yml', '--python', systemPython], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
      isTTY: false,
      cwd: path.join(dir, 'ci', 'sub'),
    });
    expect(code, out.join('') + err.join('')).toBe(0);
    expect(stripVTControlCharacters(out.join('') + err.join(''))).toContain(
      `warning: ${mismatch('ci/maint.yml', '3.4')}\n`,
    );
  });
});

describe('--config: reports name the file the run used', () => {
  it("quality-gates' gate modes say which file set them", async () => {
    spawnSync('git', ['init', '-q', dir]);
    await mkdir(path.join(dir, 'ci'));
    await writeFile(
      path.join(dir, 'ci', 'maint.yml'),
      "policy: standard\nquality-gates:\n  custom-gates: 'ok: true'\n  gates: [pytest]\n  warn: [pytest]\n",
    );
    const run = await cli(['quality-gates', '--config', 'ci/maint.yml', '--python', systemPython]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '· gate modes pytest warn (ci/maint.yml "warn"), import-linter off (ci/maint.yml "gates"),',
    );
    expect(run.stdout).not.toContain('.maint-actions.yml "');
  });
});

describe('--config reaches the file-wide keys other actions read', () => {
  it("checklist: the team's items come from the file --config gave, and the issue says which", async () => {
    spawnSync('git', ['init', '-q', dir]);
    await writeFile(
      path.join(dir, '.maint-actions.yml'),
      'checklists:\n  monthly:\n    - From the default file\n',
    );
    await mkdir(path.join(dir, 'ci'));
    await writeFile(
      path.join(dir, 'ci', 'maint.yml'),
      'checklists:\n  monthly:\n    - Rotate the on-call pager\n',
    );
    const run = await cli(['checklist', '--cadence', 'monthly', '--config', 'ci/maint.yml']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('- [ ] Rotate the on-call pager\n');
    expect(run.stdout).toContain('_Items: built in, checklists.monthly of ci/maint.yml._');
    expect(run.stdout).not.toContain('From the default file');
  });

  it("dependency-audit: the ignore list is the --config file's, checked before anything runs", async () => {
    spawnSync('git', ['init', '-q', dir]);
    await writeFile(path.join(dir, 'requirements.txt'), 'requests==2.0.0\n');
    await mkdir(path.join(dir, 'ci'));
    await writeFile(
      path.join(dir, 'ci', 'maint.yml'),
      'dependency-audit-ignore:\n  - id: PYSEC-2099-1\n    reason: not reachable\n    expires: 2099-01-01\n',
    );
    const run = await cli(['dependency-audit', '--config', 'ci/maint.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: ci/maint.yml: dependency-audit-ignore entry 1 (PYSEC-2099-1) needs "owner": every ignore has id, reason, owner, expires.\n',
    );
  });

  it("generate-openapi: the openapi-diff: levels are the --config file's", async () => {
    const ws = await copyExampleService('maint-cli-config-openapi-');
    try {
      const base = (await readFile(path.join(ws.service, 'schema.yml'), 'utf8')).replace(
        '  /api/usage/:\n',
        "  /api/legacy/:\n    get:\n      operationId: legacy\n      responses:\n        '200':\n          description: ''\n  /api/usage/:\n",
      );
      await writeFile(path.join(ws.service, 'base-schema.yml'), base);
      const section = `generate-openapi:\n  working-directory: ${ws.workingDirectory}\n  python: ${systemPython}\n  base-file: base-schema.yml\n`;
      await writeFile(path.join(ws.root, '.maint-actions.yml'), section);
      await mkdir(path.join(ws.root, 'ci'));
      await writeFile(
        path.join(ws.root, 'ci', 'maint.yml'),
        `${section}openapi-diff:\n  levels:\n    path-removed: info\n`,
      );
      const inRoot = (argv: string[]) =>
        runCli(argv, {
          env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
          stdout: { write: () => true },
          stderr: { write: () => true },
          isTTY: false,
          cwd: ws.root,
        });
      // The default file keeps path-removed breaking; the named one makes it info.
      expect(await inRoot(['generate-openapi'])).toBe(1);
      expect(await inRoot(['generate-openapi', '--config', 'ci/maint.yml'])).toBe(0);
    } finally {
      await ws.cleanup();
    }
  }, 120_000);
});

/**
 * A finding is printed once in a terminal: the bundled `maint-actions` tool (`dist/cli/index.js`),
 * piped as a CI log or a developer's `| less` sees it, on real parts (flake8 on a copy of the
 * example service, pip-audit's real JSON with a loopback OSV server). Each finding's line must
 * appear exactly once in everything the tool printed (stdout and stderr), while the report files
 * keep every finding. The same run as a GitLab job and as the GitHub bundle (`runBundle`), where the
 * summary is a file: one log line (GitLab) or one annotation (GitHub) per finding.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  copyExampleService,
  fixturesDir,
  runBundle,
  runCli,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_RECORDS,
  type OsvServer,
  startOsvServer,
} from '../../actions/dependency-audit/src/test-support/osv-server';

let ws: Workspace;
let osv: OsvServer;

beforeAll(async () => {
  [ws, osv] = await Promise.all([
    copyExampleService('maint-once-'),
    startOsvServer({ records: FIXTURE_RECORDS }),
  ]);
  // A new module of the example service with flake8's five problems (FLAKE8).
  await writeFile(
    path.join(ws.service, 'onboarding', 'careless.py'),
    'import os\n\n\nanswer=42  \nimport sys\n',
  );
});

afterAll(async () => {
  await Promise.all([ws?.cleanup(), osv?.close()]);
});

/** The printed lines that contain `text`. */
function linesWith(printed: string, text: string): string[] {
  return printed.split('\n').filter((line) => line.includes(text));
}

/** flake8's five problems in one new module of the example service. */
const FLAKE8 = [
  { line: 1, rule: 'F401', message: "'os' imported but unused" },
  { line: 4, rule: 'E225', message: 'missing whitespace around operator' },
  { line: 4, rule: 'W291', message: 'trailing whitespace' },
  { line: 5, rule: 'F401', message: "'sys' imported but unused" },
  { line: 5, rule: 'E402', message: 'module level import not at top of file' },
];

describe('each finding printed once', () => {
  it('quality-gates: each flake8 finding is printed once, and the report keeps them all', async () => {
    const run = await runCli(
      ['quality-gates', '--working-directory', 'backend', '--python', systemPython, '--gates', 'lint'],
      { cwd: ws.root },
    );
    const printed = run.stdout + run.stderr;
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('error: 1 gate: 0 passed, 1 failed (lint)\n');
    for (const { line, rule, message } of FLAKE8) {
      // flake8's own line, logged once under the gate's heading during the run ...
      const raw = linesWith(printed, `./onboarding/careless.py:${line}:`).filter((l) => l.includes(message));
      expect(raw, `flake8's line of ${rule} ${message}`).toHaveLength(1);
      // ... and the finding once, in the printed report: no annotation line repeats it.
      expect(
        linesWith(printed, `- ❌ backend/onboarding/careless.py:${line} — ${rule} — ${message}`),
      ).toHaveLength(1);
      expect(linesWith(printed, message), `every line naming ${message}`).toHaveLength(2);
    }
    // The report's output block points at the log instead of printing the same lines again.
    expect(printed).toContain('▸ lint: flake8: 5 problems\n./onboarding/careless.py:1:1: F401');
    expect(printed).toContain('Output (last lines): printed above.');
    // The report files keep every finding and the output itself.
    const reports = path.join(ws.root, '.maint-actions', 'reports', 'quality-gates');
    const report = JSON.parse(await readFile(path.join(reports, 'report.json'), 'utf8')) as {
      checks: { findings: { message: string; rule?: string }[]; outputTail?: string }[];
    };
    const lint = report.checks[0];
    expect(lint?.findings.map((f) => f.message)).toEqual(FLAKE8.map((f) => f.message));
    const summary = await readFile(path.join(reports, 'summary.md'), 'utf8');
    for (const { message } of FLAKE8) expect(linesWith(summary, message)).toHaveLength(2);
  }, 120_000);

  it('in a GitLab job too: the log has each finding once, the summary goes to its artifact', async () => {
    const run = await runCli(
      ['quality-gates', '--working-directory', 'backend', '--python', systemPython, '--gates', 'lint'],
      { cwd: ws.root, env: { GITLAB_CI: 'true', CI_PROJECT_DIR: ws.root } },
    );
    const printed = run.stdout + run.stderr;
    expect(run.exitCode).toBe(1);
    for (const { line, rule, message } of FLAKE8) {
      expect(
        linesWith(printed, `backend/onboarding/careless.py:${line}:`).filter((l) => l.includes(`[${rule}]`)),
      ).toHaveLength(FLAKE8.filter((f) => f.line === line && f.rule === rule).length);
      // flake8's own line in the gate's section, and the finding's line.
      expect(linesWith(printed, message), `every line naming ${message}`).toHaveLength(2);
    }
    expect(printed).toContain('Summary: .maint-actions/reports/quality-gates/summary.md (job artifact)');
  }, 120_000);

  it('on GitHub: one annotation per finding in the log, the summary in its file', async () => {
    const run = await runBundle('quality-gates', {
      workspace: ws.root,
      inputs: { 'working-directory': 'backend', python: systemPython, gates: 'lint' },
    });
    expect(run.exitCode).toBe(1);
    for (const { line, rule, message } of FLAKE8) {
      const annotations = run.commands.filter(
        (c) => c.command === 'error' && c.message === message && c.props.line === String(line),
      );
      expect(annotations, `::error of ${rule} ${message}`).toHaveLength(1);
      // flake8's own line in the gate's group, and the annotation; `::debug::` lines are shown
      // only when a run is re-run with debug logging.
      const shown = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::debug::'));
      expect(linesWith(shown.join('\n'), message), `every line naming ${message}`).toHaveLength(2);
      expect(linesWith(run.summary, message)).toHaveLength(2);
    }
  }, 120_000);

  it('dependency-audit: each vulnerability is printed once', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-once-audit-'));
    try {
      await copyFile(
        path.join(fixturesDir, 'pip-audit', 'vulnerable.json'),
        path.join(dir, 'pip-audit.json'),
      );
      await writeFile(path.join(dir, 'outdated.json'), '[]');
      await writeFile(path.join(dir, 'requirements.txt'), 'django==3.2.0\nrequests==2.25.0\n');
      const run = await runCli(
        [
          'dependency-audit',
          '--pip-audit-report',
          'pip-audit.json',
          '--outdated-report',
          'outdated.json',
          '--osv-url',
          osv.url,
        ],
        { cwd: dir },
      );
      const printed = run.stdout + run.stderr;
      expect(run.exitCode).toBe(1);
      // Each vulnerability: one row of the printed table, and its message once, as the
      // `file:line: severity: message [id]` line (the table has no room for it).
      for (const [id, line, severity] of [
        ['GHSA-2gwj-7jmv-h26r', 1, 'error'],
        ['PYSEC-2021-439', 1, 'error'],
        ['GHSA-j8r2-6x86-q33q', 2, 'warning'],
      ] as const) {
        const rows = linesWith(printed, `[${id}](https://osv.dev/vulnerability/${id})`);
        expect(rows, `table rows of ${id}`).toHaveLength(1);
        const annotations = linesWith(printed, `requirements.txt:${line}: ${severity}: `).filter((l) =>
          l.endsWith(` [${id}]`),
        );
        expect(annotations, `lines of ${id}`).toHaveLength(1);
        expect(linesWith(printed, id)).toHaveLength(2);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

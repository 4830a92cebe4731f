import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakePlatform } from '@maint-actions/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ActionContext, type ActionResult, defineActionRun } from './action';
import { executeAction, unsupportedRunner } from './entry';
import { ConfigError, ExitCode } from './errors';
import { NetworkError } from './network';
import { secrets } from './redact';
import { renderSummary } from './render/summary';
import type { Report } from './report';
import { defineAction } from './spec';

const spec = defineAction({
  name: 'smoke-test-gate',
  title: 'Smoke test gate',
  description: 'Checks a deployment.',
  inputs: {
    url: { type: 'string', description: 'Base URL.', required: true },
    retries: { type: 'number', description: 'Retries.', default: 3 },
    level: { type: 'enum', description: 'Level.', values: ['low', 'high'], default: 'low' },
    'api-token': { type: 'string', description: 'Token.', secret: true },
  },
  outputs: {
    status: { description: 'passed or failed' },
    'report-path': { description: 'Where the report is.' },
  },
});

type Run = (ctx: ActionContext<typeof spec>) => Promise<ActionResult<typeof spec>>;

function action(run: Run) {
  return defineActionRun(spec, run);
}

const passed: ActionResult<typeof spec> = {
  verdict: 'passed',
  summary: 'all good',
  outputs: { status: 'passed' },
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('executeAction', () => {
  it('parses inputs (with the config section), runs, sets outputs and returns 0 on pass', async () => {
    const platform = new FakePlatform({ inputs: { url: 'https://staging.example.com', level: 'high' } });
    let seen: unknown;
    const code = await executeAction(
      action(async ({ inputs }) => {
        seen = inputs;
        return {
          verdict: 'passed',
          summary: 'ok',
          outputs: { status: 'passed', 'report-path': 'out/report.json' },
        };
      }),
      platform,
      { config: { retries: '5', level: 'low' } },
    );
    expect(code).toBe(ExitCode.Passed);
    expect(seen).toEqual({
      url: 'https://staging.example.com',
      retries: 5,
      level: 'high',
      apiToken: undefined,
    });
    expect(Object.fromEntries(platform.outputs)).toEqual({
      status: 'passed',
      'report-path': 'out/report.json',
    });
    expect(platform.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('returns 1 and logs the summary as an error on a failed verdict', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const code = await executeAction(
      action(async () => ({
        verdict: 'failed',
        summary: '2 of 5 smoke tests failed',
        outputs: { status: 'failed' },
      })),
      platform,
    );
    expect(code).toBe(ExitCode.Failed);
    expect(platform.lines).toEqual([{ level: 'error', message: '2 of 5 smoke tests failed' }]);
    expect(platform.outputs.get('status')).toBe('failed');
  });

  it('registers secret inputs before anything else, raw and trimmed', async () => {
    const token = 'tok-entry-registers-1';
    const platform = new FakePlatform({ inputs: { url: 'http://x', 'api-token': ` ${token}\n` } });
    let registeredAtRun: string[] = [];
    const code = await executeAction(
      action(async ({ inputs, platform: p }) => {
        registeredAtRun = [...platform.secrets];
        expect(secrets.redact(`${inputs.apiToken}`)).toBe('***');
        p.log.info(`using ${inputs.apiToken}`);
        return passed;
      }),
      platform,
    );
    expect(code).toBe(ExitCode.Passed);
    expect(registeredAtRun).toEqual([` ${token}\n`, token]);
    expect(platform.logText).not.toContain(token);
  });

  it('registers secrets even when input parsing then fails', async () => {
    const token = 'tok-entry-registers-2';
    const platform = new FakePlatform({ inputs: { url: 'http://x', level: 'medium', 'api-token': token } });
    const run = vi.fn(async () => passed);
    expect(await executeAction(action(run), platform)).toBe(ExitCode.ConfigError);
    expect(platform.secrets).toEqual([token]);
    expect(secrets.redact(token)).toBe('***');
    expect(run).not.toHaveBeenCalled();
    expect(platform.lines).toEqual([
      { level: 'error', message: 'Input "level" must be one of low, high (got "medium").' },
    ]);
  });

  it('returns 2 with the one-line message for a missing required input', async () => {
    const platform = new FakePlatform();
    expect(
      await executeAction(
        action(async () => passed),
        platform,
      ),
    ).toBe(ExitCode.ConfigError);
    expect(platform.lines).toEqual([
      { level: 'error', message: 'Input "url" is required: set it to a string.' },
    ]);
  });

  it('returns 2 for a ConfigError thrown by run, flattened to one line, no stack', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const code = await executeAction(
      action(async () => {
        throw new ConfigError('pytest is not installed:\n  apt-get install python3-pytest');
      }),
      platform,
    );
    expect(code).toBe(ExitCode.ConfigError);
    expect(platform.lines).toEqual([
      { level: 'error', message: 'pytest is not installed: apt-get install python3-pytest' },
    ]);
  });

  it('reports anything else as a bug: 1, the message, and the stack at debug level', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const error = new TypeError("Cannot read properties of undefined (reading 'checks')");
    const code = await executeAction(
      action(async () => {
        throw error;
      }),
      platform,
    );
    expect(code).toBe(ExitCode.Failed);
    expect(platform.lines).toEqual([
      {
        level: 'error',
        message:
          "maint-actions bug: Cannot read properties of undefined (reading 'checks') (rerun with debug logging for the stack)",
      },
      { level: 'debug', message: error.stack },
    ]);
  });

  it('reports a host that did not answer as a failed verdict naming it, not a bug', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const cause = new NetworkError('api.github.com', 'no answer within 30 s', {
      attempts: 2,
      elapsedMs: 61_000,
    });
    const code = await executeAction(
      action(async () => {
        throw new Error(`Could not reach GitHub to create the release v1.2.0: ${cause.message}`, { cause });
      }),
      platform,
    );
    expect(code).toBe(ExitCode.Failed);
    expect(platform.lines).toEqual([
      {
        level: 'error',
        message:
          'Could not reach GitHub to create the release v1.2.0: api.github.com: no answer within 30 s (2 attempts in 61 s)',
      },
    ]);
  });

  it('reports a thrown non-Error as a bug without a stack', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const code = await executeAction(
      action(async () => {
        throw 'plain string';
      }),
      platform,
    );
    expect(code).toBe(ExitCode.Failed);
    expect(platform.lines).toEqual([
      { level: 'error', message: 'maint-actions bug: plain string (rerun with debug logging for the stack)' },
    ]);
  });

  it('treats an undeclared output as a bug: status failed, the other outputs empty', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const result = { verdict: 'passed', summary: 'ok', outputs: { status: 'passed', statuz: 'x' } };
    const code = await executeAction(
      action(async () => result as unknown as ActionResult<typeof spec>),
      platform,
    );
    expect(code).toBe(ExitCode.Failed);
    expect(Object.fromEntries(platform.outputs)).toEqual({ status: 'failed', 'report-path': '' });
    expect(platform.lines[0]).toEqual({
      level: 'error',
      message:
        'maint-actions bug: smoke-test-gate set output "statuz", which its spec does not declare (rerun with debug logging for the stack)',
    });
  });

  it('sets an output left undefined to empty and redacts secrets from output values', async () => {
    const token = 'tok-entry-output-3';
    const platform = new FakePlatform({ inputs: { url: 'http://x', 'api-token': token } });
    const code = await executeAction(
      action(async () => ({
        verdict: 'passed',
        summary: 'ok',
        outputs: { 'report-path': `curl -H "Authorization: ${token}"` },
      })),
      platform,
    );
    expect(code).toBe(ExitCode.Passed);
    expect(Object.fromEntries(platform.outputs)).toEqual({
      status: 'passed',
      'report-path': 'curl -H "Authorization: ***"',
    });
    const left = new FakePlatform({ inputs: { url: 'http://x' } });
    await executeAction(
      action(async () => ({ verdict: 'passed', summary: 'ok', outputs: { 'report-path': undefined } })),
      left,
    );
    expect(Object.fromEntries(left.outputs)).toEqual({ status: 'passed', 'report-path': '' });
  });

  it('sets status on every path, whatever run gave for it: passed, failed, skipped, configuration error', async () => {
    const outcome = async (result: ActionResult<typeof spec> | Error, inputs = { url: 'http://x' }) => {
      const platform = new FakePlatform({ inputs });
      const code = await executeAction(
        action(async () => {
          if (result instanceof Error) throw result;
          return result;
        }),
        platform,
      );
      return { code, outputs: Object.fromEntries(platform.outputs) };
    };
    expect(await outcome({ verdict: 'passed', summary: 'ok', outputs: { status: 'failed' } })).toEqual({
      code: ExitCode.Passed,
      outputs: { status: 'passed', 'report-path': '' },
    });
    expect(await outcome({ verdict: 'failed', summary: 'no', outputs: { 'report-path': 'r.json' } })).toEqual(
      {
        code: ExitCode.Failed,
        outputs: { status: 'failed', 'report-path': 'r.json' },
      },
    );
    expect(
      await outcome({ verdict: 'passed', summary: 'nothing to do', skipped: true, outputs: {} }),
    ).toEqual({
      code: ExitCode.Passed,
      outputs: { status: 'skipped', 'report-path': '' },
    });
    const report = (status: 'skipped' | 'passed') => ({
      action: 'smoke-test-gate',
      title: 'Smoke test gate',
      verdict: 'passed' as const,
      startedAt: '2026-01-01T00:00:00Z',
      durationMs: 0,
      checks: [
        { id: 'a', name: 'A', mode: 'enforce' as const, status, durationMs: 0, summary: '', findings: [] },
      ],
    });
    expect(
      await outcome({ verdict: 'passed', summary: 'nothing', outputs: {}, report: report('skipped') }),
    ).toMatchObject({ outputs: { status: 'skipped' } });
    expect(
      await outcome({ verdict: 'passed', summary: 'ok', outputs: {}, report: report('passed') }),
    ).toMatchObject({ outputs: { status: 'passed' } });
    expect(await outcome(new ConfigError('Input "url" is wrong.'))).toEqual({
      code: ExitCode.ConfigError,
      outputs: { status: 'failed', 'report-path': '' },
    });
    // A bad input fails before run: the outputs are set all the same.
    expect(await outcome(passed, { url: '' })).toEqual({
      code: ExitCode.ConfigError,
      outputs: { status: 'failed', 'report-path': '' },
    });
  });

  it('adds the status output to every spec, after its own outputs', () => {
    const plain = defineAction({
      name: 'x',
      title: 'X',
      description: 'x',
      inputs: {},
      outputs: { a: { description: 'A' } },
    });
    expect(Object.keys(plain.outputs)).toEqual(['a', 'status']);
    expect(plain.outputs.status.description).toMatch(/^`passed`, `failed` or `skipped`/);
  });

  it('refuses a Windows runner up front, in one line, before reading any input', async () => {
    vi.stubEnv('RUNNER_OS', 'Windows');
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const run = vi.fn(async () => passed);
    const code = await executeAction(action(run), platform);
    expect(code).toBe(ExitCode.ConfigError);
    expect(run).not.toHaveBeenCalled();
    expect(platform.lines).toEqual([
      {
        level: 'error',
        message:
          'maint-actions runs on Linux and macOS runners only, and this runner is Windows: run this job on Linux (such as `runs-on: ubuntu-latest` on GitHub, or a Linux runner on GitLab).',
      },
    ]);
    expect(Object.fromEntries(platform.outputs)).toEqual({ status: 'failed', 'report-path': '' });
  });

  it('knows a Windows runner by RUNNER_OS or by the platform Node runs on', () => {
    expect(unsupportedRunner({ RUNNER_OS: 'Linux' }, 'linux')).toBeUndefined();
    expect(unsupportedRunner({ RUNNER_OS: 'macOS' }, 'darwin')).toBeUndefined();
    expect(unsupportedRunner({}, 'linux')).toBeUndefined();
    expect(unsupportedRunner({ RUNNER_OS: 'Windows' }, 'linux')).toMatch(
      /^maint-actions runs on Linux and macOS/,
    );
    expect(unsupportedRunner({}, 'win32')).toMatch(/this runner is Windows/);
  });

  it('never exits the process itself', async () => {
    const exit = vi.spyOn(process, 'exit');
    const platform = new FakePlatform();
    expect(
      await executeAction(
        action(async () => passed),
        platform,
      ),
    ).toBe(ExitCode.ConfigError);
    expect(exit).not.toHaveBeenCalled();
  });
});

describe('publishing the report', () => {
  const report: Report = {
    action: 'smoke-test-gate',
    title: 'Smoke test gate',
    verdict: 'failed',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 5,
    checks: [
      {
        id: 'ready',
        name: 'Ready',
        mode: 'enforce',
        status: 'failed',
        summary: 'not ready',
        durationMs: 5,
        findings: [{ severity: 'error', message: 'no answer', file: 'app.py', line: 3 }],
      },
    ],
  };

  it('writes the files, the job summary with what the action appends, and the annotations, before the outputs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-entry-'));
    try {
      const platform = new FakePlatform({ inputs: { url: 'http://x' } });
      const code = await executeAction(
        action(async () => ({
          verdict: 'failed',
          summary: 'not ready',
          outputs: { 'report-path': path.join(dir, 'report.json') },
          report,
          publish: {
            dir,
            formats: ['json', 'summary', 'sarif'],
            fullReportHint: '`report.json`',
            tool: { name: 'maint-actions smoke', version: '9' },
            jobSummary: { append: '\n## More\n' },
            annotate: true,
          },
        })),
        platform,
      );

      expect(code).toBe(ExitCode.Failed);
      expect((await readdir(dir)).sort()).toEqual(['report.json', 'report.sarif', 'summary.md']);
      const summaryFile = await readFile(path.join(dir, 'summary.md'), 'utf8');
      expect(summaryFile).toBe(renderSummary(report, { fullReportHint: '`report.json`' }));
      expect(platform.summaries).toEqual([`${summaryFile}\n## More\n`]);
      expect(
        JSON.parse(await readFile(path.join(dir, 'report.sarif'), 'utf8')).runs[0].tool.driver.name,
      ).toBe('maint-actions smoke');
      expect(platform.annotations.map((f) => f.message)).toEqual(['no answer']);
      expect(platform.outputs.get('report-path')).toBe(path.join(dir, 'report.json'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes the action's own summary words to summary.md and the job summary, and nothing without publish", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-entry-'));
    try {
      const platform = new FakePlatform({ inputs: { url: 'http://x' } });
      const publish = { dir, formats: ['summary'] as const, fullReportHint: 'x', summaryMarkdown: '# Own\n' };
      await executeAction(
        action(async () => ({ ...passed, report, publish })),
        platform,
      );
      expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toBe('# Own\n');
      expect(platform.summaries).toEqual(['# Own\n']);
      expect(platform.annotations).toEqual([]);

      const quiet = new FakePlatform({ inputs: { url: 'http://x' } });
      await executeAction(
        action(async () => ({ ...passed, report })),
        quiet,
      );
      expect(quiet.summaries).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is a bug to ask for publishing without a report', async () => {
    const platform = new FakePlatform({ inputs: { url: 'http://x' } });
    const code = await executeAction(
      action(async () => ({
        ...passed,
        publish: { dir: os.tmpdir(), formats: ['json'], fullReportHint: 'x' },
      })),
      platform,
    );
    expect(code).toBe(ExitCode.Failed);
    expect(platform.lines.map((l) => l.message).join('\n')).toContain(
      'a run asked to publish a report it did not return',
    );
  });
});

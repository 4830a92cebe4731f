import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGitlabPlatform } from './platform';

const ESC = '\x1b';

/** A stdout that keeps what is written. */
function captureStream(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'platform-gitlab-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

function makePlatform(env: Record<string, string> = {}) {
  const out = captureStream();
  const platform = createGitlabPlatform({
    action: 'quality-gates',
    env: { CI_PROJECT_DIR: dir, ...env },
    stdout: out.stream,
  });
  return { platform, out };
}

describe('context', () => {
  it('reads the CI_* variables of a merge request pipeline', () => {
    const { platform } = makePlatform({
      CI_COMMIT_SHA: 'a1b2c3',
      CI_COMMIT_REF_NAME: 'feature/login',
      CI_PROJECT_PATH: 'acme/backend',
      CI_MERGE_REQUEST_IID: '42',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_TITLE: 'Log in with SSO',
      CI_MERGE_REQUEST_DESCRIPTION: '## Summary\nSSO.\n',
      CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED: 'true',
      CI_MERGE_REQUEST_LABELS: 'api, backend,',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: 'f00d',
      CI_PROJECT_URL: 'https://gitlab.example.com/acme/backend',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_JOB_URL: 'https://gitlab.example.com/acme/backend/-/jobs/7',
      CI_NODE_INDEX: '2',
      CI_NODE_TOTAL: '3',
      TMPDIR: '/custom/tmp',
    });
    expect(platform.kind).toBe('gitlab');
    expect(platform.context).toEqual({
      workspace: dir,
      tempDir: '/custom/tmp',
      sha: 'a1b2c3',
      refName: 'feature/login',
      repository: 'acme/backend',
      webUrl: 'https://gitlab.example.com/acme/backend',
      changeNumber: 42,
      baseRef: 'main',
      changeRequest: {
        title: 'Log in with SSO',
        description: '## Summary\nSSO.\n',
        labels: ['api', 'backend'],
        descriptionTruncated: true,
        baseSha: 'f00d',
      },
      event: 'merge_request_event',
      runUrl: 'https://gitlab.example.com/acme/backend/-/jobs/7',
      nodeIndex: 2,
      nodeTotal: 3,
    });
  });

  it('leaves a branch pipeline without merge request fields, and ignores non-numbers', () => {
    const { platform } = makePlatform({
      CI_PIPELINE_SOURCE: 'push',
      CI_MERGE_REQUEST_IID: '',
      CI_NODE_INDEX: 'x',
    });
    expect(platform.context.changeNumber).toBeUndefined();
    expect(platform.context.baseRef).toBeUndefined();
    expect(platform.context.nodeIndex).toBeUndefined();
    expect(platform.context.event).toBe('push');
    expect(platform.context.tempDir).toBe(os.tmpdir());
  });

  it('names the tag of a tag pipeline and builds the web URL from the server when CI_PROJECT_URL is unset', () => {
    const { platform } = makePlatform({
      CI_COMMIT_TAG: 'v1.4.2',
      CI_SERVER_URL: 'https://gitlab.example.com',
      CI_PROJECT_PATH: 'acme/backend',
    });
    expect(platform.context.tag).toBe('v1.4.2');
    expect(platform.context.webUrl).toBe('https://gitlab.example.com/acme/backend');
    expect(platform.context.changeRequest).toBeUndefined();
    expect(makePlatform({ CI_COMMIT_REF_NAME: 'main' }).platform.context.tag).toBeUndefined();
  });
});

describe('inputs', () => {
  it('reads MAINT_INPUT_* variables, hyphens as underscores, empty as unset', () => {
    const { platform } = makePlatform({ MAINT_INPUT_WORKING_DIRECTORY: ' backend ', MAINT_INPUT_GATES: '' });
    expect(platform.getInput('working-directory')).toBe('backend');
    expect(platform.getInput('gates')).toBeUndefined();
    expect(platform.getInput('python-version')).toBeUndefined();
  });
});

describe('outputs (dotenv)', () => {
  const dotenv = (): string => path.join(dir, '.maint-actions', 'quality-gates.env');

  it('writes MAINT_<ACTION>_<OUTPUT> lines and replaces a re-set output', async () => {
    const { platform } = makePlatform();
    await platform.setOutput('status', 'failed');
    await platform.setOutput('report-path', '.maint-actions/reports/quality-gates/report.json');
    await platform.setOutput('status', 'passed');
    expect(await readFile(dotenv(), 'utf8')).toBe(
      'MAINT_QUALITY_GATES_REPORT_PATH=.maint-actions/reports/quality-gates/report.json\n' +
        'MAINT_QUALITY_GATES_STATUS=passed\n',
    );
  });

  it('keeps every line when outputs are set concurrently', async () => {
    const { platform } = makePlatform();
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => platform.setOutput(name, name)));
    const lines = (await readFile(dotenv(), 'utf8')).trim().split('\n').sort();
    expect(lines).toEqual([
      'MAINT_QUALITY_GATES_A=a',
      'MAINT_QUALITY_GATES_B=b',
      'MAINT_QUALITY_GATES_C=c',
      'MAINT_QUALITY_GATES_D=d',
    ]);
  });

  it('writes to MAINT_DOTENV (relative to the project dir) when set, quoting values GitLab would otherwise trim or unquote', async () => {
    const file = path.join(dir, 'custom', 'out.env');
    const { platform } = makePlatform({ MAINT_DOTENV: 'custom/out.env' });
    await platform.setOutput('summary', '3 passed, 1 failed');
    await platform.setOutput('padded', ' x ');
    await platform.setOutput('quoted', "'x'");
    expect(await readFile(file, 'utf8')).toBe(
      'MAINT_QUALITY_GATES_SUMMARY=3 passed, 1 failed\nMAINT_QUALITY_GATES_PADDED=" x "\nMAINT_QUALITY_GATES_QUOTED="\'x\'"\n',
    );
  });

  it('rejects a multi-line value, naming the output, and leaves the file as it was', async () => {
    const { platform } = makePlatform();
    await platform.setOutput('status', 'passed');
    await expect(platform.setOutput('summary', 'line one\nline two')).rejects.toThrow(
      'Output MAINT_QUALITY_GATES_SUMMARY is multi-line; GitLab dotenv values must be one line (write it to a file)',
    );
    expect(await readFile(dotenv(), 'utf8')).toBe('MAINT_QUALITY_GATES_STATUS=passed\n');
  });

  it('rejects a value over 5,000 bytes and a file over 5 KiB', async () => {
    const { platform } = makePlatform();
    await expect(platform.setOutput('big', 'x'.repeat(5_001))).rejects.toThrow(
      'Output MAINT_QUALITY_GATES_BIG is 5001 bytes; GitLab dotenv values must stay under 5000 (write it to a file)',
    );
    await platform.setOutput('one', 'x'.repeat(4_000));
    await expect(platform.setOutput('two', 'y'.repeat(2_000))).rejects.toThrow(
      /Output MAINT_QUALITY_GATES_TWO would make .*quality-gates\.env 6050 bytes; GitLab accepts dotenv reports up to 5120/,
    );
    expect(await readFile(dotenv(), 'utf8')).toBe(`MAINT_QUALITY_GATES_ONE=${'x'.repeat(4_000)}\n`);
  });
});

describe('log', () => {
  it('prints info, coloured warning/error prefixes with a location, and hides debug by default', () => {
    const { platform, out } = makePlatform();
    platform.log.info('Running pytest');
    platform.log.warning('slow test', { file: 'tests/test_api.py', line: 12 });
    platform.log.error('gate failed');
    platform.log.debug('not shown');
    expect(platform.log.isDebug()).toBe(false);
    expect(out.text()).toBe(
      'Running pytest\n' +
        `${ESC}[33mwarning:${ESC}[0m tests/test_api.py:12: slow test\n` +
        `${ESC}[31merror:${ESC}[0m gate failed\n`,
    );
  });

  it.each(['CI_DEBUG_TRACE', 'MAINT_DEBUG'])('prints debug lines when %s is true', (name) => {
    const { platform, out } = makePlatform({ [name]: 'true' });
    platform.log.debug('resolved python');
    expect(platform.log.isDebug()).toBe(true);
    expect(out.text()).toBe(`${ESC}[90mdebug: resolved python${ESC}[0m\n`);
  });

  it('wraps a group in collapsed section markers with epoch seconds and a safe name', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-01T10:00:00.900Z'));
    const { platform, out } = makePlatform();
    const result = await platform.log.group('Run pytest (tests/)', async () => {
      platform.log.info('inside');
      vi.setSystemTime(new Date('2024-05-01T10:00:07Z'));
      return 5;
    });
    expect(result).toBe(5);
    expect(out.text()).toBe(
      '\x1b[0Ksection_start:1714557600:run_pytest_tests_1[collapsed=true]\r\x1b[0KRun pytest (tests/)\n' +
        'inside\n' +
        '\x1b[0Ksection_end:1714557607:run_pytest_tests_1\r\x1b[0K\n',
    );
  });

  it('closes the section when the group throws, and numbers sections apart', async () => {
    const { platform, out } = makePlatform();
    await expect(
      platform.log.group('pytest', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await platform.log.group('pytest', async () => {});
    const markers = out.text().match(/section_(start|end):\d+:[a-z0-9_]+/g) ?? [];
    expect(markers.map((m) => m.replace(/:\d+:/, ':T:'))).toEqual([
      'section_start:T:pytest_1',
      'section_end:T:pytest_1',
      'section_start:T:pytest_2',
      'section_end:T:pytest_2',
    ]);
  });
});

describe('secrets', () => {
  it('redacts a registered secret in every log path, the summary and the dotenv file', async () => {
    const secret = 'glpat-Zx81kQ0wTmS3cr3t';
    const { platform, out } = makePlatform({ MAINT_DEBUG: 'true' });
    platform.setSecret(secret);
    platform.log.debug(`debug ${secret}`);
    platform.log.info(`info ${secret}`);
    platform.log.warning(`warning ${secret}`);
    platform.log.error(`error ${secret}`);
    await platform.log.group(`group ${secret}`, async () => {});
    platform.annotate([{ severity: 'error', message: `finding ${secret}`, file: 'app.py', line: 3 }]);
    platform.progress({ id: 'x', label: `progress ${secret}`, state: 'running' });
    await platform.writeSummary(`summary ${secret}`);
    await platform.setOutput('summary', `output ${secret}`);

    const log = out.text();
    for (const where of ['debug', 'info', 'warning', 'error', 'group', 'finding', 'progress']) {
      expect(log).toContain(`${where} ***`);
    }
    const summary = await readFile(path.join(dir, '.maint-actions/reports/quality-gates/summary.md'), 'utf8');
    const dotenv = await readFile(path.join(dir, '.maint-actions/quality-gates.env'), 'utf8');
    expect(summary).toBe('summary ***\n');
    expect(dotenv).toBe('MAINT_QUALITY_GATES_SUMMARY=output ***\n');
    expect(log + summary + dotenv).not.toContain(secret);
  });
});

describe('summary, annotations, progress', () => {
  it('appends Markdown to the summary artifact and points to it once', async () => {
    const { platform, out } = makePlatform();
    await platform.writeSummary('## Quality gates\n');
    await platform.writeSummary('| gate | status |');
    const file = path.join(dir, '.maint-actions', 'reports', 'quality-gates', 'summary.md');
    expect(await readFile(file, 'utf8')).toBe('## Quality gates\n\n| gate | status |\n');
    expect(out.text()).toBe('Summary: .maint-actions/reports/quality-gates/summary.md (job artifact)\n');
  });

  it('appends to a summary file an earlier step left', async () => {
    const file = path.join(dir, '.maint-actions', 'reports', 'quality-gates', 'summary.md');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'earlier\n');
    await makePlatform().platform.writeSummary('mine');
    expect(await readFile(file, 'utf8')).toBe('earlier\nmine\n');
  });

  it('logs findings as path:line: severity: message', () => {
    const { platform, out } = makePlatform();
    platform.annotate([
      {
        severity: 'error',
        message: 'line too long',
        file: 'app/views.py',
        line: 7,
        column: 80,
        rule: 'E501',
      },
      { severity: 'warning', message: 'no migrations', file: 'app/models.py' },
      { severity: 'notice', message: 'schema unchanged' },
    ]);
    expect(out.text()).toBe(
      'app/views.py:7:80: error: line too long [E501]\n' +
        'app/models.py: warning: no migrations\n' +
        'notice: schema unchanged\n',
    );
  });

  it('prints one progress line per state change', () => {
    const { platform, out } = makePlatform();
    platform.progress({ id: 'pytest', label: 'pytest', state: 'running' });
    platform.progress({ id: 'pytest', label: 'pytest', state: 'running', detail: 'still' });
    platform.progress({ id: 'pytest', label: 'pytest', state: 'passed', detail: '41 passed' });
    expect(out.text()).toBe('[running] pytest\n[passed] pytest: 41 passed\n');
  });
});

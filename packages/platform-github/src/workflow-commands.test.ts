import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseWorkflowCommands } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandsTheRunnerRuns, type RunnerFiles, setUpRunner } from './runner.fixture';
import { mayHoldCommand, runner, stopToken, writeLog } from './workflow-commands';

const summaryFile = path.join(os.tmpdir(), `workflow-commands-summary-${process.pid}.md`);
let files: RunnerFiles;
beforeEach(async () => {
  files = await setUpRunner(summaryFile);
});
afterEach(() => files.dispose());

/** The lines the runner would run as commands. */
const commandsRun = (stdout: string) => commandsTheRunnerRuns(stdout).map((c) => c.line);

describe('workflow commands through @actions/core', () => {
  it('writes annotations with the runner’s property names, messages escaped', () => {
    runner.annotate('warning', 'unused import\nos', {
      title: 'flake8: F401',
      file: 'app/views.py',
      startLine: 12,
      endLine: 14,
      startColumn: 1,
      endColumn: 9,
    });
    runner.annotate('notice', 'plain');
    expect(files.stdout()).toBe(
      '::warning title=flake8%3A F401,file=app/views.py,line=12,endLine=14,col=1,endColumn=9::unused import%0Aos\n' +
        '::notice::plain\n',
    );
  });

  it('reads inputs from INPUT_ variables, trimmed, with spaces as underscores', () => {
    vi.stubEnv('INPUT_WORKING-DIRECTORY', '  backend \n');
    vi.stubEnv('INPUT_MY_INPUT', 'x');
    expect(runner.getInput('working-directory')).toBe('backend');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('missing')).toBe('');
  });

  it('appends outputs to GITHUB_OUTPUT between random delimiters, several lines kept', async () => {
    runner.setOutput('summary', '3 gates: 3 passed');
    runner.setOutput('notes', 'line one\nline two');
    expect(await files.outputs()).toEqual([
      ['summary', '3 gates: 3 passed'],
      ['notes', 'line one\nline two'],
    ]);
    expect(files.stdout()).toBe('');
  });

  it('masks, groups, keeps state and appends the job summary', async () => {
    vi.stubEnv('RUNNER_DEBUG', '1');
    runner.mask('s3cr3t');
    const value = await runner.group('pytest: 2 failed', async () => {
      runner.info('inside');
      return 42;
    });
    runner.saveState('pid', '123');
    expect(await runner.appendSummary('## Quality gates')).toBeUndefined();
    expect(value).toBe(42);
    expect(runner.isDebug()).toBe(true);
    expect(files.stdout()).toBe('::add-mask::s3cr3t\n::group::pytest: 2 failed\ninside\n::endgroup::\n');
    expect(await files.summary()).toBe('## Quality gates\n');
    vi.stubEnv('STATE_pid', '123');
    expect(runner.getState('pid')).toBe('123');
  });

  it('closes a group whose work fails, and says why when the runner has no summary file', async () => {
    await expect(
      runner.group('boom', async () => {
        throw new Error('failed inside');
      }),
    ).rejects.toThrow('failed inside');
    expect(files.stdout()).toBe('::group::boom\n::endgroup::\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    expect(await runner.appendSummary('x')).toBe(
      'GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary',
    );
  });
});

describe('text from outside', () => {
  const hostile = [
    '9.9.9\n::add-mask::passed\n::set-output name=passed::true',
    '::error::forged',
    '  \t::warning file=x.py::indented',
    'ok\r::add-mask::cr-only',
    'ok\r\n::debug::crlf',
    '\u00AD::add-mask::soft hyphen first',
    ':\u200B:add-mask::zero-width between',
    'text ##[add-mask]legacy anywhere',
    '#\u200B#[set-output name=x]legacy, hidden',
    '::stop-commands::guess\n::add-mask::inside a forged fence\n::guess::\n::add-mask::after it',
    `::${'maint-00000000-0000-0000-0000-000000000000'}::`,
  ];

  it.each(hostile)('never issues a command from %j', (text) => {
    expect(mayHoldCommand(text)).toBe(true);
    writeLog(text);
    const stdout = files.stdout();
    expect(commandsRun(stdout)).toEqual([]);
    expect(stdout).toContain(text);
  });

  it('keeps plain text plain', () => {
    for (const text of ['pytest: 3 passed', '50% done', 'a: b: c', 'issue #12 [fixed]']) {
      expect(mayHoldCommand(text)).toBe(false);
      writeLog(text);
    }
    expect(files.stdout()).toBe('pytest: 3 passed\n50% done\na: b: c\nissue #12 [fixed]\n');
  });

  it('fences with a fresh token the text does not hold', () => {
    writeLog('::a::');
    writeLog('::b::');
    const fences = parseWorkflowCommands(files.stdout()).filter((c) => c.command === 'stop-commands');
    expect(fences).toHaveLength(2);
    expect(fences[0]?.message).not.toBe(fences[1]?.message);
    const token = stopToken('');
    expect(stopToken(`x ${token.toUpperCase()} y`)).not.toBe(token);
  });
});

describe('OIDC', () => {
  it('asks the runner for an ID token with the audience, and masks it', async () => {
    const requests: { url?: string; auth?: string }[] = [];
    const server = createServer((request, response) => {
      requests.push({ url: request.url, auth: request.headers.authorization });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ value: 'eyJ.oidc-token.sig' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', `http://127.0.0.1:${port}/token?api-version=2.0`);
      vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'request-bearer');
      expect(await runner.idToken('sts.amazonaws.com')).toBe('eyJ.oidc-token.sig');
      expect(requests).toEqual([
        { url: '/token?api-version=2.0&audience=sts.amazonaws.com', auth: 'Bearer request-bearer' },
      ]);
      expect(files.stdout()).toContain('::add-mask::eyJ.oidc-token.sig\n');
    } finally {
      server.close();
    }
  });
});

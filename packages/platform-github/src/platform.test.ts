import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGithubPlatform } from './platform';
import { type RunnerFiles, setUpRunner } from './runner.fixture';

const summaryFile = path.join(os.tmpdir(), `platform-github-summary-${process.pid}.md`);
let runner: RunnerFiles;
beforeEach(async () => {
  runner = await setUpRunner(summaryFile);
});
afterEach(() => runner.dispose());

describe('createGithubPlatform', () => {
  it('is the github platform of the runner workspace', () => {
    const platform = createGithubPlatform();
    expect(platform.kind).toBe('github');
    expect(platform.context.workspace).toBe(runner.workspace);
    expect(platform.context.tempDir).toBe(runner.dir);
  });

  it('reads INPUT_* variables as the runner sets them, empty as unset', () => {
    vi.stubEnv('INPUT_WORKING-DIRECTORY', ' backend ');
    vi.stubEnv('INPUT_GATES', '');
    const platform = createGithubPlatform();
    expect(platform.getInput('working-directory')).toBe('backend');
    expect(platform.getInput('gates')).toBeUndefined();
    expect(platform.getInput('python-version')).toBeUndefined();
  });

  it('writes outputs to GITHUB_OUTPUT in the heredoc format', async () => {
    const platform = createGithubPlatform();
    await platform.setOutput('status', 'passed');
    await platform.setOutput('summary', 'two\nlines');
    expect(await runner.outputs()).toEqual([
      ['status', 'passed'],
      ['summary', 'two\nlines'],
    ]);
  });

  it('masks a secret with ::add-mask:: and redacts it from logs, outputs, annotations and the summary', async () => {
    const secret = 'ghp_S3cretT0kenValue42';
    const platform = createGithubPlatform();
    platform.setSecret(secret);
    platform.log.info(`token is ${secret}`);
    platform.log.error(`bad ${secret}`, { title: `title ${secret}` });
    platform.annotate([{ severity: 'warning', message: `finding ${secret}` }]);
    await platform.setOutput('leak', `value ${secret}`);
    await platform.writeSummary(`summary ${secret}`);

    const stdout = runner.stdout();
    expect(stdout.split('\n')[0]).toBe(`::add-mask::${secret}`);
    expect(stdout).toContain('token is ***\n');
    expect(stdout).toContain('::error title=title ***::bad ***\n');
    expect(stdout).toContain('::warning::finding ***\n');
    expect(stdout.replace(`::add-mask::${secret}`, '')).not.toContain(secret);
    expect(await runner.outputs()).toEqual([['leak', 'value ***']]);
    expect(await runner.summary()).toBe('summary ***\n');
  });

  it('logs debug, warnings with a location, and groups as workflow commands', async () => {
    vi.stubEnv('RUNNER_DEBUG', '1');
    const platform = createGithubPlatform();
    expect(platform.log.isDebug()).toBe(true);
    platform.log.debug('resolved python 3.11');
    platform.log.warning('slow test', { file: 'tests/test_api.py', line: 12, title: 'pytest' });
    const value = await platform.log.group('Run pytest', async () => {
      platform.log.info('inside');
      return 7;
    });
    expect(value).toBe(7);
    expect(runner.stdout()).toBe(
      '::debug::resolved python 3.11\n' +
        '::warning title=pytest,file=tests/test_api.py,line=12::slow test\n' +
        '::group::Run pytest\n' +
        'inside\n' +
        '::endgroup::\n',
    );
  });

  it('turns findings into error, warning and notice annotations', () => {
    createGithubPlatform().annotate([
      {
        severity: 'error',
        message: 'line too long',
        file: 'app/views.py',
        line: 7,
        column: 80,
        title: 'E501',
      },
      { severity: 'warning', message: 'unused', file: 'app/models.py', line: 3, endLine: 5 },
      { severity: 'notice', message: 'schema unchanged' },
    ]);
    expect(runner.stdout()).toBe(
      '::error title=E501,file=app/views.py,line=7,col=80::line too long\n' +
        '::warning file=app/models.py,line=3,endLine=5::unused\n' +
        '::notice::schema unchanged\n',
    );
  });

  it('appends to the step summary', async () => {
    const platform = createGithubPlatform();
    await platform.writeSummary('## Quality gates');
    await platform.writeSummary('| gate | status |');
    expect(await runner.summary()).toBe('## Quality gates\n| gate | status |\n');
  });

  it('prints one progress line per state change', () => {
    const platform = createGithubPlatform();
    platform.progress({ id: 'pytest', label: 'pytest', state: 'running' });
    platform.progress({ id: 'pytest', label: 'pytest', state: 'running' });
    platform.progress({ id: 'pytest', label: 'pytest', state: 'failed', detail: '1 failed' });
    expect(runner.stdout()).toBe('[running] pytest\n[failed] pytest: 1 failed\n');
  });

  it('fences log lines and progress that carry outside text, so they issue no command', () => {
    const platform = createGithubPlatform();
    const version = '9.9.9\n::add-mask::passed\n::set-output name=passed::true';
    platform.log.info(`staging reports version ${version}`);
    platform.progress({ id: 'c', label: 'check ::error::forged', state: 'failed', detail: version });
    const lines = runner.stdout().split('\n');
    const fences = lines.filter((line) => line.startsWith('::stop-commands::'));
    expect(fences).toHaveLength(2);
    for (const fence of fences) {
      const token = fence.slice('::stop-commands::'.length);
      expect(token).toMatch(/^maint-[0-9a-f-]{36}$/);
      expect(lines).toContain(`::${token}::`);
    }
    expect(lines.filter((line) => line.startsWith('::add-mask::'))).toEqual([
      '::add-mask::passed',
      '::add-mask::passed',
    ]);
    // Every forged line sits between a fence and its closing token.
    let open = false;
    for (const line of lines) {
      if (line.startsWith('::stop-commands::')) open = true;
      else if (/^::maint-[0-9a-f-]{36}::$/.test(line)) open = false;
      else if (line.startsWith('::')) expect(open).toBe(true);
    }
  });

  it('degrades without a summary file: one warning, and the action goes on', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const platform = createGithubPlatform();
    await platform.writeSummary('## one');
    await platform.writeSummary('## two');
    await platform.setOutput('status', 'passed');
    expect(runner.stdout()).toBe(
      '::warning title=Job summary::No job summary written (GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary); the report is in this log and the report files.\n',
    );
    expect(await runner.outputs()).toEqual([['status', 'passed']]);
  });
});

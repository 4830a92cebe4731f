import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { secrets } from '@maint-actions/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';
import { colourWanted, createStyle, displayWidth } from './style';
import { annotationLine, createTerminalPlatform, gitContext, withoutRepeatedOutput } from './terminal';

function collector() {
  const chunks: string[] = [];
  return {
    write: (text: string) => chunks.push(text),
    get text() {
      return chunks.join('');
    },
  };
}

function platform(
  options: { env?: Record<string, string>; inputs?: Record<string, string>; isTTY?: boolean } = {},
) {
  const stdout = collector();
  const stderr = collector();
  const terminal = createTerminalPlatform({
    action: 'echo-gates',
    inputs: options.inputs ?? {},
    env: { PATH: process.env.PATH, ...options.env },
    stdout,
    stderr,
    isTTY: options.isTTY ?? false,
    cwd: os.tmpdir(),
  });
  return { terminal, stdout, stderr };
}

describe('createTerminalPlatform', () => {
  it('prints server and tool text without its escape sequences, with the tool’s own colours', async () => {
    const hostile = 'v9\x1b]0;pwned\x07\x1b[2J\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\rfake';
    const { terminal, stdout, stderr } = platform({ env: { FORCE_COLOR: '1' } });
    terminal.log.info(`served ${hostile}`);
    terminal.log.warning(`warn ${hostile}`, { file: `a\x1b[8m.py`, line: 3 });
    await terminal.log.group(`group ${hostile}`, async () => {});
    terminal.progress({ id: 'c', label: `check ${hostile}`, state: 'failed', detail: hostile });
    terminal.annotate([{ severity: 'error', message: hostile, rule: `R\x1b[1m1` }]);
    await terminal.writeSummary(`## ${hostile}`);
    await terminal.setOutput('version', hostile);
    terminal.finish();
    const text = stdout.text + stderr.text;
    for (const sequence of ['\x1b]', '\x1b[2J', '\x1b[8m', '\x07', '\r'])
      expect(text).not.toContain(sequence);
    expect(stdout.text).toContain('served v9linkfake\n');
    expect(stdout.text).toContain('version=v9linkfake\n');
    expect(stderr.text).toContain('a.py:3: ');
    // The tool's own styling is still there.
    expect(text).toContain('\x1b[');
  });

  it('reads inputs from flags first, then MAINT_INPUT_* variables; blank is unset', () => {
    const { terminal } = platform({
      inputs: { gates: 'lint', outcome: '  ' },
      env: {
        MAINT_INPUT_GATES: 'pytest',
        MAINT_INPUT_WORKING_DIRECTORY: 'backend',
        MAINT_INPUT_OUTCOME: 'fail',
      },
    });
    expect(terminal.kind).toBe('terminal');
    expect(terminal.getInput('gates')).toBe('lint');
    expect(terminal.getInput('working-directory')).toBe('backend');
    expect(terminal.getInput('outcome')).toBeUndefined();
    expect(terminal.getInput('retries')).toBeUndefined();
  });

  it('logs info to stdout, warnings and errors with their location to stderr, without colour off a TTY', () => {
    const { terminal, stdout, stderr } = platform();
    terminal.log.info('collecting');
    terminal.log.debug('hidden');
    terminal.log.warning('slow test', { file: 'app/tests.py', line: 3 });
    terminal.log.error('boom');
    expect(stdout.text).toBe('collecting\n');
    expect(stderr.text).toBe('app/tests.py:3: warning: slow test\nerror: boom\n');
  });

  it('prints annotations as file:line: severity: message', () => {
    const { terminal, stdout } = platform();
    terminal.annotate([
      {
        severity: 'error',
        message: 'line too long',
        file: 'app/views.py',
        line: 12,
        column: 80,
        rule: 'E501',
      },
      { severity: 'notice', message: 'no file' },
    ]);
    expect(stdout.text).toBe('app/views.py:12:80: error: line too long [E501]\nnotice: no file\n');
  });

  it('prints a finding once: an annotation the printed summary shows is left out', async () => {
    const { terminal, stdout } = platform({ isTTY: true });
    await terminal.writeSummary(
      '### ❌ lint: 1 problem\n\n- ❌ `app/views.py:12` — `E501` — line too long (99 &gt; 79\\_000)\n',
    );
    const before = stdout.text;
    terminal.annotate([
      {
        severity: 'error',
        message: 'line too long (99 > 79_000)',
        file: 'app/views.py',
        line: 12,
        rule: 'E501',
      },
      {
        severity: 'error',
        message: 'line too long (99 > 79_000)',
        file: 'app/models.py',
        line: 3,
        rule: 'E501',
      },
      { severity: 'warning', message: 'not in the summary', file: 'app/views.py', line: 40 },
    ]);
    expect(stdout.text.slice(before.length)).toBe(
      'app/models.py:3: \x1b[31merror\x1b[39m: line too long (99 > 79_000) [E501]\n' +
        'app/views.py:40: \x1b[33mwarning\x1b[39m: not in the summary\n',
    );
  });

  it('names an output block of the summary that the log printed during the run instead of repeating it', async () => {
    const { terminal, stdout } = platform();
    const tail = 'FAILED tests/test_api.py::test_list - assert 500 == 200\n1 failed in 0.2s';
    await terminal.log.group('pytest: 1 failed', async () => terminal.log.info(tail));
    await terminal.writeSummary(
      '### ❌ pytest: 1 failed\n\n<details><summary>Output (last lines)</summary>\n\n```text\n1 failed in 0.2s\n```\n\n</details>\n\n' +
        '### ❌ lint: 2 problems\n\n<details><summary>Output (last lines)</summary>\n\n```text\nnot logged\n```\n\n</details>\n',
    );
    expect(stdout.text).toBe(
      `▸ pytest: 1 failed\n${tail}\n\n` +
        '❌ pytest: 1 failed\n\nOutput (last lines): printed above.\n\n❌ lint: 2 problems\n\nOutput (last lines):\n\n    not logged\n',
    );
    expect(
      withoutRepeatedOutput('<details><summary>Out</summary>\n\n```text\n\n```\n\n</details>', ['']),
    ).toBe('<details><summary>Out</summary>\n\n```text\n\n```\n\n</details>');
  });

  it('prints outputs as name=value at the end, redacted', async () => {
    const { terminal, stdout } = platform();
    terminal.setSecret('hunter2-terminal');
    await terminal.setOutput('status', 'passed');
    await terminal.setOutput('summary', 'token hunter2-terminal\nsecond line');
    terminal.log.info('the token is hunter2-terminal');
    expect(stdout.text).toBe('the token is ***\n');
    terminal.finish();
    expect(stdout.text).toBe('the token is ***\n\nstatus=passed\nsummary=token ***\\nsecond line\n');
  });

  it('prints the summary as text and colours a TTY unless NO_COLOR', async () => {
    const tty = platform({ isTTY: true });
    await tty.terminal.writeSummary('## Done\n');
    expect(tty.stdout.text).toBe('\n\x1b[1mDone\x1b[22m\n');
    const noColour = platform({ isTTY: true, env: { NO_COLOR: '1' } });
    await noColour.terminal.writeSummary('## Done\n');
    expect(noColour.stdout.text).toBe('\nDone\n');
  });

  it('on a TTY, draws live progress and keeps warnings above it', () => {
    const { terminal, stdout, stderr } = platform({ isTTY: true, env: { NO_COLOR: '1' } });
    terminal.progress({ id: 'pytest', label: 'pytest', state: 'running' });
    terminal.log.warning('slow');
    terminal.progress({ id: 'pytest', label: 'pytest', state: 'passed', detail: '3 passed' });
    terminal.finish();
    expect(stderr.text).toBe('');
    expect(stdout.text).toBe(
      '⠋ pytest  running    0.0s\n' +
        '\r\x1b[1A\x1b[Jwarning: slow\n⠋ pytest  running    0.0s\n' +
        '\r\x1b[1A\x1b[J✓ pytest  passed     0.0s  3 passed\n',
    );
  });

  it('has a no-op cache', async () => {
    const { terminal } = platform();
    expect(await terminal.cache.restore(['.venv'], 'key')).toBeUndefined();
    await expect(terminal.cache.save(['.venv'], 'key')).resolves.toBeUndefined();
  });

  it('never writes a registered secret', () => {
    secrets.add('s3cr3t-from-ci');
    const { terminal, stdout, stderr } = platform();
    terminal.log.error('auth failed with s3cr3t-from-ci');
    terminal.annotate([{ severity: 'warning', message: 'found s3cr3t-from-ci in settings.py' }]);
    expect(stdout.text + stderr.text).not.toContain('s3cr3t-from-ci');
    expect(stderr.text).toBe('error: auth failed with ***\n');
  });
});

describe('gitContext', () => {
  let repo: string;
  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'maint-cli-git-'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'feature/x');
    await mkdir(path.join(repo, 'sub'));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('takes the top-level, sha and branch from git', () => {
    const context = gitContext(path.join(repo, 'sub'), process.env);
    expect(context.workspace).toBe(repo);
    expect(context.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(context.refName).toBe('feature/x');
  });

  it('falls back to the cwd without git', () => {
    const context = gitContext(os.tmpdir(), { PATH: '/nonexistent' });
    expect(context).toMatchObject({ workspace: os.tmpdir() });
    expect(context.sha).toBeUndefined();
  });
});

describe('markdownToText', () => {
  const plain = createStyle(false);

  it('aligns table columns, drops the separator row, unescapes cells', () => {
    const text = markdownToText(
      '## ✅ Quality gates: passed\n\n| Check | Status | Result |\n| --- | --- | --- |\n| pytest | ✅ passed | 42 passed |\n| import\\-linter \\| x | ⚠️ failed | `a_b` broken |\n',
      plain,
    );
    expect(text).toBe(
      [
        '✅ Quality gates: passed',
        '',
        'Check              Status     Result',
        'pytest             ✅ passed  42 passed',
        'import-linter | x  ⚠️ failed  a_b broken',
        '',
      ].join('\n'),
    );
  });

  it('indents code blocks, reduces <details> to its title and decodes entities', () => {
    const text = markdownToText(
      '<details><summary>Output (last lines)</summary>\n\n```text\nE   assert 1 == 2\n```\n\n</details>\n\n- **Duration** 3 s &amp; &lt;b&gt;\n',
      plain,
    );
    expect(text).toBe('Output (last lines):\n\n    E   assert 1 == 2\n\n- Duration 3 s & <b>\n');
  });
});

describe('style helpers', () => {
  it('decides colour from TTY, NO_COLOR and FORCE_COLOR', () => {
    expect(colourWanted(true, {})).toBe(true);
    expect(colourWanted(false, {})).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourWanted(true, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('counts emoji as two columns', () => {
    expect(displayWidth('✅ ok')).toBe(5);
    expect(displayWidth('⚠️')).toBe(2);
    expect(displayWidth('\x1b[31mred\x1b[39m')).toBe(3);
  });

  it('colours the severity of an annotation', () => {
    expect(annotationLine({ severity: 'error', message: 'x', file: 'a.py' }, createStyle(true))).toBe(
      'a.py: \x1b[31merror\x1b[39m: x',
    );
  });
});

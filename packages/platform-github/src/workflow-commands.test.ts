import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, WorkflowCommands, workflowCommand } from './workflow-commands';

let dir: string;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'workflow-commands-'));
  lines = [];
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const commands = (env: Record<string, string | undefined> = {}) =>
  new WorkflowCommands(env, (line) => lines.push(line));

describe('workflow commands', () => {
  it('escapes messages and property values as the runner reads them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(workflowCommand('error', 'x', { file: 'app/a.py', line: 3, col: undefined, title: '' })).toBe(
      '::error file=app/a.py,line=3::x',
    );
  });

  it('writes annotations with the runner’s property names', () => {
    const runner = commands();
    runner.annotate('warning', 'unused import\nos', {
      title: 'flake8: F401',
      file: 'app/views.py',
      startLine: 12,
      endLine: 14,
      startColumn: 1,
      endColumn: 9,
    });
    runner.annotate('notice', 'plain');
    expect(lines).toEqual([
      '::warning title=flake8%3A F401,file=app/views.py,line=12,endLine=14,col=1,endColumn=9::unused import%0Aos',
      '::notice::plain',
    ]);
  });

  it('reads inputs from INPUT_ variables, trimmed, with spaces as underscores', () => {
    const runner = commands({ 'INPUT_WORKING-DIRECTORY': '  backend \n', INPUT_MY_INPUT: 'x' });
    expect(runner.getInput('working-directory')).toBe('backend');
    expect(runner.getInput('my input')).toBe('x');
    expect(runner.getInput('missing')).toBe('');
  });

  it('appends outputs to GITHUB_OUTPUT between random delimiters, several lines kept', async () => {
    const file = path.join(dir, 'output');
    await writeFile(file, '');
    const runner = commands({ GITHUB_OUTPUT: file });
    runner.setOutput('summary', '3 gates: 3 passed');
    runner.setOutput('notes', 'line one\nline two');
    const text = await readFile(file, 'utf8');
    const match = [...text.matchAll(/^(\w+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm)];
    expect(match.map((m) => [m[1], m[3]])).toEqual([
      ['summary', '3 gates: 3 passed'],
      ['notes', 'line one\nline two'],
    ]);
    expect(match[0]?.[2]).not.toBe(match[1]?.[2]);
    expect(lines).toEqual([]);
  });

  it('masks, groups and appends the job summary', async () => {
    const summary = path.join(dir, 'summary.md');
    await writeFile(summary, '# before\n');
    const runner = commands({ GITHUB_STEP_SUMMARY: summary, RUNNER_DEBUG: '1' });
    runner.mask('s3cr3t');
    const value = await runner.group('pytest: 2 failed', async () => {
      runner.info('inside');
      return 42;
    });
    runner.appendSummary('## Quality gates');
    expect(value).toBe(42);
    expect(runner.isDebug()).toBe(true);
    expect(lines).toEqual(['::add-mask::s3cr3t', '::group::pytest: 2 failed', 'inside', '::endgroup::']);
    expect(await readFile(summary, 'utf8')).toBe('# before\n## Quality gates\n');
  });

  it('closes a group whose work fails, and says when the runner has no summary file', async () => {
    const runner = commands();
    await expect(
      runner.group('boom', async () => {
        throw new Error('failed inside');
      }),
    ).rejects.toThrow('failed inside');
    expect(lines).toEqual(['::group::boom', '::endgroup::']);
    expect(() => runner.appendSummary('x')).toThrow(
      'GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries',
    );
  });
});

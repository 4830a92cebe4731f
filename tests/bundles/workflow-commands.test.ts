/**
 * Text from outside never becomes a workflow command (issue 13, item 2). Real bundles run under
 * the runner protocol (`runBundle`) against a loopback server, files and commands that answer
 * with hostile text: forged `::add-mask::`, `::set-output`, `::stop-commands::`, `::error::`,
 * `##[...]` lines, behind LF, CR, CRLF, `%0A`, Unicode separators, invisible characters and
 * terminal escapes. Each run is read the way the runner reads it (`commandsTheRunnerRuns`): the
 * only commands are the ones the action authors, and outputs and masks are what they would be
 * for harmless text.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyExampleService, runBundle, systemPython } from '@maint-actions/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { json, serve, tempDir } from '../../actions/smoke-test-gate/src/test-support';
import { commandsTheRunnerRuns, type RunCommand } from '../../packages/platform-github/src/runner.fixture';

/** Hostile texts; none holds `'` (they are quoted for `sh` below) or `"` (quoted for YAML). */
const HOSTILE = [
  '9.9.9\n::add-mask::passed\n::set-output name=passed::true',
  '9.9.9\r::add-mask::cr-only\r::set-env name=NODE_OPTIONS::--require=/tmp/x.js',
  '9.9.9\r\n::add-path::/tmp/evil\r\n::save-state name=x::y',
  '9.9.9%0A::add-mask::percent-encoded%0D%0A::error::forged-encoded',
  '9.9.9\u2028::add-mask::line-separator\u2029::error::forged-paragraph-separator',
  '\u2028::add-mask::separator-first',
  '\u0085::add-mask::next-line-first',
  '  \t::error file=app/models.py,line=1::forged annotation',
  '::stop-commands::guess\n::add-mask::in-a-forged-fence\n::guess::\n::add-mask::after-the-forged-fence',
  'release ##[add-mask]legacy-anywhere',
  '\u00AD::add-mask::soft-hyphen\n:\u200B:add-mask::zero-width',
  '\u001b]0;title\u0007\u001b[31m::add-mask::ansi\u001b[0m\n::endgroup::\n::group::forged',
];

/** Commands a bundle authors itself; anything else on stdout or stderr was forged. */
const AUTHORED = new Set(['group', 'endgroup', 'debug', 'notice', 'warning', 'error', 'add-mask']);

let tried = 0;
let issued = 0;

/**
 * Whether a command the runner would run is one the action wrote: @actions/core writes each at
 * the start of its own line, with its data escaped, and the action never writes a message that
 * starts with "forged" (the word every forged annotation and group of HOSTILE starts with).
 * Authored commands whose data holds hostile text (a debug line with a tool's output, an error
 * naming a server's answer) are data, and harmless.
 */
function forged(command: RunCommand, masks: readonly string[]): boolean {
  if (!AUTHORED.has(command.command)) return true;
  if (!command.line.startsWith('::')) return true;
  const data = command.line.slice(command.line.indexOf('::', 2) + 2);
  if (command.command === 'add-mask') return !masks.includes(data);
  return data.startsWith('forged');
}

/** Asserts that the runner would run only authored commands, and `masks` as the only masks. */
function expectNoForgedCommand(stdout: string, stderr: string, masks: readonly string[]): void {
  const run = [...commandsTheRunnerRuns(stdout), ...commandsTheRunnerRuns(stderr)];
  const found = run.filter((command) => forged(command, masks));
  issued += found.length;
  expect(found).toEqual([]);
  const count = (name: string) => run.filter((c) => c.command === name).length;
  expect(count('endgroup')).toBe(count('group'));
  expect(run.filter((c) => c.command === 'add-mask').map((c) => c.line.slice('::add-mask::'.length))).toEqual(
    masks,
  );
}

afterAll(() => {
  // The figure of docs/faults.md: outside texts tried / commands issued.
  console.log(`workflow commands: ${tried} outside texts tried / ${issued} commands issued`);
});

describe('smoke-test-gate: served version, ready-path, check names and response bodies', () => {
  const TOKEN = 'smoke-secret-9f2c41';

  it.each(HOSTILE.map((text, i) => [i, text] as const))('text %i issues no command', async (_, text) => {
    // A check name may have up to 100 characters.
    const name = text.slice(0, 100);
    const temp = await tempDir('wfc-smoke-');
    const server = await serve((req, res) => {
      if (req.url?.startsWith('/healthz')) json(res, 200, { status: 'ok', version: text });
      else json(res, 200, [{ slug: text }]);
    });
    try {
      await writeFile(
        path.join(temp.dir, 'smoke.yml'),
        `checks:\n  - name: ${JSON.stringify(name)}\n    path: /api/list/\n    expect:\n      json: {/0/slug: kyc-basic}\n`,
      );
      const run = await runBundle('smoke-test-gate', {
        workspace: temp.dir,
        inputs: {
          'base-url': server.url,
          'ready-path': `/healthz?${text}`,
          'version-pointer': '/version',
          'expect-version': text,
          'ready-timeout': '20',
          retries: '0',
          samples: '1',
          warmup: '0',
          'auth-header': `Authorization: Bearer ${TOKEN}`,
        },
      });
      tried += 4;
      expect(run.exitCode, run.stdout + run.stderr).toBe(1);
      expect(run.outputs.passed).toBe('false');
      expect(run.outputs['failed-checks']).toBe(name);
      // The action masks the header, its value and the token on their own: those three only.
      expectNoForgedCommand(run.stdout, run.stderr, [
        `Authorization: Bearer ${TOKEN}`,
        `Bearer ${TOKEN}`,
        TOKEN,
      ]);
    } finally {
      await server.close();
      await temp.cleanup();
    }
  });
});

describe('quality-gates: a failed gate’s tool output', () => {
  it('shows the output of a failing custom gate and issues no command from it', async () => {
    const temp = await tempDir('wfc-gates-');
    try {
      await writeFile(path.join(temp.dir, 'hostile.txt'), HOSTILE.join('\n'));
      const run = await runBundle('quality-gates', {
        workspace: temp.dir,
        inputs: {
          gates: 'pytest',
          warn: 'pytest',
          python: systemPython,
          'custom-gates': 'hostile: cat hostile.txt; exit 1',
        },
      });
      tried += HOSTILE.length;
      expect(run.exitCode, run.stdout + run.stderr).toBe(1);
      expect(run.outputs['failed-gates']).toBe('custom:hostile');
      expect(run.outputs.status).toBe('failed');
      expect(run.stdout).toContain('::add-mask::after-the-forged-fence');
      expectNoForgedCommand(run.stdout, run.stderr, []);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('generate-openapi: the `$ <command>` echo', () => {
  it('echoes a command holding hostile text and issues no command from it', async () => {
    const ws = await copyExampleService('wfc-openapi-');
    try {
      const quoted = HOSTILE.map((text) => `'${text}'`).join(' ');
      const run = await runBundle('generate-openapi', {
        workspace: ws.root,
        inputs: {
          'working-directory': ws.workingDirectory,
          python: systemPython,
          generator: 'command',
          command: `: ${quoted}; printf 'openapi: 3.0.3\\ninfo: {title: t, version: "1"}\\npaths: {}\\n' > "$MAINT_SCHEMA_OUT"`,
        },
      });
      tried += HOSTILE.length;
      expect(run.stdout).toContain(`$ sh -c : ${quoted}`);
      expect(run.outputs.schema, run.stdout + run.stderr).toBeTruthy();
      expectNoForgedCommand(run.stdout, run.stderr, []);
    } finally {
      await ws.cleanup();
    }
  });
});

describe('a runner without a job summary file (issue 13, item 8)', () => {
  it('passes with its outputs set and one warning, rather than failing as a bug', async () => {
    const temp = await tempDir('wfc-nosummary-');
    const server = await serve((req, res) => {
      if (req.url === '/healthz') json(res, 200, { status: 'ok' });
      else json(res, 200, [{ slug: 'kyc-basic' }]);
    });
    try {
      await writeFile(
        path.join(temp.dir, 'smoke.yml'),
        'checks:\n  - name: list\n    path: /api/list/\n    expect:\n      json: {/0/slug: kyc-basic}\n',
      );
      const run = await runBundle('smoke-test-gate', {
        workspace: temp.dir,
        inputs: { 'base-url': server.url, samples: '1', warmup: '0' },
        env: { GITHUB_STEP_SUMMARY: undefined },
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.passed).toBe('true');
      expect(run.commands.filter((c) => c.command === 'warning')).toEqual([
        {
          command: 'warning',
          props: { title: 'Job summary' },
          message:
            'No job summary written (GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary); the report is in this log and the report files.',
        },
      ]);
      expect(run.stdout).not.toContain('bug');
    } finally {
      await server.close();
      await temp.cleanup();
    }
  });
});

/**
 * Runs an action through GitHub's own local runner, @github/local-action, as a developer does:
 * `pnpm local-action <action dir> <entrypoint> <env file>` (the package script; see
 * docs/local-action.md for why not `npx @github/local-action` under pnpm). The tool reads the
 * action's `action.yml`, loads the env file into the environment, replaces @actions/core and
 * @actions/github with its own stubs, imports the entry (`actions/<action>/src/main.ts`, the
 * TypeScript source, not the bundle) and calls its exported `run()`.
 *
 * Adding an action's test is one file, tests/local-action/<action>.test.ts, calling
 * `runLocalAction('<action>', …)`; tests/parity.test.ts requires that file for every action.
 *
 * The result has the shape of `runBundle`'s: the outputs are those the tool's @actions/core stub
 * received (its `::set-output` lines, checked against its "Action Outputs" table, which only the
 * stub fills), the summary is the file the stub's `core.summary` wrote (GITHUB_STEP_SUMMARY from
 * the env file).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BundleOptions, type BundleRun, repoRoot } from '@maint-actions/testing';

/** A value in the env file's (dotenv's) syntax: single quotes keep it as written, double quotes carry newlines. */
export function dotenvValue(value: string): string {
  if (!value.includes("'") && !value.includes('\n')) return `'${value}'`;
  if (!value.includes('"') && !value.includes('\\')) return `"${value.replace(/\r?\n/g, '\\n')}"`;
  throw new Error(
    `cannot write ${JSON.stringify(value)} to a dotenv file (quotes and a newline or backslash)`,
  );
}

/** The env file @github/local-action loads: the runner's variables, then INPUT_<NAME> per input. */
export function envFile(variables: Record<string, string | undefined>): string {
  return Object.entries(variables)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${dotenvValue(value)}`)
    .join('\n')
    .concat('\n');
}

/** The outputs the tool printed in its "Action Outputs" table (names only; values are inspected). */
function tabledOutputs(stdout: string): string[] {
  const at = stdout.lastIndexOf('Action Outputs');
  if (at < 0) return [];
  return [...stdout.slice(at).matchAll(/^│ \d+\s+│ '([^']+)'/gm)].map((m) => m[1] as string);
}

/** `::set-output name=<name>::<value>`, as the tool's stub of `core.setOutput` prints each output. */
function printedOutputs(stdout: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm))
    outputs[m[1] as string] = m[2] as string;
  return outputs;
}

/**
 * The workflow commands the tool's stub printed (`::warning title=…,file=…,line=…::message`).
 * Unlike @actions/core, the stub writes property values as they are (a `:` or `,` unescaped), so
 * the properties end at the first `::` and a value holding a comma cannot be told apart.
 */
export function stubCommands(stdout: string): BundleRun['commands'] {
  const commands: BundleRun['commands'] = [];
  for (const m of stdout.matchAll(/^::([a-z-]+)(?: (.*?))?::(.*)$/gm)) {
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0) props[pair.slice(0, at)] = pair.slice(at + 1);
    }
    commands.push({ command: m[1] as string, props, message: m[3] as string });
  }
  return commands;
}

export interface LocalActionRun extends BundleRun {
  /** The env file as written (it holds only the test's fake tokens). */
  readonly envFile: string;
}

export async function runLocalAction(action: string, options: BundleOptions): Promise<LocalActionRun> {
  const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'maint-local-action-'));
  const summary = path.join(runnerDir, 'summary.md');
  const eventPath = path.join(runnerDir, 'event.json');
  const envPath = path.join(runnerDir, '.env');
  await writeFile(eventPath, JSON.stringify(options.event?.payload ?? {}));
  const inputs = Object.fromEntries(
    Object.entries(options.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const env = envFile({
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/backend',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: runnerDir,
    RUNNER_OS: 'Linux',
    ...options.env,
    ...inputs,
  });
  await writeFile(envPath, env, { mode: 0o600 });
  try {
    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const entry = path.relative(
        path.join(repoRoot, action),
        path.join(repoRoot, 'actions', action, 'src', 'main.ts'),
      );
      const child = spawn('pnpm', ['--silent', 'local-action', action, entry, envPath], {
        cwd: repoRoot,
        // Only what a shell gives a developer; everything of the run comes from the env file.
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ exitCode: code, stdout, stderr });
      });
    });
    const outputs = printedOutputs(stdout);
    const tabled = tabledOutputs(stdout);
    if (tabled.join(',') !== Object.keys(outputs).join(',')) {
      throw new Error(
        `@github/local-action listed the outputs [${tabled.join(', ')}] but printed [${Object.keys(outputs).join(', ')}]: its @actions/core stub was not in place\n${stdout}\n${stderr}`,
      );
    }
    return {
      exitCode,
      stdout,
      stderr,
      outputs,
      summary: await readFile(summary, 'utf8').catch(() => ''),
      commands: stubCommands(stdout),
      envFile: env,
    };
  } finally {
    await rm(runnerDir, { recursive: true, force: true });
  }
}

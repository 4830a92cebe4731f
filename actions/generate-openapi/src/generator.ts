/**
 * Runs the schema generator: drf-spectacular's `manage.py spectacular`, DRF's
 * `manage.py generateschema`, or a command the user wrote, each writing to a file we name.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CommandNotFoundError,
  ConfigError,
  type Finding,
  type Platform,
  type RunResult,
  runProcess,
  runShell,
  secrets,
  ToolMissingError,
  tailUtf8,
} from '@maint-actions/core';
import { activateVenv, hasModule, type PythonInfo, prepareProjectPython } from '@maint-actions/python-env';
import { finalError, parseGeneratorOutput, type Where } from './messages';
import type { GeneratorName } from './spec';

type Env = Readonly<Record<string, string | undefined>>;

/** The environment variable naming the file a `command` generator must write. */
export const SCHEMA_OUT_ENV = 'MAINT_SCHEMA_OUT';

/** Bytes of the generator's output kept for the report. */
const OUTPUT_TAIL_BYTES = 16 * 1024;

export interface GeneratorOptions {
  readonly platform: Platform;
  readonly generator: GeneratorName;
  /** The `command` input, for `generator: command`. */
  readonly command: string | undefined;
  readonly failOnWarn: boolean;
  /** The `python` input (`auto`, a path or a command). */
  readonly python: string;
  /** The `install` input (or the config's `install:`): the venv the generator runs in. */
  readonly install: string | undefined;
  readonly settingsModule: string | undefined;
  /** Extra environment from the `env` input. */
  readonly extraEnv: Readonly<Record<string, string>>;
  readonly where: Where;
  /** The file the generator writes (absolute). */
  readonly out: string;
  readonly format: 'yaml' | 'json';
  readonly timeoutMinutes: number;
}

/** How the generator ran. */
export interface GeneratorRun {
  /** The command line, redacted, for the report. */
  readonly command: readonly string[];
  readonly result: RunResult;
  /** Its warnings and errors, located where it said. */
  readonly findings: Finding[];
  /** The end of its output (redacted). */
  readonly outputTail: string;
  /** One line on why it failed, when it did: the final `...Error: message` line, or the exit. */
  readonly failure: string | undefined;
  /** The interpreter, when the generator is a `manage.py` command. */
  readonly python: PythonInfo | undefined;
}

/**
 * Runs the generator in the working directory under the timeout and reads its messages.
 *
 * @throws ConfigError for a missing manage.py, interpreter, tool or `command`; or when
 *   drf-spectacular is installed but not in INSTALLED_APPS.
 */
export async function runGenerator(options: GeneratorOptions): Promise<GeneratorRun> {
  const { platform, where } = options;
  const baseEnv = { ...platform.env, ...options.extraEnv };
  let python: PythonInfo | undefined;
  let run: () => Promise<RunResult>;
  let commandLine: string[];
  let env: Env;

  if (options.generator === 'command') {
    const script = requireCommand(options.command);
    // With `install`, the command runs in the venv it built (its `python` and tools first on PATH).
    const installed = options.install ? await projectPython(options, baseEnv) : undefined;
    const commandEnv = installed ? activateVenv(baseEnv, installed.path) : baseEnv;
    python = installed;
    env = withSettings({ ...commandEnv, [SCHEMA_OUT_ENV]: options.out }, options.settingsModule);
    commandLine = ['sh', '-c', script];
    run = () => runShell(script, common(env));
  } else {
    if (options.command !== undefined) {
      throw new ConfigError(
        `Input "command" is only used with "generator: command" (the generator is ${options.generator}): remove it or set generator to command.`,
        { input: 'command' },
      );
    }
    requireManagePy(where);
    python = await projectPython(options, baseEnv);
    env = withSettings(activateVenv(baseEnv, python.path), options.settingsModule);
    await requireModules(options.generator, python.path, env);
    const args = managePyArgs(options);
    commandLine = [python.path, ...args];
    const interpreter = python.path;
    run = () => runProcess({ command: interpreter, args, ...common(env) });
  }

  function common(childEnv: Env) {
    return { cwd: where.cwd, env: childEnv, timeoutMs: options.timeoutMinutes * 60_000 };
  }

  const shown = commandLine.map((part) => secrets.redact(part));
  platform.log.info(`$ ${shown.join(' ')}`);
  let result: RunResult;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      throw error.toToolMissing('install it, or set the "python" input');
    throw error;
  }
  const output = [result.stderr, result.stdout].filter((text) => text.trim() !== '').join('\n');
  if (options.generator === 'spectacular' && /Unknown command: 'spectacular'/.test(output)) {
    throw new ConfigError(
      'drf-spectacular is installed but not in INSTALLED_APPS: add "drf_spectacular" to INSTALLED_APPS, or set the "generator" input to drf.',
      { input: 'generator' },
    );
  }
  const outputTail = tailUtf8(secrets.redact(output.trimEnd()), OUTPUT_TAIL_BYTES);
  return {
    command: shown,
    result,
    findings: parseGeneratorOutput(output, where),
    outputTail,
    failure: failureOf(result, output, options),
    python,
  };
}

/** The interpreter: the `install` venv (built or restored first) when `install` is set, else `python`. */
function projectPython(options: GeneratorOptions, env: Env): Promise<PythonInfo> {
  return prepareProjectPython({
    platform: options.platform,
    python: options.python,
    install: options.install,
    workspace: options.where.workspace,
    cwd: options.where.cwd,
    env,
    timeoutMs: options.timeoutMinutes * 60_000,
  });
}

/** The arguments of `python` for the `manage.py` generators. */
export function managePyArgs(
  options: Pick<GeneratorOptions, 'generator' | 'out' | 'format' | 'failOnWarn'>,
): string[] {
  const format = options.format === 'json' ? ['--format', 'openapi-json'] : [];
  if (options.generator === 'drf') {
    if (options.failOnWarn) {
      throw new ConfigError('Input "fail-on-warn" works with "generator: spectacular" only: remove it.', {
        input: 'fail-on-warn',
      });
    }
    return ['manage.py', 'generateschema', '--file', options.out, ...format];
  }
  return [
    'manage.py',
    'spectacular',
    '--file',
    options.out,
    '--validate',
    ...(options.failOnWarn ? ['--fail-on-warn'] : []),
    ...format,
  ];
}

/** Why the run failed, or undefined when it wrote the file and exited 0. */
function failureOf(result: RunResult, output: string, options: GeneratorOptions): string | undefined {
  if (result.timedOut) return `timed out after ${options.timeoutMinutes} min`;
  if (result.exitCode !== 0) {
    const exit = result.exitCode === null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
    const reason = finalError(output);
    return reason ? `${reason} (${exit})` : `the generator failed (${exit})`;
  }
  if (!statSync(options.out, { throwIfNoEntry: false })?.isFile()) {
    return options.generator === 'command'
      ? `the command exited 0 but wrote no file at $${SCHEMA_OUT_ENV}`
      : 'the generator exited 0 but wrote no file';
  }
  return undefined;
}

function requireCommand(command: string | undefined): string {
  if (command === undefined) {
    throw new ConfigError(
      'Input "command" is required with "generator: command": a command that writes the schema to the file named by $MAINT_SCHEMA_OUT.',
      { input: 'command' },
    );
  }
  return command;
}

function requireManagePy(where: Where): void {
  if (existsSync(path.join(where.cwd, 'manage.py'))) return;
  const shown = path.relative(where.workspace, where.cwd) || '.';
  throw new ConfigError(
    `Input "working-directory": ${shown} has no manage.py; point it at the Django project, or set "generator: command".`,
    { input: 'working-directory' },
  );
}

/** @throws ToolMissingError naming the package the generator needs. */
async function requireModules(generator: 'spectacular' | 'drf', python: string, env: Env): Promise<void> {
  const needed =
    generator === 'spectacular'
      ? [
          ['django', 'Django', 'pip install Django'],
          [
            'drf_spectacular',
            'drf-spectacular',
            'pip install drf-spectacular and add "drf_spectacular" to INSTALLED_APPS',
          ],
        ]
      : [
          ['django', 'Django', 'pip install Django'],
          ['rest_framework', 'Django REST framework', 'pip install djangorestframework'],
        ];
  for (const [module, name, install] of needed as [string, string, string][]) {
    if (!(await hasModule(python, module, env))) {
      throw new ToolMissingError(
        name,
        `${install} in the project's environment, or point the "python" input at the project's interpreter`,
      );
    }
  }
}

/** Adds DJANGO_SETTINGS_MODULE. @throws ConfigError when `settings-module` is not a dotted module name. */
function withSettings(env: Env, settingsModule: string | undefined): Env {
  if (settingsModule === undefined) return env;
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(settingsModule)) {
    throw new ConfigError(
      `Input "settings-module" must be a dotted Python module name such as config.settings (got "${settingsModule}").`,
      { input: 'settings-module' },
    );
  }
  return { ...env, DJANGO_SETTINGS_MODULE: settingsModule };
}

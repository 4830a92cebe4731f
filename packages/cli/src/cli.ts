/**
 * The whole `maint-actions` command, without touching process globals: parse argv, pick the
 * platform (GitLab in a GitLab job, else the terminal), load the repo config, run the action and
 * return its exit code. src/main.ts calls it with the real process.
 */

import path from 'node:path';
import {
  configFor,
  describeError,
  ExitCode,
  executeAction,
  gitlabInputVar,
  isConfigError,
  loadConfig,
  type Platform,
  setFailureOutputs,
  stripTerminalControls,
} from '@maint-actions/core';
import { runOpenapiDiffCommand } from '@maint-actions/openapi-diff';
import { createGitlabPlatform } from '@maint-actions/platform-gitlab';
import cliPackage from '../package.json';
import { parseArgs } from './args';
import { renderActionHelp, renderGlobalHelp } from './help';
import { runInit } from './init/command';
import { registry as defaultRegistry, findAction, type Registry } from './registry';
import { runSchedules } from './schedules';
import { readStdin } from './stdin';
import { createTerminalPlatform, type TextSink } from './terminal';

/** The version `--version` prints. */
export const VERSION: string = cliPackage.version;

/** What the command runs against: the process in main.ts, collectors and temp dirs in tests. */
export interface CliIO {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Whether stdout is an interactive terminal. */
  readonly isTTY: boolean;
  /** Terminal width; 80 when unknown. */
  readonly columns?: number;
  readonly cwd: string;
  /** The actions to offer; every action of maint-actions by default. */
  readonly registry?: Registry;
}

/** Runs `maint-actions` with `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  // Not an action: sets up the GitLab pipeline schedules of templates/maintenance.yml.
  if (argv[0] === 'schedules') return runSchedules(argv.slice(1), io);
  // Not an action: writes the starters and .maint-actions.yml for the repository at cwd.
  if (argv[0] === 'init') return runInit(argv.slice(1), io);
  // Not an action: the breaking-change engine on two documents, as `oasdiff breaking` is run.
  if (argv[0] === 'openapi-diff') return runOpenapiDiffCommand(argv.slice(1), { ...io, readStdin });
  const actions = io.registry ?? defaultRegistry;
  const width = io.isTTY && io.columns ? io.columns : 80;

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv, actions);
  } catch (error) {
    const action = argv.find((a) => findAction(a, actions));
    io.stderr.write(`maint-actions: ${stripTerminalControls(describeError(error).message)}\n`);
    io.stderr.write(`Run 'maint-actions ${action ? `${action} ` : ''}--help' for usage.\n`);
    return ExitCode.ConfigError;
  }

  if (parsed.command === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.Passed;
  }
  if (parsed.command === 'help') {
    const action = parsed.action === undefined ? undefined : findAction(parsed.action, actions);
    io.stdout.write(action ? renderActionHelp(action.spec, width) : renderGlobalHelp(actions, width));
    return ExitCode.Passed;
  }

  const definition = findAction(parsed.action, actions)!;
  const { name } = definition.spec;
  const debug = parsed.global.debug || io.env.MAINT_DEBUG === 'true';
  let platform: Platform;
  let finish = (): void => {};
  if (io.env.GITLAB_CI === 'true') {
    // In a job, flags given to the command win over the component's MAINT_INPUT_* variables.
    const env: Record<string, string | undefined> = { ...io.env, ...(debug ? { MAINT_DEBUG: 'true' } : {}) };
    for (const [input, value] of Object.entries(parsed.inputs)) env[gitlabInputVar(input)] = value;
    platform = createGitlabPlatform({ action: name, env, stdout: asStream(io.stdout) });
  } else {
    const terminal = createTerminalPlatform({
      action: name,
      inputs: parsed.inputs,
      env: io.env,
      stdout: io.stdout,
      stderr: io.stderr,
      isTTY: io.isTTY,
      columns: width,
      cwd: io.cwd,
      debug,
    });
    platform = terminal;
    finish = () => terminal.finish();
  }

  try {
    const { workspace } = platform.context;
    const { configPath } = parsed.global;
    // --config is relative to where the command runs; core resolves it against the workspace.
    const explicit = configPath && path.relative(workspace, path.resolve(io.cwd, configPath));
    // The whole file is checked against every action's inputs, not only this one's.
    const specs = actions.map((action) => action.spec);
    const config = await loadConfig(workspace, explicit, { actions: specs });
    return await executeAction(definition, platform, {
      config: configFor(config, definition.spec, workspace),
      repoConfig: config,
    });
  } catch (error) {
    // Only the config file can fail here: executeAction never throws.
    const { message, stack } = describeError(error);
    platform.log.error(message);
    await setFailureOutputs(definition.spec, platform);
    if (!isConfigError(error) && stack) platform.log.debug(stack);
    return isConfigError(error) ? ExitCode.ConfigError : ExitCode.Failed;
  } finally {
    finish();
  }
}

/** The GitLab platform wants a stream; a TextSink is all it writes to. */
function asStream(sink: TextSink): NodeJS.WritableStream {
  return sink as NodeJS.WritableStream;
}

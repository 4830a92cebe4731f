/**
 * What a gate is, and the one way gates run their tools: argument arrays, the gate timeout,
 * output streamed to the debug log and kept (redacted) for the report.
 */
import {
  type Check,
  type Inputs,
  type Platform,
  type RunResult,
  runProcess,
  runShell,
  secrets,
  tailUtf8,
} from '@maint-actions/core';
import type { PythonInfo } from '@maint-actions/python-env';
import type { Where } from '../parsers/paths';
import type { PlannedShardJob } from '../shards/shard-job';
import type { QualityGatesSpec } from '../spec';

export type QualityGatesInputs = Inputs<QualityGatesSpec>;
type Env = Readonly<Record<string, string | undefined>>;

/** Everything a gate may use. */
export interface GateContext {
  readonly platform: Platform;
  readonly inputs: QualityGatesInputs;
  /** Repository root (absolute). */
  readonly workspace: string;
  /** The working directory (absolute). */
  readonly cwd: string;
  /** How tools' paths become findings' paths (relative to the working directory's repository root). */
  readonly where: Where;
  readonly python: PythonInfo;
  /** The gate's environment: the platform's, with DJANGO_SETTINGS_MODULE when `settings-module` is set. */
  readonly env: Env;
  /** Where the reports go (absolute); pytest writes its JUnit there. */
  readonly reportDir: string;
  /** Per-gate timeout from `timeout-minutes`. */
  readonly timeoutMinutes: number;
  /** Facts a gate adds to the report's header (`meta`), such as how pytest ran. */
  readonly meta?: Map<string, string>;
  /** How many other gates run beside pytest (for `pytest-workers: auto`). */
  readonly gatesBesidePytest?: number;
  /**
   * Other gates run at the same time as each gate (more than one gate, `concurrency` above 1):
   * a gate then has one CPU, and a tool that would start a process per CPU (flake8) runs in one.
   */
  readonly gatesShareCpus?: boolean;
  /** When pytest is sharded: this shard and the durations its tests are planned by. */
  readonly shard?: PlannedShardJob;
}

/** What a gate found; the runner adds id, name, mode and duration to make it a Check. */
export type GateResult = Pick<Check, 'status' | 'summary' | 'findings'> &
  Partial<Pick<Check, 'counts' | 'tests' | 'command' | 'outputTail'>>;

/** A gate ready to run, or the reason it is skipped. */
export type PreparedGate = { readonly skip: string } | { readonly run: () => Promise<GateResult> };

export interface Gate {
  /** Stable id: `pytest`, `lint`, `custom:<name>`. */
  readonly id: string;
  /** Name for tables and logs. */
  readonly name: string;
  /**
   * Runs before any gate starts: finds the gate's tool and returns how to run it.
   * @throws ToolMissingError naming the package to install.
   */
  prepare(ctx: GateContext): Promise<PreparedGate>;
}

/** The gate's process ran out of time (its tree was killed). */
export class GateTimeoutError extends Error {
  override readonly name = 'GateTimeoutError';
  readonly outputTail: string;
  readonly command: readonly string[];
  constructor(minutes: number, command: readonly string[], outputTail: string) {
    super(`timed out after ${minutes} min`);
    this.command = command;
    this.outputTail = outputTail;
  }
}

/** A finished tool run: the process result plus its output as one interleaved text. */
export interface ToolRun extends RunResult {
  /** stdout and stderr as they arrived, interleaved (the last 1 MiB). */
  readonly output: string;
  /** The command line, redacted, for the report. */
  readonly command: readonly string[];
}

/** Bytes of output kept in a check's `outputTail`. */
export const OUTPUT_TAIL_KEPT = 16 * 1024;
const OUTPUT_KEPT = 1024 * 1024;

export interface ToolOptions {
  readonly cwd?: string;
  /** Environment; default `ctx.env`. */
  readonly env?: Env;
  /** Run `command` as a user-written `sh -c` script (custom gates only); `args` must be empty. */
  readonly shell?: boolean;
}

/**
 * Runs a gate's tool in the working directory under the gate timeout. Each output line goes to
 * the debug log prefixed with the gate id.
 *
 * @throws GateTimeoutError when the timeout ends it; CommandNotFoundError when `command` is missing.
 */
export async function runTool(
  ctx: GateContext,
  gateId: string,
  command: string,
  args: readonly string[],
  options: ToolOptions = {},
): Promise<ToolRun> {
  const log = new OutputLog((line) => ctx.platform.log.debug(`[${gateId}] ${line}`));
  const common = {
    cwd: options.cwd ?? ctx.cwd,
    env: options.env ?? ctx.env,
    timeoutMs: ctx.timeoutMinutes * 60_000,
    onStdout: (chunk: string) => log.write('out', chunk),
    onStderr: (chunk: string) => log.write('err', chunk),
  };
  const commandLine = (options.shell ? ['sh', '-c', command] : [command, ...args]).map((part) =>
    secrets.redact(part),
  );
  ctx.platform.log.debug(`[${gateId}] $ ${commandLine.join(' ')}`);
  const result = options.shell
    ? await runShell(command, common)
    : await runProcess({ command, args, ...common });
  log.flush();
  const output = log.text();
  if (result.timedOut) throw new GateTimeoutError(ctx.timeoutMinutes, commandLine, outputTail(output));
  return { ...result, output, command: commandLine };
}

/** The redacted end of a tool's output, for `Check.outputTail`. */
export function outputTail(output: string): string {
  return tailUtf8(secrets.redact(output.trimEnd()), OUTPUT_TAIL_KEPT);
}

/** Splits streamed chunks into lines for the log and keeps the interleaved text (bounded). */
class OutputLog {
  private readonly partial = { out: '', err: '' };
  private kept = '';
  constructor(private readonly emit: (line: string) => void) {}

  write(stream: 'out' | 'err', chunk: string): void {
    this.kept += chunk;
    if (this.kept.length > 2 * OUTPUT_KEPT) this.kept = this.kept.slice(-OUTPUT_KEPT);
    const lines = (this.partial[stream] + chunk).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.emit(line);
  }

  flush(): void {
    for (const stream of ['out', 'err'] as const) {
      if (this.partial[stream]) this.emit(this.partial[stream]);
      this.partial[stream] = '';
    }
  }

  text(): string {
    return this.kept.slice(-OUTPUT_KEPT);
  }
}

/** "exit code 3" or "killed by SIGKILL". */
export function describeExit(result: RunResult): string {
  return result.exitCode === null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
}

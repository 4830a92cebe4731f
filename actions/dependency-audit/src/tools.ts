/**
 * The two Python tools the audit reads: pip-audit (vulnerabilities) and `pip list --outdated`
 * (newer releases), run with argument arrays under a timeout, or read from files they wrote in
 * another step. Their JSON is checked as it is parsed, so a bad file is a one-line error.
 */
import path from 'node:path';
import {
  CommandNotFoundError,
  type RunResult,
  runProcess,
  secrets,
  ToolMissingError,
  tailUtf8,
  which,
} from '@maint-actions/core';
import { hasModule } from '@maint-actions/python-env';

type Env = Readonly<Record<string, string | undefined>>;

/** One vulnerability of a dependency, as pip-audit reports it. */
export interface PipAuditVuln {
  readonly id: string;
  readonly fixVersions: readonly string[];
  readonly aliases: readonly string[];
  readonly description: string;
}

/** pip-audit's report: audited dependencies, and those it skipped (not on PyPI, editable ...). */
export interface PipAuditResult {
  readonly dependencies: readonly { name: string; version: string; vulns: readonly PipAuditVuln[] }[];
  readonly skipped: readonly { name: string; reason: string }[];
}

/** An entry of `pip list --outdated --format json`. */
export interface PipOutdated {
  readonly name: string;
  readonly version: string;
  readonly latest: string;
}

/** A tool run that did not give a report: what the user sees in the check. */
export class ToolRunError extends Error {
  override readonly name = 'ToolRunError';
  readonly command: readonly string[];
  readonly outputTail: string;
  constructor(message: string, command: readonly string[], outputTail: string) {
    super(message);
    this.command = command;
    this.outputTail = outputTail;
  }
}

const PIP_AUDIT_HINT = 'add it to your dev requirements (pip install pip-audit)';

/**
 * Parses pip-audit's JSON format (`{"dependencies": [...], "fixes": [...]}`).
 * @throws Error saying what is wrong with the text.
 */
export function parsePipAudit(text: string): PipAuditResult {
  const doc = parseJson(text);
  const list = isRecord(doc) ? doc.dependencies : undefined;
  if (!Array.isArray(list)) throw new Error('expected an object with a "dependencies" list');
  const dependencies: PipAuditResult['dependencies'][number][] = [];
  const skipped: PipAuditResult['skipped'][number][] = [];
  for (const [index, item] of list.entries()) {
    if (!isRecord(item) || typeof item.name !== 'string') {
      throw new Error(`dependency ${index + 1} has no "name"`);
    }
    if (typeof item.skip_reason === 'string') {
      skipped.push({ name: item.name, reason: item.skip_reason });
      continue;
    }
    if (typeof item.version !== 'string' || !Array.isArray(item.vulns)) {
      throw new Error(`dependency ${item.name} has no "version" and "vulns"`);
    }
    dependencies.push({ name: item.name, version: item.version, vulns: item.vulns.map(vulnOf(item.name)) });
  }
  return { dependencies, skipped };
}

function vulnOf(name: string): (vuln: unknown) => PipAuditVuln {
  return (vuln) => {
    if (!isRecord(vuln) || typeof vuln.id !== 'string')
      throw new Error(`a vulnerability of ${name} has no "id"`);
    return {
      id: vuln.id,
      fixVersions: strings(vuln.fix_versions),
      aliases: strings(vuln.aliases),
      description: typeof vuln.description === 'string' ? vuln.description : '',
    };
  };
}

/**
 * Parses `pip list --outdated --format json` (`[{"name", "version", "latest_version", ...}]`).
 * @throws Error saying what is wrong with the text.
 */
export function parseOutdated(text: string): PipOutdated[] {
  const doc = parseJson(text);
  if (!Array.isArray(doc)) throw new Error('expected a list of packages');
  return doc.map((item, index) => {
    if (
      !isRecord(item) ||
      typeof item.name !== 'string' ||
      typeof item.version !== 'string' ||
      typeof item.latest_version !== 'string'
    ) {
      throw new Error(`package ${index + 1} needs "name", "version" and "latest_version"`);
    }
    return { name: item.name, version: item.version, latest: item.latest_version };
  });
}

export interface ToolOptions {
  readonly python: string;
  readonly cwd: string;
  readonly env: Env;
  readonly timeoutMs: number;
  readonly log: (line: string) => void;
}

/**
 * How to start pip-audit: installed beside the interpreter (a venv's `bin/`), as its module,
 * else on PATH.
 * @throws ToolMissingError naming the package when none is found.
 */
export async function findPipAudit(python: string, env: Env): Promise<readonly string[]> {
  const beside = path.join(path.dirname(python), 'pip-audit');
  if (await which(beside, env)) return [beside];
  if (await hasModule(python, 'pip_audit', env)) return [python, '-m', 'pip_audit'];
  const onPath = await which('pip-audit', env);
  if (onPath) return [onPath];
  throw new ToolMissingError('pip-audit', PIP_AUDIT_HINT);
}

/**
 * Runs `pip-audit --format json` on the requirement files (relative to `cwd`), or on the
 * interpreter's environment when there are none (PIPAPI_PYTHON_LOCATION names it, for a
 * pip-audit installed elsewhere). pip-audit exits 1 when it finds something: the report counts.
 *
 * @throws ToolRunError when it gives no report.
 */
export async function runPipAudit(
  command: readonly string[],
  requirements: readonly string[],
  options: ToolOptions,
): Promise<PipAuditResult> {
  const args = [...command.slice(1), '--format', 'json', ...requirements.flatMap((file) => ['-r', file])];
  const env =
    requirements.length > 0 ? options.env : { ...options.env, PIPAPI_PYTHON_LOCATION: options.python };
  const run = await runTool(command[0] as string, args, { ...options, env });
  try {
    return parsePipAudit(run.stdout);
  } catch (error) {
    throw failed('pip-audit', run, error);
  }
}

/**
 * Runs `python -m pip list --outdated --format json` for the interpreter's environment, with
 * the environment's pip settings (PIP_INDEX_URL ...).
 * @throws ToolRunError when pip fails or prints no list.
 */
export async function runPipOutdated(
  options: ToolOptions & { readonly pre: boolean },
): Promise<PipOutdated[]> {
  const args = ['-m', 'pip', 'list', '--outdated', '--format', 'json', '--disable-pip-version-check'];
  if (options.pre) args.push('--pre');
  const run = await runTool(options.python, args, options);
  if (run.exitCode !== 0) throw failed('pip list --outdated', run);
  try {
    return parseOutdated(run.stdout);
  } catch (error) {
    throw failed('pip list --outdated', run, error);
  }
}

interface ToolResult extends RunResult {
  readonly command: readonly string[];
}

async function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolResult> {
  const commandLine = [command, ...args].map((part) => secrets.redact(part));
  options.log(`$ ${commandLine.join(' ')}`);
  let result: RunResult;
  try {
    result = await runProcess({
      command,
      args,
      cwd: options.cwd,
      env: options.env,
      timeoutMs: options.timeoutMs,
    });
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      throw new ToolRunError(`${command} was not found`, commandLine, '');
    throw error;
  }
  if (result.timedOut) {
    throw new ToolRunError(
      `timed out after ${Math.round(options.timeoutMs / 60_000)} min`,
      commandLine,
      tail(result.stderr),
    );
  }
  return { ...result, command: commandLine };
}

function failed(tool: string, run: ToolResult, cause?: unknown): ToolRunError {
  const exit = run.exitCode === null ? `killed by ${run.signal}` : `exit code ${run.exitCode}`;
  const why = cause instanceof Error ? `: ${cause.message}` : '';
  return new ToolRunError(
    `${tool} gave no report (${exit})${why}`,
    run.command,
    tail(run.stderr || run.stdout),
  );
}

function tail(text: string): string {
  return tailUtf8(secrets.redact(text.trimEnd()), 8 * 1024);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`);
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

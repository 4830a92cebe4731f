/**
 * What dependency-audit collects: pip-audit's vulnerabilities (read from a report or run), their
 * severities from OSV, and the outdated packages (read or from `pip list --outdated`). A tool
 * that is missing or breaks becomes a problem of its check, not a crash.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  ConfigError,
  type Platform,
  relativeTo,
  ToolMissingError,
  workingDirectory,
} from '@maint-actions/core';
import { activateVenv, resolvePython } from '@maint-actions/python-env';
import { type Vulnerability, vulnerabilitiesOf } from './audit';
import { type Rated, rateVulnerabilities } from './osv';
import { normalizeName, type Problem } from './report';
import type { DependencyAuditSpec } from './spec';
import {
  findPipAudit,
  type PipAuditResult,
  type PipOutdated,
  parseOutdated,
  parsePipAudit,
  runPipAudit,
  runPipOutdated,
  ToolRunError,
} from './tools';

export type Inputs = ActionContext<DependencyAuditSpec>['inputs'];

/** What the audit found, with how long each half took. */
export interface Collected {
  /** The working directory. */
  readonly cwd: string;
  readonly requirements: readonly string[];
  readonly audited: { result?: PipAuditResult; problem?: Problem };
  readonly vulnerabilities: Vulnerability[];
  readonly outdated: { packages: PipOutdated[]; problem?: Problem };
  readonly durationMs: { vulnerabilities: number; outdated: number };
}

/**
 * Checks the inputs it needs, finds the interpreter when a tool must run, and collects both
 * halves. Adds what the report should say to `meta` and `notes`.
 */
export async function collect(
  platform: Platform,
  inputs: Inputs,
  workspace: string,
  meta: Record<string, string>,
  notes: string[],
): Promise<Collected> {
  const cwd = workingDirectory(workspace, inputs.workingDirectory);
  meta['working-directory'] = relativeTo(workspace, cwd);
  const timeoutMs = timeoutOf(inputs.timeoutMinutes);
  const requirements = requirementFiles(cwd, inputs.requirements);
  const needsPython = !inputs.pipAuditReport || (inputs.outdated && !inputs.outdatedReport);
  const python = needsPython
    ? await resolvePython({ python: inputs.python, workspace, cwd, env: platform.env })
    : undefined;
  if (python) meta.python = python.version;
  const tools = python && {
    python: python.path,
    cwd,
    env: activateVenv(platform.env, python.path),
    timeoutMs,
    log: (line: string) => platform.log.debug(line),
  };

  const vulnStarted = performance.now();
  const audited = await auditVulnerabilities(platform, inputs, workspace, requirements, tools, notes);
  const vulnerabilities = audited.result
    ? vulnerabilitiesOf(audited.result, await rate(platform, inputs, audited.result, notes, meta))
    : [];
  const vulnMs = Math.round(performance.now() - vulnStarted);
  const outdatedStarted = performance.now();
  const outdated = await checkOutdated(platform, inputs, workspace, tools);
  const outdatedMs = Math.round(performance.now() - outdatedStarted);
  return {
    cwd,
    requirements,
    audited,
    vulnerabilities,
    outdated,
    durationMs: { vulnerabilities: vulnMs, outdated: outdatedMs },
  };
}

type Tools = {
  python: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
  log: (line: string) => void;
};

/** pip-audit's report from `pip-audit-report` or from running it; a problem instead when it is missing (warn mode) or broke. */
async function auditVulnerabilities(
  platform: Platform,
  inputs: Inputs,
  workspace: string,
  requirements: readonly string[],
  tools: Tools | undefined,
  notes: string[],
): Promise<{ result?: PipAuditResult; problem?: Problem }> {
  if (inputs.pipAuditReport) {
    return { result: await readReport(workspace, inputs.pipAuditReport, 'pip-audit-report', parsePipAudit) };
  }
  if (!tools) throw new Error('no interpreter to run pip-audit with');
  let command: readonly string[];
  try {
    command = await findPipAudit(tools.python, tools.env);
  } catch (error) {
    if (!(error instanceof ToolMissingError) || inputs.mode !== 'warn') throw error;
    const why =
      'pip-audit is not installed (pip install pip-audit): vulnerabilities were not audited, this report has outdated packages only.';
    notes.push(why);
    platform.log.warning(why);
    return { problem: { status: 'skipped', summary: 'not audited: pip-audit is not installed' } };
  }
  try {
    return { result: await runPipAudit(command, requirements, tools) };
  } catch (error) {
    if (!(error instanceof ToolRunError)) throw error;
    return {
      problem: {
        status: 'error',
        summary: error.message,
        command: error.command,
        outputTail: error.outputTail,
      },
    };
  }
}

/** Severities from OSV, or undefined (all unknown) when enrichment is off or OSV failed, said in `notes`. */
async function rate(
  platform: Platform,
  inputs: Inputs,
  result: PipAuditResult,
  notes: string[],
  meta: Record<string, string>,
): Promise<Rated[] | undefined> {
  const vulns = vulnerabilitiesOf(result);
  if (!inputs.enrich) {
    meta.severities = 'unknown (enrich: false)';
    if (vulns.length > 0)
      notes.push(
        'Severities are unknown: enrichment is off (`enrich: false`), and `fail-on` counts an unknown severity as critical.',
      );
    return undefined;
  }
  meta.severities = `OSV (${inputs.osvUrl})`;
  if (vulns.length === 0) return undefined;
  try {
    return await rateVulnerabilities(vulns, { url: inputs.osvUrl });
  } catch (error) {
    const why = `Severities are unknown: ${(error as Error).message}. \`fail-on\` counts an unknown severity as critical.`;
    notes.push(why);
    platform.log.warning(why);
    return undefined;
  }
}

/** Outdated packages from `outdated-report` or `pip list --outdated`; a problem when off or broken. */
async function checkOutdated(
  platform: Platform,
  inputs: Inputs,
  workspace: string,
  tools: Tools | undefined,
): Promise<{ packages: PipOutdated[]; problem?: Problem }> {
  if (!inputs.outdated)
    return { packages: [], problem: { status: 'skipped', summary: 'not checked (`outdated: false`)' } };
  if (inputs.outdatedReport) {
    return { packages: await readReport(workspace, inputs.outdatedReport, 'outdated-report', parseOutdated) };
  }
  if (!tools) throw new Error('no interpreter to run pip with');
  try {
    return { packages: await runPipOutdated({ ...tools, pre: inputs.includePreReleases }) };
  } catch (error) {
    if (!(error instanceof ToolRunError)) throw error;
    platform.log.warning(`Outdated packages: ${error.message}`);
    return {
      packages: [],
      problem: {
        status: 'error',
        summary: error.message,
        command: error.command,
        outputTail: error.outputTail,
      },
    };
  }
}

/** Reads and parses a report file named by `input`. @throws ConfigError naming the input. */
async function readReport<T>(
  workspace: string,
  file: string,
  input: string,
  parse: (text: string) => T,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path.resolve(workspace, file), 'utf8');
  } catch {
    throw new ConfigError(
      `Input "${input}": ${file} cannot be read; give the path of the report, relative to the repository root.`,
      { input },
    );
  }
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(
      `Input "${input}": ${file} is not in the expected JSON format: ${(error as Error).message}.`,
      { input },
    );
  }
}

/** The requirement files, checked to exist. @throws ConfigError naming `requirements`. */
function requirementFiles(cwd: string, files: readonly string[]): string[] {
  for (const file of files) {
    if (!statSync(path.resolve(cwd, file), { throwIfNoEntry: false })?.isFile()) {
      throw new ConfigError(`Input "requirements": ${file} is not a file in the working directory.`, {
        input: 'requirements',
      });
    }
  }
  return [...files];
}

/**
 * Where findings point: the first requirement file, else `requirements.txt` of the working
 * directory when there is one, with the line each package is named on.
 */
export async function manifestOf(
  workspace: string,
  cwd: string,
  requirements: readonly string[],
): Promise<{ file: string; lines: Map<string, number> } | undefined> {
  const candidate = path.resolve(cwd, requirements[0] ?? 'requirements.txt');
  if (!existsSync(candidate)) return undefined;
  const lines = new Map<string, number>();
  (await readFile(candidate, 'utf8')).split('\n').forEach((line, index) => {
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (name && !lines.has(normalizeName(name))) lines.set(normalizeName(name), index + 1);
  });
  return { file: relativeTo(workspace, candidate), lines };
}

function timeoutOf(minutes: number): number {
  if (!(minutes > 0)) {
    throw new ConfigError(`Input "timeout-minutes" must be more than 0 (got ${minutes}).`, {
      input: 'timeout-minutes',
    });
  }
  return minutes * 60_000;
}

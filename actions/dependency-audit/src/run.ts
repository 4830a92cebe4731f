import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  ConfigError,
  cutMarkdown,
  defaultReportDir,
  ensureOwnDir,
  LIMITS,
  type Platform,
  type Report,
  relativeTo,
  reportFilePath,
  ToolMissingError,
  verdictOf,
  workingDirectory,
  writeFileAtomic,
} from '@maint-actions/core';
import { activateVenv, resolvePython } from '@maint-actions/python-env';
import { type Audit, buildAudit, highestSeverity, vulnerabilitiesOf } from './audit';
import { loadIgnores, utcDay } from './ignores';
import { type Rated, rateVulnerabilities } from './osv';
import {
  auditChecks,
  normalizeName,
  type Problem,
  renderAuditMarkdown,
  renderDependencyScanning,
} from './report';
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
import { describeTrackingFailure, syncTrackingIssue, trackedItems } from './tracking';

type Result = ActionResult<DependencyAuditSpec>;
type Inputs = ActionContext<DependencyAuditSpec>['inputs'];

const SARIF_TOOL = { name: 'maint-actions dependency-audit', version: '1' };
/** The GitLab dependency-scanning report, beside the other report files. */
export const DEPENDENCY_SCANNING_FILE = 'gl-dependency-scanning-report.json';
/** Room an issue body leaves for the audit (GitHub allows 65,536 characters). */
const ISSUE_MARKDOWN_CHARS = 60_000;

/** Runs the action (see the spec and dependency-audit/README.md). */
export async function run({ platform, inputs }: ActionContext<DependencyAuditSpec>): Promise<Result> {
  const startedAt = new Date();
  const workspace = path.resolve(platform.context.workspace);
  const cwd = workingDirectory(workspace, inputs.workingDirectory);
  const reportDir = path.resolve(
    workspace,
    inputs.reportDir ?? defaultReportDir(workspace, 'dependency-audit'),
  );
  const timeoutMs = timeoutOf(inputs.timeoutMinutes);
  const requirements = requirementFiles(cwd, inputs.requirements);
  const ignores = await loadIgnores(workspace, inputs.ignoreFile);
  const meta: Record<string, string> = {
    'working-directory': relativeTo(workspace, cwd),
    'fail-on': inputs.failOn,
    'fail-on-outdated': inputs.failOnOutdated,
  };
  const notes: string[] = [];

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

  const today = utcDay(startedAt);
  const audit = buildAudit({
    pipAudit: audited.result,
    vulnerabilities,
    outdated: outdated.packages,
    ignores: ignores.entries,
    today,
  });
  const manifest = await manifestOf(workspace, cwd, requirements);
  const checks = auditChecks(audit, {
    mode: inputs.mode,
    failOn: inputs.failOn,
    failOnOutdated: inputs.failOnOutdated,
    ...(manifest ? { manifest } : {}),
    ...(audited.problem ? { vulnerabilitiesProblem: audited.problem } : {}),
    ...(outdated.problem ? { outdatedProblem: outdated.problem } : {}),
    ...(ignores.file ? { ignoreFile: ignores.file } : {}),
    durationMs: { vulnerabilities: vulnMs, outdated: outdatedMs },
  });
  const report: Report = {
    action: 'dependency-audit',
    title: 'Dependency audit',
    verdict: verdictOf(checks),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    checks,
    meta,
  };

  const fullReportHint = `\`${relativeTo(workspace, reportFilePath(reportDir, 'json'))}\``;
  const lines = checks.map((c) => `**${c.name}**: ${c.summary}`);
  const verdict =
    report.verdict === 'passed' ? (inputs.mode === 'warn' ? 'reported (warn mode)' : 'passed') : 'failed';
  const markdown = renderAuditMarkdown(audit, { title: report.title, verdict, lines, notes });
  const trackingNote = await trackingIssue(platform, inputs, audit, markdown, today);
  const summaryMarkdown = cutMarkdown(
    markdown + trackingNote,
    LIMITS.jobSummaryBytes,
    'bytes',
    `_Cut to fit: the full report is ${fullReportHint}._`,
  );
  const scanning = renderDependencyScanning(audit, {
    file: manifest?.file ?? 'requirements.txt',
    startedAt,
    endedAt: new Date(),
    version: SARIF_TOOL.version,
  });
  // Its own file beside the report files the entry writes (the directory made, as they need it).
  await writeFileAtomic(
    path.join(ensureOwnDir(reportDir), DEPENDENCY_SCANNING_FILE),
    `${JSON.stringify(scanning, null, 2)}\n`,
  );

  return {
    verdict: report.verdict,
    summary: `Dependency audit ${report.verdict}: ${checks.map((c) => `${c.id}: ${c.summary}`).join('; ')}`,
    outputs: {
      vulnerabilities: String(audit.vulnerable.length),
      'highest-severity': highestSeverity(audit.vulnerable),
      outdated: String(audit.outdated.length),
      report: reportFilePath(reportDir, 'json'),
    },
    report,
    publish: {
      dir: reportDir,
      formats: ['json', 'sarif', 'codequality', 'summary'],
      fullReportHint,
      tool: SARIF_TOOL,
      codeQuality: { fallbackPath: manifest?.file ?? ignores.file ?? '.maint-actions.yml' },
      summaryMarkdown,
      annotate: true,
    },
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

/** Creates, updates or closes the tracking issue when enabled; returns a note for the summary. */
async function trackingIssue(
  platform: Platform,
  inputs: Inputs,
  audit: Audit,
  markdown: string,
  today: string,
): Promise<string> {
  const enabled = inputs.trackingIssue ?? platform.context.event === 'schedule';
  if (!enabled) return '';
  const issues = platform.repoHost(inputs.token)?.issues;
  if (!issues) {
    const why = 'No tracking issue: there is no repository host or token here (set `token`).';
    platform.log.warning(why);
    return `\n> ${why}\n`;
  }
  const workingDirectory = inputs.workingDirectory.replace(/^\.\/?$/, '');
  const marker = `dependency-audit${workingDirectory ? `:${workingDirectory.replace(/[^\w./-]/g, '_').replace(/-{2,}/g, '-')}` : ''}`;
  try {
    const outcome = await syncTrackingIssue(issues, trackedItems(audit, inputs.failOnOutdated), {
      marker,
      markdown: cutMarkdown(
        markdown,
        ISSUE_MARKDOWN_CHARS,
        'chars',
        '_Cut to fit: see the run for the full report._',
      ),
      labels: inputs.issueLabels,
      today,
      ...(platform.context.runUrl ? { runUrl: platform.context.runUrl } : {}),
    });
    if (outcome.action === 'none') return '';
    platform.log.info(`Tracking issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
    return `\n_Tracking issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}._\n`;
  } catch (error) {
    const why = describeTrackingFailure(error);
    platform.log.warning(why);
    return `\n> ${why}\n`;
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
async function manifestOf(
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

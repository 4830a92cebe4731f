import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  configFileName,
  cutMarkdown,
  ensureOwnDir,
  finishReport,
  LIMITS,
  type Platform,
  type Report,
  type RunStart,
  reportFilePath,
  reportHint,
  sarifToolOf,
  startRun,
  writeFileAtomic,
} from '@maint-actions/core';
import { type Audit, buildAudit, highestSeverity } from './audit';
import { collect, type Inputs, manifestOf } from './collect';
import { loadIgnores, utcDay } from './ignores';
import { auditChecks, renderAuditMarkdown, renderDependencyScanning } from './report';
import { type DependencyAuditSpec, spec } from './spec';
import { trackingIssue } from './tracking';

type Result = ActionResult<DependencyAuditSpec>;

/** The GitLab dependency-scanning report, beside the other report files. */
export const DEPENDENCY_SCANNING_FILE = 'gl-dependency-scanning-report.json';

/** Runs the action (see the spec and dependency-audit/README.md): collect, judge, report. */
export async function run({
  platform,
  inputs,
  repoConfig,
}: ActionContext<DependencyAuditSpec>): Promise<Result> {
  const started = startRun(platform, spec, inputs.reportDir);
  const { workspace } = started;
  const meta: Record<string, string> = {
    'working-directory': '',
    'fail-on': inputs.failOn,
    'fail-on-outdated': inputs.failOnOutdated,
  };
  const notes: string[] = [];
  const ignores = await loadIgnores(workspace, inputs.ignoreFile, repoConfig);
  const found = await collect(platform, inputs, workspace, meta, notes);

  const today = utcDay(started.startedAt);
  const audit = buildAudit({
    pipAudit: found.audited.result,
    vulnerabilities: found.vulnerabilities,
    outdated: found.outdated.packages,
    ignores: ignores.entries,
    today,
  });
  const manifest = await manifestOf(workspace, found.cwd, found.requirements);
  const checks = auditChecks(audit, {
    mode: inputs.mode,
    failOn: inputs.failOn,
    failOnOutdated: inputs.failOnOutdated,
    ...(manifest ? { manifest } : {}),
    ...(found.audited.problem ? { vulnerabilitiesProblem: found.audited.problem } : {}),
    ...(found.outdated.problem ? { outdatedProblem: found.outdated.problem } : {}),
    ...(ignores.file ? { ignoreFile: ignores.file } : {}),
    durationMs: found.durationMs,
  });
  const report = finishReport(started, { checks, meta });
  return present(platform, inputs, {
    started,
    today,
    audit,
    report,
    manifest,
    notes,
    ignoreFile: ignores.file,
    configFile: configFileName(repoConfig, workspace),
  });
}

/** The Markdown, the tracking issue, the GitLab dependency-scanning file and the result. */
async function present(
  platform: Platform,
  inputs: Inputs,
  run: {
    started: RunStart;
    today: string;
    audit: Audit;
    report: Report;
    manifest: { file: string } | undefined;
    notes: readonly string[];
    ignoreFile: string | undefined;
    /** The repo config's name, where a finding with no file of its own is placed. */
    configFile: string;
  },
): Promise<Result> {
  const { started, audit, report, manifest } = run;
  const { reportDir } = started;
  const { checks } = report;
  const fullReportHint = reportHint(started);
  const tool = sarifToolOf(started);
  const lines = checks.map((c) => `**${c.name}**: ${c.summary}`);
  const verdict =
    report.verdict === 'passed' ? (inputs.mode === 'warn' ? 'reported (warn mode)' : 'passed') : 'failed';
  const markdown = renderAuditMarkdown(audit, { title: report.title, verdict, lines, notes: [...run.notes] });
  const trackingNote = await trackingIssue(platform, inputs, audit, markdown, run.today);
  const summaryMarkdown = cutMarkdown(
    markdown + trackingNote,
    LIMITS.jobSummaryBytes,
    'bytes',
    `_Cut to fit: the full report is ${fullReportHint}._`,
  );
  const scanning = renderDependencyScanning(audit, {
    file: manifest?.file ?? 'requirements.txt',
    startedAt: started.startedAt,
    endedAt: new Date(),
    version: tool.version,
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
      tool,
      codeQuality: { fallbackPath: manifest?.file ?? run.ignoreFile ?? run.configFile },
      summaryMarkdown,
      annotate: true,
    },
  };
}

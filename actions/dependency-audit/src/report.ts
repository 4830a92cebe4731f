/**
 * The audit as the project's report model (checks and findings, for the JSON, SARIF and Code
 * Quality renderers of core), as a job summary of its own (vulnerable packages by severity,
 * then outdated ones) and as a GitLab dependency-scanning report (schema 15).
 */
import { createHash } from 'node:crypto';
import type { Check, Finding, GateMode } from '@maint-actions/core';
import { plural } from '@maint-actions/core';
import {
  type Audit,
  type FailOn,
  type FailOnOutdated,
  failsOn,
  outdatedFails,
  type Vulnerability,
} from './audit';
import { SEVERITIES, UPDATE_KINDS } from './spec';

/** A check that did not run (`skipped`) or broke (`error`), with what the user sees. */
export interface Problem {
  readonly status: 'skipped' | 'error';
  readonly summary: string;
  readonly command?: readonly string[];
  readonly outputTail?: string;
}

/** What the checks need besides the audit. */
export interface CheckOptions {
  readonly mode: GateMode;
  readonly failOn: FailOn;
  readonly failOnOutdated: FailOnOutdated;
  /** The requirement file findings point at (relative to the workspace), with each package's line. */
  readonly manifest?: { readonly file: string; readonly lines: ReadonlyMap<string, number> };
  /** Why vulnerabilities were not audited (pip-audit missing in warn mode), or how auditing failed. */
  readonly vulnerabilitiesProblem?: Problem;
  /** Why outdated packages were not checked, or how checking them failed. */
  readonly outdatedProblem?: Problem;
  readonly ignoreFile?: string;
  readonly durationMs: { readonly vulnerabilities: number; readonly outdated: number };
}

/** The report's checks: `vulnerabilities`, `ignores` (when there is a list) and `outdated`. */
export function auditChecks(audit: Audit, options: CheckOptions): Check[] {
  const checks = [vulnerabilityCheck(audit, options)];
  if (audit.expired.length + audit.unused.length + audit.ignored.length > 0)
    checks.push(ignoreCheck(audit, options));
  checks.push(outdatedCheck(audit, options));
  return checks;
}

function vulnerabilityCheck(audit: Audit, options: CheckOptions): Check {
  const base = { id: 'vulnerabilities', name: 'Vulnerabilities', mode: options.mode };
  if (options.vulnerabilitiesProblem) {
    return {
      ...base,
      durationMs: options.durationMs.vulnerabilities,
      findings: [],
      ...options.vulnerabilitiesProblem,
    };
  }
  const findings = audit.vulnerable.map((v) => vulnFinding(v, options));
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, audit.vulnerable.filter((v) => v.severity === s).length]),
  );
  const failing = findings.filter((f) => f.severity === 'error').length;
  return {
    ...base,
    status: failing > 0 ? 'failed' : 'passed',
    durationMs: options.durationMs.vulnerabilities,
    summary: vulnSummary(audit, failing),
    counts: {
      ...counts,
      ignored: audit.ignored.length,
      audited: audit.audited ?? 0,
      skipped: audit.skipped.length,
    },
    findings,
  };
}

function vulnFinding(v: Vulnerability, options: CheckOptions): Finding {
  const line = options.manifest?.lines.get(normalizeName(v.package));
  const fix = v.fix
    ? `upgrade to ${v.fix}`
    : v.fixVersions.length > 0
      ? `fixed in ${v.fixVersions.join(', ')}`
      : 'no fix yet';
  const also = v.aliases.length > 0 ? ` (${v.aliases.join(', ')})` : '';
  const description = v.description ? ` ${v.description}` : '';
  return {
    severity: failsOn(v.severity, options.failOn) ? 'error' : 'warning',
    title: `${v.package} ${v.version}: ${v.id}`,
    message: `${v.package} ${v.version} is vulnerable to ${v.id}${also}, ${severityText(v)}: ${fix}.${description}`,
    rule: v.id,
    ...(options.manifest ? { file: options.manifest.file, ...(line ? { line } : {}) } : {}),
  };
}

function vulnSummary(audit: Audit, failing: number): string {
  const parts: string[] = [];
  if (audit.vulnerable.length === 0)
    parts.push(`no known vulnerabilities in ${plural(audit.audited ?? 0, 'package')}`);
  else {
    const bySeverity = SEVERITIES.map(
      (s) => [s, audit.vulnerable.filter((v) => v.severity === s).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    parts.push(
      `${plural(audit.vulnerable.length, 'vulnerability', 'vulnerabilities')} (${bySeverity.join(', ')})`,
    );
    if (failing > 0) parts.push(`${failing} over the policy`);
  }
  if (audit.ignored.length > 0) parts.push(`${audit.ignored.length} ignored`);
  if (audit.skipped.length > 0) parts.push(`${audit.skipped.length} skipped`);
  return parts.join(', ');
}

function ignoreCheck(audit: Audit, options: CheckOptions): Check {
  const file = options.ignoreFile;
  const findings: Finding[] = [
    ...audit.expired.map((e) => ({
      severity: 'error' as const,
      title: `ignore of ${e.id} expired`,
      message: `The ignore of ${e.id} expired on ${e.expires} (owner ${e.owner}): ${e.owner} should fix it or renew the entry with a new date and reason.`,
      rule: 'expired-ignore',
      ...(file ? { file } : {}),
    })),
    ...audit.unused.map((e) => ({
      severity: 'notice' as const,
      title: `ignore of ${e.id} is unused`,
      message: `The ignore of ${e.id} (owner ${e.owner}) matches no vulnerability any more: remove it.`,
      rule: 'unused-ignore',
      ...(file ? { file } : {}),
    })),
  ];
  const expired = audit.expired.map((e) => `${e.id} (owner ${e.owner})`);
  return {
    id: 'ignores',
    name: 'Ignored vulnerabilities',
    mode: options.mode,
    status: expired.length > 0 ? 'failed' : 'passed',
    durationMs: 0,
    summary:
      expired.length > 0
        ? `${plural(expired.length, 'expired ignore')}: ${expired.join(', ')}`
        : `${audit.ignored.length} ignored, none expired`,
    counts: { ignored: audit.ignored.length, expired: audit.expired.length, unused: audit.unused.length },
    findings,
  };
}

function outdatedCheck(audit: Audit, options: CheckOptions): Check {
  const base = { id: 'outdated', name: 'Outdated packages', mode: options.mode };
  if (options.outdatedProblem) {
    return { ...base, durationMs: options.durationMs.outdated, findings: [], ...options.outdatedProblem };
  }
  const findings: Finding[] = audit.outdated.map((p) => {
    const line = options.manifest?.lines.get(normalizeName(p.name));
    return {
      severity: outdatedFails(p.kind, options.failOnOutdated) ? 'error' : 'notice',
      title: `${p.name} ${p.version} → ${p.latest}`,
      message: `${p.name} ${p.version} is outdated: ${p.latest} is out (${p.kind}).`,
      rule: `outdated-${p.kind}`,
      ...(options.manifest ? { file: options.manifest.file, ...(line ? { line } : {}) } : {}),
    };
  });
  const counts = Object.fromEntries(
    UPDATE_KINDS.map((k) => [k, audit.outdated.filter((p) => p.kind === k).length]),
  );
  const failing = findings.filter((f) => f.severity === 'error').length;
  const kinds = UPDATE_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${k}`);
  return {
    ...base,
    status: failing > 0 ? 'failed' : 'passed',
    durationMs: options.durationMs.outdated,
    summary:
      audit.outdated.length === 0
        ? 'every package is up to date'
        : `${plural(audit.outdated.length, 'outdated package')} (${kinds.join(', ')})${failing > 0 ? `, ${failing} over the policy` : ''}`,
    counts,
    findings,
  };
}

/** The job summary's Markdown: the verdict line, notes, vulnerable packages by severity, then outdated ones. */
export function renderAuditMarkdown(
  audit: Audit,
  view: {
    readonly title: string;
    readonly verdict: string;
    readonly lines: readonly string[];
    readonly notes: readonly string[];
  },
): string {
  const out = [`## ${view.title}: ${view.verdict}\n`, ...view.lines.map((l) => `- ${l}\n`), '\n'];
  for (const note of view.notes)
    out.push(`> ${note.replace(/\s+/g, ' ').replace(/[<>]/g, (c) => `\\${c}`)}\n\n`);
  if (audit.expired.length > 0) {
    out.push('### Expired ignores\n\n');
    for (const e of audit.expired)
      out.push(
        `- \`${escapeCell(e.id)}\` expired on ${e.expires}, owner **${escapeCell(e.owner)}**: fix it or renew the entry.\n`,
      );
    out.push('\n');
  }
  if (audit.vulnerable.length > 0) {
    out.push(
      '### Vulnerable packages\n\n| Severity | Package | Installed | Vulnerability | Fix |\n|---|---|---|---|---|\n',
    );
    for (const v of audit.vulnerable) {
      const ids = [link(v.id), ...v.aliases.map(escapeCell)].join(', ');
      out.push(
        `| ${severityText(v)} | ${escapeCell(v.package)} | ${escapeCell(v.version)} | ${ids} | ${escapeCell(v.fix ?? (v.fixVersions.join(', ') || 'none yet'))} |\n`,
      );
    }
    out.push('\n');
  }
  if (audit.outdated.length > 0) {
    out.push('### Outdated packages\n\n| Package | Installed | Latest | Update |\n|---|---|---|---|\n');
    for (const p of audit.outdated)
      out.push(
        `| ${escapeCell(p.name)} | ${escapeCell(p.version)} | ${escapeCell(p.latest)} | ${p.kind} |\n`,
      );
    out.push('\n');
  }
  if (audit.ignored.length > 0) {
    out.push('### Ignored\n\n| Vulnerability | Package | Owner | Until | Reason |\n|---|---|---|---|---|\n');
    for (const { vuln, entry } of audit.ignored)
      out.push(
        `| ${link(vuln.id)} | ${escapeCell(vuln.package)} ${escapeCell(vuln.version)} | ${escapeCell(entry.owner)} | ${entry.expires} | ${escapeCell(entry.reason)} |\n`,
      );
    out.push('\n');
  }
  if (audit.skipped.length > 0) {
    out.push('### Not audited\n\n');
    for (const s of audit.skipped) out.push(`- ${escapeCell(s.name)}: ${escapeCell(s.reason)}\n`);
    out.push('\n');
  }
  return out.join('');
}

/** A GitLab dependency-scanning report (schema 15.x) of the vulnerabilities not ignored. */
export function renderDependencyScanning(
  audit: Audit,
  options: {
    readonly file: string;
    readonly startedAt: Date;
    readonly endedAt: Date;
    readonly version: string;
  },
): object {
  const tool = {
    id: 'maint-actions-dependency-audit',
    name: 'maint-actions dependency-audit',
    version: options.version,
    vendor: { name: 'maint-actions' },
  };
  return {
    version: '15.0.7',
    vulnerabilities: audit.vulnerable.map((v) => ({
      id: uuidOf(`${v.package}\n${v.version}\n${v.id}`),
      name: `${v.id} in ${v.package} ${v.version}`,
      description: v.description || `${v.package} ${v.version} is vulnerable to ${v.id}.`,
      severity: v.severity === 'unknown' ? 'Unknown' : v.severity[0]?.toUpperCase() + v.severity.slice(1),
      ...(v.fix ? { solution: `Upgrade ${v.package} to ${v.fix} or later.` } : {}),
      identifiers: [v.id, ...v.aliases].map(identifierOf),
      links: [{ url: osvUrl(v.id) }],
      location: { file: options.file, dependency: { package: { name: v.package }, version: v.version } },
    })),
    scan: {
      analyzer: tool,
      scanner: { ...tool, id: 'pip-audit', name: 'pip-audit', version: 'unknown', vendor: { name: 'PyPA' } },
      type: 'dependency_scanning',
      start_time: gitlabTime(options.startedAt),
      end_time: gitlabTime(options.endedAt),
      status: 'success',
    },
  };
}

function identifierOf(id: string): { type: string; name: string; value: string; url: string } {
  const type = /^(CVE|GHSA|PYSEC)-/i.exec(id)?.[1]?.toLowerCase() ?? 'osv';
  return {
    type,
    name: id,
    value: id,
    url: type === 'cve' ? `https://nvd.nist.gov/vuln/detail/${id}` : osvUrl(id),
  };
}

/** A stable UUID-shaped id (version 4 bits set) derived from `text`. */
function uuidOf(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `2024-05-01T10:20:30`: the schema's pattern has no fraction and no zone (UTC here). */
function gitlabTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

export function severityText(v: Pick<Vulnerability, 'severity' | 'score'>): string {
  return v.score === undefined ? v.severity : `${v.severity} (${v.score.toFixed(1)})`;
}

function osvUrl(id: string): string {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

function link(id: string): string {
  return `[${escapeCell(id)}](${osvUrl(id)})`;
}

/** Text safe in a Markdown table cell: one line, no pipes, no HTML. */
function escapeCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`);
}

/** PEP 503 normalisation: `Django_REST.framework` → `django-rest-framework`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

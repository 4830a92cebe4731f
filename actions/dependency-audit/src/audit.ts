/**
 * The audit's findings and the policy applied to them: vulnerabilities (rated, with their
 * smallest fix, ignores applied) and outdated packages (classified), each judged by `fail-on`
 * and `fail-on-outdated`.
 */
import { findIgnore, type IgnoreEntry, isExpired } from './ignores';
import type { Rated } from './osv';
import { SEVERITIES, UPDATE_KINDS, type UpdateKind, type VulnSeverity } from './spec';
import type { PipAuditResult, PipOutdated } from './tools';
import { classifyUpdate, smallestFix } from './versions';

export type FailOn = 'critical' | 'high' | 'medium' | 'low' | 'any' | 'none';
export type FailOnOutdated = 'major' | 'minor' | 'any' | 'none';

export interface Vulnerability {
  readonly package: string;
  readonly version: string;
  readonly id: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly fixVersions: readonly string[];
  /** The smallest fixing version newer than the installed one. */
  readonly fix?: string;
  readonly severity: VulnSeverity;
  readonly score?: number;
}

export interface OutdatedPackage {
  readonly name: string;
  readonly version: string;
  readonly latest: string;
  readonly kind: UpdateKind;
}

export interface Audit {
  /** Vulnerabilities not ignored, most severe first. */
  readonly vulnerable: readonly Vulnerability[];
  /** Vulnerabilities a valid ignore entry covers. */
  readonly ignored: readonly { readonly vuln: Vulnerability; readonly entry: IgnoreEntry }[];
  /** Ignore entries past their date (they ignore nothing). */
  readonly expired: readonly IgnoreEntry[];
  /** Valid ignore entries that matched no vulnerability. */
  readonly unused: readonly IgnoreEntry[];
  /** Outdated packages, the furthest behind first. */
  readonly outdated: readonly OutdatedPackage[];
  /** Dependencies pip-audit could not audit, with its reason. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  /** Dependencies pip-audit audited; undefined when it did not run. */
  readonly audited: number | undefined;
}

/** Every vulnerability of the report, with `ratings[i]` for the i-th (unknown without). */
export function vulnerabilitiesOf(result: PipAuditResult, ratings?: readonly Rated[]): Vulnerability[] {
  const vulns = result.dependencies.flatMap((dep) =>
    dep.vulns.map((v) => ({ package: dep.name, version: dep.version, ...v })),
  );
  return vulns.map((v, i) => {
    const rated = ratings?.[i] ?? { severity: 'unknown' as const };
    const fix = smallestFix(v.version, v.fixVersions);
    return { ...v, ...(fix ? { fix } : {}), ...rated };
  });
}

/** Applies the ignore list (as of `today`, `YYYY-MM-DD`) and orders everything for the reports. */
export function buildAudit(input: {
  readonly pipAudit: PipAuditResult | undefined;
  readonly vulnerabilities: readonly Vulnerability[];
  readonly outdated: readonly PipOutdated[];
  readonly ignores: readonly IgnoreEntry[];
  readonly today: string;
}): Audit {
  const valid = input.ignores.filter((e) => !isExpired(e, input.today));
  const vulnerable: Vulnerability[] = [];
  const ignored: Audit['ignored'][number][] = [];
  for (const vuln of input.vulnerabilities) {
    const entry = findIgnore(valid, [vuln.id, ...vuln.aliases]);
    if (entry) ignored.push({ vuln, entry });
    else vulnerable.push(vuln);
  }
  const outdated = input.outdated.flatMap((p) => {
    const kind = classifyUpdate(p.version, p.latest);
    return kind ? [{ ...p, kind }] : [];
  });
  return {
    vulnerable: vulnerable.sort(bySeverity),
    ignored,
    expired: input.ignores.filter((e) => isExpired(e, input.today)),
    unused: valid.filter((e) => !ignored.some((i) => i.entry === e)),
    outdated: outdated.sort(
      (a, b) => UPDATE_KINDS.indexOf(a.kind) - UPDATE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name),
    ),
    skipped: input.pipAudit?.skipped ?? [],
    audited: input.pipAudit?.dependencies.length,
  };
}

/** Most severe first (a known score above an unknown one), then by package and ID. */
function bySeverity(a: Vulnerability, b: Vulnerability): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (b.score ?? 0) - (a.score ?? 0) ||
    a.package.localeCompare(b.package) ||
    a.id.localeCompare(b.id)
  );
}

/** Whether a vulnerability of `severity` fails the audit under `failOn`; unknown counts as critical. */
export function failsOn(severity: VulnSeverity, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'any' || severity === 'unknown') return true;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}

/** Whether an update of `kind` fails the audit under `level`; a pre-release never does. */
export function outdatedFails(kind: UpdateKind, level: FailOnOutdated): boolean {
  if (level === 'none' || kind === 'pre-release') return false;
  if (level === 'any') return true;
  return kind === 'major' || (level === 'minor' && kind === 'minor');
}

/** The most severe of the vulnerabilities, or `none`. */
export function highestSeverity(vulns: readonly Vulnerability[]): VulnSeverity | 'none' {
  return SEVERITIES.find((s) => vulns.some((v) => v.severity === s)) ?? 'none';
}

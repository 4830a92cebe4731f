/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, a rule per distinct
 * `<check id>/<rule>` (or the check id for findings without a rule), a result per finding.
 * Levels follow what the gate decided: an error shows as `error` only in a blocking check
 * (enforced and failed), elsewhere as `warning`; notices are `note`. Results of findings
 * without a file have no location.
 */
import type { Check, Finding, Report, Severity } from '../report';
import { createFingerprinter } from './fingerprint';
import { cleanText, effectiveSeverity } from './text';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifTool {
  readonly name: string;
  readonly version: string;
  readonly informationUri?: string;
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly properties: { readonly check: string };
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations?: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string; readonly uriBaseId: '%SRCROOT%' };
      readonly region?: {
        readonly startLine: number;
        readonly endLine?: number;
        readonly startColumn?: number;
      };
    };
  }[];
  readonly partialFingerprints: { readonly 'maintActions/v1': string };
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [
    {
      readonly tool: { readonly driver: SarifTool & { readonly rules: readonly SarifRule[] } };
      readonly automationDetails: { readonly id: string };
      readonly results: readonly SarifResult[];
    },
  ];
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** The report as a SARIF 2.1.0 log (serialise it with JSON.stringify). */
export function renderSarif(report: Report, tool: SarifTool): SarifLog {
  const fingerprint = createFingerprinter();
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const check of report.checks) {
    for (const finding of check.findings) {
      const ruleId = finding.rule ? `${check.id}/${finding.rule}` : check.id;
      let index = ruleIndex.get(ruleId);
      if (index === undefined) {
        index = rules.push(ruleOf(check, finding, ruleId)) - 1;
        ruleIndex.set(ruleId, index);
      }
      const location = locationOf(finding);
      results.push({
        ruleId,
        ruleIndex: index,
        level: LEVEL[effectiveSeverity(check, finding)],
        message: { text: cleanText(finding.message) || ruleId },
        ...(location ? { locations: [location] } : {}),
        partialFingerprints: { 'maintActions/v1': fingerprint(check, finding) },
      });
    }
  }
  const driver = {
    name: tool.name,
    version: tool.version,
    ...optional('informationUri', tool.informationUri),
    rules,
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, automationDetails: { id: `${report.action}/` }, results }],
  };
}

function ruleOf(check: Check, finding: Finding, id: string): SarifRule {
  const text = finding.rule ? `${check.name}: ${finding.rule}` : check.name;
  return { id, name: finding.rule ?? check.id, shortDescription: { text }, properties: { check: check.id } };
}

function locationOf(finding: Finding): NonNullable<SarifResult['locations']>[number] | undefined {
  if (!finding.file) return undefined;
  const uri = finding.file.split('/').map(encodeURIComponent).join('/');
  const line = finding.line !== undefined && finding.line > 0 ? finding.line : undefined;
  const region =
    line === undefined
      ? undefined
      : {
          startLine: line,
          ...optional(
            'endLine',
            finding.endLine !== undefined && finding.endLine >= line ? finding.endLine : undefined,
          ),
          ...optional(
            'startColumn',
            finding.column !== undefined && finding.column > 0 ? finding.column : undefined,
          ),
        };
  return {
    physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...optional('region', region) },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

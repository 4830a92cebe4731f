/**
 * The Markdown body shared by the job summary and the sticky comment: built as blocks (a table
 * row, a finding, an output log) so a cut to the budget never splits one. Internal to ./render.
 */
import type { Check, Report } from '../report';
import { failuresFirst } from '../report';
import { plural, thousands } from '../words';
import { type BudgetUnit, fitBlocks, type TextBlock, tailUtf8, truncateChars } from './budget';
import {
  bySeverity,
  codeBlock,
  codeSpan,
  effectiveSeverity,
  escapeMarkdown,
  formatDuration,
  formatSize,
  locationOf,
} from './text';

/** The last part of a check's output shown in a report, at most. */
export const OUTPUT_TAIL_BYTES = 16 * 1024;

/** A finding's message or a check's summary in a line, at most (characters). */
const LINE_CHARS = 1_000;

export interface MarkdownStyle {
  readonly budget: number;
  readonly unit: BudgetUnit;
  /** Where the full report is (Markdown, trusted: written by the caller, not by a tool). */
  readonly fullReportHint?: string;
  /** Show each failing check's output tail in a `<details>` section. */
  readonly outputTails: boolean;
  /** Findings listed per check at most; the rest are counted in one line. */
  readonly findingsPerCheck: number;
  /** Where the findings past `findingsPerCheck` can be seen, for that line. */
  readonly moreFindingsHint?: string;
}

const VERDICT_ICON = { passed: '✅', failed: '❌' } as const;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** A check's status icon; a warn-mode failure shows as a warning. */
function statusIcon(check: Check): string {
  if (check.status === 'passed') return '✅';
  if (check.status === 'skipped') return '⏭️';
  if (check.mode === 'warn') return '⚠️';
  return check.status === 'failed' ? '❌' : '💥';
}

/** The report as Markdown within `style.budget`, failures first. */
export function renderReportMarkdown(report: Report, style: MarkdownStyle): string {
  const checks = failuresFirst(report.checks);
  const totalFindings = report.checks.reduce((n, c) => n + c.findings.length, 0);
  const blocks: TextBlock[] = [
    { text: `## ${VERDICT_ICON[report.verdict]} ${escapeMarkdown(report.title)}: ${report.verdict}\n\n` },
    { text: `${facts(report, totalFindings).join(' · ')}\n\n` },
  ];
  if (checks.length > 0) {
    blocks.push({ text: '| Check | Mode | Status | Duration | Result |\n| --- | --- | --- | --- | --- |\n' });
    for (const check of checks) blocks.push({ kind: 'row', text: tableRow(check) });
    blocks.push({ text: '\n' });
  }
  for (const check of checks) blocks.push(...detailBlocks(check, style));

  return fitBlocks(blocks, style.budget, style.unit, (omitted) => {
    const limit = formatSize(style.budget, style.unit === 'bytes' ? 'bytes' : 'characters');
    const where = style.fullReportHint ?? 'the report files of this job';
    return `\n> ✂️ Cut to fit ${limit}: ${describeOmitted(omitted, totalFindings)} left out. Full report: ${where}.\n`;
  });
}

function facts(report: Report, totalFindings: number): string[] {
  const failed = report.checks.filter(
    (c) => c.mode === 'enforce' && (c.status === 'failed' || c.status === 'error'),
  );
  const warned = report.checks.filter(
    (c) => c.mode === 'warn' && (c.status === 'failed' || c.status === 'error'),
  );
  const counts = [`${failed.length} of ${plural(report.checks.length, 'check')} failed`];
  if (warned.length > 0) counts.push(`${warned.length} warned`);
  counts.push(plural(totalFindings, 'finding'));
  return [
    counts.join(', '),
    `**Duration** ${formatDuration(report.durationMs)}`,
    `**Started** ${escapeMarkdown(report.startedAt)}`,
    ...Object.entries(report.meta ?? {}).map(([k, v]) => `**${escapeMarkdown(k)}** ${escapeMarkdown(v)}`),
  ];
}

function tableRow(check: Check): string {
  const cells = [
    escapeMarkdown(check.name),
    check.mode,
    `${statusIcon(check)} ${check.status}`,
    formatDuration(check.durationMs),
    escapeMarkdown(truncateChars(check.summary, LINE_CHARS)),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function detailBlocks(check: Check, style: MarkdownStyle): TextBlock[] {
  const failing = check.status === 'failed' || check.status === 'error';
  const tail = style.outputTails && failing && check.outputTail?.trim() ? check.outputTail : undefined;
  if (check.findings.length === 0 && !tail) return [];

  const blocks: TextBlock[] = [
    {
      kind: 'check section',
      text: `### ${statusIcon(check)} ${escapeMarkdown(check.name)}: ${escapeMarkdown(truncateChars(check.summary, LINE_CHARS))}\n\n`,
    },
  ];
  const findings = bySeverity(check.findings);
  for (const finding of findings.slice(0, style.findingsPerCheck)) {
    const parts: string[] = [SEVERITY_ICON[effectiveSeverity(check, finding)]];
    const location = locationOf(finding);
    if (location) parts.push(codeSpan(location), '—');
    if (finding.rule) parts.push(codeSpan(finding.rule), '—');
    parts.push(escapeMarkdown(truncateChars(finding.message, LINE_CHARS)));
    blocks.push({ kind: 'finding', findings: 1, text: `- ${parts.join(' ')}\n` });
  }
  const more = findings.length - style.findingsPerCheck;
  if (more > 0) {
    const where = style.moreFindingsHint ? ` (${style.moreFindingsHint})` : '';
    blocks.push({ text: `- …and ${plural(more, 'more finding')}${where}\n` });
  }
  if (findings.length > 0) blocks.push({ text: '\n' });
  if (tail) {
    const body = codeBlock(tailUtf8(tail, OUTPUT_TAIL_BYTES));
    blocks.push({
      kind: 'output log',
      text: `<details><summary>Output (last lines)</summary>\n\n${body}\n\n</details>\n\n`,
    });
  }
  return blocks;
}

function describeOmitted(omitted: readonly TextBlock[], totalFindings: number): string {
  const findings = omitted.reduce((n, b) => n + (b.findings ?? 0), 0);
  const parts: string[] = [];
  if (findings > 0) parts.push(`${thousands(findings)} of ${plural(totalFindings, 'finding')}`);
  for (const kind of ['row', 'check section', 'output log']) {
    const n = omitted.filter((b) => b.kind === kind).length;
    if (n > 0) parts.push(plural(n, kind === 'row' ? 'table row' : kind));
  }
  return parts.length > 0 ? parts.join(', ') : 'the last lines';
}

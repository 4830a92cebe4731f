/**
 * Text helpers shared by the renderers: cleaning tool output, escaping user text for Markdown,
 * and formatting numbers for people. Internal to ./render (not re-exported by the index).
 */
import type { Check, Finding, Severity } from '../report';
import { isBlocking } from '../report';
import { thousands } from '../words';

const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Removes terminal colour codes and control characters; keeps tabs and newlines (CRLF becomes LF). */
export function cleanText(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Clean text on one line: runs of whitespace containing newlines become one space. */
export function oneLine(text: string): string {
  return cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * User text safe for inline Markdown, table cells included: one line, HTML characters as
 * entities, and Markdown punctuation (pipes too) backslash-escaped so it renders literally.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** User text as an inline code span (one line), with a fence longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const clean = oneLine(text);
  const fence = '`'.repeat(longestRun(clean, '`') + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** User text as a fenced code block, with a fence no line inside can close. */
export function codeBlock(text: string): string {
  const clean = cleanText(text).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
  return `${fence}text\n${clean}\n${fence}`;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** `420 ms`, `4.2 s`, `2 min 05 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** `1 MiB`, `64 KiB`, `5,000 bytes`: a limit as a person reads it. */
export function formatSize(bytes: number, unit: 'bytes' | 'characters'): string {
  if (unit === 'bytes' && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (unit === 'bytes' && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${thousands(bytes)} ${unit}`;
}

/** `path/to/file.py:12` (or just the path), undefined when the finding has no file. */
export function locationOf(finding: Finding): string | undefined {
  if (!finding.file) return undefined;
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Findings ordered errors, then warnings, then notices; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * The severity a finding is shown with: only a blocking check (enforced, failed) shows errors;
 * in a warn-mode, passed or skipped check an error is shown as a warning, so no surface claims
 * an error that did not fail the gate.
 */
export function effectiveSeverity(check: Check, finding: Finding): Severity {
  return finding.severity === 'error' && !isBlocking(check) ? 'warning' : finding.severity;
}

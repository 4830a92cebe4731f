/**
 * The sticky PR/MR comment: one comment per marker, found again by its hidden first line and
 * updated in place, shorter than the job summary (a few findings per check, no output logs).
 */
import { ConfigError } from '../errors';
import type { Report } from '../report';
import { LIMITS } from './budget';
import { renderReportMarkdown } from './markdown';

/** Findings listed per check in a comment; the rest are counted. */
export const COMMENT_FINDINGS_PER_CHECK = 10;

export interface StickyCommentOptions {
  /** Tells this comment apart from others of the tool, such as `quality-gates`. */
  readonly marker: string;
  /** Budget in characters; default LIMITS.commentChars. */
  readonly budgetChars?: number;
  /** Where the full report is, as Markdown; named when findings or sections are left out. */
  readonly fullReportHint?: string;
}

/**
 * The hidden first line of a sticky comment, `<!-- maint-actions:<marker> -->`. A marker is
 * letters, digits and `.`, `_`, `-`, `/`, `:` (no `--`, which would end the HTML comment).
 */
export function commentMarker(marker: string): string {
  if (!/^[\w.:/-]+$/.test(marker) || marker.includes('--')) {
    throw new ConfigError(
      `comment marker "${marker}" is not valid: use letters, digits and . _ - / : (no "--"), such as "quality-gates"`,
    );
  }
  return `<!-- maint-actions:${marker} -->`;
}

/**
 * True when `body` is a sticky comment for `marker`: its first line is the marker. A reply that
 * quotes the comment does not start with it, so it is never taken for the comment itself.
 */
export function hasMarker(body: string, marker: string): boolean {
  const first =
    body
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? '';
  return first.trim() === commentMarker(marker);
}

/** A comment body: the marker line, then the report in Markdown within the character budget. */
export function renderStickyComment(report: Report, options: StickyCommentOptions): string {
  const head = `${commentMarker(options.marker)}\n`;
  const budget = (options.budgetChars ?? LIMITS.commentChars) - head.length;
  return (
    head +
    renderReportMarkdown(report, {
      budget: Math.max(budget, 0),
      unit: 'chars',
      fullReportHint: options.fullReportHint,
      outputTails: false,
      findingsPerCheck: COMMENT_FINDINGS_PER_CHECK,
      moreFindingsHint: options.fullReportHint ? `see ${options.fullReportHint}` : 'see the job summary',
    })
  );
}

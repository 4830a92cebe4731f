/**
 * One tracking issue per repository (per working directory) for scheduled audits, found by
 * the marker its body starts with. Its body ends with a hidden list of what it tracks, so the
 * next run can say what is new since the last one; it is closed when nothing is left.
 */
import {
  type ActionContext,
  commentMarker,
  cutMarkdown,
  describeError,
  type IssueTracker,
  issueTracker,
  type Platform,
  plural,
} from '@maint-actions/core';
import { type Audit, type FailOnOutdated, outdatedFails } from './audit';
import { severityText } from './report';
import type { DependencyAuditSpec } from './spec';

/** Room an issue body leaves for the audit (GitHub allows 65,536 characters). */
const ISSUE_MARKDOWN_CHARS = 60_000;

/** Something the issue tracks: a stable key (kept in the body) and a line for the issue. */
export interface TrackedItem {
  readonly key: string;
  readonly line: string;
}

export interface TrackingOptions {
  readonly marker: string;
  /** The audit as Markdown (already cut to fit an issue body). */
  readonly markdown: string;
  readonly labels: readonly string[];
  readonly runUrl?: string;
  readonly today: string;
}

/** What happened to the issue, for the log and the summary. */
export interface TrackingOutcome {
  readonly action: 'created' | 'reopened' | 'updated' | 'unchanged' | 'closed' | 'none';
  readonly url?: string;
  /** Keys new since the last run. */
  readonly added: readonly string[];
}

/** What the issue tracks: vulnerabilities not ignored, expired ignores and outdated packages over the policy. */
export function trackedItems(audit: Audit, failOnOutdated: FailOnOutdated): TrackedItem[] {
  return [
    ...audit.vulnerable.map((v) => ({
      key: `vuln:${v.package}:${v.id}`,
      line: `${v.package} ${v.version}: ${v.id} (${severityText(v)})${v.fix ? `, upgrade to ${v.fix}` : ''}`,
    })),
    ...audit.expired.map((e) => ({
      key: `expired:${e.id}`,
      line: `the ignore of ${e.id} expired on ${e.expires} (owner ${e.owner})`,
    })),
    ...audit.outdated
      .filter((p) => outdatedFails(p.kind, failOnOutdated))
      .map((p) => ({
        key: `outdated:${p.name}:${p.latest}`,
        line: `${p.name} ${p.version} → ${p.latest} (${p.kind})`,
      })),
  ];
}

/**
 * Creates, updates or closes the marked issue. An update comments the items new since the
 * last run (all of them when the issue was closed); with nothing to track, an open issue is
 * closed and none is created.
 */
export async function syncTrackingIssue(
  issues: IssueTracker,
  items: readonly TrackedItem[],
  options: TrackingOptions,
): Promise<TrackingOutcome> {
  if (items.length === 0) {
    const closed = await issues.close(
      options.marker,
      `All clean as of ${options.today}: nothing left to track.${options.runUrl ? ` ([run](${options.runUrl}))` : ''}`,
    );
    return closed ? { action: 'closed', url: closed.url, added: [] } : { action: 'none', added: [] };
  }
  const previous = await issues.find(options.marker);
  const before = previous?.state === 'open' ? keysOf(previous.body, options.marker) : new Set<string>();
  const added = items.filter((item) => !before.has(item.key));
  const result = await issues.upsert({
    marker: options.marker,
    title: `Dependency audit: ${plural(items.length, 'open finding')}`,
    body: issueBody(items, options),
    labels: options.labels,
    ...(added.length > 0 && previous
      ? { comment: `New since the last run:\n\n${added.map((i) => `- ${i.line}`).join('\n')}` }
      : {}),
  });
  return { action: result.action, url: result.url, added: added.map((i) => i.key) };
}

/** The issue body: marker, the audit, the run, and the hidden list of tracked keys. */
export function issueBody(items: readonly TrackedItem[], options: TrackingOptions): string {
  const run = options.runUrl ? ` by [this run](${options.runUrl})` : '';
  return [
    commentMarker(options.marker),
    options.markdown.trimEnd(),
    '',
    `_Kept up to date${run} on ${options.today}; closed when all is clean._`,
    `<!-- ${listMarker(options.marker)} ${items.map((i) => i.key).join(' ')} -->`,
    '',
  ].join('\n');
}

/** The keys a previous body tracked; empty when it has no list. */
export function keysOf(body: string, marker: string): Set<string> {
  const start = body.lastIndexOf(`<!-- ${listMarker(marker)} `);
  if (start === -1) return new Set();
  const end = body.indexOf('-->', start);
  const list = body.slice(start + `<!-- ${listMarker(marker)} `.length, end === -1 ? undefined : end);
  return new Set(list.split(/\s+/).filter(Boolean));
}

function listMarker(marker: string): string {
  return `maint-actions:${marker}:tracked`;
}

/** A host failure is never the audit's: a warning line, whatever the status. */
export function describeTrackingFailure(error: unknown): string {
  return `The tracking issue was not updated: ${describeError(error).message}`;
}

/** Creates, updates or closes the tracking issue when enabled; returns a note for the summary. */
export async function trackingIssue(
  platform: Platform,
  inputs: ActionContext<DependencyAuditSpec>['inputs'],
  audit: Audit,
  markdown: string,
  today: string,
): Promise<string> {
  const enabled = inputs.trackingIssue ?? platform.context.event === 'schedule';
  if (!enabled) return '';
  const tracker = issueTracker(platform, inputs.token, 'tracking issue');
  if ('why' in tracker) return `\n> ${tracker.why}\n`;
  const { issues } = tracker;
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

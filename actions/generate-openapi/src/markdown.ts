/**
 * The Markdown of the schema's state: the API changes (breaking first), the drift with its
 * diff, and the sticky PR/MR comment made of them. Each is cut to the surface's budget.
 */
import { type BudgetUnit, commentMarker, cutMarkdown, LIMITS, measureText } from '@maint-actions/core';
import { type DiffResult, renderChangelog } from '@maint-actions/openapi-diff';

/** What the run found out about one schema. */
export interface SchemaState {
  /** The committed schema, relative to the repository root. */
  readonly schema: string;
  /** Why no schema was generated or it is invalid; undefined when it was generated and is valid. */
  readonly problem: string | undefined;
  /** The drift, unless `drift: off` or there was nothing to compare. */
  readonly drift: Drift | undefined;
  /** The API changes against the base, or why there are none to show. */
  readonly api: ApiChanges | { readonly missing: string } | undefined;
  /** Whether the run's verdict failed. */
  readonly failed: boolean;
  /** A link to the run. */
  readonly runUrl: string | undefined;
}

export interface Drift {
  readonly stale: boolean;
  /** The unified diff of the canonical YAML forms, when stale. */
  readonly diff: string;
  /** How to bring the committed file up to date, as Markdown. */
  readonly fix: string;
}

export interface ApiChanges {
  readonly result: DiffResult;
  /** The base, such as `origin/main (3f2c1ab)`. */
  readonly base: string;
  /** Breaking changes accepted (`fail-on-breaking: false`). */
  readonly accepted: boolean;
}

/** Characters of the drift diff shown in a comment. */
const COMMENT_DIFF_CHARS = 20_000;
/** Bytes of the drift diff shown in the job summary. */
const SUMMARY_DIFF_BYTES = 256 * 1024;

/** The API changes section: a heading naming the base, then the changelog (breaking first). */
export function apiSection(api: SchemaState['api'], level = '###'): string {
  if (!api) return '';
  if ('missing' in api) return `${level} API changes\n\n⚠️ Not compared: ${api.missing}.\n\n`;
  const accepted =
    api.accepted && api.result.counts.breaking > 0
      ? '\n\nBreaking changes are accepted for this run (`fail-on-breaking: false`).'
      : '';
  return `${level} API changes against \`${api.base}\`\n\n${renderChangelog(api.result).trim()}${accepted}\n\n`;
}

/** The drift section: whether the committed file is stale and, when it is, the fix and a diff within `budget`. */
export function driftSection(
  state: Pick<SchemaState, 'schema' | 'drift'>,
  budget: number,
  unit: BudgetUnit,
  level = '###',
): string {
  const { drift } = state;
  if (!drift) return '';
  if (!drift.stale) return `${level} Drift\n\n✅ \`${state.schema}\` matches the generated schema.\n\n`;
  const diff = fence(cutLines(drift.diff, budget, unit), 'diff');
  return (
    `${level} Drift\n\n❌ \`${state.schema}\` is out of date with the code. ${drift.fix}\n\n` +
    `<details><summary>Changes to the committed schema (keys sorted)</summary>\n\n${diff}\n\n</details>\n\n`
  );
}

/**
 * The job summary sections after the report: API changes, then drift. Without a base the API
 * section is left out: the report's warning above already says why and what to do.
 */
export function summarySections(state: SchemaState): string {
  const api = state.api && 'missing' in state.api ? '' : apiSection(state.api, '##');
  return api + driftSection(state, SUMMARY_DIFF_BYTES, 'bytes', '##');
}

/**
 * The sticky comment for `marker`: a heading with the state, the API changes (breaking first),
 * then the drift. With nothing to report it says the schema is resolved: up to date and without
 * API changes. Cut to GitHub's comment limit.
 */
export function renderComment(marker: string, state: SchemaState): string {
  const head = `${commentMarker(marker)}\n`;
  const footer = state.runUrl ? `\n[Job](${state.runUrl}) · maint-actions generate-openapi\n` : '';
  let body: string;
  if (state.problem) {
    body = `## ❌ OpenAPI schema \`${state.schema}\`\n\n${fence(state.problem, 'text')}\n\n`;
  } else if (isResolved(state)) {
    body =
      `## ✅ OpenAPI schema \`${state.schema}\`: resolved\n\n` +
      `The committed schema matches the code${apiNote(state)}.\n`;
  } else {
    const icon = state.failed ? '❌' : '⚠️';
    body =
      `## ${icon} OpenAPI schema \`${state.schema}\`\n\n` +
      apiSection(state.api) +
      driftSection(state, COMMENT_DIFF_CHARS, 'chars');
  }
  const budget = LIMITS.commentChars - head.length - footer.length;
  return (
    head +
    cutMarkdown(
      body,
      budget,
      'chars',
      '> ✂️ Cut to fit the comment: the full changelog and diff are in the job summary.',
    ) +
    footer
  );
}

/** Nothing to report: no drift (or not checked) and no API change (or no base). */
function isResolved(state: SchemaState): boolean {
  const noDrift = !state.drift?.stale;
  const noChanges = !state.api || 'missing' in state.api || state.api.result.changes.length === 0;
  return noDrift && noChanges;
}

function apiNote(state: SchemaState): string {
  if (!state.api) return '';
  if ('missing' in state.api) return ` (API changes not compared: ${state.api.missing})`;
  return ` and the API has no changes against \`${state.api.base}\``;
}

/** Whole lines of `text` within `budget`, with a line saying how many were left out. */
export function cutLines(text: string, budget: number, unit: BudgetUnit): string {
  if (measureText(text, unit) <= budget) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let used = 0;
  const room = budget - 60;
  for (const line of lines) {
    const size = measureText(line, unit) + 1;
    if (used + size > room) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join('\n')}\n… ${lines.length - kept.length} more lines (see schema.patch)\n`;
}

/** `text` in a fenced block of `language`, with a fence no line inside can close. */
function fence(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(Math.max(3, longest + 1));
  return `${marks}${language}\n${text.replace(/\n+$/, '')}\n${marks}`;
}

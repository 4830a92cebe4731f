/**
 * Release notes in Markdown: breaking changes, deployment notes and new migrations first (what a
 * deployer must read), then features, fixes and the rest, each entry linked to its pull/merge
 * request and commit; and the changelog file they are prepended to. Pure.
 */
import type { ParsedCommit } from './commits';

/** Links on the repository host; every method is undefined where the host is unknown (a terminal). */
export interface HostLinks {
  /** `#12` on GitHub, `!12` on GitLab. */
  readonly changePrefix: string;
  change?(number: number): string;
  commit?(sha: string): string;
  compare?(fromTag: string, toTag: string): string;
}

/** Links for a GitHub repository (its web URL, `https://github.com/owner/name`). */
export function githubLinks(repositoryUrl: string): HostLinks {
  const base = repositoryUrl.replace(/\/+$/, '');
  return {
    changePrefix: '#',
    change: (n) => `${base}/pull/${n}`,
    commit: (sha) => `${base}/commit/${sha}`,
    compare: (a, b) => `${base}/compare/${a}...${b}`,
  };
}

/** Links for a GitLab project (its web URL, such as `https://gitlab.com/group/project`). */
export function gitlabLinks(projectUrl: string): HostLinks {
  const base = projectUrl.replace(/\/+$/, '');
  return {
    changePrefix: '!',
    change: (n) => `${base}/-/merge_requests/${n}`,
    commit: (sha) => `${base}/-/commit/${sha}`,
    compare: (a, b) => `${base}/-/compare/${a}...${b}`,
  };
}

/** No host: numbers and short shas without links. */
export const NO_LINKS: HostLinks = { changePrefix: '#' };

export interface NotesInput {
  readonly version: string;
  readonly tag: string;
  readonly previousTag: string | undefined;
  /** `2024-05-01`. */
  readonly date: string;
  readonly commits: readonly ParsedCommit[];
  /** Paths of the migrations added since the previous release. */
  readonly migrations: readonly string[];
  readonly links: HostLinks;
}

/** The notes of a release: its sections under `###` headings, for the release body. */
export function renderNotes(input: NotesInput): string {
  const { commits, links } = input;
  const sections: string[] = [];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length > 0) sections.push(`### ${title}\n\n${items.join('\n')}`);
  };
  const breaking = commits.filter((c) => c.breaking !== undefined);
  const rest = commits.filter((c) => c.breaking === undefined);
  section(
    '⚠ Breaking changes',
    breaking.map((c) => {
      const note = c.breaking !== c.subject ? `\n${indent(c.breaking ?? '')}` : '';
      return `- ${label(c)}${inline(c.subject)}${refs(c, links)}${note}`;
    }),
  );
  section(
    'Deployment notes',
    commits.flatMap((c) => c.deployNotes.map((note) => `- ${firstLineWithRefs(note, refs(c, links))}`)),
  );
  section(
    'New migrations',
    input.migrations.map((file) => `- \`${file}\``),
  );
  section(
    'Features',
    rest.filter((c) => c.type === 'feat').map((c) => entry(c, links)),
  );
  section(
    'Fixes',
    rest.filter((c) => c.type === 'fix' || c.type === 'perf').map((c) => entry(c, links)),
  );
  section(
    'Other',
    rest.filter((c) => !['feat', 'fix', 'perf'].includes(c.type ?? '')).map((c) => entry(c, links, true)),
  );
  if (sections.length === 0) sections.push(`No changes since ${input.previousTag ?? 'the start'}.`);
  const compare =
    input.previousTag && links.compare
      ? `\n\n**Full changes**: [${input.previousTag}...${input.tag}](${links.compare(input.previousTag, input.tag)})`
      : '';
  return `${sections.join('\n\n')}${compare}\n`;
}

/** The changelog entry of a release: a `## version (date)` heading and the notes. */
export function changelogEntry(input: NotesInput, notes: string): string {
  return `## ${input.version} (${input.date})\n\n${notes}`;
}

/**
 * `existing` (a changelog, or undefined when there is none yet) with `entry` prepended below its
 * `# ` title; undefined when it has an entry for `version` already (a re-run).
 */
export function prependChangelog(
  existing: string | undefined,
  entry: string,
  version: string,
): string | undefined {
  const text = existing ?? '# Changelog\n';
  const escaped = version.replace(/[.+]/g, '\\$&');
  if (new RegExp(`^##\\s.*(?<![\\w.+-])v?${escaped}(?![\\w.+-])`, 'm').test(text)) return undefined;
  const block = `${entry.trimEnd()}\n`;
  if (!/^# /.test(text)) return `${block}\n${text}`;
  const next = /^## /m.exec(text);
  if (next === null) return `${text.trimEnd()}\n\n${block}`;
  return `${text.slice(0, next.index)}${block}\n${text.slice(next.index)}`;
}

function entry(c: ParsedCommit, links: HostLinks, showType = false): string {
  const type = showType && c.type && c.type !== 'revert' ? `${c.type}: ` : '';
  const subject = inline(c.type === 'revert' ? `Revert "${c.subject}"` : c.subject);
  return `- ${label(c)}${type}${subject}${refs(c, links)}`;
}

function label(c: ParsedCommit): string {
  return c.scope ? `**${inline(c.scope)}:** ` : '';
}

/** A commit's one-line text as Markdown: `<` and `>` outside code spans are not HTML. */
function inline(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('`');
}

/** ` ([#12](url)) ([abc1234](url))`, as far as the host and the commit tell. */
function refs(c: ParsedCommit, links: HostLinks): string {
  const parts: string[] = [];
  if (c.change !== undefined) {
    const text = `${links.changePrefix}${c.change}`;
    parts.push(links.change ? `[${text}](${links.change(c.change)})` : text);
  }
  const short = c.sha.slice(0, 7);
  parts.push(links.commit ? `[${short}](${links.commit(c.sha)})` : short);
  return ` (${parts.join(', ')})`;
}

/** A multi-line note as one list item: the references after its first line, the rest indented. */
function firstLineWithRefs(note: string, references: string): string {
  const [first = '', ...more] = note.trim().split('\n');
  return `${first}${references}${more.length > 0 ? `\n${indent(more.join('\n'))}` : ''}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `  ${line}` : ''))
    .join('\n');
}

/** Renders a diff as Markdown for a release note, a job summary or a PR comment. */

import { plural } from '@maint-actions/core/words';
import { RULES } from './rules';
import type { Change, DiffResult, Level } from './types';

export interface ChangelogOptions {
  /** A second-level heading put first, such as `API changes`. */
  readonly title?: string;
}

const SECTIONS: readonly [string, Level][] = [
  ['Breaking', 'breaking'],
  ['Warnings', 'warning'],
  ['Other', 'info'],
];

/** How many further endpoints a bullet names before it says `and N more`. */
const LISTED = 10;

/** The same change (rule and location) reached from several endpoints or media types, as one bullet. */
interface Entry {
  readonly change: Change;
  /** The other endpoints where the same change applies, in order. */
  readonly alsoIn: Set<string>;
  /** The other media types of the same endpoint where it applies (form-urlencoded, multipart ...). */
  readonly alsoAs: Set<string>;
  /** How many changes this bullet stands for. */
  count: number;
}

/**
 * A headline such as `**2 breaking changes**, 1 warning, 3 additions`, then one section per level
 * (Breaking, Warnings, Other) with a bullet per change; `No API changes.` when there are none.
 * A change inside a shared component, which the diff reports once per endpoint and media type
 * using it, is one bullet naming the other endpoints and media types it folded. The headline
 * counts changes, as the diff's counts do, so every surface shows the same numbers.
 */
export function renderChangelog(result: DiffResult, options: ChangelogOptions = {}): string {
  const lines: string[] = options.title ? [`## ${options.title}`, ''] : [];
  if (result.changes.length === 0) return [...lines, 'No API changes.', ''].join('\n');
  const sections = SECTIONS.map(([heading, level]) => ({
    heading,
    entries: group(result.changes.filter((change) => change.level === level)),
  }));
  lines.push(headline(result), '');
  for (const { heading, entries } of sections) {
    if (entries.length > 0) lines.push(`### ${heading}`, '', ...entries.map(bullet), '');
  }
  return lines.join('\n');
}

function group(changes: readonly Change[]): Entry[] {
  const entries = new Map<string, Entry>();
  for (const change of changes) {
    const key = `${change.rule}\n${change.location}`;
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, { change, alsoIn: new Set(), alsoAs: new Set(), count: 1 });
      continue;
    }
    entry.count++;
    if (endpoint(change) !== endpoint(entry.change)) entry.alsoIn.add(endpoint(change));
    else {
      const media = mediaType(change.message);
      if (media && media !== mediaType(entry.change.message)) entry.alsoAs.add(media);
    }
  }
  return [...entries.values()];
}

/** The media type a message names, as in `request body (multipart/form-data) property ...`. */
function mediaType(message: string): string | undefined {
  return /\(([\w.+-]+\/[\w.+-]+)\)/.exec(message)?.[1];
}

/** The diff's own counts: the same numbers as the action's outputs, check table and summary. */
function headline(result: DiffResult): string {
  const { breaking, warning, info } = result.counts;
  const additions = result.changes.filter((c) => c.level === 'info' && RULES[c.rule].additive).length;
  const parts = [
    breaking > 0 ? `**${plural(breaking, 'breaking change')}**` : 'No breaking changes',
    warning > 0 ? plural(warning, 'warning') : '',
    additions > 0 ? plural(additions, 'addition') : '',
    info > additions ? plural(info - additions, 'other change') : '',
  ];
  return `${parts.filter(Boolean).join(', ')} (suggested version bump: ${result.bump})`;
}

function endpoint(change: Change): string {
  return change.method ? `${change.method} ${change.path}` : change.path;
}

/** `- \`POST /path\`: what changed (\`rule-id\`)`; the message's own `METHOD path: ` prefix is not repeated. */
function bullet({ change, alsoIn, alsoAs, count }: Entry): string {
  const where = endpoint(change);
  const text = change.message.startsWith(`${where}: `)
    ? change.message.slice(where.length + 2)
    : change.message;
  let line = `- \`${where}\`: ${escapeMarkdown(text)} (\`${change.rule}\`)`;
  if (alsoAs.size > 0) line += `; also as ${[...alsoAs].map((m) => `\`${m}\``).join(', ')}`;
  if (alsoIn.size > 0) {
    const listed = [...alsoIn].slice(0, LISTED).map((e) => `\`${e}\``);
    const more = alsoIn.size > LISTED ? ` and ${alsoIn.size - LISTED} more` : '';
    line += `; also ${listed.join(', ')}${more}`;
  }
  return count > 1 ? `${line} (${count} changes)` : line;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

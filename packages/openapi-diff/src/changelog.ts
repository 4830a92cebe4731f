/** Renders a diff as Markdown for a release note, a job summary or a PR comment. */
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

/** The same change (rule and location) reached from several endpoints, as one bullet. */
interface Entry {
  readonly change: Change;
  /** The other endpoints where the same change applies, in order. */
  readonly alsoIn: Set<string>;
}

/**
 * A headline such as `**2 breaking changes**, 1 warning, 3 additions`, then one section per level
 * (Breaking, Warnings, Other) with a bullet per change; `No API changes.` when there are none.
 * A change inside a shared component, which the diff reports once per endpoint using it, is one
 * bullet naming the other endpoints; the headline counts bullets.
 */
export function renderChangelog(result: DiffResult, options: ChangelogOptions = {}): string {
  const lines: string[] = options.title ? [`## ${options.title}`, ''] : [];
  if (result.changes.length === 0) return [...lines, 'No API changes.', ''].join('\n');
  const sections = SECTIONS.map(([heading, level]) => ({
    heading,
    entries: group(result.changes.filter((change) => change.level === level)),
  }));
  lines.push(
    headline(
      sections.map((s) => s.entries),
      result.bump,
    ),
    '',
  );
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
    if (!entry) entries.set(key, { change, alsoIn: new Set() });
    else if (endpoint(change) !== endpoint(entry.change)) entry.alsoIn.add(endpoint(change));
  }
  return [...entries.values()];
}

function headline([breaking = [], warnings = [], info = []]: Entry[][], bump: string): string {
  const additions = info.filter((e) => RULES[e.change.rule].additive).length;
  const parts = [
    breaking.length > 0 ? `**${plural(breaking.length, 'breaking change')}**` : 'No breaking changes',
    warnings.length > 0 ? plural(warnings.length, 'warning') : '',
    additions > 0 ? plural(additions, 'addition') : '',
    info.length > additions ? plural(info.length - additions, 'other change') : '',
  ];
  return `${parts.filter(Boolean).join(', ')} (suggested version bump: ${bump})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function endpoint(change: Change): string {
  return change.method ? `${change.method} ${change.path}` : change.path;
}

/** `- \`POST /path\`: what changed (\`rule-id\`)`; the message's own `METHOD path: ` prefix is not repeated. */
function bullet({ change, alsoIn }: Entry): string {
  const where = endpoint(change);
  const text = change.message.startsWith(`${where}: `)
    ? change.message.slice(where.length + 2)
    : change.message;
  const line = `- \`${where}\`: ${escapeMarkdown(text)} (\`${change.rule}\`)`;
  if (alsoIn.size === 0) return line;
  const listed = [...alsoIn].slice(0, LISTED).map((e) => `\`${e}\``);
  const more = alsoIn.size > LISTED ? ` and ${alsoIn.size - LISTED} more` : '';
  return `${line}; also ${listed.join(', ')}${more}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

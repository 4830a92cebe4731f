/**
 * Reading a PR/MR description: its `##`/`###` sections, and whether each holds something the
 * author wrote rather than what the template left there (HTML comments, empty bullets, `TODO`).
 */

/** A heading and the text under it, up to the next heading of the same or a higher level. */
export interface Section {
  /** The heading text, as written. */
  readonly title: string;
  readonly level: 2 | 3;
  /** The body with HTML comments removed. */
  readonly content: string;
}

/** What is wrong with one required section. */
export interface SectionProblem {
  readonly section: string;
  readonly problem: 'missing' | 'empty';
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The level-2 and level-3 sections of a Markdown text. HTML comments are removed first, and
 * headings inside fenced code blocks are not headings.
 */
export function parseSections(markdown: string): Section[] {
  const lines = stripComments(markdown).split(/\r?\n/);
  const headings: { index: number; level: number; title: string }[] = [];
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const heading = HEADING.exec(line);
    if (heading) headings.push({ index, level: heading[1]?.length ?? 0, title: heading[2] ?? '' });
  }
  const sections: Section[] = [];
  for (const [i, heading] of headings.entries()) {
    if (heading.level !== 2 && heading.level !== 3) continue;
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    const content = lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n');
    sections.push({ title: heading.title, level: heading.level, content });
  }
  return sections;
}

/** The text without `<!-- ... -->` comments (an unclosed one runs to the end). */
function stripComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** A section name compared loosely: any case, spaces collapsed, a trailing colon ignored. */
function normalize(title: string): string {
  return title.trim().replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A line that a template leaves and an author would not write as content: blank, only list or
 * checkbox markers and dots, an angle-bracket placeholder such as `<describe the change>`, or
 * `TODO`/`TBD`.
 */
function isPlaceholder(line: string): boolean {
  const text = line
    .trim()
    .replace(/^(?:[-*+]|\d+[.)])\s*(?:\[[ xX]?\]\s*)?/, '')
    .trim();
  return (
    text === '' ||
    /^[.…_\-*\s]+$/.test(text) ||
    /^<[^<>]*>$/.test(text) ||
    /^[_*]*(?:todo|tbd|fixme)(?![a-z0-9])[\s.:!]*[_*]*$/i.test(text)
  );
}

/** True when the section holds at least one line that is not a template placeholder. */
export function hasContent(section: Section): boolean {
  return section.content.split('\n').some((line) => !isPlaceholder(line));
}

/** The first section named `name` (loosely) that has content, else the first one so named. */
export function findSection(sections: readonly Section[], name: string): Section | undefined {
  const named = sections.filter((s) => normalize(s.title) === normalize(name));
  return named.find(hasContent) ?? named[0];
}

/** True when the description has a section `name` with content. */
export function sectionFilled(markdown: string, name: string): boolean {
  const section = findSection(parseSections(markdown), name);
  return section !== undefined && hasContent(section);
}

/** The required sections that are missing or hold only template text, in the order required. */
export function checkSections(markdown: string, required: readonly string[]): SectionProblem[] {
  const sections = parseSections(markdown);
  const problems: SectionProblem[] = [];
  for (const name of required) {
    const section = findSection(sections, name);
    if (!section) problems.push({ section: name, problem: 'missing' });
    else if (!hasContent(section)) problems.push({ section: name, problem: 'empty' });
  }
  return problems;
}

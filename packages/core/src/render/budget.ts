/**
 * Size budgets of the surfaces a report is shown on, and helpers to measure and cut text to
 * them. Bytes are UTF-8 bytes; characters are UTF-16 code units (JavaScript's `length`), which
 * is never less than the count of code points a host counts, so a text within a character
 * budget here is within it there too. No helper ever cuts inside a character (a surrogate pair
 * included) or inside a line.
 */

/** Hard limits of each surface. */
export const LIMITS = {
  /** GitHub job summary (`GITHUB_STEP_SUMMARY`), per step: 1 MiB. */
  jobSummaryBytes: 1024 * 1024,
  /** Body of a GitHub PR comment: 65,536 characters. */
  commentChars: 65_536,
  /** Text of a GitHub check-run output: 65,535 bytes. */
  checkRunTextBytes: 65_535,
  /** One GitLab dotenv value: about 5 KB. */
  dotenvValueBytes: 5_000,
} as const;

/** What a budget counts. */
export type BudgetUnit = 'bytes' | 'chars';

/** The size of `text` in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The size of `text` in `unit`. */
export function measureText(text: string, unit: BudgetUnit): number {
  return unit === 'bytes' ? utf8Length(text) : text.length;
}

/**
 * `text` unchanged when it fits in `maxBytes` UTF-8 bytes; otherwise its longest prefix that
 * fits together with `ellipsis`, cut between characters.
 */
export function truncateUtf8(text: string, maxBytes: number, ellipsis = '…'): string {
  return truncateTo(text, maxBytes, 'bytes', ellipsis);
}

/** Like truncateUtf8, counting UTF-16 code units; never splits a surrogate pair. */
export function truncateChars(text: string, maxChars: number, ellipsis = '…'): string {
  return truncateTo(text, maxChars, 'chars', ellipsis);
}

function truncateTo(text: string, budget: number, unit: BudgetUnit, ellipsis: string): string {
  if (measureText(text, unit) <= budget) return text;
  const room = budget - measureText(ellipsis, unit);
  if (room < 0) return prefixWithin(ellipsis, budget, unit);
  return prefixWithin(text, room, unit) + ellipsis;
}

/** The longest prefix of `text` within `budget`, ending on a character boundary. */
function prefixWithin(text: string, budget: number, unit: BudgetUnit): string {
  let size = 0;
  let end = 0;
  for (const char of text) {
    const next = size + measureText(char, unit);
    if (next > budget) break;
    size = next;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * The end of `text` within `maxBytes`, starting at the beginning of a line (a single line longer
 * than the budget is cut between characters). For the last lines of a tool's output.
 */
export function tailUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let size = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const cost = utf8Length(line) + (kept.length > 0 ? 1 : 0);
    if (size + cost > maxBytes) {
      if (kept.length === 0) return lastChars(line, maxBytes);
      break;
    }
    kept.unshift(line);
    size += cost;
  }
  return kept.join('\n');
}

function lastChars(line: string, maxBytes: number): string {
  const chars = [...line];
  let size = 0;
  let start = chars.length;
  while (start > 0 && size + utf8Length(chars[start - 1]!) <= maxBytes) {
    start--;
    size += utf8Length(chars[start]!);
  }
  return chars.slice(start).join('');
}

/** One unit a renderer either shows whole or leaves out: a table row, a list item, a section. */
export interface TextBlock {
  /** The text, normally ending with a newline. */
  readonly text: string;
  /** What the block is, for the "left out" line. */
  readonly kind?: string;
  /** How many findings it shows. */
  readonly findings?: number;
}

/**
 * Joins `blocks` in order while they fit in `budget`; when some do not, stops at the first that
 * does not and appends `closing(omitted)`, leaving room for it. The result never exceeds the
 * budget (in the worst case it is the closing text alone, cut to the budget).
 */
export function fitBlocks(
  blocks: readonly TextBlock[],
  budget: number,
  unit: BudgetUnit,
  closing: (omitted: readonly TextBlock[]) => string,
): string {
  const sizes = blocks.map((b) => measureText(b.text, unit));
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= budget) return blocks.map((b) => b.text).join('');

  const reserve = measureText(closing(blocks), unit);
  let count = 0;
  let used = 0;
  while (count < blocks.length && used + sizes[count]! <= budget - reserve) used += sizes[count++]!;
  for (;;) {
    const end = closing(blocks.slice(count));
    if (used + measureText(end, unit) <= budget || count === 0) {
      const head = blocks
        .slice(0, count)
        .map((b) => b.text)
        .join('');
      return count === 0 ? truncateTo(end, budget, unit, '…') : head + end;
    }
    used -= sizes[--count]!;
  }
}

/**
 * Cuts Markdown to `budget` between lines, keeping fenced code blocks and `<details>` sections
 * whole (so a cut never leaves a fence open), and ends it with `note` (Markdown) when it cut.
 */
export function cutMarkdown(markdown: string, budget: number, unit: BudgetUnit, note: string): string {
  return fitBlocks(markdownBlocks(markdown), budget, unit, () => `\n${note}\n`);
}

function markdownBlocks(markdown: string): TextBlock[] {
  const lines = markdown.split(/(?<=\n)/);
  const blocks: TextBlock[] = [];
  let open: { fence?: string; details: number; text: string } | undefined;
  for (const line of lines) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open) {
      open.text += line;
      if (open.fence) {
        if (fence && fence[0] === open.fence[0] && fence.length >= open.fence.length) open.fence = undefined;
      } else if (fence) {
        open.fence = fence;
      } else {
        open.details += count(line, /<details\b/gi) - count(line, /<\/details>/gi);
      }
      if (!open.fence && open.details <= 0) {
        blocks.push({ text: open.text });
        open = undefined;
      }
      continue;
    }
    const details = count(line, /<details\b/gi) - count(line, /<\/details>/gi);
    if (fence || details > 0) open = { fence, details: Math.max(details, 0), text: line };
    else blocks.push({ text: line });
  }
  if (open) blocks.push({ text: open.text });
  return blocks;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

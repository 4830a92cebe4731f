/**
 * Line diffs in the unified format: a readable diff for people, and a patch `git apply` accepts.
 * Lines are compared with their line ending, so a file that only gains a final newline differs.
 * The edit script comes from the `diff` package; the hunks are written here, because the patch
 * must be one `git apply` takes with our file names and no index line (decision 43).
 */
import { diffArrays } from 'diff';

/** One line of a file, with its `\n` when it has one (only a file's last line may lack it). */
type Line = string;

interface Op {
  readonly kind: ' ' | '-' | '+';
  readonly line: Line;
}

/** Past this many differing lines (after the common start and end) the middle is shown replaced whole. */
const MAX_EDIT_DISTANCE = 4000;

export interface UnifiedDiffOptions {
  /** Name on the `---` line, such as `a/schema.yml`, or `/dev/null` for a file that is created. */
  readonly oldName: string;
  /** Name on the `+++` line. */
  readonly newName: string;
  /** Unchanged lines shown around each change; default 3. */
  readonly context?: number;
}

/** The unified diff turning `oldText` into `newText` (`---`/`+++` lines, then hunks); empty when equal. */
export function unifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions): string {
  if (oldText === newText) return '';
  const ops = diffLines(splitLines(oldText), splitLines(newText));
  const hunks = renderHunks(ops, options.context ?? 3);
  return `--- ${options.oldName}\n+++ ${options.newName}\n${hunks}`;
}

/**
 * A git patch for the file at `repoPath` (relative to the repository root, forward slashes):
 * from `oldText` to `newText`, or creating the file when `oldText` is undefined. Apply it at the
 * repository root with `git apply`. Empty when nothing changes.
 */
export function gitPatch(oldText: string | undefined, newText: string, repoPath: string): string {
  if (oldText === newText) return '';
  const header = `diff --git a/${repoPath} b/${repoPath}\n${oldText === undefined ? 'new file mode 100644\n' : ''}`;
  return (
    header +
    unifiedDiff(oldText ?? '', newText, {
      oldName: oldText === undefined ? '/dev/null' : `a/${repoPath}`,
      newName: `b/${repoPath}`,
    })
  );
}

/** `text` as lines, each keeping its `\n`. */
export function splitLines(text: string): Line[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The edit script from `a` to `b`: the common start and end kept, the shortest edit in between
 * from the `diff` package (Myers); past MAX_EDIT_DISTANCE the middle is shown replaced whole.
 */
function diffLines(a: Line[], b: Line[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (from: number, to: number): Op[] => a.slice(from, to).map((line) => ({ kind: ' ', line }));
  const oldMiddle = a.slice(start, endA);
  const newMiddle = b.slice(start, endB);
  const changes = diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_DISTANCE }) ?? [
    { value: oldMiddle, added: false, removed: true, count: oldMiddle.length },
    { value: newMiddle, added: true, removed: false, count: newMiddle.length },
  ];
  const middle = changes.flatMap((change) =>
    change.value.map((line): Op => ({ kind: change.added ? '+' : change.removed ? '-' : ' ', line })),
  );
  return [...same(0, start), ...middle, ...same(endA, a.length)];
}

/** Hunks with `context` unchanged lines around changes; changes closer than 2 × context share a hunk. */
function renderHunks(ops: readonly Op[], context: number): string {
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  let out = '';
  let i = 0;
  while (i < changed.length) {
    const first = changed[i] as number;
    let last = first;
    while (i + 1 < changed.length && (changed[i + 1] as number) - last <= 2 * context)
      last = changed[++i] as number;
    i++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    out += hunk(ops, from, to);
  }
  return out;
}

function hunk(ops: readonly Op[], from: number, to: number): string {
  let oldBefore = 0;
  let newBefore = 0;
  for (const op of ops.slice(0, from)) {
    if (op.kind !== '+') oldBefore++;
    if (op.kind !== '-') newBefore++;
  }
  const body = ops.slice(from, to);
  const oldCount = body.filter((op) => op.kind !== '+').length;
  const newCount = body.filter((op) => op.kind !== '-').length;
  // A range of no lines names the line before it; otherwise its first line (1-based).
  const range = (before: number, count: number): string => `${count === 0 ? before : before + 1},${count}`;
  let text = `@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@\n`;
  for (const op of body) {
    text += op.kind + op.line;
    if (!op.line.endsWith('\n')) text += '\n\\ No newline at end of file\n';
  }
  return text;
}

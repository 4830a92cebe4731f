/**
 * Line diffs in the unified format: a readable diff for people, and a patch `git apply` accepts.
 * Lines are compared with their line ending, so a file that only gains a final newline differs.
 */

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

/** The edit script from `a` to `b`: the common start and end kept, Myers' shortest edit in between. */
function diffLines(a: readonly Line[], b: readonly Line[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (from: number, to: number): Op[] => a.slice(from, to).map((line) => ({ kind: ' ', line }));
  const middle = myers(a.slice(start, endA), b.slice(start, endB)) ?? [
    ...a.slice(start, endA).map((line): Op => ({ kind: '-', line })),
    ...b.slice(start, endB).map((line): Op => ({ kind: '+', line })),
  ];
  return [...same(0, start), ...middle, ...same(endA, a.length)];
}

/**
 * Myers' O((N+M)D) shortest edit script, or undefined when the edit distance passes
 * MAX_EDIT_DISTANCE. Keeps the frontier of each step (O(D²) memory) to walk back the path.
 */
function myers(a: readonly Line[], b: readonly Line[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const trace: Int32Array[] = [];
  // v[k + offset] is the furthest x on diagonal k = x - y.
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + offset] as number) < (v[k + 1 + offset] as number));
      let x = down ? (v[k + 1 + offset] as number) : (v[k - 1 + offset] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, a, b);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], a: readonly Line[], b: readonly Line[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const at = (k: number): number => prev[k + d - 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      ops.push({ kind: ' ', line: a[--x] as Line });
    }
    if (down) ops.push({ kind: '+', line: b[--y] as Line });
    else ops.push({ kind: '-', line: a[--x] as Line });
  }
  while (x > 0 && y > 0) {
    y--;
    ops.push({ kind: ' ', line: a[--x] as Line });
  }
  return ops.reverse();
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

/**
 * YAML aliases (`*name`) make one parsed object stand at many places. The engine reads a
 * document as a tree, so its work follows the document written out in full: ten levels of ten
 * aliases each (the "billion laughs") parse in milliseconds into a few dozen objects and then
 * stand for 10^10 nodes. A YAML document whose aliases add more than `ALIAS_EXPANSION_LIMIT`
 * nodes is refused when it is read (docs/decisions.md).
 */

/** How many nodes the aliases of one document may add, written out in full. */
export const ALIAS_EXPANSION_LIMIT = 1_000_000;

/** Nodes of `root` written out as a tree (`expanded`, capped just past `limit` + `distinct`), and as parsed (`distinct`). */
export function treeSize(
  root: unknown,
  limit = ALIAS_EXPANSION_LIMIT,
): { distinct: number; expanded: number } {
  if (typeof root !== 'object' || root === null) return { distinct: 1, expanded: 1 };
  // Post-order on an explicit stack, each object sized once: its size is 1 plus its children's.
  // An object met again while open (inside itself) counts 1: the engine reads it as a `$ref`.
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let distinct = 0;
  const frames: { node: object; values: unknown[]; next: number; size: number }[] = [];
  const enter = (node: object) => {
    open.add(node);
    distinct++;
    frames.push({ node, values: Object.values(node), next: 0, size: 1 });
  };
  enter(root);
  let last = 0;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next < frame.values.length) {
      const value = frame.values[frame.next++];
      if (typeof value !== 'object' || value === null) {
        frame.size++;
        distinct++;
      } else if (open.has(value)) frame.size++;
      else {
        const known = sizes.get(value);
        if (known !== undefined) frame.size = Math.min(frame.size + known, Number.MAX_SAFE_INTEGER);
        else enter(value);
      }
      continue;
    }
    frames.pop();
    open.delete(frame.node);
    sizes.set(frame.node, frame.size);
    last = frame.size;
    const parent = frames[frames.length - 1];
    if (parent) parent.size = Math.min(parent.size + frame.size, Number.MAX_SAFE_INTEGER);
    // Past the limit already: the rest of the walk cannot bring it back.
    if (frame.size - distinct > limit) return { distinct, expanded: frame.size };
  }
  return { distinct, expanded: last };
}

/**
 * Documents the reader has sized (`aliasExpansionProblem`), or read from JSON text, which cannot
 * share a subtree: `diffOpenApi` does not size them again (a walk of GitHub's description costs
 * about what parsing it does). A caller that changes such a document afterwards is trusted.
 */
const SIZED = new WeakSet<object>();

/** Marks `document` as sized by the reader (see SIZED) and returns it. */
export function sizedByReader<T>(document: T): T {
  if (typeof document === 'object' && document !== null) SIZED.add(document);
  return document;
}

/**
 * Why a document given as objects (`diffOpenApi` called by an API user, or with what another
 * YAML parser made) is refused, or undefined: the same limit as for YAML text, on objects that
 * stand at several places (counted once each, never expanded). Documents the reader returned
 * were sized there and are not walked again.
 */
export function sharedSubtreeProblem(document: unknown): string | undefined {
  if (typeof document !== 'object' || document === null || SIZED.has(document)) return undefined;
  const { distinct, expanded } = treeSize(document);
  if (expanded - distinct <= ALIAS_EXPANSION_LIMIT) return undefined;
  return `has objects shared at several places that stand for more than ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes beyond those given (as YAML aliases make: an alias bomb?); give shared parts once under components and refer to them with $ref`;
}

/**
 * Why `root` (parsed from YAML) is refused, or undefined when its aliases stay within the
 * limit. Only a text with an anchor (`&name`) can hold an alias, so the walk is skipped for
 * the others: the common case costs one regular-expression scan.
 */
export function aliasExpansionProblem(root: unknown, text: string): string | undefined {
  if (!/(?:^|[\s[{,:-])&[^\s,[\]{}]/.test(text)) return undefined;
  const { distinct, expanded } = treeSize(root);
  if (expanded - distinct <= ALIAS_EXPANSION_LIMIT) return undefined;
  return `its YAML aliases (*name) stand for more than ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes beyond those written (an alias bomb?); write shared parts once under components and refer to them with $ref`;
}

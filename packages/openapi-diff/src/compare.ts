/**
 * Compares the schemas of a request, parameter or response. Where both sides are `$ref`s, the
 * comparison stops at an edge to the (base target, head target) pair; each pair is compared once,
 * lazily, and its findings are shared by every operation that reaches it. Following edges with a
 * visited set per operation reports a change once per place it is used, and ends in cycles.
 */
import { checkObjectCycles } from './acyclic';
import {
  child,
  contentKey,
  type Document,
  isObject,
  type JsonObject,
  jsonText,
  type Located,
  refOf,
  shown,
} from './document';
import { lifecycleChanges } from './lifecycle';
import { BOUNDS, kebab, RULES, type RuleId, type RuleInfo } from './rules';
import { type Bound, bit, numeric, type SchemaView, TYPES, Views } from './view';

/** Who sends the value: the client (request, parameter) or the server (response). */
export type Direction = 'request' | 'parameter' | 'response';

/** A change found in a schema, relative to where the walk started. */
export interface Finding {
  readonly rule: RuleId;
  /** The property path from the walk's root, such as `author.tags[]`; empty for the root. */
  readonly at: string;
  readonly location: string;
  /** The predicate of the message, such as `is now required`. */
  readonly text: string;
  /** Under `not`: the finding as the walk of the negated schema made it (`negateFindings`). */
  readonly plain?: Finding;
  /**
   * What the change does to the set of values the schema admits, where the rule's level is a
   * policy that does not say it (a property added or removed: `negateFindings`).
   */
  readonly admits?: Admits;
  /**
   * Said only if one of these reference pairs, or one they reach, changed anything
   * (`SchemaComparer.settled`): decided when reporting, once every walk is built.
   */
  readonly ifChanged?: readonly string[];
}

/**
 * What a change does to the values a schema admits: `more`, `fewer`, `both` (some gained, some
 * lost), `same` (only an annotation changed), or `unknown` (it depends on two schemas that
 * cannot be ordered, such as a property's and an `additionalProperties` schema).
 */
export type Admits = 'more' | 'fewer' | 'both' | 'same' | 'unknown';

/** A reference pair met during a walk, compared on its own. */
export interface Edge {
  readonly at: string;
  readonly key: string;
}

/** What one walk found: its own changes and the reference pairs below it. */
export interface Walk {
  readonly findings: Finding[];
  readonly edges: Edge[];
  /**
   * The walk met a change no rule reports that may accept fewer values (an `items` or
   * `additionalProperties` schema where there was none): it proves no containment (`contained`).
   */
  unproven?: boolean;
}

/** Joins property paths: `a` + `b` is `a.b`, `a` + `[]` is `a[]`. */
export function joinPath(prefix: string, rest: string): string {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return rest.startsWith('[') ? prefix + rest : `${prefix}.${rest}`;
}

/** A reference pair with findings, reached from another by the property path `at`. */
export interface Reached {
  readonly key: string;
  readonly at: string;
  readonly findings: readonly Finding[];
  /** Its walk proves no containment (`Walk.unproven`); listed for that even without findings. */
  readonly unproven?: true;
}

/**
 * Where values travel as text, so any scalar among them reads as a string: `all` in a parameter
 * or header described by a schema, `body` in a body of a text media type (diff.ts `textMode`:
 * as `all`, and the body's whole text is one string too, whatever its root's type),
 * `parts` in a multipart body (each property, or each item of an array property, is a part of
 * its own; what is inside an object part is JSON), `none` elsewhere. `part` (a part reached by
 * a reference: its value and its items) and `root` (its value only) continue `parts` in the
 * walk of a referenced schema.
 */
export type Textual = 'none' | 'body' | 'parts' | 'part' | 'root' | 'all';

interface Pair {
  readonly base: Located;
  readonly head: Located;
  readonly direction: Direction;
  readonly textual: Textual;
  /** Under an odd number of `not`s: the direction of the value around them (`negateFindings`). */
  readonly negatedFrom: Direction | undefined;
  walk?: Walk;
  reach?: readonly Reached[];
}

/**
 * Inline schemas nested deeper than this are compared as pairs of their own (on the explicit
 * stack of `reach`), so no document, however deep, exhausts the call stack.
 */
const INLINE_DEPTH = 64;

/**
 * `accepts` (is a variant left over on one side taken whole by one on the other?) compares the
 * two schemas afresh, and a variant's own `oneOf`/`anyOf` asks it again below: nested, that is
 * the product of the variants at every level. Nesting is bounded by SUBWALK_DEPTH (past it, taken
 * as accepted: decision 93); and once the checks made for one union (the outermost `oneOf`/`anyOf`
 * met outside every check) have compared ACCEPTS_WORK pairs of schema nodes, a left-over variant
 * of it is taken as not accepted: reported, as a variant added or removed is. The budget is each
 * union's own, so the verdict on one union never depends on the work another took (or on the
 * order of the paths); real documents stay far below it.
 */
const ACCEPTS_WORK = 50_000;

export class SchemaComparer {
  private readonly pairs = new Map<string, Pair>();
  /** Per pair key: whether it or a pair it reaches found anything (`changed`). */
  private readonly changes = new Map<string, boolean>();
  /**
   * Per reference, keyed by the local `#/…` pointer it resolves to in each document (`refKey`):
   * whether it leads to equal schemas in both documents (`sameTarget`).
   */
  private readonly sameTargets = new Map<string, boolean>();
  /** A `refKey` whose two sides differ: the base's and the head's reference. */
  private readonly refPairs = new Map<string, readonly [string, string]>();
  /** Per base object, a head object `same` need not look at with it again (see `same`). */
  private readonly notSame = new WeakMap<object, unknown>();
  /** Node numbers for pair keys (`identity`). */
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  /** The inline pairs the current walk has compared: `allOf` merges can lead back to them. */
  private seen = new Set<string>();
  private depth = 0;
  /** How many `accepts` checks are under way, one inside another, and the node pairs all of them compared (ACCEPTS_WORK). */
  private acceptsDepth = 0;
  private acceptsWork = 0;
  /** The text mode of the walk under way (see Textual). */
  private textual: Textual = 'none';
  /** Under an odd number of `not`s: the direction of the value around them (see Pair). */
  private negatedFrom: Direction | undefined;
  /**
   * How deep in proofs of containment the walk under way is (`contained`): inside one, readOnly
   * properties count and a changed `oneOf` proves nothing. A reference pair is walked outside it.
   */
  private proving = 0;
  /**
   * How many proofs of containment are under way, one inside the other (through the reference
   * pairs they reach, which walk with `proving` at 0): at most `PROOF_DEPTH`, so the call stack
   * stays bounded.
   */
  private nesting = 0;
  /**
   * How many walks that judge one schema against another (`accepts`, `contained`) are under way,
   * one inside the other through the reference pairs they reach: at most `SUBWALK_DEPTH`, so a
   * chain of references (each pair asking about the next) cannot exhaust the call stack.
   */
  private subwalks = 0;
  /** How many proofs of containment this comparer made (`contained`): at most `PROOF_BUDGET`. */
  proofs = 0;
  /** How many pairs of schema nodes were compared: tests hold it linear in the documents. */
  comparisons = 0;
  /** How many pairs of objects `same` looked at (its shortcut for what did not change): held linear too. */
  sameSteps = 0;
  /** How many pairs of reference targets were compared as text (`equalTargets`): held linear too. */
  targetChecks = 0;
  /** How many edges `reach` followed, over all its calls: held linear too (it is memoised per start only). */
  reachSteps = 0;
  private readonly baseViews: Views;
  private readonly headViews: Views;

  constructor(
    private readonly base: Document,
    private readonly head: Document,
    /** Today as YYYY-MM-DD, for a sunset date that has already passed. */
    private readonly today: string = new Date().toISOString().slice(0, 10),
  ) {
    this.baseViews = new Views(base);
    this.headViews = new Views(head);
    this.readAlike = base.readsRefSiblings() === head.readsRefSiblings();
  }

  /**
   * Both documents read a schema's text the same way: a 3.0 base and a 3.1 revision do not (3.1
   * applies keywords beside a `$ref`), so there equal text is no proof of equal meaning.
   */
  private readonly readAlike: boolean;

  /** Compares two schemas at the root of a request body, parameter or response. */
  compareRoot(b: Located, h: Located, direction: Direction, textual: Textual = 'none'): Walk {
    const walk: Walk = { findings: [], edges: [] };
    this.seen = new Set();
    this.depth = 0;
    this.textual = textual;
    this.negatedFrom = undefined;
    try {
      this.compare(b, h, direction, '', walk);
    } finally {
      this.textual = 'none';
      this.negatedFrom = undefined;
    }
    this.seen = new Set();
    return walk;
  }

  /** Compares two schemas (either may be a `$ref`) into `walk`. */
  compare(b: Located, h: Located, direction: Direction, at: string, walk: Walk): void {
    b = this.base.schema(b);
    h = this.head.schema(h);
    const baseRef = refOf(b.node);
    const headRef = refOf(h.node);
    const baseTarget = this.base.resolve(b);
    const headTarget = this.head.resolve(h);
    if (baseTarget.unresolved !== undefined || headTarget.unresolved !== undefined) {
      if (baseRef !== headRef) {
        const text = `schema changed from ${baseRef ?? 'an inline schema'} to ${headRef ?? 'an inline schema'}`;
        found(walk, typeRule(direction), at, h.pointer, text);
      }
      return;
    }
    if (baseRef === undefined && headRef === undefined && this.depth < INLINE_DEPTH) {
      // Most inline schemas did not change at all: nothing to find, no views to build.
      if (this.same(baseTarget.node, headTarget.node, UNCHANGED_BUDGET)) return;
      // The same two nodes twice in one walk: an `allOf` merge led back to them (a cycle).
      const seenKey = `${baseTarget.pointer}\n${headTarget.pointer}`;
      if (this.seen.has(seenKey)) return;
      this.seen.add(seenKey);
      this.depth++;
      try {
        this.compareViews(this.baseViews.of(baseTarget), this.headViews.of(headTarget), direction, at, walk);
      } finally {
        this.depth--;
      }
      return;
    }
    // Inline schemas this deep: real ones nest so rarely that a look for an object that
    // contains itself (which would nest without end) costs nothing in practice.
    if (baseRef === undefined && headRef === undefined) {
      checkObjectCycles(this.base.root);
      checkObjectCycles(this.head.root);
    }
    // The same reference on both sides, to schemas equal all the way down: nothing to find.
    if (baseRef !== undefined && baseRef === headRef && this.sameTarget(this.refKey(b.node, h.node, baseRef)))
      return;
    // A reference on either side (or a deep inline schema): a pair of its own, compared once.
    // A multipart body's parts are text; a schema reached below them is not.
    const textual = modeBelow(this.textual, at);
    const negatedFrom = this.negatedFrom;
    const key = `${direction}${textual === 'none' ? '' : ` ${textual}`}${negatedFrom ? ` not ${negatedFrom}` : ''}\n${this.identity(baseTarget)}\n${this.identity(headTarget)}`;
    if (!this.pairs.has(key))
      this.pairs.set(key, { base: baseTarget, head: headTarget, direction, textual, negatedFrom });
    walk.edges.push({ at, key });
  }

  /**
   * What names a schema in a pair's key: the node itself (numbered on first sight), not the
   * pointer that reached it. A keyword merged in from an `allOf` member is reached under a
   * pointer of the schema it was merged into, so through a cycle the pointers grow without end
   * while the nodes repeat; keyed by node, the pairs stay as many as the schemas.
   */
  private identity(located: Located): string {
    const node = located.node;
    if (typeof node !== 'object' || node === null) return located.pointer;
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(node, id);
    }
    return `#${id}`;
  }

  /**
   * The pairs with findings reachable from `key` (itself included), in depth-first order, each
   * with the property path by which that walk first reaches it; memoised. Only pairs with
   * findings (or that prove no containment: `Walk.unproven`) are listed, so an operation pays
   * for the changes it reaches, not for the schemas.
   */
  reach(key: string): readonly Reached[] {
    const start = this.pair(key);
    if (start.reach) return start.reach;
    const reached: Reached[] = [];
    const visited = new Set([key]);
    // An explicit stack keeps deep reference chains off the call stack.
    const stack: { walk: Walk; at: string; next: number }[] = [];
    const enter = (k: string, at: string) => {
      const walk = this.walk(k);
      const findings = this.settled(walk.findings);
      if (walk.unproven) reached.push({ key: k, at, findings, unproven: true });
      else if (findings.length > 0) reached.push({ key: k, at, findings });
      stack.push({ walk, at, next: 0 });
    };
    enter(key, '');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = top.walk.edges[top.next++];
      this.reachSteps++;
      if (!edge) {
        stack.pop();
      } else if (!visited.has(edge.key)) {
        visited.add(edge.key);
        enter(edge.key, joinPath(top.at, edge.at));
      }
    }
    start.reach = reached;
    return reached;
  }

  /**
   * A walk's findings without those said only if reference pairs below changed something
   * (`ifChanged`) when none of them did. Asked once the walks are built, never during one.
   */
  settled(findings: readonly Finding[]): readonly Finding[] {
    if (!findings.some((f) => f.ifChanged)) return findings;
    return findings.filter((f) => !f.ifChanged || f.ifChanged.some((key) => this.changed(key)));
  }

  /**
   * Whether the pair `key`, or a pair it reaches (through its edges and the pairs its findings
   * wait on), has a finding of its own: memoised, on an explicit stack (deep chains stay off
   * the call stack). A search that finds nothing settles every pair it met (they reach nothing
   * else); one that finds something settles the pairs on its way there.
   */
  private changed(key: string): boolean {
    const known = this.changes.get(key);
    if (known !== undefined) return known;
    const below = (k: string): string[] => {
      const walk = this.walk(k);
      const keys = walk.edges.map((edge) => edge.key);
      for (const finding of walk.findings) if (finding.ifChanged) keys.push(...finding.ifChanged);
      return keys;
    };
    const own = (k: string) => this.walk(k).findings.some((f) => !f.ifChanged);
    const visited = new Set([key]);
    // `open`: the pair reached one whose answer was still pending (on the stack, or left open):
    // it is settled only when the search ends. A pair that reached none is settled unchanged.
    const stack: { key: string; below: string[]; next: number; open: boolean }[] = [];
    const pending = new Set<string>();
    const settle = (found: string) => {
      this.changes.set(found, true);
      for (const entry of stack) this.changes.set(entry.key, true);
      return true;
    };
    if (own(key)) return settle(key);
    stack.push({ key, below: below(key), next: 0, open: false });
    pending.add(key);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = top.below[top.next++];
      if (next === undefined) {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (top.open) {
          if (parent) parent.open = true;
        } else {
          pending.delete(top.key);
          this.changes.set(top.key, false);
        }
        continue;
      }
      const memo = this.changes.get(next);
      if (memo === false) continue;
      if (memo === true) return settle(next);
      if (visited.has(next)) {
        if (pending.has(next)) top.open = true;
        continue;
      }
      visited.add(next);
      if (own(next)) return settle(next);
      stack.push({ key: next, below: below(next), next: 0, open: false });
      pending.add(next);
    }
    for (const k of visited) this.changes.set(k, false);
    return false;
  }

  /** The findings and edges of a reference pair, compared on first use. */
  private walk(key: string): Walk {
    return this.pair(key).walk!;
  }

  private pair(key: string): Pair {
    const pair = this.pairs.get(key);
    if (!pair) throw new Error(`unknown schema pair ${key}`);
    if (!pair.walk) {
      const walk: Walk = { findings: [], edges: [] };
      pair.walk = walk;
      if (this.same(pair.base.node, pair.head.node, TARGET_BUDGET)) return pair;
      const { seen, depth, textual, negatedFrom, proving } = this;
      this.seen = new Set([`${pair.base.pointer}\n${pair.head.pointer}`]);
      this.depth = 0;
      this.textual = pair.textual;
      this.negatedFrom = pair.negatedFrom;
      // A pair's findings are shared by every walk that reaches it: never those of a proof.
      this.proving = 0;
      try {
        this.compareViews(
          this.baseViews.of(pair.base),
          this.headViews.of(pair.head),
          pair.direction,
          '',
          walk,
        );
      } finally {
        this.seen = seen;
        this.depth = depth;
        this.textual = textual;
        this.negatedFrom = negatedFrom;
        this.proving = proving;
      }
      if (pair.negatedFrom) negateFindings(walk, 0, pair.negatedFrom);
    }
    return pair;
  }

  /** True when `b` and `h` are equal and every `$ref` in them leads to equal schemas (`sameTarget`). */
  private same(b: unknown, h: unknown, budget: number): boolean {
    if (!this.readAlike) return false;
    if (typeof b === 'object' && b !== null && this.notSame.get(b) === h) return false;
    const holders: object[] = [];
    const track = { above: [] as object[], steps: 0 };
    const same = unchanged(b, h, budget, holders, track);
    this.sameSteps += track.steps;
    const above = track.above;
    if (!same) {
      // The pairs above where the look ended differ, or are too large to look at in full, as
      // this one is: looking at each of them again (a schema nested thousands deep, changed at
      // its bottom) would cost the budget once per level.
      for (let i = 0; i < above.length; i += 2) this.notSame.set(above[i]!, above[i + 1]!);
      return false;
    }
    for (let i = 0; i < holders.length; i += 2)
      if (!this.sameTarget(this.holderKey(holders[i]!, holders[i + 1]!))) return false;
    return true;
  }

  /** The `refKey` of a pair of equal reference objects (`unchanged` lists them). */
  private holderKey(b: object, h: object): string {
    return this.refKey(b, h, refOf(b)!);
  }

  /**
   * What a reference written as `ref` in `b` (base) and `h` (head) means: the local pointer each
   * side resolves it to where it is written, so that the same text leading to different schemas
   * under different `$id`s (`$ref: '#a'` in every resource) is one key per pair of targets, and
   * equal targets are still seen once. A `#/…` pointer the root has is its own key.
   */
  private refKey(b: unknown, h: unknown, ref: string): string {
    const bLocal = this.base.local(b, ref);
    const hLocal = this.head.local(h, ref);
    if (bLocal === hLocal) return bLocal;
    const key = `${bLocal}\0${hLocal}`;
    if (!this.refPairs.has(key)) this.refPairs.set(key, [bLocal, hLocal]);
    return key;
  }

  /**
   * True when `ref` leads to equal schemas in both documents, and so does every `$ref` in them,
   * all the way down: comparing anything that reaches it could find nothing. References form a
   * graph with cycles, so it is answered for a whole strongly connected component at once
   * (Tarjan's algorithm, on an explicit stack) and memoised per reference: each target is
   * looked at once.
   */
  private sameTarget(start: string): boolean {
    if (!this.readAlike) return false;
    const known = this.sameTargets.get(start);
    if (known !== undefined) return known;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const ok = new Map<string, boolean>();
    const open: string[] = [];
    const onOpen = new Set<string>();
    const frames: { ref: string; refs: string[]; next: number }[] = [];
    const enter = (ref: string) => {
      index.set(ref, index.size);
      low.set(ref, index.size - 1);
      open.push(ref);
      onOpen.add(ref);
      const refs: string[] = [];
      const equal = this.equalTargets(ref, refs);
      ok.set(ref, equal);
      frames.push({ ref, refs: equal ? refs : [], next: 0 });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next < frame.refs.length) {
        const ref = frame.refs[frame.next++]!;
        const memo = this.sameTargets.get(ref);
        if (memo !== undefined) {
          if (!memo) ok.set(frame.ref, false);
        } else if (!index.has(ref)) enter(ref);
        else if (onOpen.has(ref)) low.set(frame.ref, Math.min(low.get(frame.ref)!, index.get(ref)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (low.get(frame.ref) === index.get(frame.ref)) {
        // The root of a component: its members are equal together, or none is.
        const members: string[] = [];
        let member: string;
        do {
          member = open.pop()!;
          onOpen.delete(member);
          members.push(member);
        } while (member !== frame.ref);
        const equal = members.every((m) => ok.get(m));
        for (const m of members) this.sameTargets.set(m, equal);
        if (parent && !equal) ok.set(parent.ref, false);
      } else if (parent) {
        low.set(parent.ref, Math.min(low.get(parent.ref)!, low.get(frame.ref)!));
        if (!ok.get(frame.ref)) ok.set(parent.ref, false);
      }
    }
    return this.sameTargets.get(start)!;
  }

  /** Whether the targets of the reference `key` (`refKey`) are equal as written; the keys of their own references go to `refs`. */
  private equalTargets(key: string, refs: string[]): boolean {
    this.targetChecks++;
    const [bRef, hRef] = this.refPairs.get(key) ?? [key, key];
    // A text left as written where it leads to different schemas in different places is unresolved there.
    const b = this.base.target(bRef);
    const h = this.head.target(hRef);
    if (b.unresolved !== undefined || h.unresolved !== undefined)
      return b.unresolved !== undefined && h.unresolved !== undefined;
    const holders: object[] = [];
    if (!unchanged(b.node, h.node, TARGET_BUDGET, holders)) return false;
    for (let i = 0; i < holders.length; i += 2) refs.push(this.holderKey(holders[i]!, holders[i + 1]!));
    return true;
  }

  private compareViews(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    this.comparisons++;
    if (direction !== 'response' && h.variants && variantKeyword(h) === 'oneOf')
      this.compareOneOfOverlap(b, h, direction, at, walk);
    // The view keeps the first of a keyword (or property) said twice in an `allOf`: what the
    // revision refuses may be more than is compared, so no containment is proven.
    if (Array.isArray(h.node.allOf) && !walk.unproven && mergeLoses(this.head, h.node, h.pointer))
      walk.unproven = true;
    if (this.acceptsDepth > 0) this.acceptsWork++;
    // One side a `oneOf`/`anyOf` and the other not, as written and, when the `allOf` references
    // are flattened below, also so flattened: `allOf: [{$ref: X}]` (or, in 3.1, a `$ref` with a
    // keyword beside it) against X itself has X's variants on both sides, and a member that
    // brings variants is the allOf rule's (compareAllOfAdded).
    let variantsDiffer = (b.variants === undefined) !== (h.variants === undefined);
    // `allOf` references matched one for one are compared as pairs; otherwise both sides are flattened.
    if (b.members.size > 0 || h.members.size > 0) {
      if (sameKeys(b.members, h.members)) {
        for (const [ref, bm] of b.members) this.compare(bm, h.members.get(ref)!, direction, at, walk);
      } else {
        const [bRefs, hRefs] = [b, h];
        b = this.baseViews.flattened({ node: b.node, pointer: b.pointer });
        h = this.headViews.flattened({ node: h.node, pointer: h.pointer });
        if (direction !== 'response') this.compareAllOfAdded(bRefs, hRefs, b, at, walk);
        variantsDiffer &&= (b.variants === undefined) !== (h.variants === undefined);
      }
    }
    if (variantsDiffer) {
      const composed = b.variants ? b : h;
      // `anyOf: [{required: [a]}, {required: [b]}]` beside the schema's own properties is a
      // constraint on it, not a wrapper around it.
      if (composed.node.properties === undefined && composed.node.type === undefined) {
        this.compareWrapped(b, h, direction, at, walk);
        return;
      }
      const which = Array.isArray(composed.node.oneOf) ? 'oneOf' : 'anyOf';
      const text = `${b.variants ? 'lost' : 'gained'} a ${which} constraint beside its own keywords`;
      found(walk, 'composition-constraint-changed', at, h.pointer, text);
    }
    this.compareTypes(b, h, direction, at, walk);
    this.compareEnums(b, h, direction, at, walk);
    this.compareDiscriminators(b, h, direction, at, walk);
    this.compareBounds(b, h, direction, at, walk);
    this.compareValues(b, h, direction, at, walk);
    this.compareLifecycle(b, h, at, walk);
    this.compareSubschemas(b, h, direction, at, walk);
    this.compareProperties(b, h, direction, at, walk);
    const [bi, hi] = withBooleans(b, h, 'items', b.items, h.items);
    if (bi && hi) this.compare(bi, hi, direction, joinPath(at, '[]'), walk);
    else if (hi && listedKind(hi.node) !== 'any') walk.unproven = true;
    this.compareAdditional(b, h, direction, at, walk);
    if (b.variants && h.variants) this.compareVariants(b, h, direction, at, walk);
  }

  /**
   * A request `allOf` that kept all its references and gained another: what clients send must now
   * match that schema too (as oasdiff says), unless the new member only annotates, or all it asks
   * is said by other rules on the merged schema (`saidElsewhere`): one change, one finding.
   */
  private compareAllOfAdded(
    b: SchemaView,
    h: SchemaView,
    flatBase: SchemaView,
    at: string,
    walk: Walk,
  ): void {
    if (b.members.size === 0 || h.members.size <= b.members.size) return;
    for (const ref of b.members.keys()) if (!h.members.has(ref)) return;
    for (const [ref, located] of h.members) {
      if (b.members.has(ref)) continue;
      const member = this.head.resolve(located);
      if (member.unresolved !== undefined || !isObject(member.node)) continue;
      if (Object.keys(member.node).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))) continue;
      if (this.saidElsewhere(member.node, member.pointer, flatBase)) continue;
      found(
        walk,
        'request-all-of-member-added',
        at,
        h.pointer,
        `allOf gained ${ref}: what is sent must match it too`,
      );
    }
  }

  /**
   * True when a new `allOf` member of a request asks nothing the comparison of the merged schemas
   * does not report on its own: properties the base did not have (found as added, required or
   * not) or that are readOnly (a request need not send them), required names, a type, and
   * keywords the base did not have that a rule of their own compares (a bound, a pattern, …).
   * A keyword the base already had stays the base's in the merge: only the allOf rule sees it.
   */
  private saidElsewhere(member: JsonObject, pointer: string, flatBase: SchemaView): boolean {
    for (const [key, value] of Object.entries(member)) {
      if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'required' || key === 'type') continue;
      if (key === 'properties' && isObject(value)) {
        for (const [name, schema] of Object.entries(value)) {
          const located = { node: schema, pointer: child(pointer, 'properties', name) };
          // A name the base listed, or admitted through its additionalProperties or
          // patternProperties (so clients may send it), is compared by no other rule.
          if (
            (flatBase.properties.has(name) || admitsByName(flatBase)) &&
            this.visible(this.head, located, 'request')
          )
            return false;
        }
        continue;
      }
      if (!COMPARED_WHEN_GAINED.has(key) || key in flatBase.keywords) return false;
    }
    return true;
  }

  /**
   * A discriminator tells the members of a oneOf/anyOf apart by a property's value: another
   * property, or a value mapped to another schema, makes both ends pick the wrong one. A mapping
   * entry removed only breaks requests (a response simply no longer uses that value).
   */
  private compareDiscriminators(
    b: SchemaView,
    h: SchemaView,
    direction: Direction,
    at: string,
    walk: Walk,
  ): void {
    const bd = b.keywords.discriminator;
    const hd = h.keywords.discriminator;
    if (!isObject(bd) || !isObject(hd)) return;
    const pointer = `${h.pointer}/discriminator`;
    if (
      typeof bd.propertyName === 'string' &&
      typeof hd.propertyName === 'string' &&
      bd.propertyName !== hd.propertyName
    )
      found(
        walk,
        'discriminator-property-changed',
        at,
        pointer,
        `discriminator property changed from "${bd.propertyName}" to "${hd.propertyName}"`,
      );
    const bm = isObject(bd.mapping) ? bd.mapping : {};
    const hm = isObject(hd.mapping) ? hd.mapping : {};
    const changed = Object.keys(bm)
      .filter((value) =>
        Object.hasOwn(hm, value) ? contentKey(hm[value]) !== contentKey(bm[value]) : direction !== 'response',
      )
      .sort();
    if (changed.length > 0)
      found(
        walk,
        'discriminator-mapping-changed',
        at,
        pointer,
        `discriminator mapping changed for ${list(changed)}`,
      );
  }

  /**
   * One side is a `oneOf`/`anyOf` and the other is not (a schema newly wrapped, or unwrapped):
   * the plain side is compared with the variant that matches it (by reference or content), and
   * the other variants are reported as added or removed.
   */
  private compareWrapped(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    const wrappedInHead = h.variants !== undefined;
    const plain = wrappedInHead ? b : h;
    const variants = (wrappedInHead ? h.variants : b.variants)!;
    const doc = wrappedInHead ? this.head : this.base;
    const plainDoc = wrappedInHead ? this.base : this.head;
    if (this.compareMembersWithList(b, h, plain, variants, wrappedInHead, direction, at, walk)) return;
    let match = -1;
    const resolved = variants.map((v) => doc.resolve(v));
    match = resolved.findIndex((r) => r.unresolved === undefined && r.pointer === plain.pointer);
    if (match < 0)
      match = resolved.findIndex((r) => r.unresolved === undefined && sameContent(r.node, plain.node));
    if (match < 0)
      match = resolved.findIndex((r) => {
        if (r.unresolved !== undefined) return false;
        const types = (wrappedInHead ? this.headViews : this.baseViews).of(r).types;
        return types !== undefined && plain.types !== undefined && (types & plain.types) !== 0;
      });
    this.compareTypes(b, h, direction, at, walk);
    if (match < 0) {
      const text = wrappedInHead ? 'is now one of other schemas' : 'is no longer one of several schemas';
      const rule = wrappedInHead
        ? direction === 'response'
          ? 'response-variant-added'
          : 'request-variant-removed'
        : direction === 'response'
          ? 'response-variant-removed'
          : 'request-variant-added';
      found(walk, rule, at, h.pointer, text);
      return;
    }
    void plainDoc;
    // `anyOf: [X, {type: 'null'}]` against `type: [..., 'null']`: the null variant stands for the
    // plain side's null (compared above with the types), so X is compared with the rest of it.
    const nullVariant = resolved.some(
      (r, i) => i !== match && r.unresolved === undefined && onlyNull(r.node),
    );
    const plainNode =
      nullVariant && plain.types !== undefined && plain.types & NULL ? withoutNull(plain.node) : plain.node;
    const plainLocated = { node: plainNode, pointer: plain.pointer };
    const variant = variants[match]!;
    if (wrappedInHead) this.compare(plainLocated, variant, direction, at, walk);
    else this.compare(variant, plainLocated, direction, at, walk);
    resolved.forEach((r, i) => {
      if (i === match || r.unresolved !== undefined || onlyNull(r.node)) return;
      this.reportVariant(wrappedInHead, direction, at, h.pointer, variants[i]!, walk);
    });
  }

  /**
   * A union spelled as members whose types tell them apart (`anyOf`, or `oneOf` of disjoint
   * types) against a plain schema of declared types (`type: [string, integer]`): the plain side is
   * the `anyOf` of its per-type parts, each keeping only the keywords of its type (`maxLength`
   * goes with the string), so each member is compared with the part of the types it shares; a
   * type on one side only is the type change `compareTypes` says, as for two type lists. False
   * (nothing said) when the members cannot be read so: `compareWrapped` matches one of them.
   */
  private compareMembersWithList(
    b: SchemaView,
    h: SchemaView,
    plain: SchemaView,
    variants: readonly Located[],
    wrappedInHead: boolean,
    direction: Direction,
    at: string,
    walk: Walk,
  ): boolean {
    const composed = wrappedInHead ? h : b;
    const plainTypes = plain.types;
    if (plainTypes === undefined || 'const' in plain.node) return false;
    for (const key of Object.keys(composed.node)) {
      if (key === 'oneOf' || key === 'anyOf' || key === 'nullable') continue;
      if (!ANNOTATIONS.has(key) && !key.startsWith('x-')) return false;
    }
    const doc = wrappedInHead ? this.head : this.base;
    const views = wrappedInHead ? this.headViews : this.baseViews;
    // More members than types: two share one (below), read no further.
    if (variants.length > TYPES.length) return false;
    const members: { v: Located; types: number }[] = [];
    for (const v of variants) {
      const r = doc.resolve(v);
      if (r.unresolved !== undefined || !isObject(r.node)) return false;
      const types = views.of(r).types;
      if (types === undefined || types === 0) return false;
      members.push({ v, types });
    }
    // Two members of one type (two objects) share its part: where the members receive, only
    // together may they take all of it, which no comparison of one member shows: they are matched
    // one by one instead. Where they send, each sends within the list or not, compared alone.
    // oneOf also refuses a value two members take: with an integer member beside a number one
    // (an integer is a number too) it takes less than the list, said below where that breaks.
    const receives = wrappedInHead === (direction !== 'response');
    let overlap = 0;
    const widened = (t: number) => (t & (NUMBER | INTEGER) ? t | NUMBER | INTEGER : t);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [members[i]!.types, members[j]!.types];
        if (x & y && receives) return false;
        overlap |= widened(x) & widened(y) & (x | y);
      }
    if (!Array.isArray(composed.node.oneOf)) overlap = 0;
    // A format goes with the types it is of (`typePart`): the parts compare it, not the union.
    const unformatted = (view: SchemaView): SchemaView => ({ ...view, format: undefined });
    this.compareTypes(unformatted(b), unformatted(h), direction, at, walk);
    const start = walk.findings.length;
    for (const { v, types } of members) {
      // An integer member takes part of the list's numbers.
      const shared = types & (plainTypes & NUMBER ? plainTypes | INTEGER : plainTypes);
      // A member of null alone is the null the types compared; a type not shared is their change.
      if ((shared & ~NULL) === 0) continue;
      const part = { node: typePart(plain.node, shared), pointer: plain.pointer };
      const from = walk.findings.length;
      if (wrappedInHead) this.compare(part, v, direction, at, walk);
      else this.compare(v, part, direction, at, walk);
      // Types the member has beyond the part are the union's type change, said above.
      if (types & ~plainTypes)
        for (let i = walk.findings.length - 1; i >= from; i--)
          if (walk.findings[i]!.at === at && isTypeChange(walk.findings[i]!)) walk.findings.splice(i, 1);
    }
    // A keyword of every type (`format`, `enum`) compared with several members is said once.
    const said = new Set<string>();
    for (let i = start; i < walk.findings.length; i++) {
      const f = walk.findings[i]!;
      const key = `${f.rule}\u0000${f.at}\u0000${f.location}\u0000${f.text}`;
      if (said.has(key)) walk.findings.splice(i--, 1);
      else said.add(key);
    }
    // The list took what two members take, the oneOf refuses it: breaking where the oneOf now
    // receives (a request) or the list now sends (a response). Where the overlap rule (run
    // before, decision 90) already said it of this oneOf, with its members named, not again.
    const shared = describeType({ ...plain, types: overlap & plainTypes });
    const saidByOverlap =
      wrappedInHead && walk.findings.some((f) => f.rule === 'request-one-of-overlap' && f.at === at);
    if ((overlap & plainTypes) !== 0 && receives && !saidByOverlap) {
      const text = wrappedInHead
        ? `oneOf refuses a value of ${shared} that two of its members take, which type ${describeType(plain)} took`
        : `type ${describeType(plain)} may now send a value of ${shared} that two members of the oneOf took, which it refused`;
      found(walk, typeRule(direction), at, h.pointer, text);
    }
    return true;
  }

  /** True when comparing `b` with `h` finds nothing breaking or worth a warning: what was valid stays valid. */
  private accepts(b: Located, h: Located, direction: Direction): boolean {
    // As deep as no real document nests: said to accept, so nothing is reported on a guess.
    if (this.subwalks >= SUBWALK_DEPTH) return true;
    // Past the work budget of the outermost `oneOf`/`anyOf` under way (hostile documents:
    // left-over variants each asked against each), the variant is reported rather than checked.
    // The budget is that union's own, so no other union's work changes its verdict.
    if (this.acceptsWork >= ACCEPTS_WORK) return false;
    const seen = this.seen;
    const depth = this.depth;
    this.subwalks++;
    this.acceptsDepth++;
    try {
      this.seen = new Set();
      this.depth = 0;
      const walk: Walk = { findings: [], edges: [] };
      this.compare(b, h, direction, '', walk);
      const breaking = (findings: readonly Finding[]) => findings.some((f) => RULES[f.rule].level !== 'info');
      if (breaking(this.settled(walk.findings))) return false;
      for (const edge of walk.edges) {
        if (this.reach(edge.key).some((r) => breaking(r.findings))) return false;
      }
      return true;
    } finally {
      this.acceptsDepth--;
      this.seen = seen;
      this.depth = depth;
      this.subwalks--;
    }
  }

  /**
   * A `oneOf` takes a value that matches exactly one of its members. Where values the receiver
   * accepted before are each proven to match two or more members of the revision's `oneOf`
   * (`contained`), they are rejected now (decision 90). The values looked at: the whole base
   * schema when it was no `oneOf`/`anyOf`; each member of a base `anyOf`; each member of a base
   * `oneOf` that is proven disjoint from its other members (`disjoint`), as only then did it
   * accept values of its own. The work is bounded: a `oneOf` of more than `OVERLAP_MEMBERS`
   * members is not looked at, one looks at `OVERLAP_PROOFS` pairs at most, and the comparer
   * makes `PROOF_BUDGET` proofs in all; beyond those, nothing is reported.
   */
  private compareOneOfOverlap(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk) {
    const members = h.variants!;
    if (members.length < 2) return;
    // Inside a proof, a `oneOf` that changed proves nothing (what it now refuses is not looked
    // at), however many members it has.
    if (this.proving > 0) {
      found(walk, 'request-one-of-overlap', at, h.pointer, 'changed oneOf (not proven)');
      return;
    }
    if (members.length > OVERLAP_MEMBERS) return;
    const bKind = b.variants ? variantKeyword(b) : undefined;
    const sets: { located: Located; index: number }[] = b.variants
      ? b.variants.map((located, index) => ({ located, index }))
      : [{ located: { node: b.node, pointer: b.pointer }, index: -1 }];
    const heads = members.map((m) => {
      const r = this.head.resolve(m);
      return r.unresolved === undefined ? this.headViews.of(r) : undefined;
    });
    let pairs = 0;
    for (const set of sets) {
      const target = this.base.resolve(set.located);
      // A `false` schema (or member) accepted nothing.
      if (target.unresolved === undefined && target.node === false) continue;
      // A base `oneOf` member that may share values with another member did not accept them all.
      if (bKind === 'oneOf' && !this.aloneInBase(b.variants!, set.index)) continue;
      const own = target.unresolved === undefined ? this.baseViews.of(target) : undefined;
      const inside: number[] = [];
      for (let j = 0; j < members.length; j++) {
        // Two members are needed: stop when the rest cannot make them.
        if (inside.length + (members.length - j) < 2 || pairs >= OVERLAP_PROOFS) break;
        // What cannot hold (checked without a walk): no proof is tried.
        if (own && heads[j] && this.refutes(own, heads[j]!)) continue;
        pairs++;
        if (this.contained(set.located, members[j]!, direction)) inside.push(j);
      }
      if (pairs >= OVERLAP_PROOFS && inside.length < 2) return;
      if (inside.length < 2) continue;
      const names = inside.map(
        (j) => `${j + 1} (${this.memberName(this.head, this.headViews, members[j]!)})`,
      );
      const which =
        set.index < 0
          ? 'values accepted before'
          : `values accepted before by ${bKind} member ${set.index + 1} (${this.memberName(this.base, this.baseViews, set.located)})`;
      const discriminator = h.keywords.discriminator;
      const property =
        isObject(discriminator) && typeof discriminator.propertyName === 'string'
          ? discriminator.propertyName
          : undefined;
      const text =
        `${which} now match oneOf members ${listInOrder(names)}: a oneOf accepts a value that matches exactly one` +
        (property === undefined
          ? ''
          : `, unless the member is picked by its discriminator "${property}" (strict JSON Schema validators do not)`);
      found(
        walk,
        property === undefined ? 'request-one-of-overlap' : 'request-one-of-overlap-discriminator',
        at,
        h.pointer,
        text,
      );
      return;
    }
  }

  /**
   * Whether every value `b` (base) admits is proven to be admitted by `h` (head): comparing them
   * finds only changes that accept more (`PROOF_RULES`, or a property added or removed whose name
   * admits at least what it did), here and in every reference pair reached. Values are read as
   * JSON (not as text), readOnly properties count, and a `oneOf` that changed proves nothing.
   * False when the budget is spent (`PROOF_BUDGET`) or proofs nest deeper than `PROOF_DEPTH`.
   */
  private contained(b: Located, h: Located, direction: Direction): boolean {
    if (this.proofs >= PROOF_BUDGET || this.nesting >= PROOF_DEPTH || this.subwalks >= SUBWALK_DEPTH)
      return false;
    this.proofs++;
    this.nesting++;
    this.subwalks++;
    const { seen, depth, textual, negatedFrom } = this;
    this.seen = new Set();
    this.depth = 0;
    this.textual = 'none';
    this.negatedFrom = undefined;
    this.proving++;
    try {
      const walk: Walk = { findings: [], edges: [] };
      this.compare(b, h, direction, '', walk);
      if (walk.unproven || !walk.findings.every(proves)) return false;
      for (const edge of walk.edges)
        if (!this.reach(edge.key).every((r) => !r.unproven && r.findings.every(proves))) return false;
      return true;
    } finally {
      this.seen = seen;
      this.depth = depth;
      this.textual = textual;
      this.negatedFrom = negatedFrom;
      this.proving--;
      this.nesting--;
      this.subwalks--;
    }
  }

  /**
   * True when the base schema `x` surely admits a value the head member `y` refuses, read from
   * their own keywords alone: a type `y` does not take, or a property `y` requires that `x` does
   * not (where `x` takes objects). A cheap test before a proof (`contained`), never a proof itself.
   */
  private refutes(x: SchemaView, y: SchemaView): boolean {
    const xt = untypedAdmitsNull(x, this.base) ? undefined : withValueTypes(x).types;
    const yt = untypedAdmitsNull(y, this.head) ? undefined : withValueTypes(y).types;
    if (yt !== undefined) {
      if (xt === undefined) return true;
      const missing = xt & ~yt & ~(yt & NUMBER ? INTEGER : 0);
      if (missing !== 0) return true;
    }
    if (xt !== undefined && (xt & OBJECT) === 0) return false;
    for (const name of y.required) if (!x.required.has(name)) return true;
    return false;
  }

  /** Whether the base `oneOf` member `index` is proven to share no value with any other member. */
  private aloneInBase(variants: readonly Located[], index: number): boolean {
    const views = variants.map((v) => {
      const r = this.base.resolve(v);
      return r.unresolved === undefined ? this.baseViews.of(r) : undefined;
    });
    const own = views[index];
    if (!own) return false;
    return views.every((other, i) => i === index || (other !== undefined && this.disjoint(own, other)));
  }

  /**
   * Whether two schemas of the base are proven to share no value: their types (as `untypedAdmitsNull`
   * reads them) do not meet, or one admits objects only and a property the other requires is
   * refused by it (not listed where other properties are closed) or is required by both with
   * values listed apart (a discriminating `const` or `enum`).
   */
  private disjoint(x: SchemaView, y: SchemaView): boolean {
    const typesOf = (v: SchemaView) => {
      if (untypedAdmitsNull(v, this.base)) return undefined;
      const types = withValueTypes(v).types;
      return types === undefined ? undefined : types & NUMBER ? types | INTEGER : types;
    };
    const xt = typesOf(x);
    const yt = typesOf(y);
    if (xt !== undefined && yt !== undefined && (xt & yt) === 0) return true;
    if (!(xt === OBJECT || yt === OBJECT)) return false;
    const refuses = (v: SchemaView, name: string) =>
      v.additionalProperties === false &&
      !v.properties.has(name) &&
      !(isObject(v.keywords.patternProperties) && Object.keys(v.keywords.patternProperties).length > 0);
    for (const name of x.required) if (refuses(y, name)) return true;
    for (const name of y.required) if (refuses(x, name)) return true;
    for (const name of x.required) {
      if (!y.required.has(name)) continue;
      const xp = x.properties.get(name);
      const yp = y.properties.get(name);
      if (!xp || !yp) continue;
      const xr = this.base.resolve(xp);
      const yr = this.base.resolve(yp);
      if (xr.unresolved !== undefined || yr.unresolved !== undefined) continue;
      const xv = this.baseViews.of(xr);
      const yv = this.baseViews.of(yr);
      if (!xv.enum || !yv.enum || (admitsNull(xv) && admitsNull(yv))) continue;
      if (![...xv.enum.keys()].some((key) => yv.enum!.has(key))) return true;
    }
    return false;
  }

  /** A member's name in a message: its reference, else its types. */
  private memberName(doc: Document, views: Views, located: Located): string {
    const ref = refOf(located.node);
    if (ref !== undefined) return ref;
    const r = doc.resolve(located);
    return r.unresolved === undefined ? describeType(views.of(r)) : 'an unresolved schema';
  }

  private reportVariant(
    added: boolean,
    direction: Direction,
    at: string,
    pointer: string,
    v: Located,
    walk: Walk,
  ): void {
    // A `false` variant admitted nothing: gained or lost, it changes nothing.
    const target = (added ? this.head : this.base).resolve(v);
    if (target.unresolved === undefined && target.node === false) return;
    const name = refOf(v.node) ?? 'an inline schema';
    const response = direction === 'response';
    if (added) {
      const rule = response ? 'response-variant-added' : 'request-variant-added';
      found(walk, rule, at, pointer, `may now be ${name}`);
    } else {
      const rule = response ? 'response-variant-removed' : 'request-variant-removed';
      found(walk, rule, at, pointer, `may no longer be ${name}`);
    }
  }

  /** `oneOf`/`anyOf` on both sides: matched by reference, then content, then type; never by position. */
  private compareVariants(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    // A union met outside every `accepts` check starts the work budget afresh (ACCEPTS_WORK).
    if (this.acceptsDepth > 0) {
      this.compareVariantsIn(b, h, direction, at, walk);
      return;
    }
    const work = this.acceptsWork;
    this.acceptsWork = 0;
    try {
      this.compareVariantsIn(b, h, direction, at, walk);
    } finally {
      this.acceptsWork = work;
    }
  }

  private compareVariantsIn(
    b: SchemaView,
    h: SchemaView,
    direction: Direction,
    at: string,
    walk: Walk,
  ): void {
    const bv = b.variants!.map((v) => ({ v, r: this.base.resolve(v) }));
    const hv = h.variants!.map((v) => ({ v, r: this.head.resolve(v) }));
    const left = new Set(bv.keys());
    const right = new Set(hv.keys());
    type Variant = (typeof bv)[number];
    // Each pass pairs variants whose keys (read once per variant, never per pair: a oneOf may
    // have thousands) are equal, each base variant with the first head variant left of its key.
    const pair = (
      key: (x: Variant, side: Document, views: Views) => string | undefined,
      compare: boolean,
    ) => {
      const waiting = new Map<string, number[]>();
      for (const j of right) {
        const k = key(hv[j]!, this.head, this.headViews);
        if (k === undefined) continue;
        const list = waiting.get(k);
        if (list) list.push(j);
        else waiting.set(k, [j]);
      }
      for (const i of left) {
        const k = key(bv[i]!, this.base, this.baseViews);
        const j = k === undefined ? undefined : waiting.get(k)?.shift();
        if (j === undefined) continue;
        left.delete(i);
        right.delete(j);
        if (compare) this.compare(bv[i]!.v, hv[j]!.v, direction, at, walk);
      }
    };
    pair((x) => refOf(x.v.node), true);
    // Variants kept under the same reference are the same member as before: one left over beside
    // them is a member added or removed, not one merged into them.
    const keptB = new Set([...bv.keys()].filter((i) => !left.has(i)));
    const keptH = new Set([...hv.keys()].filter((j) => !right.has(j)));
    pair(
      (x) => (refOf(x.v.node) !== undefined && x.r.unresolved === undefined ? x.r.pointer : undefined),
      true,
    );
    // Equal content, key order aside, is still compared: a `$ref` inside it may lead to a
    // schema that changed (when nothing it reaches changed, `compare` stops at once).
    pair(
      (x) =>
        refOf(x.v.node) === undefined && x.r.unresolved === undefined ? contentKey(x.r.node) : undefined,
      true,
    );
    pair((x, _, views) => {
      const types = x.r.unresolved === undefined ? views.of(x.r).types : undefined;
      return types === undefined ? undefined : String(types);
    }, true);
    // One inline member left on each side (nulls aside) is one member changed, as `type: [x,
    // 'null']` → `[y, 'null']` is: compared, not reported as one removed and another added. The
    // union's type change (compareTypes, above) names its type change: said once, unless the
    // member's is more serious (the union's types do not show a member's `format`).
    const open = (vs: typeof bv, keys: Set<number>) =>
      [...keys].filter((k) => vs[k]!.r.unresolved !== undefined || !onlyNull(vs[k]!.r.node));
    const [bOpen, hOpen] = [open(bv, left), open(hv, right)];
    const [x, y] = [bv[bOpen[0]!], hv[hOpen[0]!]];
    if (
      bOpen.length === 1 &&
      hOpen.length === 1 &&
      x &&
      y &&
      x.r.unresolved === undefined &&
      y.r.unresolved === undefined &&
      refOf(x.v.node) === undefined &&
      refOf(y.v.node) === undefined &&
      // Not when another member takes the one left over where that matters (below: a request's
      // old member another new one accepts, a response's new member another old one allowed),
      // as when a member merged into another or split from it: the left-overs are judged apart.
      !(direction === 'response'
        ? bv.some((z, i) => i !== bOpen[0] && this.accepts(z.v, y.v, direction))
        : hv.some((z, j) => j !== hOpen[0] && this.accepts(x.v, z.v, direction)))
    ) {
      left.delete(bOpen[0]!);
      right.delete(hOpen[0]!);
      const start = walk.findings.length;
      this.compare(x.v, y.v, direction, at, walk);
      const rank = (f: Finding) => LEVELS.indexOf(RULES[f.rule].level);
      // Members of no common type: the new one's keywords (a `pattern`, `maxLength`, listed values)
      // bear on values the old one never took, its type change says all.
      const [xt, yt] = [this.baseViews.of(x.r).types, this.headViews.of(y.r).types];
      const numeric = (t: number) => (t & (NUMBER | INTEGER) ? t | NUMBER | INTEGER : t);
      const apart = xt !== undefined && yt !== undefined && (numeric(xt) & numeric(yt)) === 0;
      let union: Walk | undefined;
      for (let i = walk.findings.length - 1; i >= start; i--) {
        const f = walk.findings[i]!;
        if (apart && !isTypeChange(f)) {
          walk.findings.splice(i, 1);
          continue;
        }
        if (f.at !== at || !isTypeChange(f)) continue;
        // What compareTypes said of the union (again, into a walk of its own: it looks no deeper).
        if (!union) {
          union = { findings: [], edges: [] };
          this.compareTypes(b, h, direction, at, union);
        }
        if (union.findings.some((u) => rank(u) <= rank(f))) walk.findings.splice(i, 1);
      }
    }
    // A variant left over on the side clients send may still be accepted whole by another one
    // (two variants merged into one): only one that no counterpart takes is reported.
    // In text a member kept under its reference may take a removed one's values as text (`?q=3`
    // read by a string): judged so too, as a type list's `integer` taken by its `string` is.
    const response = direction === 'response';
    const text = textAt(this.textual, at);
    for (const i of left) {
      if (!response && hv.some((y, j) => (text || !keptH.has(j)) && this.accepts(bv[i]!.v, y.v, direction)))
        continue;
      this.reportVariant(false, direction, at, h.pointer, bv[i]!.v, walk);
    }
    // A response value matching a kept oneOf member and a new one matches two: strict clients fail.
    const strict = Array.isArray(h.node.oneOf);
    for (const j of right) {
      if (response && bv.some((x, i) => !(strict && keptB.has(i)) && this.accepts(x.v, hv[j]!.v, direction)))
        continue;
      this.reportVariant(true, direction, at, h.pointer, hv[j]!.v, walk);
    }
  }

  private compareTypes(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    // A type read from `properties`, `additionalProperties` or `items` alone (decision 79) is the
    // common way of writing an object or an array, not a keyword that refuses the other types.
    // Against a side that declares no type either, both take every value: no type changed. Under
    // `not` the reading would narrow what the negated schema refuses, so it is not made at all.
    const bImplied = untypedAdmitsNull(b, this.base);
    const hImplied = untypedAdmitsNull(h, this.head);
    const anyValue = (view: SchemaView) => withValueTypes(view).types === undefined;
    if ((bImplied && anyValue(h)) || (hImplied && anyValue(b))) return;
    if (this.negatedFrom !== undefined && (bImplied || hImplied)) {
      if (bImplied) b = { ...b, types: undefined };
      if (hImplied) h = { ...h, types: undefined };
      if (bImplied && hImplied) return;
    }
    // What the receiver accepted must still cover what the sender may send.
    const response = direction === 'response';
    // A schema without `type` whose values are listed admits values of their types only: read so
    // against a side that declares a type (two lists of values are compareEnums' alone).
    const valued = (b.types === undefined) !== (h.types === undefined);
    const declared = valued ? withValueTypes(response ? b : h) : response ? b : h;
    const sent = valued ? withValueTypes(response ? h : b) : response ? h : b;
    // A receiver that declares no type lets null through (JSON Schema, and OpenAPI 3.0.3 on
    // `nullable`), though the view reads its object or array keywords as that one type.
    const accepted = untypedAdmitsNull(declared, response ? this.base : this.head)
      ? { ...declared, types: declared.types! | NULL }
      : declared;
    if (covers(accepted, sent) && covers(sent, declared)) return;
    // Two constants: compareEnums reports the one change.
    if ('const' in b.keywords && 'const' in h.keywords) return;
    // Null gained or lost beside values listed on both sides is an enum value: compareEnums says so.
    if (nullListedApart(b, h)) return;
    // In text, every value also reads as a string: a receiver that takes a string (and no
    // format) takes whatever scalar value was sent before, of one type or of a list of types
    // (`?q=3` and `?q=abc` are both text). Null stays apart (taken only if it still is), and so
    // does a sender whose types are its `oneOf`/`anyOf` members': members removed still break.
    // Against a receiver's members, `compareVariants` reports each member no new one takes.
    // A sender of any value in a parameter or header (`{}`, or no schema) sent text all along:
    // a plain string takes it (decision 94), as it takes `[string, integer]`.
    const text = textAt(this.textual, at);
    const sentValue = (sent.types ?? 0) & ~NULL;
    const plainString =
      text &&
      accepted.types !== undefined &&
      (accepted.types & ~NULL) === STRING &&
      accepted.format === undefined;
    const untypedText =
      this.textual === 'all' && sent.types === undefined && sent.variants === undefined && !response;
    const takesText =
      plainString &&
      (untypedText ||
        (sent.types !== undefined &&
          sentValue !== 0 &&
          !(
            sent.variants !== undefined &&
            sent.keywords.type === undefined &&
            accepted.variants === undefined
          ) &&
          // An array or an object is several values (`a,b`, `?a=1&a=2`, `x[k]=v`), never one string,
          // except as the whole text of a body: `<a><b>1</b></a>` or `a=1&b=2` read as one string.
          ((sentValue & (ARRAY | OBJECT)) === 0 || (this.textual === 'body' && at === '')) &&
          ((sent.types & NULL) === 0 || (accepted.types! & NULL) !== 0)));
    const rule =
      !takesText && !covers(accepted, sent)
        ? typeRule(direction)
        : response
          ? 'response-type-narrowed'
          : 'request-type-widened';
    // Listed values without `type` are described by their types.
    const [shownB, shownH] = response ? [declared, sent] : [sent, declared];
    found(walk, rule, at, h.pointer, `type changed from ${describeType(shownB)} to ${describeType(shownH)}`);
  }

  private compareEnums(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    const response = direction === 'response';
    if ('const' in b.keywords && 'const' in h.keywords && !sameContent(b.keywords.const, h.keywords.const)) {
      // A constant that changed is neither a value added nor one removed: what was promised is gone.
      const text = `const changed from ${jsonText(b.keywords.const)} to ${jsonText(h.keywords.const)}`;
      found(walk, typeRule(direction), at, h.pointer, text);
      return;
    }
    if (b.enum && h.enum) {
      const added = [...h.enum].filter(([key]) => !b.enum!.has(key)).map(([, text]) => text);
      const removed = [...b.enum].filter(([key]) => !h.enum!.has(key)).map(([, text]) => text);
      // Null listed on one side only: removed is an enum value removed; added to a response, a
      // value of a new type (as `type: [x, 'null']` gaining null), not one more of the listed kind.
      if (nullListedApart(b, h)) {
        if (!admitsNull(h)) removed.push('null');
        else if (!response) added.push('null');
        else found(walk, 'response-type-changed', at, h.pointer, 'may now be null');
      }
      if (added.length > 0) {
        if (response) found(walk, 'response-enum-value-added', at, h.pointer, `may now be ${list(added)}`);
        else found(walk, 'request-enum-value-added', at, h.pointer, `now also accepts ${list(added)}`);
      }
      if (removed.length > 0) {
        if (response)
          found(walk, 'response-enum-value-removed', at, h.pointer, `will no longer be ${list(removed)}`);
        else found(walk, 'request-enum-value-removed', at, h.pointer, `no longer accepts ${list(removed)}`);
      }
    } else if (b.enum) {
      // A response const dropped is no longer one known value: anything of its type may come.
      const rule = response
        ? 'const' in b.keywords
          ? 'response-type-changed'
          : 'response-enum-value-added'
        : 'request-type-widened';
      found(walk, rule, at, h.pointer, `is no longer limited to ${list([...b.enum.values()])}`);
    } else if (h.enum) {
      const rule = response ? 'response-type-narrowed' : typeRule(direction);
      found(walk, rule, at, h.pointer, `is now limited to ${list([...h.enum.values()])}`);
    }
    const be = stringList(b.keywords['x-extensible-enum']);
    const he = stringList(h.keywords['x-extensible-enum']);
    if (be && he) {
      const added = he.filter((v) => !be.includes(v));
      const removed = be.filter((v) => !he.includes(v));
      if (added.length > 0)
        found(walk, 'extensible-enum-value-added', at, h.pointer, `x-extensible-enum gained ${list(added)}`);
      if (removed.length > 0) {
        const rule = response ? 'response-enum-value-removed' : 'request-extensible-enum-value-removed';
        found(walk, rule, at, h.pointer, `x-extensible-enum lost ${list(removed)}`);
      }
    }
  }

  /** Numeric bounds: a request that accepts less, or a response that promises less, breaks. */
  private compareBounds(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    const side = direction === 'response' ? 'response' : 'request';
    for (const [keyword, kind] of BOUNDS) {
      // minimum and maximum with their exclusive forms, as the view reads them; the others as written.
      const boundOf = (v: SchemaView) =>
        keyword === 'minimum'
          ? v.minimum
          : keyword === 'maximum'
            ? v.maximum
            : plainBound(v.keywords[keyword]);
      const bb = boundOf(b);
      const hb = boundOf(h);
      if (sameBound(bb, hb)) continue;
      // A count of properties that no valid object can have changes nothing; under `not`, one
      // that may or may not (`countRoom`) is the undecided warning.
      let admits: Admits | undefined;
      if (keyword === 'minProperties' || keyword === 'maxProperties') {
        const counts = changedCounts(kind, bb, hb);
        // Outside `not`, a required name that is readOnly (request) or writeOnly (response) is
        // not asked of this side; under `not`, every name counts as written (decision 73).
        const binding = (doc: Document, view: SchemaView) =>
          this.negatedFrom === undefined
            ? (name: string) => {
                const property = view.properties.get(name);
                return property === undefined || this.visible(doc, property, direction);
              }
            : undefined;
        const where = either(
          countRoom(b, counts[0], counts[1], kind, binding(this.base, b)),
          countRoom(h, counts[0], counts[1], kind, binding(this.head, h)),
        );
        if (where === 'no') continue;
        if (where === 'unknown' && this.negatedFrom !== undefined) admits = 'unknown';
      }
      const tighter = isTighter(kind, bb, hb);
      const word = (kind === 'min') === tighter ? 'increased' : 'decreased';
      const rule = `${side}-${kebab(keyword)}-${word}` as RuleId;
      const text = `${keyword} changed from ${describeBound(bb)} to ${describeBound(hb)}`;
      found(walk, rule, at, h.pointer, text, admits);
    }
  }

  /** A property's deprecation, x-sunset and x-stability-level, as for operations and parameters. */
  private compareLifecycle(b: SchemaView, h: SchemaView, at: string, walk: Walk): void {
    const hk = h.keywords;
    if (
      hk['x-sunset'] === undefined &&
      hk['x-stability-level'] === undefined &&
      b.keywords['x-sunset'] === undefined
    )
      return;
    const options = { today: this.today, stability: 'property-stability-decreased' as const };
    for (const change of lifecycleChanges(b.keywords, hk, options))
      found(walk, change.rule, at, child(h.pointer, change.keyword), change.text);
  }

  /** pattern, uniqueItems, multipleOf, default, contentMediaType/contentEncoding, dependentRequired. */
  private compareValues(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    const response = direction === 'response';
    const bk = b.keywords;
    const hk = h.keywords;
    const bp = constraining(bk.pattern);
    const hp = constraining(hk.pattern);
    if (bp !== hp) {
      const kind = bp === undefined ? 'added' : hp === undefined ? 'removed' : 'changed';
      const rule = `${response ? 'response' : 'request'}-pattern-${kind}` as RuleId;
      const text =
        kind === 'added'
          ? `must now match ${hp}`
          : kind === 'removed'
            ? `no longer has pattern ${bp}`
            : `pattern changed from ${bp} to ${hp}`;
      found(walk, rule, at, h.pointer, text);
    }
    const bu = bk.uniqueItems === true;
    const hu = hk.uniqueItems === true;
    if (bu !== hu) {
      const rule =
        !response && hu
          ? 'request-unique-items-added'
          : response && bu
            ? 'response-unique-items-removed'
            : 'unique-items-relaxed';
      found(walk, rule, at, h.pointer, hu ? 'items must now be unique' : 'items may now repeat');
    }
    const bm = numeric(bk.multipleOf);
    const hm = numeric(hk.multipleOf);
    if (bm !== hm) {
      // Old values stay valid when the old step is a multiple of the new one.
      const loosens = hm === undefined || (bm !== undefined && isMultiple(bm, hm));
      const tightens = bm !== undefined && (hm === undefined || !isMultiple(hm, bm));
      const rule = response
        ? tightens
          ? 'response-multiple-of-changed'
          : 'multiple-of-relaxed'
        : loosens
          ? 'multiple-of-relaxed'
          : 'request-multiple-of-changed';
      found(walk, rule, at, h.pointer, `multipleOf changed from ${bm ?? 'none'} to ${hm ?? 'none'}`);
    }
    if ('default' in bk || 'default' in hk) {
      const bd = 'default' in bk ? jsonText(bk.default) : undefined;
      const hd = 'default' in hk ? jsonText(hk.default) : undefined;
      // Compared key order aside; shown as written.
      const same = 'default' in bk && 'default' in hk && contentKey(bk.default) === contentKey(hk.default);
      if (!same && bd !== hd) {
        const rule: RuleId =
          direction === 'parameter'
            ? bd === undefined
              ? 'parameter-default-added'
              : 'parameter-default-changed'
            : response
              ? 'response-default-changed'
              : bd === undefined
                ? 'default-added'
                : 'request-default-changed';
        const text =
          bd === undefined
            ? `gained default ${hd}`
            : hd === undefined
              ? `lost its default ${bd}`
              : `default changed from ${bd} to ${hd}`;
        found(walk, rule, at, h.pointer, text);
      }
    }
    for (const keyword of ['contentMediaType', 'contentEncoding']) {
      if (contentKey(bk[keyword]) === contentKey(hk[keyword])) continue;
      const rule = response ? 'response-content-changed' : 'request-content-changed';
      const text = `${keyword} changed from ${shown(bk[keyword] ?? 'none')} to ${shown(hk[keyword] ?? 'none')}`;
      found(walk, rule, at, h.pointer, text);
    }
    const bd = dependencies(bk.dependentRequired);
    const hd = dependencies(hk.dependentRequired);
    const added = [...hd].filter((d) => !bd.has(d));
    const removed = [...bd].filter((d) => !hd.has(d));
    if (added.length > 0) {
      const rule = response ? 'dependent-required-relaxed' : 'request-dependent-required-added';
      found(walk, rule, at, h.pointer, `now requires ${list(added)}`);
    }
    if (removed.length > 0) {
      const rule = response ? 'response-dependent-required-removed' : 'dependent-required-relaxed';
      found(walk, rule, at, h.pointer, `no longer requires ${list(removed)}`);
    }
  }

  /** Keywords that hold schemas: added or removed constrain or loosen; on both sides they are compared. */
  private compareSubschemas(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk) {
    const response = direction === 'response';
    const [gainedRule, lostRule]: [RuleId, RuleId] = response
      ? ['response-schema-keyword-added', 'response-schema-keyword-removed']
      : ['request-schema-keyword-added', 'request-schema-keyword-removed'];
    const gained = (what: string) => found(walk, gainedRule, at, h.pointer, `gained ${what}`);
    const lost = (what: string) => found(walk, lostRule, at, h.pointer, `lost ${what}`);
    const bk = b.keywords;
    const hk = h.keywords;
    for (const keyword of SINGLE) {
      const bs = bk[keyword];
      const hs = hk[keyword];
      if (bs === undefined && hs === undefined) continue;
      if (bs === undefined) {
        gained(keyword);
        continue;
      }
      if (hs === undefined) {
        lost(keyword);
        continue;
      }
      const bl = { node: bs, pointer: child(b.pointer, keyword) };
      const hl = { node: hs, pointer: child(h.pointer, keyword) };
      if (keyword === 'if') {
        if (!sameContent(bs, hs))
          found(walk, 'schema-condition-changed', at, hl.pointer, 'if/then/else condition changed');
      } else if (keyword === 'not') {
        // The negated schema is walked from the other side: a `not` that accepts more leaves the
        // value around it accepting less. Its findings are then named for this side (`negateFindings`).
        const outer = this.negatedFrom;
        const flipped = outer ?? (response ? 'request' : 'response');
        const start = walk.findings.length;
        this.negatedFrom = outer ? undefined : direction;
        try {
          this.compare(bl, hl, flipped, joinPath(at, '(not)'), walk);
        } finally {
          this.negatedFrom = outer;
        }
        negateFindings(walk, start, direction);
      } else {
        this.compare(
          bl,
          hl,
          direction,
          joinPath(at, keyword === 'contains' ? '[contains]' : `(${keyword})`),
          walk,
        );
      }
    }
    for (const keyword of MAPPED) {
      const bm = isObject(bk[keyword]) ? bk[keyword] : {};
      const hm = isObject(hk[keyword]) ? hk[keyword] : {};
      for (const [key, hs] of Object.entries(hm)) {
        const at2 = child(child(h.pointer, keyword), key);
        if (!Object.hasOwn(bm, key)) gained(`${keyword} "${key}"`);
        else
          this.compare(
            { node: bm[key], pointer: child(child(b.pointer, keyword), key) },
            { node: hs, pointer: at2 },
            direction,
            joinPath(at, `(${key})`),
            walk,
          );
      }
      for (const key of Object.keys(bm)) if (!Object.hasOwn(hm, key)) lost(`${keyword} "${key}"`);
    }
    const bt = Array.isArray(bk.prefixItems) ? bk.prefixItems : [];
    const ht = Array.isArray(hk.prefixItems) ? hk.prefixItems : [];
    for (let i = 0; i < Math.min(bt.length, ht.length); i++) {
      this.compare(
        { node: bt[i], pointer: child(b.pointer, 'prefixItems', String(i)) },
        { node: ht[i], pointer: child(h.pointer, 'prefixItems', String(i)) },
        direction,
        joinPath(at, `[${i}]`),
        walk,
      );
    }
    // Positions beyond the shorter list move between prefixItems and items: each is compared
    // with the schema that now governs it (no schema at all accepts anything).
    const bItems = b.items;
    const hItems = h.items;
    for (let i = Math.min(bt.length, ht.length); i < Math.max(bt.length, ht.length); i++) {
      const bl =
        i < bt.length ? { node: bt[i], pointer: child(b.pointer, 'prefixItems', String(i)) } : bItems;
      const hl =
        i < ht.length ? { node: ht[i], pointer: child(h.pointer, 'prefixItems', String(i)) } : hItems;
      if (bl && hl) this.compare(bl, hl, direction, joinPath(at, `[${i}]`), walk);
      else if (hl) gained(`prefixItems[${i}]`);
      else if (bl) lost(`prefixItems[${i}]`);
    }
  }

  private compareAdditional(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk) {
    const [ba, ha] = withBooleans(
      b,
      h,
      'additionalProperties',
      b.additionalProperties,
      h.additionalProperties,
    );
    if (ba && ha) {
      this.compare(ba, ha, direction, joinPath(at, '*'), walk);
      return;
    }
    if (ba === undefined && ha && listedKind(ha.node) !== 'any') walk.unproven = true;
    if (ba !== false && ha === false && direction !== 'response') {
      const text = 'no longer accepts other properties';
      found(walk, 'request-additional-properties-closed', at, h.pointer, text);
    } else if (ba === false && ha !== false && direction === 'response') {
      found(walk, 'response-additional-properties-opened', at, h.pointer, 'may now carry other properties');
    }
  }

  private compareProperties(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk) {
    const response = direction === 'response';
    for (const [name, hp] of h.properties) {
      const bp = b.properties.get(name);
      const required = h.required.has(name);
      const wasRequired = b.required.has(name);
      const path = joinPath(at, name);
      // Under `not` readOnly and writeOnly are annotations of a schema no value is read by: a
      // property's presence and type count whatever they say (decision 73).
      const negated = this.negatedFrom !== undefined;
      const headVisible = negated || this.visible(this.head, hp, direction);
      const baseVisible = bp !== undefined && (negated || this.visible(this.base, bp, direction));
      if (!headVisible) {
        if (!baseVisible) continue;
        if (response) {
          const rule = wasRequired ? 'response-field-became-write-only' : 'response-optional-field-removed';
          // writeOnly is an annotation: the values the schema admits are the same.
          found(walk, rule, path, hp.pointer, 'became writeOnly: it is no longer returned', 'same');
        } else {
          const text = 'became readOnly: it is ignored if sent';
          found(walk, 'request-field-became-read-only', path, hp.pointer, text);
        }
        continue;
      }
      const governed =
        !baseVisible && bp === undefined && wasRequired && !negated
          ? this.governs(b, this.baseViews, name)
          : undefined;
      if (governed === 'none') {
        // Required before but allowed by nothing (`additionalProperties: false`): the object
        // admitted no value at all. Now that the name is described, it admits some.
        const text = `was required but not allowed (${closedBy(b)}), so no value was valid; now it is described`;
        found(walk, response ? 'response-field-added' : 'request-type-widened', path, hp.pointer, text);
        continue;
      }
      if (governed === 'unknown') {
        // Required before, its value following a pattern's schema or the unlisted names':
        // listed now, it is not new, and what its schema does is not compared (patterns are
        // never run). The rules of a new property stay, the message says what happened.
        const text =
          'was required before, its value following patternProperties or the schema of unlisted names; now it is listed (not compared)';
        found(
          walk,
          response ? 'response-field-added' : 'request-body-required-field-added',
          path,
          hp.pointer,
          text,
        );
        continue;
      }
      if (governed !== undefined) {
        // Required before without a schema of its own: it was there, of whatever the other
        // properties could be. What changed is its schema (and whether it is still required).
        const before = governed;
        if (!required)
          found(
            walk,
            response ? 'response-field-made-optional' : 'request-field-made-optional',
            path,
            hp.pointer,
            response ? 'may now be absent' : 'is no longer required',
          );
        const start = walk.findings.length;
        this.compare(before, hp, direction, path, walk);
        const by = unlistedBy(before);
        explain(
          walk,
          start,
          `required before without a schema of its own: ${by ? `its value followed ${by}` : 'it was there, of any value'}`,
        );
        continue;
      }
      if (!baseVisible) {
        // What the change does to the values: read under `not` (`negateFindings`) and by proofs
        // of containment (`contained`), also of the reference pairs they reach.
        const admits = nameAdmits(b, h, name, undefined, hp);
        if (response) found(walk, 'response-field-added', path, hp.pointer, 'was added', admits);
        else if (required)
          found(
            walk,
            'request-body-required-field-added',
            path,
            hp.pointer,
            'was added and is required',
            admits,
          );
        else if (bp) found(walk, 'request-read-only-removed', path, hp.pointer, 'is no longer readOnly');
        else found(walk, 'request-field-added-optional', path, hp.pointer, 'was added (optional)', admits);
        continue;
      }
      // Under `not`, what requiring it does depends on the objects that may lack it (`room`).
      const admits = negated ? absentAdmits(b, h, name) : undefined;
      if (!response && required && !wasRequired) {
        found(walk, 'request-body-required-field-added', path, hp.pointer, 'is now required', admits);
      } else if (!response && !required && wasRequired) {
        found(walk, 'request-field-made-optional', path, hp.pointer, 'is no longer required', admits);
      } else if (response && wasRequired && !required) {
        found(walk, 'response-field-made-optional', path, hp.pointer, 'may now be absent', admits);
      } else if (response && !wasRequired && required) {
        found(walk, 'response-field-made-required', path, hp.pointer, 'is now always present', admits);
      }
      if (negated) this.compareNegatedProperty(b, h, name, bp!, hp, direction, path, walk);
      else this.compare(bp!, hp, direction, path, walk);
    }
    const negated = this.negatedFrom !== undefined;
    for (const [name, bp] of b.properties) {
      if (h.properties.has(name) || (!negated && !this.visible(this.base, bp, direction))) continue;
      if (!negated && h.required.has(name)) {
        this.compareUnlisted(b, h, name, bp, direction, joinPath(at, name), walk);
        continue;
      }
      const rule = response
        ? b.required.has(name)
          ? 'response-field-removed'
          : 'response-optional-field-removed'
        : 'request-field-removed';
      found(walk, rule, joinPath(at, name), bp.pointer, 'was removed', nameAdmits(b, h, name, bp, undefined));
    }
    // Names required by this schema but defined elsewhere (in an `allOf` reference member). Under
    // `not` either way counts on either side: the negated schema admits fewer or more values.
    for (const name of h.required) {
      if (b.required.has(name) || h.properties.has(name) || b.properties.has(name)) continue;
      const admits = negated ? absentAdmits(b, h, name) : undefined;
      const path = joinPath(at, name);
      if (!response)
        found(walk, 'request-body-required-field-added', path, h.pointer, 'is now required', admits);
      else if (negated)
        found(walk, 'response-field-made-required', path, h.pointer, 'is now required', admits);
    }
    for (const name of b.required) {
      if (h.required.has(name) || h.properties.has(name) || b.properties.has(name)) continue;
      const admits = negated ? absentAdmits(b, h, name) : undefined;
      const path = joinPath(at, name);
      if (response) found(walk, 'response-field-made-optional', path, h.pointer, 'may now be absent', admits);
      else if (negated)
        found(walk, 'request-field-made-optional', path, h.pointer, 'is no longer required', admits);
    }
  }

  /**
   * A property listed on both sides of a schema under `not`: its schema's changes count only
   * where the name may be present (`room`). Where it may not on either side, they change no
   * value; where that is not decided (a `propertyNames` schema not read here, a pattern), each
   * is the undecided warning, and the reference pairs below it are one such warning if they
   * changed anything.
   */
  private compareNegatedProperty(
    b: SchemaView,
    h: SchemaView,
    name: string,
    bp: Located,
    hp: Located,
    direction: Direction,
    path: string,
    walk: Walk,
  ): void {
    const before = room(b, name, true);
    const after = room(h, name, true);
    if (before === 'no' && after === 'no') return;
    if (before !== 'unknown' && after !== 'unknown') {
      this.compare(bp, hp, direction, path, walk);
      return;
    }
    const start = walk.findings.length;
    const edges = walk.edges.length;
    this.compare(bp, hp, direction, path, walk);
    for (let i = start; i < walk.findings.length; i++) {
      const finding = walk.findings[i]!;
      if (!finding.plain && finding.admits !== 'same') walk.findings[i] = { ...finding, admits: 'unknown' };
    }
    // The pairs below are not followed from here: one warning stands for them, said when
    // reporting if they changed anything (deciding it now would read walks not yet built).
    const below = walk.edges.splice(edges).map((edge) => edge.key);
    if (below.length > 0)
      walk.findings.push({
        rule: typeRule(direction),
        at: path,
        location: hp.pointer,
        text: 'changed, and whether its name may be present is not known',
        admits: 'unknown',
        ifChanged: below,
      });
  }

  /**
   * A property no longer listed whose name the revision still requires: JSON Schema still asks
   * for the name, now with whatever value the unlisted names may have (`governing`). So it is
   * still sent or returned; what changed is its schema (from its own to that one, `{}` when
   * nothing governs it: any value), and whether it is required. Where nothing allows the name
   * (`additionalProperties: false`), no value of the object is valid at all; where a pattern
   * may govern it, the new schema is not known (patterns are never run).
   */
  private compareUnlisted(
    b: SchemaView,
    h: SchemaView,
    name: string,
    bp: Located,
    direction: Direction,
    path: string,
    walk: Walk,
  ): void {
    const response = direction === 'response';
    const governed = this.governs(h, this.headViews, name);
    if (governed === 'none') {
      const text = `is no longer listed but still required, and not allowed (${closedBy(h)}): no value is valid`;
      found(walk, response ? 'response-field-removed' : typeRule(direction), path, h.pointer, text);
      return;
    }
    if (!b.required.has(name)) {
      if (response) found(walk, 'response-field-made-required', path, h.pointer, 'is now always present');
      else found(walk, 'request-body-required-field-added', path, h.pointer, 'is now required');
    }
    if (governed === 'unknown') {
      const text =
        'is no longer listed but still required: its value now follows patternProperties or the schema of unlisted names, not compared here';
      found(walk, response ? 'response-field-removed' : 'request-field-removed', path, bp.pointer, text);
      return;
    }
    const start = walk.findings.length;
    this.compare(bp, governed, direction, path, walk);
    const by = unlistedBy(governed);
    explain(
      walk,
      start,
      `no longer listed but still required: ${by ? `its value now follows ${by}` : 'it is still there, of any value'}`,
    );
  }

  /**
   * The schema an unlisted required `name` follows (`governing`), where an `allOf` reference
   * member may still list it: then that member's schema for it, unless a pattern or an
   * `additionalProperties` schema applies to it too (`unknown`, not compared here).
   * `additionalProperties: false` still refuses it: the member's listing does not count there.
   */
  private governs(view: SchemaView, views: Views, name: string): Located | 'none' | 'unknown' {
    const additional = view.additionalProperties;
    if (additional === false || additional?.node === false || view.members.size === 0) return governing(view);
    const listed = views.flattened({ node: view.node, pointer: view.pointer }).properties.get(name);
    if (!listed) return governing(view);
    const patterns = view.keywords.patternProperties;
    if (isObject(patterns) && Object.keys(patterns).length > 0) return 'unknown';
    if (additional !== undefined && listedKind(additional.node) !== 'any') return 'unknown';
    return listed;
  }

  /** Read-only properties are not sent by clients; write-only ones are not returned by servers. */
  private visible(doc: Document, property: Located, direction: Direction): boolean {
    // A proof of containment reads JSON Schema strictly: readOnly and writeOnly are annotations.
    if (this.proving > 0) return true;
    const flag = direction === 'response' ? 'writeOnly' : 'readOnly';
    // 3.1 allows keywords beside a `$ref`, so the property itself is looked at before its target.
    if (isObject(property.node) && property.node[flag] === true) return false;
    const target = doc.resolve(property);
    return target.unresolved !== undefined || !isObject(target.node) || target.node[flag] !== true;
  }
}

/** Keywords holding one schema (JSON Schema 2020-12, OpenAPI 3.1; `not` in 3.0 too). */
const SINGLE = [
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'contentSchema',
  'unevaluatedItems',
  'unevaluatedProperties',
] as const;
/** Keywords holding a map of schemas. */
const MAPPED = ['patternProperties', 'dependentSchemas'] as const;
/** Keywords a request rule reports when the revision gains them (an `allOf` member bringing them is said there). */
const COMPARED_WHEN_GAINED: ReadonlySet<string> = new Set([
  ...BOUNDS.map(([keyword]) => keyword),
  'exclusiveMinimum',
  'exclusiveMaximum',
  'pattern',
  'uniqueItems',
  'multipleOf',
  'format',
  'enum',
  'const',
  'dependentRequired',
  'additionalProperties',
  ...SINGLE,
  ...MAPPED,
]);

function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** Both sides list values, and null is admitted on one side only because only that side's values list it. */
function nullListedApart(b: SchemaView, h: SchemaView): boolean {
  if (!b.enum || !h.enum) return false;
  // No `type` on a side: the values alone (and 3.0's `nullable`) say whether null is one, so
  // `{type: [string, null], enum: [a, null]}` → `{enum: [a]}` lost null as a value.
  if (b.types === undefined || h.types === undefined) return admitsNull(b) !== admitsNull(h);
  return (b.types ^ h.types) === NULL && listsNull(b.keywords) !== listsNull(h.keywords);
}

/** Whether a schema with values (`enum`, `const`) admits null: by its types, else by listing it or `nullable`. */
function admitsNull(view: SchemaView): boolean {
  if (view.types !== undefined) return (view.types & NULL) !== 0;
  return listsNull(view.keywords) || view.keywords.nullable === true;
}

function listsNull(keywords: JsonObject): boolean {
  return Array.isArray(keywords.enum) ? keywords.enum.includes(null) : keywords.const === null;
}

/**
 * The schemas under `key` (items, additionalProperties) on both sides, with 3.1's boolean schemas
 * as schemas: `true` accepts anything (as `{}` does), `false` nothing. Where one side has a
 * boolean and the other no keyword at all, the absent one reads as `true`. A `false`
 * additionalProperties stays `false` when the other side has none or `true` (its own rules say it).
 */
function withBooleans<T extends Located | false | undefined>(
  b: SchemaView,
  h: SchemaView,
  key: string,
  bParsed: T,
  hParsed: T,
): [Located | T, Located | T] {
  const raw = (view: SchemaView) => view.keywords[key];
  const slot = (view: SchemaView, parsed: T): Located | T => {
    if (parsed || (parsed === false && key === 'additionalProperties')) return parsed;
    const value = raw(view);
    return typeof value === 'boolean' ? { node: value, pointer: child(view.pointer, key) } : parsed;
  };
  let bs = slot(b, bParsed);
  let hs = slot(h, hParsed);
  const absent = (view: SchemaView) => raw(view) === undefined;
  if (bs === undefined && hs && typeof (hs as Located).node === 'boolean' && absent(b))
    bs = { node: true, pointer: child(b.pointer, key) };
  if (hs === undefined && bs && typeof (bs as Located).node === 'boolean' && absent(h))
    hs = { node: true, pointer: child(h.pointer, key) };
  return [bs, hs];
}

/** A schema's own node without the `null` its type list or `nullable` adds. */
function withoutNull(node: JsonObject): JsonObject {
  if (Array.isArray(node.type) && node.type.includes('null'))
    return { ...node, type: node.type.filter((t) => t !== 'null') };
  return node.nullable === true ? { ...node, nullable: false } : node;
}

function onlyNull(node: unknown): boolean {
  if (!isObject(node)) return false;
  if (node.type === 'null') return true;
  return Array.isArray(node.enum) && node.enum.length > 0 && node.enum.every((v) => v === null);
}

/** How many nodes `unchanged` looks at in an inline schema before it lets the comparison run. */
const UNCHANGED_BUDGET = 2_000;
/** The same for the target of a reference, looked at once per reference. */
const TARGET_BUDGET = 200_000;

/**
 * True when two schemas are equal, key order aside; each pair of reference objects in them goes
 * to `refs`, base then head (their targets may still differ between the documents: the caller
 * looks at those).
 * Looks at `budget` nodes at most, so an object that contains itself, or a very large schema,
 * just takes the ordinary way.
 */
function unchanged(
  a: unknown,
  b: unknown,
  budget: number,
  refs: object[],
  track?: { readonly above: object[]; steps: number },
): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const stack: unknown[] = [a, b];
  // With `above`: the pair of objects each pair on the stack is inside (an index into `pairs`,
  // base then head), so that where the walk ends, the pairs above that place are named.
  const above = track?.above;
  const owners: number[] | undefined = above && [-1];
  const pairs: object[] = [];
  const parents: number[] = [];
  const fail = (owner: number) => {
    if (above) for (let i = owner; i >= 0; i = parents[i]!) above.push(pairs[2 * i]!, pairs[2 * i + 1]!);
    return false;
  };
  // Past this many objects, the pairs compared are remembered: in a document whose objects
  // contain themselves (YAML aliases) the walk then ends instead of spending the whole budget,
  // once per reference pair (seconds on a small document).
  let steps = 0;
  const compared = new Map<object, Set<object>>();
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    const owner = owners ? owners.pop()! : -1;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
      if (x !== y) return fail(owner);
      continue;
    }
    if (++steps > 10_000) {
      let partners = compared.get(x);
      if (!partners) {
        partners = new Set();
        compared.set(x, partners);
      }
      if (partners.has(y)) continue;
      partners.add(y);
    }
    if (--budget < 0) return fail(owner);
    if (track) track.steps++;
    let self = -1;
    if (owners) {
      self = parents.length;
      parents.push(owner);
      pairs.push(x, y);
    }
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return fail(self);
      for (let i = 0; i < x.length; i++) {
        stack.push(x[i], y[i]);
        owners?.push(self);
      }
      continue;
    }
    if (Array.isArray(y)) return fail(self);
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    let count = 0;
    for (const key in xo) {
      if (!Object.hasOwn(xo, key)) continue;
      if (!Object.hasOwn(yo, key)) return fail(self);
      // A reference object, once (its reference is `refText`'s: `$ref`, else `$dynamicRef`).
      if (
        (key === '$ref' || (key === '$dynamicRef' && typeof xo.$ref !== 'string')) &&
        typeof xo[key] === 'string'
      )
        refs.push(xo, yo);
      stack.push(xo[key], yo[key]);
      owners?.push(self);
      count++;
    }
    for (const key in yo) if (Object.hasOwn(yo, key)) count--;
    if (count !== 0) return fail(self);
  }
  return true;
}

/** Deep equality of two JSON values, key order aside; iterative, so any depth is fine. */
export function sameContent(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  // Past this many pairs, remember the pairs compared: objects that contain themselves end there.
  let steps = 0;
  const compared = new Map<object, Set<object>>();
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    // NaN (YAML `.nan`) is one value, as `contentKey` keys it: a document equals itself.
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (++steps > 10_000) {
      const partners = compared.get(x) ?? new Set<object>();
      if (partners.has(y)) continue;
      partners.add(y);
      compared.set(x, partners);
    }
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xk = Object.keys(x);
    if (xk.length !== Object.keys(y).length) return false;
    for (const key of xk) {
      if (!Object.hasOwn(y, key)) return false;
      stack.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(contentKey) : undefined;
}

function dependencies(value: unknown): Set<string> {
  const out = new Set<string>();
  if (!isObject(value)) return out;
  for (const [name, needs] of Object.entries(value)) {
    if (Array.isArray(needs)) for (const need of needs) out.add(`${name} → ${shown(need)}`);
  }
  return out;
}

function plainBound(value: unknown): Bound | undefined {
  const number = numeric(value);
  return number === undefined ? undefined : { value: number, exclusive: false };
}

function sameBound(a: Bound | undefined, b: Bound | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.value === b.value && a.exclusive === b.exclusive)
  );
}

/** True when `head` admits fewer values than `base` on this side. */
function isTighter(kind: 'min' | 'max', base: Bound | undefined, head: Bound | undefined): boolean {
  if (head === undefined) return false;
  if (base === undefined) return true;
  if (head.value !== base.value) return kind === 'min' ? head.value > base.value : head.value < base.value;
  return head.exclusive && !base.exclusive;
}

function describeBound(bound: Bound | undefined): string {
  if (!bound) return 'none';
  return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}

function isMultiple(value: number, step: number): boolean {
  if (step === 0) return false;
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** A pattern that some string fails: `''`, `.*` and `^.*` match every string (ECMA-262 search), as no pattern does. */
function constraining(pattern: unknown): string | undefined {
  return typeof pattern === 'string' && !UNIVERSAL_PATTERNS.has(pattern) ? pattern : undefined;
}
const UNIVERSAL_PATTERNS = new Set(['', '.*', '^.*']);

/** Keywords that describe a schema without constraining its values. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'example',
  'examples',
  'deprecated',
  'externalDocs',
  '$comment',
]);

const LEVELS = ['breaking', 'warning', 'info'];

/** A finding of `compareTypes`: a type that changed. */
function isTypeChange(f: Finding): boolean {
  return f.text.startsWith('type changed from ');
}

function found(walk: Walk, rule: RuleId, at: string, location: string, text: string, admits?: Admits): void {
  walk.findings.push(admits ? { rule, at, location, text, admits } : { rule, at, location, text });
}

/**
 * Findings made walking a `not` schema from the other side of `meant`, from `start` on, renamed
 * for `meant` (decision 73): what the negated schema gained is what the value around it lost.
 * A change that breaks the other side (the negated schema accepts more where a response was
 * walked, less where a request was) breaks `meant`: `request-type-changed` (or
 * `parameter-type-changed`) on the request side, `response-type-changed` on the response side;
 * one the other side copes with is `request-type-widened` or `response-type-narrowed`. A rule
 * that tells no direction is the meant side's own (`request-pattern-changed`), a rule of no side
 * stays; annotations (the rule table's `annotation`: defaults, readOnly, writeOnly,
 * `x-extensible-enum`, lifecycle markers) validate nothing and
 * are dropped. A finding already renamed by a `not` inside returns to how it was made: two
 * `not`s cancel.
 */
function negateFindings(walk: Walk, start: number, meant: Direction): void {
  const renamed: Finding[] = [];
  for (const finding of walk.findings.slice(start)) {
    if (finding.plain) {
      renamed.push(finding.plain);
      continue;
    }
    const rule = finding.rule;
    if (NOT_ANNOTATIONS.has(rule) || finding.admits === 'same') continue;
    const counterpart = NOT_COUNTERPARTS[rule];
    const level: string = RULES[rule].level;
    const sided = /^(request|response|parameter)-/.test(rule);
    const breaks = finding.admits
      ? NOT_ADMITS[meant === 'response' ? 'response' : 'request'][finding.admits]
      : (NOT_BREAKS[rule] ?? (sided || level === 'info' ? level : undefined));
    let to: RuleId = counterpart ?? rule;
    let effect = '';
    if (breaks === 'warning' && finding.admits) {
      to = 'negated-property-changed';
      effect =
        meant === 'response'
          ? ': the values that may come may change either way'
          : ': the values accepted may change either way';
    } else if (!counterpart && breaks !== undefined && breaks !== 'warning') {
      const request = meant !== 'response';
      if (breaks === 'breaking') {
        to = request ? typeRule(meant) : 'response-type-changed';
        effect = request ? ': fewer values are accepted' : ': more values may come';
      } else {
        to = request ? 'request-type-widened' : 'response-type-narrowed';
        effect = request ? ': more values are accepted' : ': fewer values may come';
      }
    }
    renamed.push({ ...finding, rule: to, text: `${finding.text} (under not${effect})`, plain: finding });
  }
  walk.findings.length = start;
  walk.findings.push(...renamed);
}

/**
 * Rules that only report annotations (the rule table's `annotation`: defaults, readOnly and
 * writeOnly, `x-extensible-enum`, deprecation, x-sunset, x-stability-level): under `not` they
 * change no value (`negateFindings`).
 */
const NOT_ANNOTATIONS: ReadonlySet<RuleId> = new Set(
  (Object.keys(RULES) as RuleId[]).filter((id) => (RULES[id] as RuleInfo).annotation),
);

/**
 * Rules whose level is a policy rather than what the change does to the values (`negateFindings`):
 * a response that may take a new enum value or carry other properties admits more (it breaks
 * the other side, whatever its level). A property added or removed says what it does itself
 * (`Finding.admits`), as that depends on the object being open or closed.
 */
const NOT_BREAKS: Partial<Record<RuleId, 'breaking' | 'info'>> = {
  'response-enum-value-added': 'breaking',
  'response-additional-properties-opened': 'breaking',
};

/**
 * Under `not`, by the side of the value around it: what a change of the negated schema does
 * there (`Finding.admits`). The negated schema admitting more leaves the value around it
 * admitting fewer: a request that accepts less breaks, a response that sends less does not;
 * a change both ways breaks either side; one that cannot be ordered is a warning.
 */
const NOT_ADMITS: Record<
  'request' | 'response',
  Record<Exclude<Admits, 'same'>, 'breaking' | 'warning' | 'info'>
> = {
  request: { more: 'breaking', fewer: 'info', both: 'breaking', unknown: 'warning' },
  response: { more: 'info', fewer: 'breaking', both: 'breaking', unknown: 'warning' },
};

/** Rules of one side that tell no direction: under `not`, the other side's (`negateFindings`). */
const NOT_COUNTERPARTS: Partial<Record<RuleId, RuleId>> = {
  'request-pattern-changed': 'response-pattern-changed',
  'response-pattern-changed': 'request-pattern-changed',
  'request-content-changed': 'response-content-changed',
  'response-content-changed': 'request-content-changed',
};

/**
 * What listing or unlisting the property `name` (`bp` in `base`, `hp` in `head`: one of them
 * given) does to the set of values the object admits, by set reasoning on that name alone (decision
 * 73). The values of the name are two disjoint parts: the name absent (allowed unless `required`)
 * and the name present with a value its schema admits. A listed schema that constrains nothing
 * (`true`, `{}`, annotations only) admits anything, `false` nothing; an unlisted name is governed
 * by `additionalProperties` or `unevaluatedProperties` (`unlisted`): absent or admitting anything
 * is anything, `false` is nothing. The two parts' changes combine: `more` and `fewer` make `both`.
 * A property schema beside an `additionalProperties` or `unevaluatedProperties` schema or a
 * `patternProperties` pattern cannot be ordered here: `unknown` (a warning, never a regex run).
 * A part no valid object can be in (`room`: `propertyNames`, `minProperties`, `maxProperties`,
 * decision 86) is unchanged; one that may or may not be is `unknown`.
 */
function nameAdmits(
  base: SchemaView,
  head: SchemaView,
  name: string,
  bp: Located | undefined,
  hp: Located | undefined,
): Admits {
  const absent = absentAdmits(base, head, name);
  // Where the name cannot be present at all (`propertyNames`, `maxProperties`, … : `room`), its
  // schema admits nothing there; where that is not decided, neither is a change of its schema.
  const roomBefore = room(base, name, true);
  const roomAfter = room(head, name, true);
  const before = roomBefore === 'no' ? 'none' : bp ? listedKind(bp.node) : unlisted(base);
  const after = roomAfter === 'no' ? 'none' : hp ? listedKind(hp.node) : unlisted(head);
  let present: Admits;
  if (before === after && before !== 'other') present = 'same';
  else if (before === 'other' || after === 'other') {
    // One side is a listed schema: ordered only against anything or nothing.
    const fixed = before === 'other' ? after : before;
    if (fixed === 'any') present = before === 'any' ? 'fewer' : 'more';
    else if (fixed === 'none') present = before === 'none' ? 'more' : 'fewer';
    else present = 'unknown';
  } else if (before === 'unknown' || after === 'unknown') present = 'unknown';
  else present = before === 'none' ? 'more' : 'fewer';
  if (present !== 'same' && (roomBefore === 'unknown' || roomAfter === 'unknown')) present = 'unknown';
  if (absent === 'same' || present === 'unknown') return present;
  if (present === 'same' || present === absent || absent === 'unknown') return absent;
  return 'both';
}

/**
 * What a change of `required` for `name` alone does to the objects without it (decision 73):
 * requiring it takes them away (`fewer`), no longer requiring it brings them (`more`), unless
 * no object without it can be valid there anyway (`room`).
 */
function absentAdmits(base: SchemaView, head: SchemaView, name: string): Admits {
  const rb = base.required.has(name);
  const rh = head.required.has(name);
  if (rb === rh) return 'same';
  const where = room(rb ? head : base, name, false);
  return where === 'no' ? 'same' : where === 'unknown' ? 'unknown' : rb ? 'more' : 'fewer';
}

type Tri = 'yes' | 'no' | 'unknown';

/**
 * Whether an object valid under `view` (apart from the schemas of its values, taken as
 * satisfiable) may have the property `name` (`present`) or lack it. `no` where the view takes
 * no object; where `propertyNames` refuses the name; where a required name is refused by
 * `propertyNames` or by the listing (`false`, or unlisted where unlisted names are refused);
 * or where the counts cannot meet: at least `minProperties` and the required names, at most
 * `maxProperties` and the names that may appear. `unknown` where that depends on a
 * `propertyNames` schema not read here or on a pattern (never run).
 */
function room(view: SchemaView, name: string, present: boolean): Tri {
  const names = nameRoom(view);
  if (!names.objects) return 'no';
  let verdict: Tri = 'yes';
  if (present) verdict = and(verdict, names.allows(name));
  let needed = names.required.size;
  let refused = names.requiredRefused;
  let undecided = names.requiredUndecided;
  if (names.required.has(name)) {
    needed--;
    const own = names.allowed(name);
    if (own === 'no') refused--;
    else if (own === 'unknown') undecided--;
  }
  if (refused > 0) return 'no';
  if (undecided > 0) verdict = and(verdict, 'unknown');
  if (present) needed++;
  // The names other than `name` that may appear: at least `lo`, at most `hi`.
  let { lo, hi } = names.available;
  const own = names.candidate(name);
  if (own === 'yes') lo--;
  if (own !== 'no') hi--;
  if (present) {
    lo++;
    hi++;
  }
  const least = Math.max(names.min, needed);
  if (least > Math.min(names.max, hi)) return 'no';
  if (least > Math.min(names.max, lo)) verdict = and(verdict, 'unknown');
  return verdict;
}

/**
 * Whether an object valid under `view` may have a count of properties from `from` to `to`
 * (`room`'s reasoning on counts; `keyword`, the bound that changed, is left out).
 */
function countRoom(
  view: SchemaView,
  from: number,
  to: number,
  keyword: 'min' | 'max',
  binding?: (name: string) => boolean,
): Tri {
  const names = nameRoom(view);
  if (!names.objects) return 'no';
  let required = names.required.size;
  let refused = names.requiredRefused;
  let undecided = names.requiredUndecided;
  if (binding) {
    // Only the required names this side must send count (a readOnly one is not in a request).
    required = refused = undecided = 0;
    for (const name of names.required) {
      if (!binding(name)) continue;
      required++;
      const status = names.allowed(name);
      if (status === 'no') refused++;
      else if (status === 'unknown') undecided++;
    }
  }
  if (refused > 0) return 'no';
  const least = Math.max(from, required, keyword === 'max' ? names.min : 0);
  const most = Math.min(to, keyword === 'min' ? names.max : Number.POSITIVE_INFINITY);
  if (least > Math.min(most, names.available.hi)) return 'no';
  if (least > Math.min(most, names.available.lo) || undecided > 0) return 'unknown';
  return 'yes';
}

/**
 * The property counts a `minProperties` (`min`) or `maxProperties` (`max`) change lets in or
 * out, from and to: between the two bounds (an absent minimum is 0, an absent maximum none).
 */
function changedCounts(
  kind: 'min' | 'max',
  base: Bound | undefined,
  head: Bound | undefined,
): [number, number] {
  if (kind === 'min') {
    const [b, h] = [Math.ceil(base?.value ?? 0), Math.ceil(head?.value ?? 0)];
    return [Math.min(b, h), Math.max(b, h) - 1];
  }
  const none = Number.POSITIVE_INFINITY;
  const [b, h] = [Math.floor(base?.value ?? none), Math.floor(head?.value ?? none)];
  return [Math.min(b, h) + 1, Math.max(b, h)];
}

/** Whether either side has room: `yes` if one has, `no` if neither has, else `unknown`. */
function either(a: Tri, b: Tri): Tri {
  return a === 'yes' || b === 'yes' ? 'yes' : a === 'no' && b === 'no' ? 'no' : 'unknown';
}

function and(a: Tri, b: Tri): Tri {
  return a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';
}

/** What `room` needs of one schema, computed once per view. */
interface NameRoom {
  /** The schema takes objects (it declares no type, or `object` among its types). */
  readonly objects: boolean;
  readonly min: number;
  readonly max: number;
  readonly required: ReadonlySet<string>;
  readonly requiredRefused: number;
  readonly requiredUndecided: number;
  /** Whether `propertyNames` allows the name. */
  allows(name: string): Tri;
  /** Whether the name may appear: `propertyNames` and the listing (`false`, unlisted names refused). */
  allowed(name: string): Tri;
  /** Whether `name` is counted in `available`, and how. */
  candidate(name: string): Tri;
  /** How many names may appear, at least and at most (`Infinity` for no limit). */
  readonly available: { readonly lo: number; readonly hi: number };
}

const nameRooms = new WeakMap<SchemaView, NameRoom>();

function nameRoom(view: SchemaView): NameRoom {
  let names = nameRooms.get(view);
  if (names) return names;
  const k = view.keywords;
  const count = (value: unknown, round: (n: number) => number, none: number) =>
    typeof value === 'number' && value >= 0 ? round(value) : none;
  // `propertyNames` is a keyword of 3.1 only: a 3.0 document's says nothing about room.
  const rule = propertyNamesRule(view.version30 ? undefined : k.propertyNames);
  const allows = (name: string): Tri => rule.allows(name);
  const patterns = isObject(k.patternProperties) ? Object.values(k.patternProperties) : [];
  const listing = unlisted(view);
  // Unlisted names: refused, allowed (an additionalProperties or unevaluatedProperties schema
  // is taken as satisfiable), or, beside a pattern that refuses or names refused otherwise, not known.
  const additional = view.additionalProperties;
  const closed =
    additional === false ||
    additional?.node === false ||
    (k.additionalProperties === undefined && k.unevaluatedProperties === false);
  const unlistedAllowed: Tri =
    listing === 'unknown' && uncertainlyUnevaluated(view)
      ? 'unknown'
      : patterns.length > 0
        ? closed || patterns.includes(false)
          ? 'unknown'
          : 'yes'
        : listing === 'none'
          ? 'no'
          : 'yes';
  const listedAllowed = (name: string): Tri => {
    const schema = view.properties.get(name);
    return schema ? (listedKind(schema.node) === 'none' ? 'no' : 'yes') : unlistedAllowed;
  };
  const allowed = (name: string): Tri => and(allows(name), listedAllowed(name));
  // The names that may appear: those propertyNames lists, else (unlisted names refused) the
  // listed ones, else without limit unless propertyNames or the patterns are not read here.
  let candidates: Iterable<string> | undefined;
  if (rule.names) candidates = rule.names;
  else if (unlistedAllowed === 'no') candidates = view.properties.keys();
  const statuses = new Map<string, Tri>();
  let lo = 0;
  let hi = 0;
  if (candidates) {
    for (const name of candidates) {
      if (statuses.has(name)) continue;
      const status = allowed(name);
      statuses.set(name, status);
      if (status === 'yes') lo++;
      if (status !== 'no') hi++;
    }
  } else {
    hi = Number.POSITIVE_INFINITY;
    if (rule.open && unlistedAllowed === 'yes') lo = Number.POSITIVE_INFINITY;
    else
      for (const name of view.properties.keys()) {
        const status = allowed(name);
        statuses.set(name, status);
        if (status === 'yes') lo++;
      }
  }
  let requiredRefused = 0;
  let requiredUndecided = 0;
  for (const name of view.required) {
    const status = allowed(name);
    if (status === 'no') requiredRefused++;
    else if (status === 'unknown') requiredUndecided++;
  }
  names = {
    // Only a declared type rules objects out: `items` alone does not.
    objects: view.types === undefined || (view.types & OBJECT) !== 0 || view.arrayByItems === true,
    min: count(k.minProperties, Math.ceil, 0),
    max: count(k.maxProperties, Math.floor, Number.POSITIVE_INFINITY),
    required: view.required,
    requiredRefused,
    requiredUndecided,
    allows,
    allowed,
    candidate: (name) => statuses.get(name) ?? (candidates ? 'no' : 'unknown'),
    available: { lo, hi },
  };
  nameRooms.set(view, names);
  return names;
}

/**
 * What a `propertyNames` schema allows, read without running anything: absent, `true` or
 * annotations only allow every name, `false` none; `enum`, `const`, `type`, `minLength` and
 * `maxLength` are decided; any other keyword (a `pattern`, a `format`, a `$ref`, `not`, …)
 * leaves the name undecided where those did not refuse it. `names`: the only names allowed,
 * where `enum` or `const` lists them; `open`: every name of some length allowed.
 */
function propertyNamesRule(schema: unknown): {
  allows(name: string): Tri;
  readonly names?: readonly string[];
  readonly open: boolean;
} {
  if (schema === undefined || schema === true) return { allows: () => 'yes', open: true };
  if (!isObject(schema)) return schema === false ? NO_NAMES : UNDECIDED;
  let undecided = false;
  let strings = true;
  let names: string[] | undefined;
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || VALUE_ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === 'type') {
      // Type names JSON Schema does not have restrict nothing (as `typesOf` reads them).
      const known = (Array.isArray(value) ? value : [value]).filter((t) =>
        (TYPES as readonly unknown[]).includes(t),
      );
      if (known.length > 0) strings = known.includes('string');
    } else if ((key === 'enum' && Array.isArray(value)) || key === 'const') {
      const listed = new Set(
        (key === 'enum' ? (value as unknown[]) : [value]).filter((v): v is string => typeof v === 'string'),
      );
      names = names ? names.filter((n) => listed.has(n)) : [...listed];
    } else if (key !== 'minLength' && key !== 'maxLength') undecided = true;
  }
  // A length that is not a non-negative integer is no length (it restricts nothing).
  const length = (value: unknown) =>
    Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
  const min = length(schema.minLength) ?? 0;
  const max = length(schema.maxLength) ?? Number.POSITIVE_INFINITY;
  if (!strings || min > max) return NO_NAMES;
  // Only the empty name is short enough: it is the one name listed.
  if (max < 1 && !names) names = [''];
  const fits = (name: string) => {
    const length = [...name].length;
    return length >= min && length <= max;
  };
  const allowed = names ? new Set(names.filter(fits)) : undefined;
  return {
    allows: (name) => ((allowed ? !allowed.has(name) : !fits(name)) ? 'no' : undecided ? 'unknown' : 'yes'),
    ...(allowed ? { names: [...allowed] } : {}),
    open: !undecided && !allowed,
  };
}
const UNDECIDED = { allows: (): Tri => 'unknown', open: false };
const NO_NAMES = { allows: (): Tri => 'no', names: [] as readonly string[], open: false };

type NameKind = 'any' | 'none' | 'other' | 'unknown';

/** What a listed property schema admits, as far as `nameAdmits` tells: anything, nothing, or other. */
function listedKind(node: unknown): NameKind {
  if (node === true) return 'any';
  if (node === false) return 'none';
  if (
    isObject(node) &&
    Object.keys(node).every(
      (key) => ANNOTATIONS.has(key) || VALUE_ANNOTATIONS.has(key) || key.startsWith('x-'),
    )
  )
    return 'any';
  return 'other';
}
const VALUE_ANNOTATIONS = new Set(['readOnly', 'writeOnly', 'default']);

/**
 * How a schema treats a property name it does not list: `any` (anything goes), `none` (refused:
 * `additionalProperties` or `unevaluatedProperties` false), `unknown` (a `patternProperties`
 * pattern may constrain it, or an `additionalProperties` or `unevaluatedProperties` schema does).
 * Patterns are never run: a document's regular expression may take exponential time.
 */
function unlisted(view: SchemaView): NameKind {
  const patterns = view.keywords.patternProperties;
  if (isObject(patterns) && Object.keys(patterns).length > 0) return 'unknown';
  const additional = view.additionalProperties;
  if (additional === false || additional?.node === false) return 'none';
  if (additional !== undefined) return listedKind(additional.node) === 'any' ? 'any' : 'unknown';
  if (view.keywords.additionalProperties !== undefined) return 'any';
  const unevaluated = view.keywords.unevaluatedProperties;
  if (unevaluated === undefined) return 'any';
  const kind = listedKind(unevaluated);
  return kind === 'other' || (kind === 'none' && evaluatedElsewhere(view)) ? 'unknown' : kind;
}

/**
 * Keywords whose subschemas may evaluate a name the schema does not list, so that
 * `unevaluatedProperties` does not apply to it (besides `allOf` reference members, and `$ref`
 * beside other keywords, which 3.1 reads as one). Inline `allOf` members are merged in the view.
 */
const EVALUATING = ['anyOf', 'oneOf', 'if', 'then', 'else', 'dependentSchemas', '$ref', '$dynamicRef'];

/**
 * Whether a name the schema does not list may still be evaluated by a subschema (an `allOf`
 * reference member, a branch, `if`/`then`/`else`, `dependentSchemas`): then what
 * `unevaluatedProperties` does to it is not known here.
 */
function evaluatedElsewhere(view: SchemaView): boolean {
  return view.members.size > 0 || EVALUATING.some((key) => view.keywords[key] !== undefined);
}

/** Unlisted names fall to `unevaluatedProperties` (no `additionalProperties`) and a subschema may evaluate them. */
function uncertainlyUnevaluated(view: SchemaView): boolean {
  return (
    view.additionalProperties === undefined &&
    view.keywords.additionalProperties === undefined &&
    listedKind(view.keywords.unevaluatedProperties) === 'none' &&
    evaluatedElsewhere(view)
  );
}

/**
 * The schema a name the object does not list must match (outside `not`): `none` where nothing
 * allows it (`additionalProperties` or, without it, `unevaluatedProperties` false), `unknown`
 * where a `patternProperties` pattern may govern it (patterns are never run) or where
 * `unevaluatedProperties` is given and a subschema may evaluate the name, else the
 * `additionalProperties` or `unevaluatedProperties` schema, or `{}` (any value).
 */
function governing(view: SchemaView): Located | 'none' | 'unknown' {
  const patterns = view.keywords.patternProperties;
  if (isObject(patterns) && Object.keys(patterns).length > 0) return 'unknown';
  const additional = view.additionalProperties;
  if (additional === false || additional?.node === false) return 'none';
  if (additional !== undefined) return additional;
  const anything = { node: ANYTHING, pointer: child(view.pointer, 'required') };
  if (view.keywords.additionalProperties !== undefined) return anything;
  const unevaluated = view.keywords.unevaluatedProperties;
  if (unevaluated === undefined || unevaluated === true) return anything;
  // A subschema may evaluate the name: `unevaluatedProperties` then does not apply to it.
  if (evaluatedElsewhere(view)) return 'unknown';
  if (unevaluated === false) return 'none';
  return { node: unevaluated, pointer: child(view.pointer, 'unevaluatedProperties') };
}

/** Which schema a required name the object does not list follows (`governing`): `{}` (any value) or a keyword's. */
function unlistedBy(schema: Located): string | undefined {
  if (schema.node === ANYTHING) return undefined;
  if (!schema.pointer.endsWith('/additionalProperties') && !schema.pointer.endsWith('/unevaluatedProperties'))
    return `the allOf member that lists it (${schema.pointer})`;
  return schema.pointer.endsWith('/unevaluatedProperties') ? 'unevaluatedProperties' : 'additionalProperties';
}

/** Adds why to the findings a walk made from `start` on (its own, not those of reference pairs). */
function explain(walk: Walk, start: number, why: string): void {
  for (let i = start; i < walk.findings.length; i++) {
    const finding = walk.findings[i]!;
    walk.findings[i] = { ...finding, text: `${finding.text} (${why})` };
  }
}

/**
 * The schema of any value, one node for every required name no schema describes: a pair
 * compared with it is compared once, however many properties reach it through a reference.
 */
const ANYTHING: JsonObject = Object.freeze({});

/** Which keyword refuses the names an object does not list (`governing` said `none`). */
function closedBy(view: SchemaView): string {
  const additional = view.additionalProperties;
  return additional === false ||
    additional?.node === false ||
    view.keywords.additionalProperties !== undefined
    ? 'additionalProperties: false'
    : 'unevaluatedProperties: false';
}

/**
 * Whether a schema may admit a property it does not list: through an `additionalProperties` that
 * is given and not `false`, or any `patternProperties` pattern. Patterns are not run against the
 * name: a document's regular expression may take exponential time (`^(a+)+$`), so one that might
 * match counts as matching.
 */
function admitsByName(view: SchemaView): boolean {
  if (view.additionalProperties !== undefined && view.additionalProperties !== false) return true;
  if (view.keywords.additionalProperties === true) return true;
  const patterns = view.keywords.patternProperties;
  return isObject(patterns) && Object.keys(patterns).length > 0;
}

/** Whether a value at the property path `at` of a walk in text mode `mode` travels as text. */
function textAt(mode: Textual, at: string): boolean {
  if (mode === 'all' || mode === 'body' || mode === 'none') return mode !== 'none';
  if (at === '') return true;
  if (mode === 'root') return false;
  if (mode === 'part') return at === '[]';
  const part = at.endsWith('[]') ? at.slice(0, -2) : at;
  return part !== '' && !part.includes('.') && !part.includes('[');
}

/** The text mode of a schema reached at `at` of a walk in mode `mode`, as a walk of its own. */
function modeBelow(mode: Textual, at: string): Textual {
  if (at === '' || mode === 'all' || mode === 'none') return mode;
  if (mode === 'body') return 'all';
  if (!textAt(mode, at)) return 'none';
  return mode === 'parts' && !at.endsWith('[]') ? 'part' : 'root';
}

function typeRule(direction: Direction): RuleId {
  if (direction === 'response') return 'response-type-changed';
  return direction === 'parameter' ? 'parameter-type-changed' : 'request-type-changed';
}

const ARRAY = bit('array');
const OBJECT = bit('object');
const INTEGER = bit('integer');
const STRING = bit('string');
const NULL = bit('null');
const NUMBER = bit('number');

/** Keywords that constrain values of one type only (JSON Schema validation, 6.2–6.5). */
const TYPE_KEYWORDS: readonly [number, readonly string[]][] = [
  [STRING, ['minLength', 'maxLength', 'pattern', 'contentMediaType', 'contentEncoding', 'contentSchema']],
  [NUMBER | INTEGER, ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']],
  [
    ARRAY,
    [
      'items',
      'prefixItems',
      'additionalItems',
      'unevaluatedItems',
      'contains',
      'minContains',
      'maxContains',
    ].concat(['minItems', 'maxItems', 'uniqueItems']),
  ],
  [
    OBJECT,
    ['properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties', 'propertyNames']
      .concat(['required', 'minProperties', 'maxProperties', 'dependentRequired', 'dependentSchemas'])
      .concat(['dependencies', 'discriminator']),
  ],
];

const NUMBER_FORMATS = new Set(['int32', 'int64', 'float', 'double']);

/** The JSON type bits of a value (an integral number is an integer and a number). */
function valueTypes(value: unknown): number {
  if (value === null) return NULL;
  if (Array.isArray(value)) return ARRAY;
  if (typeof value === 'number') return Number.isInteger(value) ? NUMBER | INTEGER : NUMBER;
  if (typeof value === 'string') return STRING;
  if (typeof value === 'boolean') return bit('boolean');
  return typeof value === 'object' ? OBJECT : 0;
}

/**
 * The part of a schema of declared types that takes the values of `types` (a subset of them):
 * its type narrowed to those, keywords of other types left out, listed values of other types too.
 */
function typePart(node: JsonObject, types: number): JsonObject {
  const part: JsonObject = { ...node };
  for (const [bits, keys] of TYPE_KEYWORDS)
    if ((types & bits) === 0) for (const key of keys) delete part[key];
  const names = TYPES.filter((name) => types & bit(name) && name !== 'null');
  if (types & NULL && Array.isArray(node.type)) names.push('null');
  else if (node.nullable === true && (types & NULL) === 0) delete part.nullable;
  part.type = names.length === 1 ? names[0]! : names;
  // A format of numbers (`int32`, `double`) goes with the numeric types, any other with strings.
  if (typeof node.format === 'string') {
    const of = NUMBER_FORMATS.has(node.format) ? NUMBER | INTEGER : STRING;
    if ((types & of) === 0) delete part.format;
  }
  if (Array.isArray(node.enum)) part.enum = node.enum.filter((value) => valueTypes(value) & types);
  return part;
}

/** Formats that only document the size of a number: `integer` and `integer (int64)` take the same values here. */
const SIZE_FORMATS = new Set(['int64', 'double', 'float']);

/**
 * A schema whose type the view took from `properties`, `additionalProperties` or `items` alone:
 * no `type`, `enum`, `const`, `oneOf` or `anyOf` in it nor in any of its `allOf` members, followed
 * through `$ref`s (each once; an unresolved one gives up). JSON Schema: no `type` constrains none,
 * so it admits null as well.
 */
function untypedAdmitsNull(view: SchemaView, doc: Document): boolean {
  if (view.types === undefined || view.types === 0 || (view.types & ~(OBJECT | ARRAY)) !== 0) return false;
  const seen = new Set<string>();
  const untyped = (located: Located, depth: number): boolean => {
    const r = doc.resolve(located);
    if (r.unresolved !== undefined) return false;
    if (r.node === true) return true;
    if (!isObject(r.node)) return false;
    if (seen.has(r.pointer)) return true;
    if (depth > UNTYPED_DEPTH) return false;
    seen.add(r.pointer);
    const k = r.node;
    if (
      k.type !== undefined ||
      'const' in k ||
      k.enum !== undefined ||
      k.oneOf !== undefined ||
      k.anyOf !== undefined
    )
      return false;
    if (k.allOf === undefined) return true;
    if (!Array.isArray(k.allOf)) return false;
    return k.allOf.every((m, i) =>
      untyped({ node: m, pointer: child(r.pointer, 'allOf', String(i)) }, depth + 1),
    );
  };
  return untyped({ node: view.node, pointer: view.pointer }, 0);
}

/** The view with the types of its listed values (`enum`, `const`) when it declares none. */
function withValueTypes(view: SchemaView): SchemaView {
  if (view.types !== undefined) return view;
  const k = view.keywords;
  const values = Array.isArray(k.enum) ? k.enum : 'const' in k ? [k.const] : undefined;
  if (!values || values.length === 0) return view;
  let types = 0;
  for (const v of values) {
    if (v === null) types |= NULL;
    else if (Array.isArray(v)) types |= ARRAY;
    else if (typeof v === 'object') types |= OBJECT;
    else if (typeof v === 'number') types |= Number.isInteger(v) ? INTEGER : NUMBER;
    else if (typeof v === 'string') types |= STRING;
    else if (typeof v === 'boolean') types |= bit('boolean');
  }
  if (k.nullable === true) types |= NULL;
  return { ...view, types };
}

/** As deep as the view merges `allOf` members. */
const UNTYPED_DEPTH = 64;

/** True when every value valid under `inner`'s type and format is valid under `outer`'s. */
function covers(outer: SchemaView, inner: SchemaView): boolean {
  const restricting = (f: string | undefined) => (f !== undefined && SIZE_FORMATS.has(f) ? undefined : f);
  const outerFormat = restricting(outer.format);
  if (outerFormat !== undefined && outerFormat !== restricting(inner.format)) return false;
  if (outer.types === undefined) return true;
  if (inner.types === undefined) return false;
  let missing = inner.types & ~outer.types;
  if (outer.types & NUMBER) missing &= ~INTEGER;
  return missing === 0;
}

function describeType(view: SchemaView): string {
  const mask = view.types;
  const types =
    mask === undefined ? 'any' : mask === 0 ? 'nothing' : TYPES.filter((_, i) => mask & (1 << i)).join(' | ');
  return view.format ? `${types} (${view.format})` : types;
}

function list(values: readonly string[]): string {
  return [...values].sort().join(', ');
}

/** Whether a view's variants are its `oneOf` members or its `anyOf` members. */
function variantKeyword(view: SchemaView): 'oneOf' | 'anyOf' | undefined {
  const first = view.variants?.[0];
  if (!first) return undefined;
  return first.pointer.endsWith('/oneOf/0') ? 'oneOf' : 'anyOf';
}

/** `a`, `a and b`, `a, b and c`, in the order given. */
function listInOrder(values: readonly string[]): string {
  if (values.length < 2) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/**
 * How deep walks judging one schema against another (`accepts`, `contained`) may nest through
 * the reference pairs they reach; a pair first walked at that depth keeps what it found there.
 */
const SUBWALK_DEPTH = 32;
/** A `oneOf` of more members than this is not looked at for overlaps (`compareOneOfOverlap`). */
const OVERLAP_MEMBERS = 64;
/** How many (values, member) pairs one `oneOf` tries to prove at most. */
const OVERLAP_PROOFS = 64;
/** How many proofs of containment one comparer makes at most, over all documents' `oneOf`s. */
const PROOF_BUDGET = 2_000;
/**
 * How deep proofs may nest (a proof reaching a reference pair that looks at a `oneOf` of its own).
 * A pair first walked at that depth keeps the findings it had without the deeper proofs.
 */
const PROOF_DEPTH = 4;

/**
 * Rules whose findings, on the side that receives values, leave every value accepted before
 * accepted (`contained`): a property made optional, a type, enum value or bound widened, a
 * pattern or keyword dropped, a relaxed multipleOf, uniqueItems or dependentRequired, and
 * annotations, which accept or refuse nothing; but not readOnly gained or lost, under which a
 * property's schema is not compared.
 */
const PROOF_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'request-field-made-optional',
  'request-type-widened',
  'request-enum-value-added',
  'request-pattern-removed',
  'request-schema-keyword-removed',
  'unique-items-relaxed',
  'multiple-of-relaxed',
  'dependent-required-relaxed',
  ...BOUNDS.map(
    ([keyword, kind]) => `request-${kebab(keyword)}-${kind === 'min' ? 'decreased' : 'increased'}` as RuleId,
  ),
  ...(Object.keys(RULES) as RuleId[]).filter(
    (id) =>
      (RULES[id] as RuleInfo).annotation &&
      id !== 'request-field-became-read-only' &&
      id !== 'request-read-only-removed',
  ),
]);

/** Whether a finding of a proof's walk leaves every value accepted before accepted (`contained`). */
function proves(finding: Finding): boolean {
  if (PROOF_RULES.has(finding.rule)) return true;
  const listed = finding.rule === 'request-field-added-optional' || finding.rule === 'request-field-removed';
  return listed && (finding.admits === 'more' || finding.admits === 'same');
}

/** Keywords an `allOf` merge combines rather than keeps the first of (`mergeLoses`). */
const MERGED_KEYWORDS = new Set(['type', 'required', 'allOf', 'properties', ...ANNOTATIONS]);

/**
 * Whether the view of `node` (a head schema with `allOf`) drops a constraint: a keyword other
 * than those merged (`MERGED_KEYWORDS`) or a property said in two of the node and its members,
 * or a member with an `allOf` of its own (not looked into). Annotations and `x-` keys aside.
 */
function mergeLoses(doc: Document, node: JsonObject, pointer: string): boolean {
  const keys = new Set<string>();
  const names = new Set<string>();
  const parts: unknown[] = [node, ...(node.allOf as unknown[])];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    if (i > 0) {
      const r = doc.resolve({ node: part, pointer: child(pointer, 'allOf', String(i - 1)) });
      if (r.unresolved !== undefined) continue;
      part = r.node;
      if (isObject(part) && part.allOf !== undefined) return true;
    }
    if (!isObject(part)) continue;
    for (const key of Object.keys(part)) {
      if (key.startsWith('x-')) continue;
      if (key === 'properties' && isObject(part.properties)) {
        for (const name of Object.keys(part.properties)) {
          if (names.has(name)) return true;
          names.add(name);
        }
      }
      if (MERGED_KEYWORDS.has(key)) continue;
      if (keys.has(key)) return true;
      keys.add(key);
    }
  }
  return false;
}

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
import { lifecycleChanges, STABILITY, stability } from './lifecycle';
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
 * the product of the variants at every level, and it nests through the call stack. Past this
 * many checks inside one another, or once the checks of one diff have compared more pairs of
 * schema nodes than ACCEPTS_WORK plus those the rest of the diff compared (so the checks at most
 * double the work, however large a real document), a left-over variant is taken as not
 * accepted: reported, as a variant added or removed is. Real documents stay far below both.
 */
const ACCEPTS_DEPTH = 8;
const ACCEPTS_WORK = 50_000;

export class SchemaComparer {
  private readonly pairs = new Map<string, Pair>();
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
  /** How many pairs of schema nodes were compared: tests hold it linear in the documents. */
  comparisons = 0;
  /** How many pairs of objects `same` looked at (its shortcut for what did not change): held linear too. */
  sameSteps = 0;
  /** How many pairs of reference targets were compared as text (`equalTargets`): held linear too. */
  targetChecks = 0;
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
   * findings are listed, so an operation pays for the changes it reaches, not for the schemas.
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
      if (walk.findings.length > 0) reached.push({ key: k, at, findings: walk.findings });
      stack.push({ walk, at, next: 0 });
    };
    enter(key, '');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = top.walk.edges[top.next++];
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
      const { seen, depth, textual, negatedFrom } = this;
      this.seen = new Set([`${pair.base.pointer}\n${pair.head.pointer}`]);
      this.depth = 0;
      this.textual = pair.textual;
      this.negatedFrom = pair.negatedFrom;
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

  /** True when comparing `b` with `h` finds nothing breaking or worth a warning: what was valid stays valid. */
  private accepts(b: Located, h: Located, direction: Direction): boolean {
    const allowed = ACCEPTS_WORK + (this.comparisons - this.acceptsWork);
    if (this.acceptsDepth >= ACCEPTS_DEPTH || this.acceptsWork >= allowed) return false;
    const seen = this.seen;
    const depth = this.depth;
    this.acceptsDepth++;
    try {
      this.seen = new Set();
      this.depth = 0;
      const walk: Walk = { findings: [], edges: [] };
      this.compare(b, h, direction, '', walk);
      const breaking = (findings: readonly Finding[]) => findings.some((f) => RULES[f.rule].level !== 'info');
      if (breaking(walk.findings)) return false;
      for (const edge of walk.edges) {
        if (this.reach(edge.key).some((r) => breaking(r.findings))) return false;
      }
      return true;
    } finally {
      this.acceptsDepth--;
      this.seen = seen;
      this.depth = depth;
    }
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
    // Equal content, key order aside.
    pair(
      (x) =>
        refOf(x.v.node) === undefined && x.r.unresolved === undefined ? contentKey(x.r.node) : undefined,
      false,
    );
    pair((x, _, views) => {
      const types = x.r.unresolved === undefined ? views.of(x.r).types : undefined;
      return types === undefined ? undefined : String(types);
    }, true);
    // A variant left over on the side clients send may still be accepted whole by another one
    // (two variants merged into one): only one that no counterpart takes is reported.
    const response = direction === 'response';
    for (const i of left) {
      if (!response && hv.some((y, j) => !keptH.has(j) && this.accepts(bv[i]!.v, y.v, direction))) continue;
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
    const text = textAt(this.textual, at);
    const sentValue = (sent.types ?? 0) & ~NULL;
    const takesText =
      text &&
      accepted.types !== undefined &&
      (accepted.types & ~NULL) === STRING &&
      accepted.format === undefined &&
      sent.types !== undefined &&
      sentValue !== 0 &&
      !(sent.variants !== undefined && sent.keywords.type === undefined) &&
      // An array or an object is several values (`a,b`, `?a=1&a=2`, `x[k]=v`), never one string,
      // except as the whole text of a body: `<a><b>1</b></a>` or `a=1&b=2` read as one string.
      ((sentValue & (ARRAY | OBJECT)) === 0 || (this.textual === 'body' && at === '')) &&
      ((sent.types & NULL) === 0 || (accepted.types & NULL) !== 0);
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
      const tighter = isTighter(kind, bb, hb);
      const word = (kind === 'min') === tighter ? 'increased' : 'decreased';
      const rule = `${side}-${kebab(keyword)}-${word}` as RuleId;
      const text = `${keyword} changed from ${describeBound(bb)} to ${describeBound(hb)}`;
      found(walk, rule, at, h.pointer, text);
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
    const options = { today: this.today, stability: false };
    for (const change of lifecycleChanges(b.keywords, hk, options))
      found(walk, change.rule, at, child(h.pointer, change.keyword), change.text);
    const bs = stability(b.keywords['x-stability-level']);
    const hs = stability(hk['x-stability-level']);
    if (bs && hs && STABILITY.indexOf(hs) < STABILITY.indexOf(bs)) {
      const location = child(h.pointer, 'x-stability-level');
      found(walk, 'property-stability-decreased', at, location, `stability went down from ${bs} to ${hs}`);
    }
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
      if (!baseVisible && bp === undefined && wasRequired && !negated && b.additionalProperties !== false) {
        // Required before without a schema of its own: it was there, of whatever the other
        // properties could be. What changed is its schema (and whether it is still required).
        const before = b.additionalProperties ?? { node: {}, pointer: child(b.pointer, 'required') };
        if (!required)
          found(
            walk,
            response ? 'response-field-made-optional' : 'request-field-made-optional',
            path,
            hp.pointer,
            response ? 'may now be absent' : 'is no longer required',
          );
        this.compare(before, hp, direction, path, walk);
        continue;
      }
      if (!baseVisible) {
        // What the change does to the values matters only under `not` (`negateFindings`).
        const admits = negated ? nameAdmits(b, h, name, undefined, hp) : undefined;
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
      if (!response && required && !wasRequired) {
        found(walk, 'request-body-required-field-added', path, hp.pointer, 'is now required');
      } else if (!response && !required && wasRequired) {
        found(walk, 'request-field-made-optional', path, hp.pointer, 'is no longer required');
      } else if (response && wasRequired && !required) {
        found(walk, 'response-field-made-optional', path, hp.pointer, 'may now be absent');
      } else if (response && !wasRequired && required) {
        found(walk, 'response-field-made-required', path, hp.pointer, 'is now always present');
      }
      this.compare(bp!, hp, direction, path, walk);
    }
    const negated = this.negatedFrom !== undefined;
    for (const [name, bp] of b.properties) {
      if (h.properties.has(name) || (!negated && !this.visible(this.base, bp, direction))) continue;
      const rule = response
        ? b.required.has(name)
          ? 'response-field-removed'
          : 'response-optional-field-removed'
        : 'request-field-removed';
      found(
        walk,
        rule,
        joinPath(at, name),
        bp.pointer,
        'was removed',
        negated ? nameAdmits(b, h, name, bp, undefined) : undefined,
      );
    }
    // Names required by this schema but defined elsewhere (in an `allOf` reference member). Under
    // `not` either way counts on either side: the negated schema admits fewer or more values.
    for (const name of h.required) {
      if (b.required.has(name) || h.properties.has(name) || b.properties.has(name)) continue;
      if (!response)
        found(walk, 'request-body-required-field-added', joinPath(at, name), h.pointer, 'is now required');
      else if (negated)
        found(
          walk,
          'response-field-made-required',
          joinPath(at, name),
          h.pointer,
          'is now required',
          'fewer',
        );
    }
    for (const name of b.required) {
      if (h.required.has(name) || h.properties.has(name) || b.properties.has(name)) continue;
      if (response)
        found(walk, 'response-field-made-optional', joinPath(at, name), h.pointer, 'may now be absent');
      else if (negated)
        found(
          walk,
          'request-field-made-optional',
          joinPath(at, name),
          h.pointer,
          'is no longer required',
          'more',
        );
    }
  }

  /** Read-only properties are not sent by clients; write-only ones are not returned by servers. */
  private visible(doc: Document, property: Located, direction: Direction): boolean {
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
    if (x === y) continue;
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
 */
function nameAdmits(
  base: SchemaView,
  head: SchemaView,
  name: string,
  bp: Located | undefined,
  hp: Located | undefined,
): Admits {
  const rb = base.required.has(name);
  const rh = head.required.has(name);
  const absent: Admits = rb === rh ? 'same' : rb ? 'more' : 'fewer';
  const before = bp ? listedKind(bp.node) : unlisted(base);
  const after = hp ? listedKind(hp.node) : unlisted(head);
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
  if (absent === 'same' || present === 'unknown') return present;
  if (present === 'same' || present === absent) return absent;
  return 'both';
}

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
  return kind === 'other' ? 'unknown' : kind;
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

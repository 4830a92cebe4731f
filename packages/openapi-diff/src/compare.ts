/**
 * Compares the schemas of a request, parameter or response. Where both sides are `$ref`s, the
 * comparison stops at an edge to the (base target, head target) pair; each pair is compared once,
 * lazily, and its findings are shared by every operation that reaches it. Following edges with a
 * visited set per operation reports a change once per place it is used, and ends in cycles.
 */
import { type Document, isObject, type Located, refOf } from './document';
import type { RuleId } from './rules';
import { bit, type SchemaView, TYPES, Views } from './view';

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
}

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

interface Pair {
  readonly base: Located;
  readonly head: Located;
  readonly direction: Direction;
  walk?: Walk;
  reach?: readonly Reached[];
}

export class SchemaComparer {
  private readonly pairs = new Map<string, Pair>();
  private readonly baseViews: Views;
  private readonly headViews: Views;

  constructor(
    private readonly base: Document,
    private readonly head: Document,
  ) {
    this.baseViews = new Views(base);
    this.headViews = new Views(head);
  }

  /** Compares two schemas (either may be a `$ref`) into `walk`. */
  compare(b: Located, h: Located, direction: Direction, at: string, walk: Walk): void {
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
    if (baseRef === undefined || headRef === undefined) {
      this.compareViews(this.baseViews.of(baseTarget), this.headViews.of(headTarget), direction, at, walk);
      return;
    }
    const key = `${direction}\n${baseTarget.pointer}\n${headTarget.pointer}`;
    if (!this.pairs.has(key)) this.pairs.set(key, { base: baseTarget, head: headTarget, direction });
    walk.edges.push({ at, key });
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
      this.compareViews(this.baseViews.of(pair.base), this.headViews.of(pair.head), pair.direction, '', walk);
    }
    return pair;
  }

  private compareViews(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    this.compareTypes(b, h, direction, at, walk);
    this.compareEnums(b, h, direction, at, walk);
    this.compareProperties(b, h, direction, at, walk);
    if (b.items && h.items) this.compare(b.items, h.items, direction, joinPath(at, '[]'), walk);
    if (b.additionalProperties && h.additionalProperties) {
      this.compare(b.additionalProperties, h.additionalProperties, direction, joinPath(at, '*'), walk);
    }
    if (b.variants && h.variants && b.variants.length === h.variants.length) {
      for (let i = 0; i < b.variants.length; i++)
        this.compare(b.variants[i]!, h.variants[i]!, direction, at, walk);
    }
  }

  private compareTypes(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    // What the receiver accepted must still cover what the sender may send.
    const response = direction === 'response';
    const accepted = response ? b : h;
    const sent = response ? h : b;
    if (covers(accepted, sent) && covers(sent, accepted)) return;
    const rule = !covers(accepted, sent)
      ? typeRule(direction)
      : response
        ? 'response-type-narrowed'
        : 'request-type-widened';
    found(walk, rule, at, h.pointer, `type changed from ${describeType(b)} to ${describeType(h)}`);
  }

  private compareEnums(b: SchemaView, h: SchemaView, direction: Direction, at: string, walk: Walk): void {
    const response = direction === 'response';
    if (b.enum && h.enum) {
      const added = [...h.enum].filter((v) => !b.enum!.has(v));
      const removed = [...b.enum].filter((v) => !h.enum!.has(v));
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
      const rule = response ? 'response-enum-value-added' : 'request-type-widened';
      found(walk, rule, at, h.pointer, `is no longer limited to ${list([...b.enum])}`);
    } else if (h.enum) {
      const rule = response ? 'response-type-narrowed' : typeRule(direction);
      found(walk, rule, at, h.pointer, `is now limited to ${list([...h.enum])}`);
    }
  }

  private compareProperties(
    b: SchemaView,
    h: SchemaView,
    direction: Direction,
    at: string,
    walk: Walk,
  ): void {
    if (b.properties.size === 0 && h.properties.size === 0) return;
    const response = direction === 'response';
    for (const [name, hp] of h.properties) {
      if (!this.visible(this.head, hp, direction)) continue;
      const bp = b.properties.get(name);
      const required = h.required.has(name);
      const path = joinPath(at, name);
      if (!bp || !this.visible(this.base, bp, direction)) {
        if (response) found(walk, 'response-field-added', path, hp.pointer, 'was added');
        else if (required)
          found(walk, 'request-body-required-field-added', path, hp.pointer, 'was added and is required');
        else found(walk, 'request-field-added-optional', path, hp.pointer, 'was added (optional)');
        continue;
      }
      const wasRequired = b.required.has(name);
      if (!response && required && !wasRequired) {
        found(walk, 'request-body-required-field-added', path, hp.pointer, 'is now required');
      } else if (response && wasRequired && !required) {
        found(walk, 'response-field-made-optional', path, hp.pointer, 'may now be absent');
      }
      this.compare(bp, hp, direction, path, walk);
    }
    for (const [name, bp] of b.properties) {
      const hp = h.properties.get(name);
      if ((hp && this.visible(this.head, hp, direction)) || !this.visible(this.base, bp, direction)) continue;
      const rule = response ? 'response-field-removed' : 'request-field-removed';
      found(walk, rule, joinPath(at, name), bp.pointer, 'was removed');
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

function found(walk: Walk, rule: RuleId, at: string, location: string, text: string): void {
  walk.findings.push({ rule, at, location, text });
}

function typeRule(direction: Direction): RuleId {
  if (direction === 'response') return 'response-type-changed';
  return direction === 'parameter' ? 'parameter-type-changed' : 'request-type-changed';
}

const INTEGER = bit('integer');
const NUMBER = bit('number');

/** True when every value valid under `inner`'s type and format is valid under `outer`'s. */
function covers(outer: SchemaView, inner: SchemaView): boolean {
  if (outer.format !== undefined && outer.format !== inner.format) return false;
  if (outer.types === undefined) return true;
  if (inner.types === undefined) return false;
  let missing = inner.types & ~outer.types;
  if (outer.types & NUMBER) missing &= ~INTEGER;
  return missing === 0;
}

function describeType(view: SchemaView): string {
  const mask = view.types;
  const types = mask === undefined ? 'any' : TYPES.filter((_, i) => mask & (1 << i)).join(' | ');
  return view.format ? `${types} (${view.format})` : types;
}

function list(values: readonly string[]): string {
  return [...values].sort().join(', ');
}

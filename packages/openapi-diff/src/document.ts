/** A parsed OpenAPI document, with lazy, memoised resolution of local `$ref`s. */
import { appendPointer, unescapeSegment } from '@maint-actions/core/json-pointer';
import { AMBIGUOUS, indexRefs, type RefIndex, refText } from './resources';

/** A node of a document together with its JSON pointer. */
export interface Located {
  readonly node: unknown;
  readonly pointer: string;
}

/** Where a chain of `$ref`s led: the target, or the reference that could not be followed. */
export type Resolved = (Located & { readonly unresolved?: undefined }) | { readonly unresolved: string };

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The pointer to a child of the node at `pointer`. */
export function child(pointer: string, ...segments: string[]): string {
  let out = pointer;
  for (const segment of segments) out = appendPointer(out, segment);
  return out;
}

/** The `$ref` of a node, when it is a reference object (a `$dynamicRef` counts: src/resources.ts). */
export function refOf(node: unknown): string | undefined {
  return isObject(node) ? refText(node) : undefined;
}

/** Keywords beside a `$ref` that change nothing a client sees. */
const REF_ANNOTATIONS = new Set([
  '$ref',
  '$dynamicRef',
  'description',
  'summary',
  'title',
  '$comment',
  'example',
  'examples',
]);

/** Where a reference leads to a schema of its own (a component, a `$defs` entry). */
const SCHEMA_HOMES = /^\/components\/schemas\/[^/]+$|\/\$defs\/[^/]+$/;

export class Document {
  private readonly targets = new Map<string, Resolved>();
  /** Per `$ref` node with siblings, its inline form: one object per node, whatever pointer reaches it. */
  private readonly withSiblings = new WeakMap<object, JsonObject>();
  /** OpenAPI 3.1: keywords beside a schema's `$ref` apply too (JSON Schema 2020-12); in 3.0 they are ignored. */
  private readonly refSiblings: boolean;
  /** Where `$anchor`, `$id`-relative and other non-pointer references lead; built on first need. */
  private refIndex: RefIndex | undefined;
  /** Per `#/…` reference text: whether the document's root has that pointer. */
  private readonly rootPointers = new Map<string, boolean>();

  constructor(readonly root: JsonObject) {
    this.refSiblings = typeof root.openapi === 'string' && !root.openapi.startsWith('3.0');
  }

  /**
   * A schema written as a `$ref` with other keywords beside it (3.1) as the inline schema it
   * means, `{allOf: [{$ref}], ...keywords}`, at the same pointer; any other node as it is.
   */
  schema(located: Located): Located {
    const ref = refOf(located.node);
    if (ref === undefined || !this.constrainsBesideRef(located.node as JsonObject)) return located;
    let inline = this.withSiblings.get(located.node as JsonObject);
    if (!inline) {
      const { $ref: _, $dynamicRef: __, allOf, ...siblings } = located.node as JsonObject;
      const members = [{ $ref: this.local(located.node, ref) }, ...(Array.isArray(allOf) ? allOf : [])];
      inline = { ...siblings, allOf: members };
      this.withSiblings.set(located.node as JsonObject, inline);
    }
    return { node: inline, pointer: located.pointer };
  }

  /** Whether the keywords this document applies beside a `$ref` (3.1) do more than annotate. */
  readsRefSiblings(): boolean {
    return this.refSiblings;
  }

  private constrainsBesideRef(node: JsonObject): boolean {
    if (!this.refSiblings) return false;
    const keys = Object.keys(node);
    return keys.length > 1 && !keys.every((k) => REF_ANNOTATIONS.has(k));
  }

  /** Follows `$ref`s from `located` until a node that is not a reference. */
  resolve(located: Located): Resolved {
    const ref = refOf(located.node);
    return ref === undefined ? located : this.target(this.local(located.node, ref));
  }

  /**
   * The reference `ref` written in `node` as a local `#/…` pointer when it is an `$anchor`, an
   * `$id`-relative or another non-pointer reference that leads into this document; else as written.
   */
  local(node: unknown, ref: string): string {
    // A `#/…` pointer the root has is the root's (decision 69); else, inside an `$id` resource, the resource's own.
    if (ref.startsWith('#/') && this.rootHas(ref)) return ref;
    return this.index().holders.get(node as object) ?? ref;
  }

  private rootHas(ref: string): boolean {
    let known = this.rootPointers.get(ref);
    if (known === undefined) {
      known = this.lookup(ref) !== undefined;
      this.rootPointers.set(ref, known);
    }
    return known;
  }

  private index(): RefIndex {
    this.refIndex ??= indexRefs(this.root);
    return this.refIndex;
  }

  /** The final target of a reference, memoised; chains and loops of references are handled. */
  target(ref: string): Resolved {
    const known = this.targets.get(ref);
    if (known) return known;
    // Follow the chain in a loop (a chain of thousands of references must not use the call
    // stack), then record its end for every reference on it. A loop ends as unresolved.
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current = ref;
    let resolved: Resolved;
    for (;;) {
      const cached = this.targets.get(current);
      if (cached) {
        resolved = cached;
        break;
      }
      if (onChain.has(current)) {
        resolved = { unresolved: ref };
        break;
      }
      chain.push(current);
      onChain.add(current);
      const found = this.lookup(current);
      const nextRef = found && refOf(found.node);
      const next = nextRef === undefined ? undefined : this.local(found!.node, nextRef);
      if (!found) {
        resolved = { unresolved: current };
        break;
      }
      if (next === undefined) {
        resolved = found;
        break;
      }
      // A schema component that is a `$ref` with constraints beside it (3.1) is where the chain
      // ends: what it means is its own inline form, not the bare target further on.
      if (SCHEMA_HOMES.test(found.pointer) && this.constrainsBesideRef(found.node as JsonObject)) {
        resolved = this.schema(found);
        break;
      }
      current = next;
    }
    for (const link of chain) this.targets.set(link, resolved);
    return resolved;
  }

  private lookup(ref: string): Located | undefined {
    if (!ref.startsWith('#/')) {
      const local = this.index().texts.get(ref);
      if (local === undefined || local === null || local === AMBIGUOUS) return undefined;
      ref = local;
    }
    let node: unknown = this.root;
    let pointer = '';
    for (const raw of ref.slice(2).split('/')) {
      const segment = unescapeSegment(safeDecode(raw));
      if (Array.isArray(node)) node = node[Number(segment)];
      else if (isObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
      else return undefined;
      if (node === undefined) return undefined;
      pointer = child(pointer, segment);
    }
    return { node, pointer };
  }
}

/**
 * Any value of a document as message text, without throwing: a string as it is, anything else
 * as JSON (`jsonText`). `String(value)` throws on a mapping with a `toString` key
 * (`{toString: 1}`).
 */
export function shown(value: unknown): string {
  return typeof value === 'string' ? value : jsonText(value);
}

/**
 * `JSON.stringify(value)` that never throws: JSON.stringify recurses, so a value nested some
 * thousands deep exhausts the call stack, and one that contains itself (YAML aliases) throws.
 * Those are written out on an explicit stack, an object inside itself as `{"$ref":"#cycle"}`.
 */
export function jsonText(value: unknown): string {
  try {
    // `undefined` (a keyword absent) stays apart from `null`, as `JSON.stringify` keeps it.
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return deepJsonText(value);
  }
}

/**
 * A value as text that is equal for equal values, key order aside (`{a: 1, b: 2}` and
 * `{b: 2, a: 1}` are one value): JSON with each object's keys sorted, written on an explicit
 * stack like `deepJsonText`, an object inside itself as `{"$ref":"#cycle"}`. For comparing
 * values (enum, const, default), never for showing them.
 */
export function contentKey(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return nonFinite(value);
  if (typeof value !== 'object' || value === null) return jsonText(value);
  return deepJsonText(value, true);
}

/** `Infinity`, `-Infinity` and `NaN` (YAML `.inf`, `-.inf`, `.nan`) as keys apart from null and each other. */
function nonFinite(value: number): string {
  return `{"$number":"${String(value)}"}`;
}

function deepJsonText(root: unknown, sorted = false): string {
  const out: string[] = [];
  const open = new Set<object>();
  // Each entry is a value to write, a text to write, or the end of an object (its closing text).
  type Step = { value: unknown } | { text: string } | { end: string; node: object };
  const stack: Step[] = [{ value: root }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if ('text' in top) {
      out.push(top.text);
      continue;
    }
    if ('end' in top) {
      out.push(top.end);
      open.delete(top.node);
      continue;
    }
    const value = top.value;
    if (typeof value !== 'object' || value === null) {
      out.push(
        sorted && typeof value === 'number' && !Number.isFinite(value)
          ? nonFinite(value)
          : (JSON.stringify(value) ?? 'null'),
      );
      continue;
    }
    if (open.has(value)) {
      out.push('{"$ref":"#cycle"}');
      continue;
    }
    open.add(value);
    const array = Array.isArray(value);
    // As JSON writes an object: a key whose value is `undefined` is no key (only objects built in
    // code have one).
    const entries =
      sorted && !array ? Object.entries(value).filter(([, v]) => v !== undefined) : Object.entries(value);
    if (sorted && !array) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.push(array ? '[' : '{');
    stack.push({ end: array ? ']' : '}', node: value });
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      stack.push({ value: item });
      const separator = i > 0 ? ',' : '';
      if (!array) stack.push({ text: `${separator}${JSON.stringify(key)}:` });
      else if (separator) stack.push({ text: separator });
    }
  }
  return out.join('');
}

/** A `$ref` segment percent-decoded, or as written when it is not valid percent-encoding. */
export function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

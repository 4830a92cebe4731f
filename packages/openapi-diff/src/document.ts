/** A parsed OpenAPI document, with lazy, memoised resolution of local `$ref`s. */
import { appendPointer, unescapeSegment } from '@maint-actions/core/json-pointer';

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

/** The `$ref` of a node, when it is a reference object. */
export function refOf(node: unknown): string | undefined {
  return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}

/** Keywords beside a `$ref` that change nothing a client sees. */
const REF_ANNOTATIONS = new Set([
  '$ref',
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
      const { $ref: _, allOf, ...siblings } = located.node as JsonObject;
      const members = [{ $ref: ref }, ...(Array.isArray(allOf) ? allOf : [])];
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
    return ref === undefined ? located : this.target(ref);
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
      const next = found && refOf(found.node);
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
    if (!ref.startsWith('#/')) return undefined;
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
 * as JSON. `String(value)` throws on a mapping with a `toString` key (`{toString: 1}`), and
 * `JSON.stringify` on an object that contains itself (YAML aliases).
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
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

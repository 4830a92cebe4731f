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

export class Document {
  private readonly targets = new Map<string, Resolved>();

  constructor(readonly root: JsonObject) {}

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

function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

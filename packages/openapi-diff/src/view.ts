/**
 * The normalised view of one schema, the same for OpenAPI 3.0 and 3.1: a set of types with
 * `null` folded in (`nullable: true` or `type: [x, 'null']`), enum values without `null`, and
 * the properties and `required` of `allOf` members merged in.
 */
import { child, type Document, isObject, type JsonObject, type Located } from './document';

export interface SchemaView {
  readonly pointer: string;
  /** The allowed types as a mask of `TYPES` bits; undefined when the schema does not restrict the type. */
  readonly types: number | undefined;
  readonly format: string | undefined;
  /** Allowed values as JSON text, without `null` (nullability lives in `types`). */
  readonly enum: ReadonlySet<string> | undefined;
  readonly properties: ReadonlyMap<string, Located>;
  readonly required: ReadonlySet<string>;
  readonly items: Located | undefined;
  readonly additionalProperties: Located | undefined;
  /** The `oneOf` or `anyOf` branches. */
  readonly variants: readonly Located[] | undefined;
}

type MutableView = { -readonly [K in keyof SchemaView]: SchemaView[K] };

/** The JSON Schema types, alphabetically: bit `1 << i` stands for `TYPES[i]`. */
export const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] as const;
const BITS = new Map<unknown, number>(TYPES.map((type, i) => [type, 1 << i]));

/** The bit of one type. */
export function bit(type: (typeof TYPES)[number]): number {
  return BITS.get(type) ?? 0;
}

const NO_PROPERTIES: ReadonlyMap<string, Located> = new Map();
const NO_NAMES: ReadonlySet<string> = new Set();

/** Builds the view of a resolved, non-reference schema of one document. */
export class Views {
  constructor(private readonly doc: Document) {}

  // Not memoised: each pair of components is compared once, and inline schemas are met once.
  of(located: Located): SchemaView {
    const node = located.node;
    if (!isObject(node)) return emptyView(located.pointer);
    return this.build(node, located.pointer);
  }

  private build(node: JsonObject, pointer: string, seen?: Set<string>): MutableView {
    const view: MutableView = {
      pointer,
      types: typesOf(node),
      format: typeof node.format === 'string' ? node.format : undefined,
      enum: enumOf(node),
      properties: NO_PROPERTIES,
      required: Array.isArray(node.required)
        ? new Set(node.required.filter((r) => typeof r === 'string'))
        : NO_NAMES,
      items: isObject(node.items) ? { node: node.items, pointer: child(pointer, 'items') } : undefined,
      additionalProperties: isObject(node.additionalProperties)
        ? { node: node.additionalProperties, pointer: child(pointer, 'additionalProperties') }
        : undefined,
      variants: variantsOf(node, pointer),
    };
    if (isObject(node.properties)) {
      const at = child(pointer, 'properties');
      const properties = new Map<string, Located>();
      for (const [name, schema] of Object.entries(node.properties)) {
        properties.set(name, { node: schema, pointer: child(at, name) });
      }
      view.properties = properties;
    }
    if (Array.isArray(node.allOf)) this.mergeAllOf(view, node.allOf, pointer, seen ?? new Set([pointer]));
    if (view.types === undefined && (view.properties.size > 0 || view.additionalProperties))
      view.types = bit('object');
    if (view.types === undefined && view.items) view.types = bit('array');
    if (node.nullable === true && view.types !== undefined) view.types |= bit('null');
    return view;
  }

  /** Members add what the schema itself does not say; properties and `required` are combined. */
  private mergeAllOf(view: MutableView, members: unknown[], pointer: string, seen: Set<string>): void {
    const properties = new Map(view.properties);
    const required = new Set(view.required);
    members.forEach((member, index) => {
      const resolved = this.doc.resolve({ node: member, pointer: child(pointer, 'allOf', String(index)) });
      if (resolved.unresolved !== undefined || !isObject(resolved.node) || seen.has(resolved.pointer)) return;
      seen.add(resolved.pointer);
      const part = this.build(resolved.node, resolved.pointer, seen);
      view.types ??= part.types;
      view.format ??= part.format;
      view.enum ??= part.enum;
      view.items ??= part.items;
      view.additionalProperties ??= part.additionalProperties;
      view.variants ??= part.variants;
      for (const [name, located] of part.properties) {
        if (!properties.has(name)) properties.set(name, located);
      }
      for (const name of part.required) required.add(name);
    });
    view.properties = properties;
    view.required = required;
  }
}

function emptyView(pointer: string): SchemaView {
  return {
    pointer,
    types: undefined,
    format: undefined,
    enum: undefined,
    properties: NO_PROPERTIES,
    required: NO_NAMES,
    items: undefined,
    additionalProperties: undefined,
    variants: undefined,
  };
}

/** The mask of `type` (a name or, in 3.1, a list of names); unknown names restrict nothing. */
function typesOf(node: JsonObject): number | undefined {
  const names: unknown[] = Array.isArray(node.type) ? node.type : [node.type];
  let mask = 0;
  for (const name of names) mask |= BITS.get(name) ?? 0;
  return mask === 0 ? undefined : mask;
}

function enumOf(node: JsonObject): Set<string> | undefined {
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  if (!values) return undefined;
  return new Set(values.filter((v) => v !== null).map((v) => JSON.stringify(v)));
}

function variantsOf(node: JsonObject, pointer: string): Located[] | undefined {
  const key = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
  if (!key) return undefined;
  return (node[key] as unknown[]).map((schema, index) => ({
    node: schema,
    pointer: child(pointer, key, String(index)),
  }));
}

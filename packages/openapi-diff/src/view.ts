/**
 * The normalised view of one schema, the same for OpenAPI 3.0 and 3.1: a set of types with
 * `null` folded in (`nullable: true` or `type: [x, 'null']`), enum values without `null`, and
 * the keywords of inline `allOf` members merged in. `allOf` members that are `$ref`s are kept
 * apart: the comparer matches them by reference and compares each pair once, which keeps the
 * work linear even when every schema extends the next one.
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
} from './document';

/** A lower or upper bound: the value and whether it is itself excluded. */
export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

export interface SchemaView {
  readonly pointer: string;
  /** The schema's own node, as written. */
  readonly node: JsonObject;
  /** The schema's own node and the inline `allOf` members merged into it: first one wins per keyword, but a bound takes the tightest (decision 95). */
  readonly keywords: JsonObject;
  /** The allowed types as a mask of `TYPES` bits; undefined when the schema does not restrict the type. */
  readonly types: number | undefined;
  readonly format: string | undefined;
  /**
   * Allowed values without `null` (nullability lives in `types`): each as JSON text, keyed by
   * its `contentKey`, so that a value written with its keys in another order is the same value.
   */
  readonly enum: ReadonlyMap<string, string> | undefined;
  readonly properties: ReadonlyMap<string, Located>;
  readonly required: ReadonlySet<string>;
  readonly items: Located | undefined;
  /** A schema, or `false` (no other properties), or undefined (anything). */
  readonly additionalProperties: Located | false | undefined;
  /** The `oneOf` or `anyOf` branches. */
  readonly variants: readonly Located[] | undefined;
  /** `allOf` members that are references, by reference, not merged. */
  readonly members: ReadonlyMap<string, Located>;
  readonly minimum: Bound | undefined;
  readonly maximum: Bound | undefined;
  /** `types` says array only because `items` is there (no `type` said so): objects still pass. */
  readonly arrayByItems?: boolean;
  /** Read from a 3.0 document, where `propertyNames` (like other 3.1 keywords) is not a keyword. */
  readonly version30?: boolean;
}

type MutableView = { -readonly [K in keyof SchemaView]: SchemaView[K] };

/**
 * A keyword's number, or undefined when it is none. NaN (YAML's `.nan`, or an object given by
 * an API caller) is no number: it bounds nothing, and it is not even equal to itself, so read as
 * a bound it made a document differ from itself.
 */
export function numeric(value: unknown): number | undefined {
  return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
}

/** The JSON Schema types, alphabetically: bit `1 << i` stands for `TYPES[i]`. */
export const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] as const;
const BITS = new Map<unknown, number>(TYPES.map((type, i) => [type, 1 << i]));

/** The bit of one type. */
export function bit(type: (typeof TYPES)[number]): number {
  return BITS.get(type) ?? 0;
}

const MERGE_DEPTH = 64;
const NO_PROPERTIES: ReadonlyMap<string, Located> = new Map();
const NO_NAMES: ReadonlySet<string> = new Set();

/** Builds the view of a resolved, non-reference schema of one document. */
export class Views {
  constructor(private readonly doc: Document) {}

  of(located: Located): SchemaView {
    const node = located.node;
    if (node === false) return { ...emptyView(located.pointer), types: 0 };
    if (!isObject(node)) return emptyView(located.pointer);
    const view = this.build(node, located.pointer, new Set([located.pointer]), 0, false);
    if (!this.doc.readsRefSiblings()) view.version30 = true;
    return view;
  }

  /**
   * The view with its reference members merged in too (all the way down, each member once):
   * used when the two sides' `allOf` references do not match one for one.
   */
  flattened(located: Located): SchemaView {
    const node = located.node;
    if (!isObject(node)) return this.of(located);
    const view = this.build(node, located.pointer, new Set([located.pointer]), 0, true);
    if (!this.doc.readsRefSiblings()) view.version30 = true;
    return view;
  }

  private build(
    node: JsonObject,
    pointer: string,
    seen: Set<string>,
    depth: number,
    all: boolean,
  ): MutableView {
    const view: MutableView = {
      pointer,
      node,
      keywords: node,
      types: typesOf(node),
      format: typeof node.format === 'string' ? node.format : undefined,
      enum: enumOf(node),
      properties: NO_PROPERTIES,
      required: Array.isArray(node.required)
        ? new Set(node.required.filter((r) => typeof r === 'string'))
        : NO_NAMES,
      items: isObject(node.items) ? { node: node.items, pointer: child(pointer, 'items') } : undefined,
      additionalProperties:
        node.additionalProperties === false
          ? false
          : isObject(node.additionalProperties)
            ? { node: node.additionalProperties, pointer: child(pointer, 'additionalProperties') }
            : undefined,
      variants: variantsOf(node, pointer),
      members: new Map(),
      minimum: boundOf(node, 'minimum', 'exclusiveMinimum'),
      maximum: boundOf(node, 'maximum', 'exclusiveMaximum'),
    };
    nullByValues(view, node);
    if (isObject(node.properties)) {
      const at = child(pointer, 'properties');
      const properties = new Map<string, Located>();
      for (const [name, schema] of Object.entries(node.properties)) {
        properties.set(name, { node: schema, pointer: child(at, name) });
      }
      view.properties = properties;
    }
    if (Array.isArray(node.allOf)) this.mergeAllOf(view, node.allOf, pointer, seen, depth, all);
    if (view.types === undefined && (view.properties.size > 0 || view.additionalProperties !== undefined))
      view.types = bit('object');
    if (view.types === undefined && view.items) {
      view.types = bit('array');
      view.arrayByItems = true;
    }
    if (view.variants && view.enum === undefined) this.collapseEnums(view);
    if (view.types === undefined && view.variants) view.types = this.variantTypes(view.variants);
    if (node.nullable === true && view.types !== undefined) view.types |= bit('null');
    return view;
  }

  /** `oneOf: [{enum: [a]}, {enum: [b]}]` (each variant values only) is `enum: [a, b]`. */
  private collapseEnums(view: MutableView): void {
    const values = new Map<string, string>();
    let types = 0;
    for (const variant of view.variants!) {
      const r = this.doc.resolve(variant);
      if (r.unresolved !== undefined || !isObject(r.node)) return;
      const own = enumOf(r.node);
      if (!own || r.node.properties !== undefined || r.node.items !== undefined) return;
      for (const [key, text] of own) values.set(key, text);
      types |= typesOf(r.node) ?? 0;
      if (r.node.nullable === true || (Array.isArray(r.node.enum) && r.node.enum.includes(null)))
        types |= bit('null');
    }
    view.enum = values;
    view.variants = undefined;
    if (view.types === undefined && types !== 0) view.types = types;
  }

  /** The union of the variants' own types, when every variant names its types. */
  private variantTypes(variants: readonly Located[]): number | undefined {
    let mask = 0;
    let onlyFalse = variants.length > 0;
    for (const variant of variants) {
      const resolved = this.doc.resolve(variant);
      // A `false` variant (3.1's boolean schema) admits nothing: it adds no type.
      if (resolved.unresolved === undefined && resolved.node === false) continue;
      onlyFalse = false;
      if (resolved.unresolved !== undefined || !isObject(resolved.node)) return undefined;
      let types = typesOf(resolved.node);
      if (
        types === undefined &&
        Array.isArray(resolved.node.enum) &&
        resolved.node.enum.every((v) => v === null)
      )
        types = bit('null');
      if (types === undefined && isObject(resolved.node.properties)) types = bit('object');
      if (types === undefined) return undefined;
      if (resolved.node.nullable === true) types |= bit('null');
      mask |= types;
    }
    // Nothing but `false` variants: nothing at all is admitted.
    return onlyFalse ? 0 : mask === 0 ? undefined : mask;
  }

  /** Inline members (all members when `all`) add what the schema itself does not say. */
  private mergeAllOf(
    view: MutableView,
    members: unknown[],
    pointer: string,
    seen: Set<string>,
    depth: number,
    all: boolean,
  ): void {
    const properties = new Map(view.properties);
    const required = new Set(view.required);
    const keywords: JsonObject = { ...view.keywords };
    const memberRefs = new Map<string, Located>();
    members.forEach((member, index) => {
      const at = child(pointer, 'allOf', String(index));
      const ref = refOf(member);
      if (ref !== undefined && !all) {
        memberRefs.set(ref, { node: member, pointer: at });
        return;
      }
      const resolved = this.doc.resolve({ node: member, pointer: at });
      // A `false` member (3.1's boolean schema) leaves nothing that all members accept.
      if (resolved.unresolved === undefined && resolved.node === false) view.types = 0;
      if (resolved.unresolved !== undefined || !isObject(resolved.node) || seen.has(resolved.pointer)) return;
      if (depth >= MERGE_DEPTH) {
        // As deep as no real allOf nests: an object that contains itself would branch without end.
        checkObjectCycles(this.doc.root);
        return;
      }
      seen.add(resolved.pointer);
      const part = this.build(resolved.node, resolved.pointer, seen, depth + 1, all);
      view.types =
        view.types === undefined
          ? part.types
          : part.types === undefined
            ? view.types
            : view.types & part.types;
      if (part.arrayByItems) view.arrayByItems = true;
      view.format ??= part.format;
      view.enum ??= part.enum;
      view.items ??= part.items;
      view.additionalProperties ??= part.additionalProperties;
      view.variants ??= part.variants;
      // Every member applies: of two bounds, the tighter one holds, whichever member says it.
      view.minimum = tighter('min', view.minimum, part.minimum);
      view.maximum = tighter('max', view.maximum, part.maximum);
      for (const [key, value] of Object.entries(part.keywords)) {
        if (!(key in keywords)) keywords[key] = value;
        else {
          const kind = COUNTS.get(key);
          const mine = numeric(keywords[key]);
          const theirs = numeric(value);
          // A count that is no number (a string, `.nan`) bounds nothing: the other member's holds.
          if (kind && mine === undefined && theirs !== undefined) keywords[key] = value;
          else if (kind && mine !== undefined && theirs !== undefined)
            keywords[key] = kind === 'min' ? Math.max(mine, theirs) : Math.min(mine, theirs);
        }
      }
      for (const [name, located] of part.properties) if (!properties.has(name)) properties.set(name, located);
      for (const name of part.required) required.add(name);
      for (const [ref, located] of part.members) if (!memberRefs.has(ref)) memberRefs.set(ref, located);
    });
    view.properties = properties;
    view.required = required;
    view.keywords = keywords;
    view.members = memberRefs;
  }
}

/** The bounds on a count (length, items, properties), by keyword: merged from `allOf` members, the tighter holds. */
const COUNTS = new Map<string, 'min' | 'max'>([
  ['minLength', 'min'],
  ['maxLength', 'max'],
  ['minItems', 'min'],
  ['maxItems', 'max'],
  ['minProperties', 'min'],
  ['maxProperties', 'max'],
  ['minContains', 'min'],
  ['maxContains', 'max'],
]);

/** Of two lower (`min`) or upper (`max`) bounds that both apply, the one that admits fewer values. */
function tighter(kind: 'min' | 'max', a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.value === b.value) return a.exclusive ? a : b;
  return (kind === 'min') === a.value > b.value ? a : b;
}

function emptyView(pointer: string): MutableView {
  return {
    pointer,
    node: {},
    keywords: {},
    types: undefined,
    format: undefined,
    enum: undefined,
    properties: NO_PROPERTIES,
    required: NO_NAMES,
    items: undefined,
    additionalProperties: undefined,
    variants: undefined,
    members: new Map(),
    minimum: undefined,
    maximum: undefined,
  };
}

/**
 * `null` is a value like any other for `enum` and `const`: one that does not list it excludes it
 * even where `type: [x, 'null']` allows it, and one that lists nothing else means `type: 'null'`.
 * (`nullable: true`, applied after, keeps admitting null beside an enum: docs/decisions.md.)
 * Without `type` there is no mask to take null from: the comparer reads the values (`admitsNull`).
 */
function nullByValues(view: MutableView, node: JsonObject): void {
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  if (!values || values.length === 0) return;
  const NULL = bit('null');
  const listed = values.includes(null);
  if (view.types !== undefined && !listed) view.types &= ~NULL;
  else if (values.every((v) => v === null) && (view.types === undefined || view.types & NULL)) {
    view.types = NULL;
    view.enum = undefined;
  }
}

/** The mask of `type` (a name or, in 3.1, a list of names); unknown names restrict nothing. */
function typesOf(node: JsonObject): number | undefined {
  const names: unknown[] = Array.isArray(node.type) ? node.type : [node.type];
  let mask = 0;
  for (const name of names) mask |= BITS.get(name) ?? 0;
  return mask === 0 ? undefined : mask;
}

function enumOf(node: JsonObject): Map<string, string> | undefined {
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  if (!values) return undefined;
  const out = new Map<string, string>();
  for (const value of values) {
    if (value === null) continue;
    const key = contentKey(value);
    if (!out.has(key)) out.set(key, jsonText(value));
  }
  return out;
}

/** A bound from 3.0 (`minimum` + `exclusiveMinimum: true`) or 3.1 (`exclusiveMinimum: 5`), the tighter of both. */
function boundOf(node: JsonObject, inclusiveKey: string, exclusiveKey: string): Bound | undefined {
  const inclusive = numeric(node[inclusiveKey]);
  const exclusive =
    typeof node[exclusiveKey] === 'boolean' ? node[exclusiveKey] : numeric(node[exclusiveKey]);
  if (typeof exclusive === 'number') {
    if (inclusive === undefined) return { value: exclusive, exclusive: true };
    const lower = inclusiveKey === 'minimum';
    const exclusiveWins = lower ? exclusive >= inclusive : exclusive <= inclusive;
    return exclusiveWins ? { value: exclusive, exclusive: true } : { value: inclusive, exclusive: false };
  }
  if (inclusive === undefined) return undefined;
  return { value: inclusive, exclusive: exclusive === true };
}

function variantsOf(node: JsonObject, pointer: string): Located[] | undefined {
  const key = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
  if (!key) return undefined;
  return (node[key] as unknown[]).map((schema, index) => ({
    node: schema,
    pointer: child(pointer, key, String(index)),
  }));
}

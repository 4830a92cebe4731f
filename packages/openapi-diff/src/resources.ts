/**
 * JSON Schema 2020-12 (OpenAPI 3.1) names a schema by more than a JSON pointer: `$id` makes a
 * schema a resource with a URI of its own and the base for the references inside it, `$anchor`
 * (and `$dynamicAnchor`) names a schema within its resource. This index finds, for each
 * reference that is not a plain pointer (`#foo`, `pet`, `https://example.com/schemas/pet`,
 * `pet#/properties/name`), the place in the same document it leads to. Nothing is fetched: a
 * reference that leads to no resource of the document stays unresolved.
 *
 * Judgement calls (docs/decisions.md, 69): a `#/…` reference keeps meaning a pointer from the
 * document's root even inside a schema with an `$id` (what authors of OpenAPI documents mean, and
 * how the engine always read them), and only where the root has no such pointer is it the
 * enclosing resource's own (a JSON Schema embedded with its `$defs`); a `$dynamicRef` whose
 * static target is a plain `$anchor` is a `$ref`, and one whose static target is a
 * `$dynamicAnchor` (or missing) is read as a `$ref` to the one `$dynamicAnchor` of its name, left
 * unresolved when several schemas declare that name (which one applies depends on the path of
 * evaluation, which a diff of two documents does not have); an `$id` declared twice, like an
 * anchor declared twice in a resource, names nothing.
 */
import { escapeSegment, unescapeSegment } from '@maint-actions/core/json-pointer';

/** Where the files bundled at load time are placed (src/bundle.ts): each is a resource of its own. */
const EXTERNAL_POINTER = '/components/x-maint-external';
const EXTERNAL_BASE = 'https://external.maint-actions.invalid/';

/** Keywords whose values are data, not schemas: an `$id` in an example names nothing. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
/** Keywords whose values map names to schemas: a property named `default` is a schema, not data. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** An `$id` declared by more than one schema: it names none of them. */
const DUPLICATED = '\0duplicated';

export interface RefIndex {
  /** Per reference object (its `$ref` or `$dynamicRef` is not a `#/` pointer): the local `#/…` reference it means, or null. */
  readonly holders: ReadonlyMap<object, string | null>;
  /** Per reference text: the local reference it means wherever written, null when none, AMBIGUOUS when it depends on where. */
  readonly texts: ReadonlyMap<string, string | null>;
}

export const AMBIGUOUS = '\0ambiguous';

/** The reference of a reference object: `$ref`, or else `$dynamicRef` (read as a `$ref`, see the module comment). */
export function refText(node: Record<string, unknown>): string | undefined {
  if (typeof node.$ref === 'string') return node.$ref;
  return typeof node.$dynamicRef === 'string' ? node.$dynamicRef : undefined;
}

interface Holder {
  readonly node: Record<string, unknown>;
  readonly ref: string;
  readonly base: string;
  readonly dynamic: boolean;
}

/**
 * Builds the index of `root` (one walk of the whole document). `rootIsSchema`: `root` is a schema
 * file on its own (the bundler's view of a referenced file), so an `$id` at its root counts.
 */
export function indexRefs(root: unknown, rootIsSchema = false): RefIndex {
  /** Per resource URI: the pointer of the one schema declaring it, or DUPLICATED. */
  const resources = new Map<string, string>();
  const anchors = new Map<string, string[]>();
  const dynamicAnchors = new Map<string, string[]>();
  /** `resource#name` of every `$dynamicAnchor`: a `$dynamicRef` whose static target is one of them is dynamic. */
  const dynamicKeys = new Set<string>();
  const holders: Holder[] = [];
  const add = (map: Map<string, string[]>, key: string, pointer: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [pointer]);
    // `$anchor` and `$dynamicAnchor` of one name on one schema are one declaration.
    else if (list[list.length - 1] !== pointer) list.push(pointer);
  };
  const depth = externalDepth(root);
  // The root document sits in its directory beside the files bundled from there, one URI space.
  const rootBase = externalBase(ROOT_NAME, depth);
  // An explicit stack: no document is too deep. `seen` ends objects that contain themselves.
  // `names`: the node maps names to schemas (`properties`), so none of its keys is data.
  const seen = new Set<object>();
  const stack: { node: unknown; pointer: string; base: string; names: boolean }[] = [
    { node: root, pointer: '', base: rootBase, names: false },
  ];
  while (stack.length > 0) {
    const { node, pointer, base: outer, names } = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ node: node[i], pointer: `${pointer}/${i}`, base: outer, names: false });
      continue;
    }
    const record = node as Record<string, unknown>;
    let base = outer;
    if (pointer.startsWith(`${EXTERNAL_POINTER}/`) && pointer.indexOf('/', EXTERNAL_POINTER.length + 1) < 0)
      base = externalBase(unescapeSegment(pointer.slice(EXTERNAL_POINTER.length + 1)), depth);
    if (typeof record.$id === 'string') {
      const id = absolute(record.$id, base);
      if (id && id.fragment === '' && (pointer !== '' || rootIsSchema)) {
        base = id.resource;
        // Declared twice (two components of one `$id`): neither is meant, whatever their order.
        resources.set(base, resources.has(base) ? DUPLICATED : pointer);
      }
    }
    if (typeof record.$anchor === 'string') add(anchors, `${base}#${record.$anchor}`, pointer);
    if (typeof record.$dynamicAnchor === 'string') {
      add(anchors, `${base}#${record.$dynamicAnchor}`, pointer);
      add(dynamicAnchors, record.$dynamicAnchor, pointer);
      dynamicKeys.add(`${base}#${record.$dynamicAnchor}`);
    }
    const ref = refText(record);
    // A `#/…` pointer only matters here inside a resource, where it may be the resource's own.
    if (ref !== undefined && (!ref.startsWith('#/') || base !== rootBase))
      holders.push({ node: record, ref, base, dynamic: typeof record.$ref !== 'string' });
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!names && DATA_KEYS.has(key)) continue;
      const value = record[key];
      if (typeof value === 'object' && value !== null)
        stack.push({
          node: value,
          pointer: `${pointer}/${escapeSegment(key)}`,
          base,
          names: !names && (NAME_MAPS.has(key) || (key === 'schemas' && pointer === '/components')),
        });
    }
  }

  const unique = (list: string[] | undefined) => (list && list.length === 1 ? list[0] : undefined);
  const resolveOne = (holder: Holder): string | undefined => {
    if (holder.ref.startsWith('#/')) {
      // The document's root first (decision 69); a pointer the root does not have is the
      // enclosing resource's own (a JSON Schema embedded with its `$defs`).
      const fromRoot = pointerOf(holder.ref.slice(1));
      if (exists(root, fromRoot)) return undefined;
      const at = resources.get(holder.base);
      if (at === undefined || at === DUPLICATED) return undefined;
      return exists(root, at + fromRoot) ? at + fromRoot : undefined;
    }
    const target = absolute(holder.ref, holder.base);
    if (!target) return undefined;
    const { resource, fragment } = target;
    if (fragment === '' || fragment.startsWith('/')) {
      const at = resources.get(resource);
      if (at === undefined || at === DUPLICATED) return undefined;
      const pointer = at + (fragment === '' ? '' : pointerOf(fragment));
      return exists(root, pointer) ? pointer : undefined;
    }
    const key = `${resource}#${fragment}`;
    const declared = anchors.get(key);
    // A `$dynamicRef` is a `$ref` unless its static target is a `$dynamicAnchor` (or missing):
    // then it means the one `$dynamicAnchor` of its name, where only one schema can be meant.
    if (!holder.dynamic || (declared !== undefined && !dynamicKeys.has(key))) return unique(declared);
    return unique(dynamicAnchors.get(fragment));
  };

  const byHolder = new Map<object, string | null>();
  const texts = new Map<string, string | null>();
  for (const holder of holders) {
    const pointer = resolveOne(holder);
    const local = pointer === undefined || pointer === '' ? null : `#${encodePointer(pointer)}`;
    byHolder.set(holder.node, local);
    // A `#/…` text is read from the root wherever the root has it (Document.local).
    if (holder.ref.startsWith('#/')) continue;
    const known = texts.get(holder.ref);
    if (known === undefined) texts.set(holder.ref, local);
    else if (known !== local) texts.set(holder.ref, AMBIGUOUS);
  }
  return { holders: byHolder, texts };
}

/**
 * The URI of a bundled file (`key`: its path from the root document's directory, `a/pet.yaml`),
 * the base its relative references resolve against when no `$id` encloses them. The root
 * document is the file `ROOT_NAME` of that directory: the root's `x.yaml#tag` and a file's
 * `../x.yaml#tag` name the same URI. Each segment stays a segment (`pet.yaml` in `a/order.yaml`
 * is `a/pet.yaml`, never `c/pet.yaml`'s `$id: pet.yaml`), spelled as `new URL` parses the same
 * name written in a `$ref` (`x@v2.yaml` stays `x@v2.yaml`): only `%`, `?`, `#` and `\`, which
 * a URL reads otherwise, are escaped. The root's directory sits `depth` directories named `%00`
 * (no file's name) below the base, `depth` one more than the most `..`s of any key: a file above
 * it (`../shared/pet.yaml`) has a place of its own, and a reference that climbs above every
 * file's place stops at the base, where no file is, so it stays unresolved whatever else was
 * read (a `%00` written in a reference names nothing: `absolute`).
 */
export function externalBase(key: string, depth = 1): string {
  const encoded = key
    .split('/')
    .map((segment) => (segment === '..' ? '..' : segment.replace(/[%?#\\]/g, (c) => encodeURIComponent(c))))
    .join('/');
  return new URL(EXTERNAL_BASE + '%00/'.repeat(depth) + encoded).href;
}

/** The root document's name in its directory's URI space (`externalBase`): no file's name. */
const ROOT_NAME = '%00';

/** One more than the most `..` a bundled file's key starts with (`externalBase`). */
function externalDepth(root: unknown): number {
  const components = isRecordLike(root) ? root.components : undefined;
  const placed = isRecordLike(components) ? components['x-maint-external'] : undefined;
  if (!isRecordLike(placed)) return 1;
  let depth = 1;
  for (const key of Object.keys(placed)) {
    let ups = 0;
    while (key.startsWith('../', ups * 3)) ups++;
    depth = Math.max(depth, ups + 1);
  }
  return depth;
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `ref` resolved against `base`: the resource's URI (no fragment) and the fragment, decoded. */
function absolute(ref: string, base: string): { resource: string; fragment: string } | undefined {
  // `%00` is the name of no file: it is what places the root's directory (`externalBase`).
  if (/%00/i.test(ref.split('#')[0]!)) return undefined;
  let url: URL;
  try {
    url = new URL(ref, base);
  } catch {
    return undefined;
  }
  const hash = url.hash;
  url.hash = '';
  let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith('/')) {
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      return undefined;
    }
  }
  return { resource: url.href, fragment };
}

/** A fragment's JSON pointer with each segment percent-decoded (still `~`-escaped). */
function pointerOf(fragment: string): string {
  return fragment
    .split('/')
    .map((segment) => {
      try {
        return escapeSegment(unescapeSegment(decodeURIComponent(segment)));
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** A pointer as a `$ref` fragment the engine reads back (`%` as `%25`). */
function encodePointer(pointer: string): string {
  return pointer.includes('%') ? pointer.replaceAll('%', '%25') : pointer;
}

function exists(root: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = unescapeSegment(raw);
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment))
      node = (node as Record<string, unknown>)[segment];
    else return false;
    if (node === undefined) return false;
  }
  return true;
}

/** The reference objects of `root` whose reference leads to a schema of `root` by `$id` or anchor (the bundler leaves them). */
export function internalRefs(root: unknown, rootIsSchema = false): ReadonlySet<object> {
  const out = new Set<object>();
  for (const [holder, local] of indexRefs(root, rootIsSchema).holders) if (local !== null) out.add(holder);
  return out;
}

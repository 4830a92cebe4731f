export const id = 260;
export const ids = [260];
export const modules = {

/***/ 1260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  markerFor: () => (/* reexport */ markerFor),
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 30 modules
var src = __webpack_require__(5680);
;// CONCATENATED MODULE: ./packages/core/src/json-pointer.ts
/** JSON pointers (RFC 6901), the one implementation (smoke-test-gate's expectations, openapi-diff's `$ref`s): `/items/0/name`, with `~1` for `/` and `~0` for `~`. */
/** Whether `pointer` is a JSON pointer (empty, or starting with `/`). */
function isPointer(pointer) {
    return pointer === '' || pointer.startsWith('/');
}
/** The value at `pointer` in `document`, or `{ found: false }`. */
function resolvePointer(document, pointer) {
    if (pointer === '')
        return { found: true, value: document };
    let value = document;
    for (const raw of pointer.slice(1).split('/')) {
        const key = json_pointer_unescapeSegment(raw);
        if (Array.isArray(value) && /^(0|[1-9]\d*)$/.test(key) && Number(key) < value.length) {
            value = value[Number(key)];
        }
        else if (value !== null &&
            typeof value === 'object' &&
            !Array.isArray(value) &&
            Object.hasOwn(value, key)) {
            value = value[key];
        }
        else {
            return { found: false };
        }
    }
    return { found: true, value };
}
/** One JSON pointer segment escaped: `~` as `~0`, `/` as `~1`. */
function json_pointer_escapeSegment(segment) {
    return segment.includes('~') || segment.includes('/')
        ? segment.replaceAll('~', '~0').replaceAll('/', '~1')
        : segment;
}
/** One JSON pointer segment read back: `~1` as `/`, `~0` as `~`. */
function json_pointer_unescapeSegment(segment) {
    return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
/** `pointer` for one more key: escapes `~` and `/`. */
function appendPointer(pointer, key) {
    return `${pointer}/${json_pointer_escapeSegment(key)}`;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/resources.ts
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

/** Where the files bundled at load time are placed (src/bundle.ts): each is a resource of its own. */
const EXTERNAL_POINTER = '/components/x-maint-external';
const EXTERNAL_BASE = 'https://external.maint-actions.invalid/';
/** Keywords whose values are data, not schemas: an `$id` in an example names nothing. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
/** Keywords whose values map names to schemas: a property named `default` is a schema, not data. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** An `$id` declared by more than one schema: it names none of them. */
const DUPLICATED = '\0duplicated';
const AMBIGUOUS = '\0ambiguous';
/** The reference of a reference object: `$ref`, or else `$dynamicRef` (read as a `$ref`, see the module comment). */
function refText(node) {
    if (typeof node.$ref === 'string')
        return node.$ref;
    return typeof node.$dynamicRef === 'string' ? node.$dynamicRef : undefined;
}
/**
 * Builds the index of `root` (one walk of the whole document). `rootIsSchema`: `root` is a schema
 * file on its own (the bundler's view of a referenced file), so an `$id` at its root counts.
 */
function resources_indexRefs(root, rootIsSchema = false) {
    /** Per resource URI: the pointer of the one schema declaring it, or DUPLICATED. */
    const resources = new Map();
    const anchors = new Map();
    const dynamicAnchors = new Map();
    /** `resource#name` of every `$dynamicAnchor`: a `$dynamicRef` whose static target is one of them is dynamic. */
    const dynamicKeys = new Set();
    const holders = [];
    const add = (map, key, pointer) => {
        const list = map.get(key);
        if (!list)
            map.set(key, [pointer]);
        // `$anchor` and `$dynamicAnchor` of one name on one schema are one declaration.
        else if (list[list.length - 1] !== pointer)
            list.push(pointer);
    };
    const depth = externalDepth(root);
    // The root document sits in its directory beside the files bundled from there, one URI space.
    const rootBase = externalBase(ROOT_NAME, depth);
    // An explicit stack: no document is too deep. `seen` ends objects that contain themselves.
    // `names`: the node maps names to schemas (`properties`), so none of its keys is data.
    const seen = new Set();
    const stack = [
        { node: root, pointer: '', base: rootBase, names: false },
    ];
    while (stack.length > 0) {
        const { node, pointer, base: outer, names } = stack.pop();
        if (typeof node !== 'object' || node === null || seen.has(node))
            continue;
        seen.add(node);
        if (Array.isArray(node)) {
            for (let i = node.length - 1; i >= 0; i--)
                stack.push({ node: node[i], pointer: `${pointer}/${i}`, base: outer, names: false });
            continue;
        }
        const record = node;
        let base = outer;
        if (pointer.startsWith(`${EXTERNAL_POINTER}/`) && pointer.indexOf('/', EXTERNAL_POINTER.length + 1) < 0)
            base = externalBase(json_pointer_unescapeSegment(pointer.slice(EXTERNAL_POINTER.length + 1)), depth);
        if (typeof record.$id === 'string') {
            const id = absolute(record.$id, base);
            if (id && id.fragment === '' && (pointer !== '' || rootIsSchema)) {
                base = id.resource;
                // Declared twice (two components of one `$id`): neither is meant, whatever their order.
                resources.set(base, resources.has(base) ? DUPLICATED : pointer);
            }
        }
        if (typeof record.$anchor === 'string')
            add(anchors, `${base}#${record.$anchor}`, pointer);
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
            const key = keys[i];
            if (!names && DATA_KEYS.has(key))
                continue;
            const value = record[key];
            if (typeof value === 'object' && value !== null)
                stack.push({
                    node: value,
                    pointer: `${pointer}/${json_pointer_escapeSegment(key)}`,
                    base,
                    names: !names && (NAME_MAPS.has(key) || (key === 'schemas' && pointer === '/components')),
                });
        }
    }
    const unique = (list) => (list && list.length === 1 ? list[0] : undefined);
    const resolveOne = (holder) => {
        if (holder.ref.startsWith('#/')) {
            // The document's root first (decision 69); a pointer the root does not have is the
            // enclosing resource's own (a JSON Schema embedded with its `$defs`).
            const fromRoot = pointerOf(holder.ref.slice(1));
            if (exists(root, fromRoot))
                return undefined;
            const at = resources.get(holder.base);
            if (at === undefined || at === DUPLICATED)
                return undefined;
            return exists(root, at + fromRoot) ? at + fromRoot : undefined;
        }
        const target = absolute(holder.ref, holder.base);
        if (!target)
            return undefined;
        const { resource, fragment } = target;
        if (fragment === '' || fragment.startsWith('/')) {
            const at = resources.get(resource);
            if (at === undefined || at === DUPLICATED)
                return undefined;
            const pointer = at + (fragment === '' ? '' : pointerOf(fragment));
            return exists(root, pointer) ? pointer : undefined;
        }
        const key = `${resource}#${fragment}`;
        const declared = anchors.get(key);
        // A `$dynamicRef` is a `$ref` unless its static target is a `$dynamicAnchor` (or missing):
        // then it means the one `$dynamicAnchor` of its name, where only one schema can be meant.
        if (!holder.dynamic || (declared !== undefined && !dynamicKeys.has(key)))
            return unique(declared);
        return unique(dynamicAnchors.get(fragment));
    };
    const byHolder = new Map();
    const texts = new Map();
    for (const holder of holders) {
        const pointer = resolveOne(holder);
        const local = pointer === undefined || pointer === '' ? null : `#${encodePointer(pointer)}`;
        byHolder.set(holder.node, local);
        // A `#/…` text is read from the root wherever the root has it (Document.local).
        if (holder.ref.startsWith('#/'))
            continue;
        const known = texts.get(holder.ref);
        if (known === undefined)
            texts.set(holder.ref, local);
        else if (known !== local)
            texts.set(holder.ref, AMBIGUOUS);
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
function externalBase(key, depth = 1) {
    const encoded = key
        .split('/')
        .map((segment) => (segment === '..' ? '..' : segment.replace(/[%?#\\]/g, (c) => encodeURIComponent(c))))
        .join('/');
    return new URL(EXTERNAL_BASE + '%00/'.repeat(depth) + encoded).href;
}
/** The root document's name in its directory's URI space (`externalBase`): no file's name. */
const ROOT_NAME = '%00';
/** One more than the most `..` a bundled file's key starts with (`externalBase`). */
function externalDepth(root) {
    const components = isRecordLike(root) ? root.components : undefined;
    const placed = isRecordLike(components) ? components['x-maint-external'] : undefined;
    if (!isRecordLike(placed))
        return 1;
    let depth = 1;
    for (const key of Object.keys(placed)) {
        let ups = 0;
        while (key.startsWith('../', ups * 3))
            ups++;
        depth = Math.max(depth, ups + 1);
    }
    return depth;
}
function isRecordLike(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `ref` resolved against `base`: the resource's URI (no fragment) and the fragment, decoded. */
function absolute(ref, base) {
    // `%00` is the name of no file: it is what places the root's directory (`externalBase`).
    if (/%00/i.test(ref.split('#')[0]))
        return undefined;
    let url;
    try {
        url = new URL(ref, base);
    }
    catch {
        return undefined;
    }
    const hash = url.hash;
    url.hash = '';
    let fragment = hash.startsWith('#') ? hash.slice(1) : hash;
    if (!fragment.startsWith('/')) {
        try {
            fragment = decodeURIComponent(fragment);
        }
        catch {
            return undefined;
        }
    }
    return { resource: url.href, fragment };
}
/** A fragment's JSON pointer with each segment percent-decoded (still `~`-escaped). */
function pointerOf(fragment) {
    return fragment
        .split('/')
        .map((segment) => {
        try {
            return json_pointer_escapeSegment(json_pointer_unescapeSegment(decodeURIComponent(segment)));
        }
        catch {
            return segment;
        }
    })
        .join('/');
}
/** A pointer as a `$ref` fragment the engine reads back (`%` as `%25`). */
function encodePointer(pointer) {
    return pointer.includes('%') ? pointer.replaceAll('%', '%25') : pointer;
}
function exists(root, pointer) {
    if (pointer === '')
        return true;
    let node = root;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = json_pointer_unescapeSegment(raw);
        if (Array.isArray(node))
            node = node[Number(segment)];
        else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment))
            node = node[segment];
        else
            return false;
        if (node === undefined)
            return false;
    }
    return true;
}
/** The reference objects of `root` whose reference leads to a schema of `root` by `$id` or anchor (the bundler leaves them). */
function resources_internalRefs(root, rootIsSchema = false) {
    const out = new Set();
    for (const [holder, local] of resources_indexRefs(root, rootIsSchema).holders)
        if (local !== null)
            out.add(holder);
    return out;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/document.ts
/** A parsed OpenAPI document, with lazy, memoised resolution of local `$ref`s. */


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The pointer to a child of the node at `pointer`. */
function child(pointer, ...segments) {
    let out = pointer;
    for (const segment of segments)
        out = appendPointer(out, segment);
    return out;
}
/** The `$ref` of a node, when it is a reference object (a `$dynamicRef` counts: src/resources.ts). */
function refOf(node) {
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
class Document {
    root;
    targets = new Map();
    /** Per `$ref` node with siblings, its inline form: one object per node, whatever pointer reaches it. */
    withSiblings = new WeakMap();
    /** OpenAPI 3.1: keywords beside a schema's `$ref` apply too (JSON Schema 2020-12); in 3.0 they are ignored. */
    refSiblings;
    /** Where `$anchor`, `$id`-relative and other non-pointer references lead; built on first need. */
    refIndex;
    /** Per `#/…` reference text: whether the document's root has that pointer. */
    rootPointers = new Map();
    constructor(root) {
        this.root = root;
        this.refSiblings = typeof root.openapi === 'string' && !root.openapi.startsWith('3.0');
    }
    /**
     * A schema written as a `$ref` with other keywords beside it (3.1) as the inline schema it
     * means, `{allOf: [{$ref}], ...keywords}`, at the same pointer; any other node as it is.
     */
    schema(located) {
        const ref = refOf(located.node);
        if (ref === undefined || !this.constrainsBesideRef(located.node))
            return located;
        let inline = this.withSiblings.get(located.node);
        if (!inline) {
            const { $ref: _, $dynamicRef: __, allOf, ...siblings } = located.node;
            const members = [{ $ref: this.local(located.node, ref) }, ...(Array.isArray(allOf) ? allOf : [])];
            inline = { ...siblings, allOf: members };
            this.withSiblings.set(located.node, inline);
        }
        return { node: inline, pointer: located.pointer };
    }
    /** Whether the keywords this document applies beside a `$ref` (3.1) do more than annotate. */
    readsRefSiblings() {
        return this.refSiblings;
    }
    constrainsBesideRef(node) {
        if (!this.refSiblings)
            return false;
        const keys = Object.keys(node);
        return keys.length > 1 && !keys.every((k) => REF_ANNOTATIONS.has(k));
    }
    /** Follows `$ref`s from `located` until a node that is not a reference. */
    resolve(located) {
        const ref = refOf(located.node);
        return ref === undefined ? located : this.target(this.local(located.node, ref));
    }
    /**
     * The reference `ref` written in `node` as a local `#/…` pointer when it is an `$anchor`, an
     * `$id`-relative or another non-pointer reference that leads into this document; else as written.
     */
    local(node, ref) {
        // A `#/…` pointer the root has is the root's (decision 69); else, inside an `$id` resource, the resource's own.
        if (ref.startsWith('#/') && this.rootHas(ref))
            return ref;
        return this.index().holders.get(node) ?? ref;
    }
    rootHas(ref) {
        let known = this.rootPointers.get(ref);
        if (known === undefined) {
            known = this.lookup(ref) !== undefined;
            this.rootPointers.set(ref, known);
        }
        return known;
    }
    index() {
        this.refIndex ??= resources_indexRefs(this.root);
        return this.refIndex;
    }
    /** The final target of a reference, memoised; chains and loops of references are handled. */
    target(ref) {
        const known = this.targets.get(ref);
        if (known)
            return known;
        // Follow the chain in a loop (a chain of thousands of references must not use the call
        // stack), then record its end for every reference on it. A loop ends as unresolved.
        const chain = [];
        const onChain = new Set();
        let current = ref;
        let resolved;
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
            const next = nextRef === undefined ? undefined : this.local(found.node, nextRef);
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
            if (SCHEMA_HOMES.test(found.pointer) && this.constrainsBesideRef(found.node)) {
                resolved = this.schema(found);
                break;
            }
            current = next;
        }
        for (const link of chain)
            this.targets.set(link, resolved);
        return resolved;
    }
    lookup(ref) {
        if (!ref.startsWith('#/')) {
            const local = this.index().texts.get(ref);
            if (local === undefined || local === null || local === AMBIGUOUS)
                return undefined;
            ref = local;
        }
        let node = this.root;
        let pointer = '';
        for (const raw of ref.slice(2).split('/')) {
            const segment = json_pointer_unescapeSegment(document_safeDecode(raw));
            if (Array.isArray(node))
                node = node[Number(segment)];
            else if (isObject(node))
                node = Object.hasOwn(node, segment) ? node[segment] : undefined;
            else
                return undefined;
            if (node === undefined)
                return undefined;
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
function shown(value) {
    return typeof value === 'string' ? value : jsonText(value);
}
/**
 * `JSON.stringify(value)` that never throws: JSON.stringify recurses, so a value nested some
 * thousands deep exhausts the call stack, and one that contains itself (YAML aliases) throws.
 * Those are written out on an explicit stack, an object inside itself as `{"$ref":"#cycle"}`.
 */
function jsonText(value) {
    try {
        // `undefined` (a keyword absent) stays apart from `null`, as `JSON.stringify` keeps it.
        return JSON.stringify(value) ?? 'undefined';
    }
    catch {
        return deepJsonText(value);
    }
}
/**
 * A value as text that is equal for equal values, key order aside (`{a: 1, b: 2}` and
 * `{b: 2, a: 1}` are one value): JSON with each object's keys sorted, written on an explicit
 * stack like `deepJsonText`, an object inside itself as `{"$ref":"#cycle"}`. For comparing
 * values (enum, const, default), never for showing them.
 */
function contentKey(value) {
    if (typeof value === 'number' && !Number.isFinite(value))
        return nonFinite(value);
    if (typeof value !== 'object' || value === null)
        return jsonText(value);
    return deepJsonText(value, true);
}
/** `Infinity`, `-Infinity` and `NaN` (YAML `.inf`, `-.inf`, `.nan`) as keys apart from null and each other. */
function nonFinite(value) {
    return `{"$number":"${String(value)}"}`;
}
function deepJsonText(root, sorted = false) {
    const out = [];
    const open = new Set();
    const stack = [{ value: root }];
    while (stack.length > 0) {
        const top = stack.pop();
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
            out.push(sorted && typeof value === 'number' && !Number.isFinite(value)
                ? nonFinite(value)
                : (JSON.stringify(value) ?? 'null'));
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
        const entries = sorted && !array ? Object.entries(value).filter(([, v]) => v !== undefined) : Object.entries(value);
        if (sorted && !array)
            entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        out.push(array ? '[' : '{');
        stack.push({ end: array ? ']' : '}', node: value });
        for (let i = entries.length - 1; i >= 0; i--) {
            const [key, item] = entries[i];
            stack.push({ value: item });
            const separator = i > 0 ? ',' : '';
            if (!array)
                stack.push({ text: `${separator}${JSON.stringify(key)}:` });
            else if (separator)
                stack.push({ text: separator });
        }
    }
    return out.join('');
}
/** A `$ref` segment percent-decoded, or as written when it is not valid percent-encoding. */
function document_safeDecode(segment) {
    if (!segment.includes('%'))
        return segment;
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

// EXTERNAL MODULE: ./packages/openapi-diff/src/json-text.ts
var json_text = __webpack_require__(6637);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/bundle.ts
/**
 * Bundling at load time: `$ref`s that name another file (`./schemas/pet.yaml`,
 * `common.yaml#/components/schemas/Error`) are followed once, the files' contents placed in the
 * document under `components.x-maint-external`, keyed by their path relative to the root
 * document's directory, and every such `$ref` rewritten to a local pointer into that place. The
 * engine then sees one document, as it always did: a change inside a referenced file is compared
 * as content, and the same file in base and revision lands at the same place in both.
 *
 * Files are read through a `FileSource` whose paths are relative to a boundary (the git
 * repository, the working directory, or a ref's tree): a `$ref` that leads outside it, an
 * absolute path and a URL are never read; they stay unresolved with one warning each.
 */






/** The reserved key of `components` where the referenced files' contents are placed. */
const EXTERNAL_KEY = 'x-maint-external';
const bundle_EXTERNAL_POINTER = (/* unused pure expression or super */ null && (`/components/${EXTERNAL_KEY}/`));
/**
 * Whether any `$ref` in `text` may name another file: a regular-expression scan for a `$ref`
 * that is not written as `$ref: '#…'` / `"$ref": "#…"`, or any escaped `$`. False only when
 * every `$ref` is local; a `$ref` word elsewhere (a description) only costs the exact walk.
 */
function bundle_mayHaveExternalRefs(text) {
    // A `$` written as an escape (`"\u0024ref"` in JSON, `"\x24ref"` in YAML) is caught too.
    return /\$ref(?!["']?[ \t]*:[ \t]*["']?#)|\\(?:u0024|x24|U00000024)/.test(text);
}
const READ_CONCURRENCY = 8;
/**
 * Follows the `$ref`s to other files of `input.document`; see the module comment. It walks the
 * whole document: call it only when `mayHaveExternalRefs` of the document's text is true.
 */
async function bundle_bundleExternalRefs(input) {
    const warnings = [];
    const said = new Set();
    const warn = (where, ref, why) => {
        const line = `${where}: $ref "${ref}" not followed: ${why}; it stays unresolved`;
        if (said.has(line))
            return;
        said.add(line);
        warnings.push(line);
    };
    const notes = [];
    /** Says the notes held, but those of references that name a schema by `$id` (`byId`). */
    const sayNotes = (byId) => {
        const firstRef = new Map();
        for (const p of pending)
            if (!firstRef.has(p.file) && !byId(p.holder))
                firstRef.set(p.file, p);
        for (const note of notes) {
            if ('holder' in note) {
                if (!byId(note.holder))
                    warn(note.where, note.ref, note.why);
                continue;
            }
            // Said once, at the first reference to the file that is a file name.
            const first = firstRef.get(note.file);
            if (first)
                warn(first.where, originalOf(first), note.why);
        }
    };
    const root = input.document;
    if (!isRecord(root))
        return { warnings, files: 0 };
    /** Every file met: its content once read, or undefined when it could not be. */
    const files = new Map();
    const pending = [];
    const seen = new Set();
    let queue = [];
    const visit = (node, file, where) => {
        // A reference to a schema of the same file by its `$id` or anchor is no file name (src/resources.ts).
        const internal = internalRefs(node, file !== undefined);
        const stack = [node];
        const dir = file === undefined ? input.rootDir : path.posix.dirname(file);
        while (stack.length > 0) {
            const current = stack.pop();
            if (typeof current !== 'object' || current === null || seen.has(current))
                continue;
            seen.add(current);
            // Children are pushed last first, so the walk (and the warnings) go in document order.
            if (Array.isArray(current)) {
                for (let i = current.length - 1; i >= 0; i--)
                    stack.push(current[i]);
                continue;
            }
            const record = current;
            const keys = Object.keys(record);
            const note = (w, ref, why) => notes.push({ where: w, ref, why, holder: record });
            for (let i = keys.length - 1; i >= 0; i--) {
                const key = keys[i];
                const value = record[key];
                if (key === '$ref' && typeof value === 'string') {
                    if (internal.has(record))
                        continue;
                    const target = classify(value, file, dir, input, where, note);
                    if (target === undefined)
                        continue;
                    if (target.file === undefined) {
                        // A pointer into the root document, named by its file: a local one.
                        record.$ref = `#${target.fragment}`;
                        continue;
                    }
                    if (!files.has(target.file)) {
                        files.set(target.file, undefined);
                        queue.push(target.file);
                    }
                    pending.push({ holder: record, file: target.file, ref: localRef(input.rootDir, target), where });
                }
                else if (typeof value === 'object' && value !== null)
                    stack.push(value);
            }
        }
    };
    visit(root, undefined, input.rootName);
    // With no file to read, the root's own `$id`s are all there is, and `internalRefs` read them.
    const none = (_holder) => false;
    if (queue.length === 0) {
        sayNotes(none);
        return { warnings, files: 0 };
    }
    const components = root.components ?? {};
    if (!isRecord(components)) {
        sayNotes(none);
        warnings.push(`${input.rootName}: components is not a mapping, so the files its $refs name cannot be placed; they stay unresolved`);
        return { warnings, files: 0 };
    }
    const placed = {};
    while (queue.length > 0) {
        const batch = queue;
        queue = [];
        const outcomes = await mapLimit(batch, READ_CONCURRENCY, (file) => input.source.read(file));
        for (let index = 0; index < batch.length; index++) {
            const file = batch[index];
            const outcome = outcomes[index];
            const problem = (why) => notes.push({ file, why });
            if ('problem' in outcome) {
                problem(`${file} ${outcome.problem}`);
                continue;
            }
            let content;
            try {
                content = await readDocumentText(outcome.text, file);
            }
            catch (error) {
                if (!(error instanceof DocumentParseError))
                    throw error;
                problem(error.message);
                continue;
            }
            files.set(file, { content });
            // Defined, not assigned: a file named `__proto__` is a key like any other.
            Object.defineProperty(placed, path.posix.relative(input.rootDir, file), {
                value: content,
                enumerable: true,
                writable: true,
                configurable: true,
            });
            visit(content, file, file);
        }
    }
    let count = 0;
    for (const [, loaded] of files)
        if (loaded)
            count++;
    // Every file read: a reference by `$id` or anchor to a schema of any of them, or of the root
    // (`https://example.com/schemas/pet`, or `pet` under an `$id`), means that schema, as the
    // engine's index of the bundled document reads it (src/resources.ts). It is left as written,
    // never taken for a file name, and not warned of. A `$id` declared twice still names nothing.
    let byId = none;
    if (count > 0) {
        const bundled = { ...root, components: { ...components, [EXTERNAL_KEY]: placed } };
        const index = indexRefs(bundled).holders;
        byId = (holder) => {
            const ref = holder.$ref;
            return typeof ref === 'string' && !ref.startsWith('#') && (index.get(holder) ?? null) !== null;
        };
    }
    sayNotes(byId);
    for (const p of pending)
        if (files.get(p.file) && !byId(p.holder))
            p.holder.$ref = p.ref;
    if (count > 0) {
        if (Object.hasOwn(components, EXTERNAL_KEY)) {
            warnings.push(`${input.rootName}: components.${EXTERNAL_KEY} is reserved for the files $refs name; what the document had there is replaced`);
        }
        components[EXTERNAL_KEY] = placed;
        root.components = components;
    }
    return { warnings, files: count };
}
/** The `$ref` as written, kept beside the rewrite until the file is known to be readable. */
function originalOf(p) {
    return p.holder.$ref;
}
/** Where `ref`, written in `file` (undefined: the root), leads; undefined when it is not followed. */
function classify(ref, file, dir, input, where, warn) {
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const rawFragment = hash < 0 ? '' : ref.slice(hash + 1);
    if (filePart === '') {
        // Local to the file it is written in; the root's own local refs stay as they are.
        if (file === undefined)
            return undefined;
        const fragment = canonicalFragment(rawFragment);
        if (fragment === undefined)
            return undefined;
        return { file, fragment };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) {
        warn(where, ref, 'a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path)');
        return undefined;
    }
    const name = safeDecode(filePart);
    if (name.startsWith('/') || name.startsWith('\\') || /^[a-z]:[\\/]/i.test(name)) {
        warn(where, ref, 'an absolute path (only paths relative to the file are followed)');
        return undefined;
    }
    if (name.includes('\0')) {
        warn(where, ref, 'not a file name');
        return undefined;
    }
    const joined = path.posix.normalize(path.posix.join(dir, name));
    if (joined === '..' || joined.startsWith('../')) {
        warn(where, ref, `it leads outside ${input.source.boundary}`);
        return undefined;
    }
    const fragment = canonicalFragment(rawFragment);
    if (fragment === undefined) {
        warn(where, ref, 'only JSON pointer fragments (#/...) are followed');
        return undefined;
    }
    if (joined === input.rootFile)
        return { file: undefined, fragment };
    return { file: joined, fragment };
}
/** The fragment as a JSON pointer with each segment in one spelling; undefined when it is not a pointer. */
function canonicalFragment(raw) {
    if (raw === '')
        return '';
    if (!raw.startsWith('/'))
        return undefined;
    return raw
        .split('/')
        .map((segment) => encodePercent(escapeSegment(unescapeSegment(safeDecode(segment)))))
        .join('/');
}
/** The local `$ref` to `target` once its file is placed under `components.x-maint-external`. */
function localRef(rootDir, target) {
    const key = path.posix.relative(rootDir, target.file);
    return `#${bundle_EXTERNAL_POINTER}${encodePercent(escapeSegment(key))}${target.fragment}`;
}
/** `%` as `%25`, so the engine's percent-decoding of a segment gives it back. */
function encodePercent(segment) {
    return segment.includes('%') ? segment.replaceAll('%', '%25') : segment;
}
/**
 * A change's `location` as the reader knows it: a pointer into a referenced file is shown as
 * `schemas/pet.yaml#/properties/name` (the file relative to the root document's directory);
 * any other location as it is.
 */
function bundle_displayLocation(location) {
    if (!location.startsWith(bundle_EXTERNAL_POINTER))
        return location;
    const rest = location.slice(bundle_EXTERNAL_POINTER.length);
    const slash = rest.indexOf('/');
    const key = unescapeSegment(slash < 0 ? rest : rest.slice(0, slash));
    return `${key}#${slash < 0 ? '' : rest.slice(slash)}`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./packages/core/src/words.ts
var words = __webpack_require__(793);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/rules.ts
const rule = (level, summary, example, extra = {}) => ({
    level,
    additive: extra.additive ?? false,
    summary,
    example,
    ...(extra.differs ? { differs: extra.differs } : {}),
    ...(extra.annotation ? { annotation: true } : {}),
});
/** The value constraints with a direction: a larger minimum or a smaller maximum accepts less. */
const BOUNDS = [
    ['minimum', 'min'],
    ['maximum', 'max'],
    ['minLength', 'min'],
    ['maxLength', 'max'],
    ['minItems', 'min'],
    ['maxItems', 'max'],
    ['minProperties', 'min'],
    ['maxProperties', 'max'],
    ['minContains', 'min'],
    ['maxContains', 'max'],
];
function kebab(keyword) {
    return keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
/** The request bounds oasdiff reports as a warning when newly set (and as breaking when tightened). */
const NEWLY_SET_WARNS = new Set(['minimum', 'maximum', 'maxLength', 'minItems']);
/** The bounds oasdiff has no breaking check for, by side (its catalogue, see oasdiff-coverage.ts). */
const NO_OASDIFF_BOUND = new Set([
    'response maxItems',
    'request minProperties',
    'request maxProperties',
    'response minProperties',
    'response maxProperties',
]);
function boundRules() {
    const rules = {};
    for (const [keyword, kind] of BOUNDS) {
        const name = kebab(keyword);
        const tighter = kind === 'min' ? 'increased' : 'decreased';
        const looser = kind === 'min' ? 'decreased' : 'increased';
        const [from, to] = kind === 'min' ? [1, 5] : [5, 1];
        const ex = (a, b) => `${keyword}: ${a} → ${keyword}: ${b}`;
        const exclusive = keyword === 'minimum' || keyword === 'maximum' ? ' (and its exclusive form, 3.0 or 3.1)' : '';
        /** A breaking rule; where oasdiff has no check for it, the rule says so. */
        const breaking = (side, text, example) => rule('breaking', text, example, NO_OASDIFF_BOUND.has(`${side} ${keyword}`)
            ? {
                differs: `oasdiff has no check for ${keyword} here; a bound that ${side === 'request' ? 'accepts less' : 'allows more'} breaks clients as its siblings do.`,
            }
            : {});
        rules[`request-${name}-${tighter}`] = NEWLY_SET_WARNS.has(keyword)
            ? rule('breaking', `a request value's ${keyword}${exclusive} accepts less than before`, ex(from, to), {
                differs: `oasdiff says warning when ${keyword} is set where there was none (request-*-${kebab(keyword).replace('imum', '')}-set), breaking when it is tightened; a new bound rejects values that were accepted, as a tightened one does, so both break here.`,
            })
            : breaking('request', `a request value's ${keyword}${exclusive} accepts less than before`, ex(from, to));
        rules[`request-${name}-${looser}`] = rule('info', `a request value's ${keyword} accepts more`, ex(to, from), { additive: true });
        rules[`response-${name}-${looser}`] = breaking('response', `a response value's ${keyword} allows values clients were told they would not get`, ex(to, from));
        rules[`response-${name}-${tighter}`] = rule('info', `a response value's ${keyword} is narrower`, ex(from, to));
    }
    return rules;
}
/** Every rule the engine reports, by id. docs/openapi-rules.md lists them with their examples. */
const RULES = {
    // Paths and operations.
    'path-removed': rule('breaking', 'a path and all its operations were removed', '/pets/{id} → (gone)'),
    'operation-removed': rule('breaking', 'an operation was removed from a path that remains', 'DELETE /pets/{id} → (gone)'),
    'operation-removed-before-sunset': rule('breaking', 'a deprecated operation was removed before its x-sunset date, or with an x-sunset that is not a date (whether it had passed cannot be told)', 'deprecated, x-sunset: 2999-01-01 → (gone)'),
    'deprecated-operation-removed': rule('info', 'a deprecated operation was removed after its x-sunset date, or it had none', 'deprecated, x-sunset: 2020-01-01 → (gone)'),
    'endpoint-added': rule('info', 'a new operation, on a new or an existing path', '(none) → GET /pets', {
        additive: true,
    }),
    'operation-deprecated': rule('info', 'an operation was marked deprecated (with its x-sunset date, if any)', 'deprecated: false → deprecated: true', { annotation: true }),
    'operation-reactivated': rule('info', 'an operation is no longer deprecated', 'deprecated: true → (absent)', { annotation: true }),
    'sunset-date-earlier': rule('breaking', 'the x-sunset date of a deprecated operation or parameter moved earlier', 'x-sunset: 2030-01-01 → x-sunset: 2029-01-01', { annotation: true }),
    'sunset-date-removed': rule('breaking', 'the x-sunset of an operation, parameter or property still deprecated was removed (a date, or a value that was not one)', 'deprecated, x-sunset: 2030-01-01 → deprecated', { annotation: true }),
    'deprecated-sunset-passed': rule('breaking', 'an operation, parameter or property was deprecated with an x-sunset date already past', 'x-stability-level: stable → deprecated, x-sunset: 2020-01-01', { annotation: true }),
    // Breaking, as in oasdiff: with an unreadable date or level the engine cannot tell whether a
    // removal is allowed yet, so the check fails until the document is fixed. The same rules report
    // an unreadable value in the base that a verdict needs (lifecycle.ts `lifecycleChanges`).
    'invalid-sunset-date': rule('breaking', 'the revision brings an x-sunset (operation, parameter or property) that is not a date (YYYY-MM-DD or RFC 3339), or the sunset of something still deprecated changed from one that is not to a date, so whether it moved earlier cannot be told; null or an empty string is no sunset', 'x-sunset: next spring', {
        differs: 'oasdiff also reports an invalid value left unchanged on an operation changed otherwise, and one in the base whatever it changed to; here a value left as it was is named only where the verdict on a removal needs it (in the message of that removal), and a base value only where a verdict needs it: fixing one changes nothing clients see, and one reported on every run would fail every later change.',
        annotation: true,
    }),
    'invalid-stability-level': rule('breaking', 'the revision brings an x-stability-level that is not one of draft, alpha, beta, stable (read in any case: Beta is beta; null or an empty string is no level), or the level of an operation or property changed from one that is not to one below stable, so whether it went down cannot be told', 'x-stability-level: experimental', {
        differs: 'oasdiff also reports an invalid value left unchanged on an operation changed otherwise, and one in the base whatever it changed to (also to stable, or to none, which it reads as stable), and reads levels case-sensitively (Beta is invalid there); here a value left as it was is named only where the verdict on a removal needs it (in the message of that removal), and a base value only where a verdict needs it: fixing one changes nothing clients see, and one reported on every run would fail every later change.',
        annotation: true,
    }),
    'stability-decreased': rule('breaking', 'the stability level of an operation went down; a level not given (or null, or empty) reads as stable, so an operation without one that becomes draft, alpha or beta went down, and a level removed went up (nothing is said of increases)', 'x-stability-level: stable → x-stability-level: beta', { annotation: true }),
    'property-stability-decreased': rule('breaking', 'the x-stability-level of a request or response property went down; a level not given reads as stable, as for operations', 'note: {x-stability-level: stable} → note: {x-stability-level: beta}', { annotation: true }),
    'operation-id-changed': rule('warning', "an operation's operationId changed: generated clients rename a method", 'operationId: listPets → operationId: getPets'),
    'webhook-removed': rule('breaking', 'a webhook (3.1 `webhooks`) was removed', 'webhooks.newPet → (gone)'),
    'webhook-added': rule('info', 'a webhook was added', '(none) → webhooks.newPet', { additive: true }),
    'callback-removed': rule('breaking', "a callback of an operation, or one of a callback's expressions, was removed (a removed method of one is `operation-removed`; one whose every operation was deprecated follows the lifecycle rules, as a path does); callbacks of callbacks are not compared", 'callbacks.onEvent → (gone)', {
        differs: 'oasdiff has no check for callbacks; levelled as `webhook-removed`: clients built to receive them are no longer called.',
    }),
    'callback-added': rule('info', 'a callback was added to an operation, or an expression or a method to a callback (callbacks of callbacks are not compared)', '(none) → callbacks.onEvent', { additive: true }),
    // Parameters.
    'parameter-added-required': rule('breaking', 'a new required path, query, header or cookie parameter', '(none) → ?tenant (required)'),
    'parameter-added-optional': rule('info', 'a new optional parameter', '(none) → ?page', { additive: true }),
    'parameter-made-required': rule('breaking', 'an optional parameter became required', '?page → ?page (required)'),
    'parameter-made-optional': rule('info', 'a required parameter became optional', '?page (required) → ?page'),
    'parameter-removed': rule('warning', 'a parameter was removed: clients still sending it may be ignored', '?page → (gone)'),
    'parameter-removed-before-sunset': rule('breaking', 'a deprecated parameter was removed before its x-sunset date, or with an x-sunset that is not a date (whether it had passed cannot be told)', '?page (deprecated, x-sunset: 2999-01-01) → (gone)'),
    'parameter-deprecated': rule('info', 'a parameter was marked deprecated', '?page → ?page (deprecated)', {
        annotation: true,
    }),
    'parameter-type-changed': rule('breaking', "a parameter's type, format or allowed values were narrowed (also: its `not` schema now excludes more)", '?id: string → ?id: integer'),
    'parameter-style-changed': rule('breaking', "a parameter's serialisation (style, explode) changed", '?ids style: form, explode: true → explode: false', {
        differs: 'oasdiff has no check for this; clients serialise the parameter the old way and the server reads it another.',
    }),
    'parameter-media-type-changed': rule('breaking', "a parameter's value is written another way: the media type of its `content` changed to one that reads it otherwise (another type or syntax, a media type parameter named on both sides with another value, a range narrowed where the value is read, a `text/*` charset added, dropped or changed so the reader decodes the writer's text otherwise), an entry of its `content` that clients write is read by none of the revision's (several entries, which OpenAPI does not allow, are paired from writer to reader as a request body's are), or it moved between `schema` (written by its style) and `content` (written in a media type) where some value the writer writes is not written alike", '?filter content: application/json → content: text/plain; text/plain → text/plain; charset=utf-16; ?ids schema (form) → content: application/json', {
        differs: "oasdiff reports nothing: it diffs a parameter's `content` but no check reads that diff, and `schema` ↔ `content` is not checked either. Clients write the value the old way and the server reads it another (JSON's `\"abc\"` is no `abc`, a form's `a,b` no JSON array).",
    }),
    'parameter-media-type-compatible': rule('info', "a parameter's description of how its value is written changed, but every value is still read as it was written: only the media type's parameters changed (none named on both sides with another value; a JSON charset says nothing), a `text/*` charset where the writer writes US-ASCII (none named, RFC 2046) and the reader reads a charset that writes ASCII alike (UTF-8, ISO-8859-*), a structured-syntax type and the type its suffix names (application/json ↔ application/problem+json, either way, as no Content-Type travels with a parameter), a type or range that became a media range holding it where the value is read; or `schema` ↔ `content` where the style writes the value bare (form, simple) and every value the writer's schema allows is one JSON writes alike (a number, integer or boolean) or text/plain does (any scalar). Several `content` entries are paired, each written one with one that reads it, and each pair is judged", '?filter content: application/json → application/json; charset=utf-8; text/plain → text/plain; charset=utf-8; ?n: integer (form) → content: application/json', {
        differs: 'oasdiff reports nothing for a parameter whose content changed (see parameter-media-type-changed).',
    }),
    'parameter-empty-value-disallowed': rule('breaking', 'a query parameter no longer allows an empty value (allowEmptyValue removed)', '?tag allowEmptyValue: true → (absent)', {
        differs: 'oasdiff has no check for this (openapi-diff of OpenAPITools flags it); clients sending `?tag=` are now rejected.',
    }),
    'parameter-default-changed': rule('breaking', "an optional parameter's default value changed or was removed: clients that leave it out get other results (a required parameter's default is never applied, so it is not compared)", '?limit default: 20 → default: 50', {
        differs: 'oasdiff reports a removed default as a warning; both change what an unchanged client gets.',
        annotation: true,
    }),
    'parameter-default-added': rule('breaking', 'an optional parameter gained a default value: clients that leave it out now get that value applied', '?limit → ?limit default: 20', { annotation: true }),
    // Request bodies.
    'request-body-made-required': rule('breaking', 'a request body became required, or a required one was added', 'requestBody.required: false → true'),
    'request-body-made-optional': rule('info', 'a required request body became optional', 'requestBody.required: true → false'),
    'request-body-added': rule('info', 'an optional request body was added', '(none) → requestBody', {
        additive: true,
    }),
    'request-body-removed': rule('breaking', 'the request body was removed: what clients send is rejected or silently dropped', 'requestBody → (gone)'),
    'request-media-type-removed': rule('breaking', 'the request body no longer accepts a media type', 'application/xml → (gone)', {
        differs: 'oasdiff pairs application/json with application/problem+json and reports nothing when a request body changes one to the other; clients still send the Content-Type they did, which the server no longer lists (a change of parameters alone is media-type-parameters-changed).',
    }),
    'request-media-type-schema-added': rule('breaking', 'a request media type that took anything now has a schema', 'application/json: {} → application/json: {schema: Pet}'),
    'response-media-type-schema-removed': rule('warning', 'a response media type no longer has a schema: what comes is no longer described', 'application/json: {schema: Pet} → application/json: {}'),
    'response-media-type-removed': rule('breaking', 'a response no longer comes in a media type', 'application/xml → (gone)'),
    'response-media-type-specialized': rule('info', 'a response media type became a more specific type of the same kind: what comes is still parsed as before', 'application/json → application/problem+json'),
    'media-type-parameters-changed': rule('info', 'a request or response media type gained or lost parameters, none of those on both sides changed its value; its schema is compared as the same media type (names, parameter names and charset values compare without case, as RFC 9110 says, so a change of case or spacing alone is no change). A parameter whose value changed (version=1 → version=2, charset=utf-8 → iso-8859-1) names another media type (RFC 9110 8.3.1: parameters may be significant to the type): it is a media type removed (breaking) and one added, since clients still send, or parse, what the old value said', 'application/json → application/json; charset=utf-8'),
    'media-type-range-changed': rule('info', 'a request media type or range became a media range that holds it (clients still send what they did, and it is accepted), or a response media range became one type or a narrower range within it (what comes was already promised); the schemas are compared as one media type. The other way (a response type or range that became a wider range, a request range that became one type or a narrower range) is a media type removed, breaking', 'request application/json → */*; request application/* → */*; response application/* → application/json'),
    'media-type-added': rule('info', 'a request or response gained a media type', '(none) → application/xml', {
        additive: true,
    }),
    // Schemas: properties.
    'request-body-required-field-added': rule('breaking', 'a request property is new and required, or became required', 'properties: {name} → properties: {name, email}, required: [email]', {
        differs: 'a required property that was readOnly and no longer is counts here (clients never sent it, now they must); oasdiff says info.',
    }),
    'request-field-made-optional': rule('info', 'a required request property became optional', 'required: [email] → required: []'),
    'request-field-added-optional': rule('info', 'a new optional request property', '(none) → properties.note', {
        additive: true,
    }),
    'request-field-removed': rule('warning', 'a request property was removed: clients still sending it may be rejected (also: one still required whose new schema, beside patternProperties, is not compared)', 'properties.note → (gone)'),
    'request-field-became-read-only': rule('warning', 'a request property became readOnly: what clients send is now ignored', 'note: {type: string} → note: {type: string, readOnly: true}', { annotation: true }),
    'response-field-removed': rule('breaking', 'a required response property was removed (also: one still required that nothing allows any more, or whose new schema, beside patternProperties, is not compared)', 'properties.id (required) → (gone)'),
    'response-optional-field-removed': rule('warning', 'an optional response property was removed', 'properties.nickname → (gone)', { differs: 'oasdiff also says warning; clients had to cope with its absence already.' }),
    'response-field-became-write-only': rule('breaking', 'a response property became writeOnly: it is no longer returned', 'secret: {type: string} → secret: {type: string, writeOnly: true}', {
        differs: 'oasdiff says info; a required property that became writeOnly is no longer returned, as if removed.',
        annotation: true,
    }),
    'response-field-added': rule('info', 'a new response property', '(none) → properties.created', {
        additive: true,
    }),
    'response-field-made-optional': rule('breaking', 'a response property is no longer always present', 'required: [id] → required: []'),
    'response-field-made-required': rule('info', 'a response property is now always present', 'required: [] → required: [id]'),
    'request-additional-properties-closed': rule('breaking', 'a request object no longer accepts other properties', 'additionalProperties: true → additionalProperties: false', { differs: 'oasdiff has no check for this; clients sending other properties are now rejected.' }),
    'response-additional-properties-opened': rule('info', 'a response object may now carry other properties', 'additionalProperties: false → (absent)', {
        differs: 'Clients must ignore unknown response properties (RFC 8259 practice); oasdiff does not report it.',
    }),
    // Schemas: types, values, constraints.
    'request-type-changed': rule('breaking', 'a request value no longer accepts what it accepted (type, format, enum, const; or any change under `not` that excludes more)', 'type: string → type: integer'),
    'request-type-widened': rule('info', 'a request or parameter value accepts more (a new type, null, no format; where values travel as text — a body of a text media type (text/*, XML, form data, multipart scalar parts), a parameter described by a schema — one scalar type that became a string, or any one type at the root of a text body; a scalar query or cookie parameter that became a form, exploded array, where one value is a list of one; a change under `not` that excludes less)', 'type: string → type: [string, "null"]', { additive: true }),
    'request-enum-value-added': rule('info', 'a request value accepts a new enum value', 'enum: [a] → enum: [a, b]', { additive: true }),
    'request-enum-value-removed': rule('breaking', 'a request value no longer accepts an enum value', 'enum: [a, b] → enum: [a]'),
    'response-type-changed': rule('breaking', 'a response value may now be something clients did not expect (also: any change under `not` that excludes less)', 'type: integer → type: string'),
    'response-type-narrowed': rule('info', 'a response value is now more specific (a type, format or enum fewer; or, where values travel as text — a body of a text media type, a header described by a schema — a string that became one other scalar type, or any one type at the root of a text body; or a change under `not` that excludes more)', 'type: [string, "null"] → type: string'),
    'response-enum-value-added': rule('warning', 'a response value may take a new enum value', 'enum: [a] → enum: [a, b]'),
    'response-enum-value-removed': rule('info', 'a response value no longer takes an enum value', 'enum: [a, b] → enum: [a]'),
    'request-extensible-enum-value-removed': rule('breaking', 'a request value no longer accepts an x-extensible-enum value', 'x-extensible-enum: [a, b] → x-extensible-enum: [a]', { annotation: true }),
    'extensible-enum-value-added': rule('info', 'an x-extensible-enum gained a value (clients were told to expect new ones)', 'x-extensible-enum: [a] → x-extensible-enum: [a, b]', { annotation: true }),
    ...boundRules(),
    'request-pattern-added': rule('breaking', 'a request string must now match a pattern', '(none) → pattern: ^[a-z]+$', {
        differs: 'not on a readOnly property, which clients do not send (as for every other request constraint); oasdiff reports a pattern added there, though its other constraint checks give readOnly properties info ids.',
    }),
    'request-pattern-changed': rule('warning', 'a request pattern changed: values that matched may not match any more', 'pattern: ^[a-z]+$ → pattern: ^[a-z0-9]+$', {
        differs: 'The same as oasdiff: whether one regular expression covers another cannot be told in general.',
    }),
    'request-pattern-removed': rule('info', 'a request string no longer has a pattern', 'pattern: ^[a-z]+$ → (none)'),
    'response-pattern-removed': rule('breaking', 'a response string no longer promises a pattern', 'pattern: ^[a-z]+$ → (none)', {
        differs: 'oasdiff says info; a response string that no longer promises its pattern may break clients that parse by it, as a raised maxLength does.',
    }),
    'response-pattern-changed': rule('warning', 'a response pattern changed', 'pattern: ^[a-z]+$ → pattern: ^[a-z0-9]+$'),
    'response-pattern-added': rule('info', 'a response string now promises a pattern', '(none) → pattern: ^[a-z]+$'),
    'request-unique-items-added': rule('breaking', 'a request array must now hold unique items', 'uniqueItems: false → true', { differs: 'oasdiff has no check for this; arrays with repeats that were accepted are now rejected.' }),
    'response-unique-items-removed': rule('breaking', 'a response array may now repeat items', 'uniqueItems: true → false', { differs: 'oasdiff has no check for this; clients that relied on unique items may now get repeats.' }),
    'unique-items-relaxed': rule('info', 'a request array may repeat items, or a response array no longer will', 'uniqueItems: true → false (request)'),
    'request-multiple-of-changed': rule('breaking', 'a request number must be a multiple of something its old values are not', 'multipleOf: 2 → multipleOf: 4', { differs: 'oasdiff has no check for this; values that were accepted are now rejected.' }),
    'response-multiple-of-changed': rule('breaking', 'a response number may no longer be a multiple of what it was', 'multipleOf: 4 → multipleOf: 2', { differs: 'oasdiff has no check for this; clients may get values they were told they would not.' }),
    'multiple-of-relaxed': rule('info', 'multipleOf changed in the direction clients cope with', 'multipleOf: 4 → multipleOf: 2 (request)'),
    'request-default-changed': rule('warning', "a request property's default changed or was removed: clients that leave it out get another value", 'default: draft → default: sent', {
        differs: 'oasdiff says info; an unchanged client silently gets other behaviour, worth a look.',
        annotation: true,
    }),
    'response-default-changed': rule('info', "a response property's default changed, was added or removed", 'default: 1 → default: 2', { annotation: true }),
    'default-added': rule('info', 'a request property gained a default', '(none) → default: 20', {
        annotation: true,
    }),
    'request-content-changed': rule('breaking', "a request string's contentMediaType or contentEncoding changed", 'contentEncoding: base64 → contentEncoding: base32'),
    'response-content-changed': rule('breaking', "a response string's contentMediaType or contentEncoding changed", 'contentMediaType: image/png → contentMediaType: image/jpeg'),
    'request-dependent-required-added': rule('breaking', 'a request object must now carry a property whenever another is present (dependentRequired)', '(none) → dependentRequired: {card: [cvv]}'),
    'response-dependent-required-removed': rule('breaking', 'a response object no longer promises a property alongside another (dependentRequired)', 'dependentRequired: {card: [cvv]} → (none)'),
    'dependent-required-relaxed': rule('info', 'dependentRequired changed in the direction clients cope with', 'dependentRequired: {a: [b]} → (none) (request)'),
    'request-schema-keyword-added': rule('breaking', 'a request value gained a constraining keyword (not, if/then/else, contains, propertyNames, patternProperties, dependentSchemas, prefixItems, unevaluated*, contentSchema)', '(none) → not: {type: string}'),
    'request-schema-keyword-removed': rule('info', 'a request value lost a constraining keyword: it accepts more', 'propertyNames: {maxLength: 3} → (none)'),
    'response-schema-keyword-removed': rule('breaking', 'a response value lost a constraining keyword: it promises less', 'contains: {const: admin} → (none)'),
    'response-schema-keyword-added': rule('info', 'a response value gained a constraining keyword', '(none) → propertyNames: {maxLength: 3}'),
    'schema-condition-changed': rule('warning', 'the `if` of an if/then/else changed: which branch applies is different', 'if: {properties: {kind: {const: a}}} → if: {properties: {kind: {const: b}}}'),
    'negated-property-changed': rule('warning', 'a property was added to or removed from an object under `not` whose unlisted properties are governed by something not compared with its schema here (an `additionalProperties` or `unevaluatedProperties` schema, or `patternProperties` patterns, which are never run), or a property, a `required` name or a `minProperties`/`maxProperties` count changed where whether such a name or count may occur depends on a `propertyNames` schema not read here (a `pattern`, a `format`, …): whether the value around the `not` now admits more or fewer values cannot be decided', 'not: {additionalProperties: {type: string}} → not: {properties: {a: {type: integer}}, additionalProperties: {type: string}}'),
    'parameter-list-contains-undecided': rule('warning', "a scalar query or cookie parameter became a form, exploded array whose `contains` and items both set a keyword that is not combined here (a `pattern`, `format`, `properties`, …): its single value must match both, and is compared with the items' keyword alone, so a narrowing by the contains' may go unreported", 'q: {type: string} → q: {type: array, items: {type: string, pattern: ^a}, contains: {pattern: b$}}'),
    'request-read-only-removed': rule('info', 'a property clients could not send may now be sent', 'readOnly: true → (none)', { annotation: true }),
    // Composition.
    'request-variant-removed': rule('breaking', 'a request oneOf/anyOf no longer accepts one of its schemas', 'oneOf: [Cat, Dog] → oneOf: [Cat]'),
    'request-all-of-member-added': rule('breaking', 'a request allOf kept its references and gained another one that constrains values no other rule reports (a new required property, a new bound: theirs; readOnly properties ask nothing)', 'allOf: [Pet] → allOf: [Pet, Short], Short: {properties: {name: {maxLength: 5}}}'),
    'request-variant-added': rule('info', 'a request oneOf/anyOf accepts another schema', 'oneOf: [Cat] → oneOf: [Cat, Dog]', {
        additive: true,
    }),
    'request-one-of-overlap': rule('breaking', 'values a request accepted before each match two or more members of its oneOf now (proven by comparing them with each member), and a oneOf accepts a value that matches exactly one: they are rejected', 'integer → oneOf: [integer, number]; {required: [a, b]} → oneOf: [{required: [a]}, {required: [b]}]', {
        differs: 'oasdiff flags every request body wrapped in a oneOf (request-body-wrapped-in-one-of) and says info for a oneOf member added; here either breaks only where old values are proven to match two members, whichever way the oneOf came, at any depth, in bodies and parameters.',
    }),
    'request-one-of-overlap-discriminator': rule('warning', 'as request-one-of-overlap, in a oneOf with a discriminator: tools that pick the member by it still accept those values, strict JSON Schema validators reject them', 'discriminator: {propertyName: kind}, oneOf: [Cat] → oneOf: [Cat, AnyPet]', {
        differs: 'oasdiff has no check for this; whether the values are rejected depends on the validator reading the discriminator, so a warning asks for a look.',
    }),
    'response-variant-added': rule('breaking', 'a response oneOf/anyOf may now be another schema, one clients do not know', 'oneOf: [Cat] → oneOf: [Cat, Dog]'),
    'response-variant-removed': rule('info', 'a response oneOf/anyOf will no longer be one of its schemas', 'oneOf: [Cat, Dog] → oneOf: [Cat]'),
    'composition-constraint-changed': rule('warning', "a oneOf/anyOf beside the schema's own keywords was added or removed: which values pass changed", 'properties: {...} → properties: {...}, anyOf: [{required: [a]}, {required: [b]}]', {
        differs: 'oasdiff compares the members; whether a constraint of this kind tightens or loosens depends on the rest of the schema, so a warning asks for a look.',
    }),
    'discriminator-property-changed': rule('breaking', "a oneOf/anyOf discriminator's propertyName changed: values are told apart by another property", 'discriminator: {propertyName: kind} → discriminator: {propertyName: type}', {
        differs: 'oasdiff says info; clients (and servers) that dispatch on the old property pick the wrong schema, as openapi-diff of OpenAPITools holds.',
    }),
    'discriminator-mapping-changed': rule('breaking', 'a discriminator mapping value now points to another schema, or (request) was removed', 'mapping: {cat: Cat} → mapping: {cat: Kitten}', { differs: 'oasdiff says info; a value clients send or read now means another schema.' }),
    // Responses.
    'response-status-removed': rule('breaking', 'an operation no longer documents a success (2xx/3xx) status', '200 → (gone)'),
    'response-non-success-status-removed': rule('info', 'an operation no longer documents an error status (4xx, 5xx, default)', '404 → (gone)', { differs: 'oasdiff says info too: clients still have to handle any error status.' }),
    'response-status-added': rule('info', 'an operation documents a new response status', '(none) → 409'),
    'response-header-removed': rule('breaking', 'a required response header was removed', 'headers.X-Rate-Limit (required) → (gone)'),
    'response-optional-header-removed': rule('warning', 'an optional response header was removed', 'headers.ETag → (gone)'),
    'response-header-made-optional': rule('breaking', 'a response header is no longer always sent', 'X-Rate-Limit required: true → false'),
    'response-header-style-changed': rule('breaking', "a response header's serialisation (style, explode) changed", 'X-Ids explode: false → explode: true', {
        differs: 'oasdiff has no check for this (openapi-diff of OpenAPITools flags it); clients parse the header the old way.',
    }),
    'response-header-media-type-changed': rule('breaking', "a response header's value is written another way: the media type of its `content` changed to one clients read otherwise (another type or syntax, a media type parameter named on both sides with another value, a type or range that became a wider range, a `text/*` charset the clients decode the server's text in otherwise), an entry of its `content` the server may now write is read by none clients had, or it moved between `schema` (style simple) and `content` where some value the server now writes is not written alike. In a 3.1 webhook the receiver writes the header and the API reads it, so the other way round", 'X-Meta content: application/json → content: text/plain; text/plain → text/plain; charset=utf-8', {
        differs: "oasdiff reports nothing: it diffs a header's `content` but no check reads that diff (its header type check covers `schema` headers only). Clients parse the header as the old media type said.",
    }),
    'response-header-media-type-compatible': rule('info', "a response header's description of how its value is written changed, but clients still read what comes as they did: only the media type's parameters changed, a `text/*` charset where the server now writes US-ASCII and clients read a charset that writes ASCII alike, a structured-syntax type and the type its suffix names (either way), a range that became one type or a narrower range within it; or `schema` ↔ `content` where every value the server now writes is written alike (as parameter-media-type-compatible says). In a 3.1 webhook the other way round (the API reads)", 'X-Meta content: application/json → application/problem+json; text/plain; charset=utf-8 → text/plain'),
    'response-header-added': rule('info', 'a response gained a header', '(none) → headers.ETag', {
        additive: true,
    }),
    // Security.
    'security-requirement-added': rule('warning', 'an operation that needed no authentication now needs it', 'security: [] → security: [{token: []}]', {
        differs: 'oasdiff says info. Anonymous clients are cut off, but an open endpoint gaining authentication is usually a deliberate fix announced separately; a warning asks for a look without stopping the release.',
    }),
    'security-requirement-changed': rule('breaking', 'a way to authenticate was dropped', 'security: [{token: []}, {basic: []}] → security: [{token: []}]', { differs: 'oasdiff says info; clients authenticating the dropped way are cut off.' }),
    'security-requirement-relaxed': rule('info', 'an operation needs fewer security schemes together', 'security: [{token: [], key: []}] → security: [{token: []}]'),
    'security-scope-added': rule('breaking', 'an operation needs another OAuth scope', 'oauth: [read] → oauth: [read, write]', { differs: 'oasdiff says info; tokens issued with the old scopes are now refused.' }),
    'security-scope-removed': rule('info', 'an operation needs one OAuth scope fewer', 'oauth: [read, write] → oauth: [read]'),
    'security-requirement-removed': rule('info', 'an operation no longer needs authentication', 'security: [{token: []}] → security: []'),
    'security-alternative-added': rule('info', 'an operation accepts a new way to authenticate', 'security: [{token: []}] → [{token: []}, {basic: []}]'),
    'security-scheme-changed': rule('breaking', 'a security scheme operations use changed how clients authenticate: its type, in or name (a header name without case), HTTP scheme (without case), openIdConnectUrl, an OAuth flow removed, or a scope operations require withdrawn from a flow', 'token: {type: apiKey, in: header} → token: {type: apiKey, in: query}', {
        differs: 'oasdiff says info for a type changed and reports none of the others; clients send credentials where or how the server no longer reads them. A scheme no operation uses in both versions is security-scheme-unused-changed, info.',
    }),
    'security-scheme-url-changed': rule('warning', 'an OAuth flow of a security scheme operations use changed or dropped its authorizationUrl, tokenUrl or refreshUrl', 'tokenUrl: https://auth/token → tokenUrl: https://id.example/token', {
        differs: "oasdiff says info (and reads only the implicit flow's URLs). Clients configured with the old URL keep going there; whether it still issues tokens the API accepts, the document cannot tell: a warning asks for a look without stopping the release.",
    }),
    'security-scheme-flow-added': rule('info', 'a security scheme operations use offers another OAuth flow', 'flows: {clientCredentials} → flows: {clientCredentials, password}', { additive: true }),
    'security-scheme-note-changed': rule('info', 'a security scheme operations use changed what clients need not follow: its bearerFormat (documentation), a refreshUrl added, a scope offered, or one withdrawn that no operation required in both versions (none, or only operations new to it, require it)', 'bearerFormat: JWT → bearerFormat: opaque'),
    'security-scheme-unused-changed': rule('info', 'a security scheme changed that no operation uses in both versions (nor the root security any operation inherits): no client authenticates with it yet', 'basic: {type: http, scheme: basic} → basic: {type: apiKey, in: header, name: X-Key}'),
    'security-scheme-removed': rule('breaking', 'a security scheme was removed from components', 'components.securitySchemes.token → (gone)', { differs: 'oasdiff says info; operations requiring the scheme cannot be called the old way.' }),
};
function isRuleId(id) {
    return Object.hasOwn(RULES, id);
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/changelog.ts
/** Renders a diff as Markdown for a release note, a job summary or a PR comment. */


const SECTIONS = [
    ['Breaking', 'breaking'],
    ['Warnings', 'warning'],
    ['Other', 'info'],
];
/** How many further endpoints a bullet names before it says `and N more`. */
const LISTED = 10;
/**
 * A headline such as `**2 breaking changes**, 1 warning, 3 additions`, then one section per level
 * (Breaking, Warnings, Other) with a bullet per change; `No API changes.` when there are none.
 * A change inside a shared component, which the diff reports once per endpoint and media type
 * using it, is one bullet naming the other endpoints and media types it folded. The headline
 * counts changes, as the diff's counts do, so every surface shows the same numbers.
 */
function changelog_renderChangelog(result, options = {}) {
    const lines = options.title ? [`## ${options.title}`, ''] : [];
    if (result.changes.length === 0)
        return [...lines, 'No API changes.', ''].join('\n');
    const sections = SECTIONS.map(([heading, level]) => ({
        heading,
        entries: group(result.changes.filter((change) => change.level === level)),
    }));
    lines.push(headline(result), '');
    for (const { heading, entries } of sections) {
        if (entries.length > 0)
            lines.push(`### ${heading}`, '', ...entries.map(bullet), '');
    }
    return lines.join('\n');
}
function group(changes) {
    const entries = new Map();
    for (const change of changes) {
        const key = `${change.rule}\n${change.location}`;
        const entry = entries.get(key);
        if (!entry) {
            entries.set(key, { change, alsoIn: new Set(), alsoAs: new Set(), count: 1 });
            continue;
        }
        entry.count++;
        if (endpoint(change) !== endpoint(entry.change))
            entry.alsoIn.add(endpoint(change));
        else {
            const media = mediaType(change.message);
            if (media && media !== mediaType(entry.change.message))
                entry.alsoAs.add(media);
        }
    }
    return [...entries.values()];
}
/** The media type a message names, as in `request body (multipart/form-data) property ...`. */
function mediaType(message) {
    return /\(([\w.+-]+\/[\w.+-]+)\)/.exec(message)?.[1];
}
/** The diff's own counts: the same numbers as the action's outputs, check table and summary. */
function headline(result) {
    const { breaking, warning, info } = result.counts;
    const additions = result.changes.filter((c) => c.level === 'info' && RULES[c.rule].additive).length;
    const parts = [
        breaking > 0 ? `**${(0,words/* plural */.L)(breaking, 'breaking change')}**` : 'No breaking changes',
        warning > 0 ? (0,words/* plural */.L)(warning, 'warning') : '',
        additions > 0 ? (0,words/* plural */.L)(additions, 'addition') : '',
        info > additions ? (0,words/* plural */.L)(info - additions, 'other change') : '',
    ];
    return `${parts.filter(Boolean).join(', ')} (suggested version bump: ${result.bump})`;
}
function endpoint(change) {
    return change.method ? `${change.method} ${change.path}` : change.path;
}
/** `- \`POST /path\`: what changed (\`rule-id\`)`; the message's own `METHOD path: ` prefix is not repeated. */
function bullet({ change, alsoIn, alsoAs, count }) {
    const where = endpoint(change);
    const text = change.message.startsWith(`${where}: `)
        ? change.message.slice(where.length + 2)
        : change.message;
    let line = `- \`${where}\`: ${escapeMarkdown(text)} (\`${change.rule}\`)`;
    if (alsoAs.size > 0)
        line += `; also as ${[...alsoAs].map((m) => `\`${m}\``).join(', ')}`;
    if (alsoIn.size > 0) {
        const listed = [...alsoIn].slice(0, LISTED).map((e) => `\`${e}\``);
        const more = alsoIn.size > LISTED ? ` and ${alsoIn.size - LISTED} more` : '';
        line += `; also ${listed.join(', ')}${more}`;
    }
    return count > 1 ? `${line} (${count} changes)` : line;
}
function escapeMarkdown(text) {
    return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/acyclic.ts
/**
 * A parsed document may hold an object inside itself: YAML aliases to an enclosing anchor
 * (`schema: &node {properties: {child: *node}}`) parse so with js-yaml and the `yaml` package.
 * The engine compares trees, so such a document is first given back as one where each
 * back-reference is a local `$ref` to the place the object was first met at: the same schema,
 * in the form the engine's reference handling ends cycles in. Looking for object cycles costs
 * about three JSON parses of the document, so the engine only looks when a walk goes deeper than
 * any real schema nests (`checkObjectCycles`), and then starts again on the converted documents.
 */

function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
/** True when some object or array of `root` contains itself. */
function hasObjectCycle(root) {
    if (!isContainer(root))
        return false;
    // Iterative depth-first walk: `open` holds the objects on the current path, `done` the finished.
    const open = new Set();
    const done = new Set();
    const stack = [[root, Object.values(root)]];
    open.add(root);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const next = top[1].pop();
        if (next === undefined && top[1].length === 0) {
            open.delete(top[0]);
            done.add(top[0]);
            stack.pop();
            continue;
        }
        if (!isContainer(next) || done.has(next))
            continue;
        if (open.has(next))
            return true;
        open.add(next);
        stack.push([next, Object.values(next)]);
    }
    return false;
}
/** `root` with every object that contains itself reached again as a `$ref` (see the module comment). */
function withoutObjectCycles(root) {
    if (!isContainer(root) || !hasObjectCycle(root))
        return root;
    const firstPointer = new Map();
    const open = new Set();
    const copies = new Map();
    const start = (value, pointer) => {
        firstPointer.set(value, pointer);
        open.add(value);
        const out = Array.isArray(value) ? [] : {};
        copies.set(value, out);
        return { source: value, out, pointer, entries: Object.entries(value), index: 0 };
    };
    // Copied depth-first on an explicit stack (no document is too deep); an object met while it
    // is open (being copied above) becomes a reference to where it was first met.
    const stack = [start(root, '')];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.index >= frame.entries.length) {
            open.delete(frame.source);
            stack.pop();
            continue;
        }
        const [key, value] = frame.entries[frame.index++];
        // Defined, not assigned: a key `__proto__` (a property so named) assigned would set the
        // copy's prototype and be lost.
        const put = (copy) => Object.defineProperty(frame.out, key, {
            value: copy,
            enumerable: true,
            writable: true,
            configurable: true,
        });
        if (!isContainer(value))
            put(value);
        else if (open.has(value))
            put({ $ref: `#${firstPointer.get(value)}` });
        else if (copies.has(value))
            put(copies.get(value));
        else {
            const next = start(value, appendPointer(frame.pointer, key));
            put(next.out);
            stack.push(next);
        }
    }
    return copies.get(root);
}
/** Thrown inside the engine when a document holds an object cycle; the diff starts again without. */
class ObjectCycleFound extends Error {
    name = 'ObjectCycleFound';
}
const checked = new WeakMap();
/** Called where a walk went unusually deep: throws `ObjectCycleFound` when `root` has an object cycle. */
function checkObjectCycles(root) {
    let cyclic = checked.get(root);
    if (cyclic === undefined) {
        cyclic = hasObjectCycle(root);
        checked.set(root, cyclic);
    }
    if (cyclic)
        throw new ObjectCycleFound('an object of the document contains itself');
}

// EXTERNAL MODULE: ./packages/openapi-diff/src/aliases.ts
var aliases = __webpack_require__(695);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/lifecycle.ts
/**
 * The lifecycle extensions shared by operations, parameters and schema properties: `deprecated`
 * with its `x-sunset` date, and `x-stability-level`.
 */

const STABILITY = ['draft', 'alpha', 'beta', 'stable'];
/**
 * One of the four levels, read without regard to case (`Beta` is beta). oasdiff compares the
 * exact lower-case words and calls `Beta` invalid; here nothing a client relies on depends on
 * the case, so it is read, and no hint is given (decision 84).
 */
function stability(value) {
    if (typeof value !== 'string')
        return undefined;
    const lower = value.toLowerCase();
    return STABILITY.find((level) => level === lower);
}
/**
 * A lifecycle value that is not there: absent, `null` or an empty (or blank) string, which say
 * "no value" (YAML's `x-sunset:` with nothing after it is `null`).
 */
function missing(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
/** An `x-stability-level` that is written but is none of the four levels. */
function unreadableLevel(value) {
    return !missing(value) && !stability(value);
}
/** An `x-sunset` that is written but is not a date `day` reads. */
function unreadableSunset(value) {
    return !missing(value) && !day(value);
}
/**
 * A lifecycle value quoted for a message: a string or a valid date object as its text, a date
 * object that holds no time as `(a date object that holds no time)`, anything else as JSON.
 */
function quoted(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? '(a date object that holds no time)' : `"${value.toISOString()}"`;
    return `"${shown(value)}"`;
}
/** The four levels, for messages. */
const LEVELS = 'draft, alpha, beta or stable';
/** What the user can do about a value in the base that could not be read: it is past fixing. */
const CHECK_BY_HAND = 'check the change by hand, then add it to openapi-diff.ignore in .maint-actions.yml';
/**
 * A date as YYYY-MM-DD from `x-sunset`: a date, an RFC 3339 time (its date where it was written,
 * as the offset says; `t` and `z` may be lower case and the second may be a leap second, 60, as
 * RFC 3339 §5.6 allows), or a YAML date; undefined for anything else, a day that does not exist
 * (2026-02-30), a time out of range (T25:00:00Z) or a year past 9999.
 */
function day(value) {
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            return undefined;
        const text = value.toISOString().slice(0, 10);
        return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d{4}-\d{2}-\d{2})(?:[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2})))?$/.exec(value.trim());
    if (!match)
        return undefined;
    const [, date, hours, minutes, seconds, offsetHours, offsetMinutes] = match;
    const within = (text, limit) => text === undefined || Number(text) <= limit;
    if (!within(hours, 23) || !within(minutes, 59) || !within(seconds, 60))
        return undefined;
    if (!within(offsetHours, 23) || !within(offsetMinutes, 59))
        return undefined;
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined;
}
/**
 * What changed in the lifecycle of one thing (present on both sides): an invalid sunset date or
 * stability level the revision brought (one left as it was is not news: reported on every run,
 * it would fail every change to the API until someone fixed it), stability going down, the
 * sunset of something still deprecated removed or moved earlier, and a newly deprecated thing
 * whose sunset has already passed (no notice at all).
 *
 * Where one of those verdicts needs the base's value and the base's value cannot be read (a
 * level that is none of the four, a sunset that is not a date) while the revision changed it,
 * the verdict cannot be given: that is reported once, under the same rule as an invalid value
 * the revision brings, breaking. Nothing is reported for it when the revision's value is itself
 * invalid (that report stands for both), when the value is left as it was, or when no verdict
 * needs it: a level changed to `stable`, or removed, which reads as stable (nothing is above
 * it, so that is no decrease whatever the base meant); a sunset changed to a date not yet past,
 * which is all a newly deprecated thing must give (`deprecated-sunset-passed`), so clients, who
 * had no date they could read, lose nothing.
 *
 * A level or sunset `missing` (absent, null, empty) reads as not given. A level not given reads
 * as `stable`: one given where the base had none (draft, alpha or beta) went down, and one
 * removed went up (an increase, of which nothing is said). Levels are read without regard to case.
 */
function lifecycleChanges(b, h, options) {
    const out = [];
    const changed = (key) => !(missing(b[key]) && missing(h[key])) && contentKey(b[key]) !== contentKey(h[key]);
    const bSunsetRaw = b['x-sunset'];
    const hSunsetRaw = h['x-sunset'];
    const bSunset = day(bSunsetRaw);
    const hSunset = day(hSunsetRaw);
    const wasDeprecated = b.deprecated === true;
    const isDeprecated = h.deprecated === true;
    const stillDeprecated = wasDeprecated && isDeprecated;
    if (unreadableSunset(hSunsetRaw) && changed('x-sunset'))
        out.push({
            rule: 'invalid-sunset-date',
            keyword: 'x-sunset',
            text: `x-sunset ${quoted(hSunsetRaw)} is not a date (YYYY-MM-DD)`,
        });
    // The base's date cannot be read, so whether the new one is earlier cannot be told (oasdiff
    // says so too: its sunset-parse checks); `null` and blank read as no date (decision 87).
    else if (stillDeprecated && unreadableSunset(bSunsetRaw) && hSunset)
        out.push({
            rule: 'invalid-sunset-date',
            keyword: 'x-sunset',
            text: `the base's x-sunset ${quoted(bSunsetRaw)} is not a date, so whether the sunset moved earlier (now ${hSunset}${hSunset < options.today ? ', already past' : ''}) cannot be told: ${CHECK_BY_HAND}`,
        });
    const bLevelRaw = b['x-stability-level'];
    const hLevelRaw = h['x-stability-level'];
    const bs = stability(bLevelRaw);
    const hs = stability(hLevelRaw);
    if (unreadableLevel(hLevelRaw) && changed('x-stability-level'))
        out.push({
            rule: 'invalid-stability-level',
            keyword: 'x-stability-level',
            text: `x-stability-level ${quoted(hLevelRaw)} is not ${LEVELS}`,
        });
    else if (options.stability && unreadableLevel(bLevelRaw) && hs && hs !== 'stable')
        out.push({
            rule: 'invalid-stability-level',
            keyword: 'x-stability-level',
            text: `the base's x-stability-level ${quoted(bLevelRaw)} is not ${LEVELS}, so whether stability went down (now ${hs}) cannot be told: ${CHECK_BY_HAND}`,
        });
    // No level reads as stable (as oasdiff reads it): unmarked → draft is a decrease, and a level
    // removed is an increase, of which nothing is said.
    const from = missing(bLevelRaw) ? 'stable' : bs;
    if (options.stability && from && hs && STABILITY.indexOf(hs) < STABILITY.indexOf(from))
        out.push({
            rule: options.stability,
            keyword: 'x-stability-level',
            text: missing(bLevelRaw)
                ? `stability went down from stable to ${hs} (the base gave no x-stability-level; a missing level counts as stable)`
                : `stability went down from ${bs} to ${hs}`,
        });
    if (stillDeprecated && bSunset && hSunset && hSunset < bSunset)
        out.push({
            rule: 'sunset-date-earlier',
            keyword: 'x-sunset',
            text: `sunset moved earlier, from ${bSunset} to ${hSunset}`,
        });
    if (stillDeprecated && !missing(bSunsetRaw) && missing(hSunsetRaw))
        out.push({
            rule: 'sunset-date-removed',
            keyword: 'x-sunset',
            text: bSunset
                ? `sunset ${bSunset} was removed while still deprecated: clients lost the date they plan by`
                : `sunset ${quoted(bSunsetRaw)} (not a date) was removed while still deprecated: give clients a sunset date (YYYY-MM-DD) to plan by`,
        });
    if (!wasDeprecated && isDeprecated && hSunset && hSunset < options.today)
        out.push({
            rule: 'deprecated-sunset-passed',
            keyword: 'x-sunset',
            text: `was deprecated with a sunset already past (${hSunset}): no notice before removal`,
        });
    return out;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/view.ts
/**
 * The normalised view of one schema, the same for OpenAPI 3.0 and 3.1: a set of types with
 * `null` folded in (`nullable: true` or `type: [x, 'null']`), enum values without `null`, and
 * the keywords of inline `allOf` members merged in. `allOf` members that are `$ref`s are kept
 * apart: the comparer matches them by reference and compares each pair once, which keeps the
 * work linear even when every schema extends the next one.
 */


/**
 * A keyword's number, or undefined when it is none. NaN (YAML's `.nan`, or an object given by
 * an API caller) is no number: it bounds nothing, and it is not even equal to itself, so read as
 * a bound it made a document differ from itself.
 */
function numeric(value) {
    return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
}
/** The JSON Schema types, alphabetically: bit `1 << i` stands for `TYPES[i]`. */
const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
const BITS = new Map(TYPES.map((type, i) => [type, 1 << i]));
/** The bit of one type. */
function bit(type) {
    return BITS.get(type) ?? 0;
}
const MERGE_DEPTH = 64;
const NO_PROPERTIES = new Map();
const NO_NAMES = new Set();
/** Builds the view of a resolved, non-reference schema of one document. */
class Views {
    doc;
    constructor(doc) {
        this.doc = doc;
    }
    of(located) {
        const node = located.node;
        if (node === false)
            return { ...emptyView(located.pointer), types: 0 };
        if (!isObject(node))
            return emptyView(located.pointer);
        const view = this.build(node, located.pointer, new Set([located.pointer]), 0, false);
        if (!this.doc.readsRefSiblings())
            view.version30 = true;
        return view;
    }
    /**
     * The view with its reference members merged in too (all the way down, each member once):
     * used when the two sides' `allOf` references do not match one for one.
     */
    flattened(located) {
        const node = located.node;
        if (!isObject(node))
            return this.of(located);
        const view = this.build(node, located.pointer, new Set([located.pointer]), 0, true);
        if (!this.doc.readsRefSiblings())
            view.version30 = true;
        return view;
    }
    build(node, pointer, seen, depth, all) {
        const view = {
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
            additionalProperties: node.additionalProperties === false
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
            const properties = new Map();
            for (const [name, schema] of Object.entries(node.properties)) {
                properties.set(name, { node: schema, pointer: child(at, name) });
            }
            view.properties = properties;
        }
        if (Array.isArray(node.allOf))
            this.mergeAllOf(view, node.allOf, pointer, seen, depth, all);
        if (view.types === undefined && (view.properties.size > 0 || view.additionalProperties !== undefined))
            view.types = bit('object');
        if (view.types === undefined && view.items) {
            view.types = bit('array');
            view.arrayByItems = true;
        }
        if (view.variants && view.enum === undefined)
            this.collapseEnums(view);
        if (view.types === undefined && view.variants)
            view.types = this.variantTypes(view.variants);
        if (node.nullable === true && view.types !== undefined)
            view.types |= bit('null');
        return view;
    }
    /** `oneOf: [{enum: [a]}, {enum: [b]}]` (each variant values only) is `enum: [a, b]`. */
    collapseEnums(view) {
        const values = new Map();
        let types = 0;
        for (const variant of view.variants) {
            const r = this.doc.resolve(variant);
            if (r.unresolved !== undefined || !isObject(r.node))
                return;
            const own = enumOf(r.node);
            if (!own || r.node.properties !== undefined || r.node.items !== undefined)
                return;
            for (const [key, text] of own)
                values.set(key, text);
            types |= typesOf(r.node) ?? 0;
            if (r.node.nullable === true || (Array.isArray(r.node.enum) && r.node.enum.includes(null)))
                types |= bit('null');
        }
        view.enum = values;
        view.variants = undefined;
        if (view.types === undefined && types !== 0)
            view.types = types;
    }
    /** The union of the variants' own types, when every variant names its types. */
    variantTypes(variants) {
        let mask = 0;
        let onlyFalse = variants.length > 0;
        for (const variant of variants) {
            const resolved = this.doc.resolve(variant);
            // A `false` variant (3.1's boolean schema) admits nothing: it adds no type.
            if (resolved.unresolved === undefined && resolved.node === false)
                continue;
            onlyFalse = false;
            if (resolved.unresolved !== undefined || !isObject(resolved.node))
                return undefined;
            let types = typesOf(resolved.node);
            if (types === undefined &&
                Array.isArray(resolved.node.enum) &&
                resolved.node.enum.every((v) => v === null))
                types = bit('null');
            if (types === undefined && isObject(resolved.node.properties))
                types = bit('object');
            if (types === undefined)
                return undefined;
            if (resolved.node.nullable === true)
                types |= bit('null');
            mask |= types;
        }
        // Nothing but `false` variants: nothing at all is admitted.
        return onlyFalse ? 0 : mask === 0 ? undefined : mask;
    }
    /** Inline members (all members when `all`) add what the schema itself does not say. */
    mergeAllOf(view, members, pointer, seen, depth, all) {
        const properties = new Map(view.properties);
        const required = new Set(view.required);
        const keywords = { ...view.keywords };
        const memberRefs = new Map();
        members.forEach((member, index) => {
            const at = child(pointer, 'allOf', String(index));
            const ref = refOf(member);
            if (ref !== undefined && !all) {
                memberRefs.set(ref, { node: member, pointer: at });
                return;
            }
            const resolved = this.doc.resolve({ node: member, pointer: at });
            // A `false` member (3.1's boolean schema) leaves nothing that all members accept.
            if (resolved.unresolved === undefined && resolved.node === false)
                view.types = 0;
            if (resolved.unresolved !== undefined || !isObject(resolved.node) || seen.has(resolved.pointer))
                return;
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
            if (part.arrayByItems)
                view.arrayByItems = true;
            view.format ??= part.format;
            view.enum ??= part.enum;
            view.items ??= part.items;
            view.additionalProperties ??= part.additionalProperties;
            view.variants ??= part.variants;
            // Every member applies: of two bounds, the tighter one holds, whichever member says it.
            view.minimum = tighter('min', view.minimum, part.minimum);
            view.maximum = tighter('max', view.maximum, part.maximum);
            for (const [key, value] of Object.entries(part.keywords)) {
                if (!(key in keywords))
                    keywords[key] = value;
                else {
                    const kind = COUNTS.get(key);
                    const mine = numeric(keywords[key]);
                    const theirs = numeric(value);
                    // A count that is no number (a string, `.nan`) bounds nothing: the other member's holds.
                    if (kind && mine === undefined && theirs !== undefined)
                        keywords[key] = value;
                    else if (kind && mine !== undefined && theirs !== undefined)
                        keywords[key] = kind === 'min' ? Math.max(mine, theirs) : Math.min(mine, theirs);
                }
            }
            for (const [name, located] of part.properties)
                if (!properties.has(name))
                    properties.set(name, located);
            for (const name of part.required)
                required.add(name);
            for (const [ref, located] of part.members)
                if (!memberRefs.has(ref))
                    memberRefs.set(ref, located);
        });
        view.properties = properties;
        view.required = required;
        view.keywords = keywords;
        view.members = memberRefs;
    }
}
/** The bounds on a count (length, items, properties), by keyword: merged from `allOf` members, the tighter holds. */
const COUNTS = new Map([
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
function tighter(kind, a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    if (a.value === b.value)
        return a.exclusive ? a : b;
    return (kind === 'min') === a.value > b.value ? a : b;
}
function emptyView(pointer) {
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
function nullByValues(view, node) {
    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (!values || values.length === 0)
        return;
    const NULL = bit('null');
    const listed = values.includes(null);
    if (view.types !== undefined && !listed)
        view.types &= ~NULL;
    else if (values.every((v) => v === null) && (view.types === undefined || view.types & NULL)) {
        view.types = NULL;
        view.enum = undefined;
    }
}
/** The mask of `type` (a name or, in 3.1, a list of names); unknown names restrict nothing. */
function typesOf(node) {
    const names = Array.isArray(node.type) ? node.type : [node.type];
    let mask = 0;
    for (const name of names)
        mask |= BITS.get(name) ?? 0;
    return mask === 0 ? undefined : mask;
}
function enumOf(node) {
    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (!values)
        return undefined;
    const out = new Map();
    for (const value of values) {
        if (value === null)
            continue;
        const key = contentKey(value);
        if (!out.has(key))
            out.set(key, jsonText(value));
    }
    return out;
}
/** A bound from 3.0 (`minimum` + `exclusiveMinimum: true`) or 3.1 (`exclusiveMinimum: 5`), the tighter of both. */
function boundOf(node, inclusiveKey, exclusiveKey) {
    const inclusive = numeric(node[inclusiveKey]);
    const exclusive = typeof node[exclusiveKey] === 'boolean' ? node[exclusiveKey] : numeric(node[exclusiveKey]);
    if (typeof exclusive === 'number') {
        if (inclusive === undefined)
            return { value: exclusive, exclusive: true };
        const lower = inclusiveKey === 'minimum';
        const exclusiveWins = lower ? exclusive >= inclusive : exclusive <= inclusive;
        return exclusiveWins ? { value: exclusive, exclusive: true } : { value: inclusive, exclusive: false };
    }
    if (inclusive === undefined)
        return undefined;
    return { value: inclusive, exclusive: exclusive === true };
}
function variantsOf(node, pointer) {
    const key = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
    if (!key)
        return undefined;
    return node[key].map((schema, index) => ({
        node: schema,
        pointer: child(pointer, key, String(index)),
    }));
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/compare.ts
/**
 * Compares the schemas of a request, parameter or response. Where both sides are `$ref`s, the
 * comparison stops at an edge to the (base target, head target) pair; each pair is compared once,
 * lazily, and its findings are shared by every operation that reaches it. Following edges with a
 * visited set per operation reports a change once per place it is used, and ends in cycles.
 */





/** Joins property paths: `a` + `b` is `a.b`, `a` + `[]` is `a[]`. */
function joinPath(prefix, rest) {
    if (!prefix)
        return rest;
    if (!rest)
        return prefix;
    return rest.startsWith('[') ? prefix + rest : `${prefix}.${rest}`;
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
class SchemaComparer {
    base;
    head;
    today;
    pairs = new Map();
    /** Per pair key: whether it or a pair it reaches found anything (`changed`). */
    changes = new Map();
    /**
     * Per reference, keyed by the local `#/…` pointer it resolves to in each document (`refKey`):
     * whether it leads to equal schemas in both documents (`sameTarget`).
     */
    sameTargets = new Map();
    /** A `refKey` whose two sides differ: the base's and the head's reference. */
    refPairs = new Map();
    /** Per base object, a head object `same` need not look at with it again (see `same`). */
    notSame = new WeakMap();
    /** Node numbers for pair keys (`identity`). */
    ids = new WeakMap();
    nextId = 0;
    /** The inline pairs the current walk has compared: `allOf` merges can lead back to them. */
    seen = new Set();
    depth = 0;
    /** How many `accepts` checks are under way, one inside another, and the node pairs all of them compared (ACCEPTS_WORK). */
    acceptsDepth = 0;
    acceptsWork = 0;
    /** The text mode of the walk under way (see Textual). */
    textual = 'none';
    /** Under an odd number of `not`s: the direction of the value around them (see Pair). */
    negatedFrom;
    /**
     * How deep in proofs of containment the walk under way is (`contained`): inside one, readOnly
     * properties count and a changed `oneOf` proves nothing. A reference pair is walked outside it.
     */
    proving = 0;
    /**
     * How many proofs of containment are under way, one inside the other (through the reference
     * pairs they reach, which walk with `proving` at 0): at most `PROOF_DEPTH`, so the call stack
     * stays bounded.
     */
    nesting = 0;
    /**
     * How many walks that judge one schema against another (`accepts`, `contained`) are under way,
     * one inside the other through the reference pairs they reach: at most `SUBWALK_DEPTH`, so a
     * chain of references (each pair asking about the next) cannot exhaust the call stack.
     */
    subwalks = 0;
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
    baseViews;
    headViews;
    constructor(base, head, 
    /** Today as YYYY-MM-DD, for a sunset date that has already passed. */
    today = new Date().toISOString().slice(0, 10)) {
        this.base = base;
        this.head = head;
        this.today = today;
        this.baseViews = new Views(base);
        this.headViews = new Views(head);
        this.readAlike = base.readsRefSiblings() === head.readsRefSiblings();
    }
    /**
     * Both documents read a schema's text the same way: a 3.0 base and a 3.1 revision do not (3.1
     * applies keywords beside a `$ref`), so there equal text is no proof of equal meaning.
     */
    readAlike;
    /** Compares two schemas at the root of a request body, parameter or response. */
    compareRoot(b, h, direction, textual = 'none') {
        const walk = { findings: [], edges: [] };
        this.seen = new Set();
        this.depth = 0;
        this.textual = textual;
        this.negatedFrom = undefined;
        try {
            this.compare(b, h, direction, '', walk);
        }
        finally {
            this.textual = 'none';
            this.negatedFrom = undefined;
        }
        this.seen = new Set();
        return walk;
    }
    /** Compares two schemas (either may be a `$ref`) into `walk`. */
    compare(b, h, direction, at, walk) {
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
            if (this.same(baseTarget.node, headTarget.node, UNCHANGED_BUDGET))
                return;
            // The same two nodes twice in one walk: an `allOf` merge led back to them (a cycle).
            const seenKey = `${baseTarget.pointer}\n${headTarget.pointer}`;
            if (this.seen.has(seenKey))
                return;
            this.seen.add(seenKey);
            this.depth++;
            try {
                this.compareViews(this.baseViews.of(baseTarget), this.headViews.of(headTarget), direction, at, walk);
            }
            finally {
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
    identity(located) {
        const node = located.node;
        if (typeof node !== 'object' || node === null)
            return located.pointer;
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
    reach(key) {
        const start = this.pair(key);
        if (start.reach)
            return start.reach;
        const reached = [];
        const visited = new Set([key]);
        // An explicit stack keeps deep reference chains off the call stack.
        const stack = [];
        const enter = (k, at) => {
            const walk = this.walk(k);
            const findings = this.settled(walk.findings);
            if (walk.unproven)
                reached.push({ key: k, at, findings, unproven: true });
            else if (findings.length > 0)
                reached.push({ key: k, at, findings });
            stack.push({ walk, at, next: 0 });
        };
        enter(key, '');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const edge = top.walk.edges[top.next++];
            this.reachSteps++;
            if (!edge) {
                stack.pop();
            }
            else if (!visited.has(edge.key)) {
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
    settled(findings) {
        if (!findings.some((f) => f.ifChanged))
            return findings;
        return findings.filter((f) => !f.ifChanged || f.ifChanged.some((key) => this.changed(key)));
    }
    /**
     * Whether the pair `key`, or a pair it reaches (through its edges and the pairs its findings
     * wait on), has a finding of its own: memoised, on an explicit stack (deep chains stay off
     * the call stack). A search that finds nothing settles every pair it met (they reach nothing
     * else); one that finds something settles the pairs on its way there.
     */
    changed(key) {
        const known = this.changes.get(key);
        if (known !== undefined)
            return known;
        const below = (k) => {
            const walk = this.walk(k);
            const keys = walk.edges.map((edge) => edge.key);
            for (const finding of walk.findings)
                if (finding.ifChanged)
                    keys.push(...finding.ifChanged);
            return keys;
        };
        const own = (k) => this.walk(k).findings.some((f) => !f.ifChanged);
        const visited = new Set([key]);
        // `open`: the pair reached one whose answer was still pending (on the stack, or left open):
        // it is settled only when the search ends. A pair that reached none is settled unchanged.
        const stack = [];
        const pending = new Set();
        const settle = (found) => {
            this.changes.set(found, true);
            for (const entry of stack)
                this.changes.set(entry.key, true);
            return true;
        };
        if (own(key))
            return settle(key);
        stack.push({ key, below: below(key), next: 0, open: false });
        pending.add(key);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const next = top.below[top.next++];
            if (next === undefined) {
                stack.pop();
                const parent = stack[stack.length - 1];
                if (top.open) {
                    if (parent)
                        parent.open = true;
                }
                else {
                    pending.delete(top.key);
                    this.changes.set(top.key, false);
                }
                continue;
            }
            const memo = this.changes.get(next);
            if (memo === false)
                continue;
            if (memo === true)
                return settle(next);
            if (visited.has(next)) {
                if (pending.has(next))
                    top.open = true;
                continue;
            }
            visited.add(next);
            if (own(next))
                return settle(next);
            stack.push({ key: next, below: below(next), next: 0, open: false });
            pending.add(next);
        }
        for (const k of visited)
            this.changes.set(k, false);
        return false;
    }
    /** The findings and edges of a reference pair, compared on first use. */
    walk(key) {
        return this.pair(key).walk;
    }
    pair(key) {
        const pair = this.pairs.get(key);
        if (!pair)
            throw new Error(`unknown schema pair ${key}`);
        if (!pair.walk) {
            const walk = { findings: [], edges: [] };
            pair.walk = walk;
            if (this.same(pair.base.node, pair.head.node, TARGET_BUDGET))
                return pair;
            const { seen, depth, textual, negatedFrom, proving } = this;
            this.seen = new Set([`${pair.base.pointer}\n${pair.head.pointer}`]);
            this.depth = 0;
            this.textual = pair.textual;
            this.negatedFrom = pair.negatedFrom;
            // A pair's findings are shared by every walk that reaches it: never those of a proof.
            this.proving = 0;
            try {
                this.compareViews(this.baseViews.of(pair.base), this.headViews.of(pair.head), pair.direction, '', walk);
            }
            finally {
                this.seen = seen;
                this.depth = depth;
                this.textual = textual;
                this.negatedFrom = negatedFrom;
                this.proving = proving;
            }
            if (pair.negatedFrom)
                negateFindings(walk, 0, pair.negatedFrom);
        }
        return pair;
    }
    /** True when `b` and `h` are equal and every `$ref` in them leads to equal schemas (`sameTarget`). */
    same(b, h, budget) {
        if (!this.readAlike)
            return false;
        if (typeof b === 'object' && b !== null && this.notSame.get(b) === h)
            return false;
        const holders = [];
        const track = { above: [], steps: 0 };
        const same = unchanged(b, h, budget, holders, track);
        this.sameSteps += track.steps;
        const above = track.above;
        if (!same) {
            // The pairs above where the look ended differ, or are too large to look at in full, as
            // this one is: looking at each of them again (a schema nested thousands deep, changed at
            // its bottom) would cost the budget once per level.
            for (let i = 0; i < above.length; i += 2)
                this.notSame.set(above[i], above[i + 1]);
            return false;
        }
        for (let i = 0; i < holders.length; i += 2)
            if (!this.sameTarget(this.holderKey(holders[i], holders[i + 1])))
                return false;
        return true;
    }
    /** The `refKey` of a pair of equal reference objects (`unchanged` lists them). */
    holderKey(b, h) {
        return this.refKey(b, h, refOf(b));
    }
    /**
     * What a reference written as `ref` in `b` (base) and `h` (head) means: the local pointer each
     * side resolves it to where it is written, so that the same text leading to different schemas
     * under different `$id`s (`$ref: '#a'` in every resource) is one key per pair of targets, and
     * equal targets are still seen once. A `#/…` pointer the root has is its own key.
     */
    refKey(b, h, ref) {
        const bLocal = this.base.local(b, ref);
        const hLocal = this.head.local(h, ref);
        if (bLocal === hLocal)
            return bLocal;
        const key = `${bLocal}\0${hLocal}`;
        if (!this.refPairs.has(key))
            this.refPairs.set(key, [bLocal, hLocal]);
        return key;
    }
    /**
     * True when `ref` leads to equal schemas in both documents, and so does every `$ref` in them,
     * all the way down: comparing anything that reaches it could find nothing. References form a
     * graph with cycles, so it is answered for a whole strongly connected component at once
     * (Tarjan's algorithm, on an explicit stack) and memoised per reference: each target is
     * looked at once.
     */
    sameTarget(start) {
        if (!this.readAlike)
            return false;
        const known = this.sameTargets.get(start);
        if (known !== undefined)
            return known;
        const index = new Map();
        const low = new Map();
        const ok = new Map();
        const open = [];
        const onOpen = new Set();
        const frames = [];
        const enter = (ref) => {
            index.set(ref, index.size);
            low.set(ref, index.size - 1);
            open.push(ref);
            onOpen.add(ref);
            const refs = [];
            const equal = this.equalTargets(ref, refs);
            ok.set(ref, equal);
            frames.push({ ref, refs: equal ? refs : [], next: 0 });
        };
        enter(start);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next < frame.refs.length) {
                const ref = frame.refs[frame.next++];
                const memo = this.sameTargets.get(ref);
                if (memo !== undefined) {
                    if (!memo)
                        ok.set(frame.ref, false);
                }
                else if (!index.has(ref))
                    enter(ref);
                else if (onOpen.has(ref))
                    low.set(frame.ref, Math.min(low.get(frame.ref), index.get(ref)));
                continue;
            }
            frames.pop();
            const parent = frames[frames.length - 1];
            if (low.get(frame.ref) === index.get(frame.ref)) {
                // The root of a component: its members are equal together, or none is.
                const members = [];
                let member;
                do {
                    member = open.pop();
                    onOpen.delete(member);
                    members.push(member);
                } while (member !== frame.ref);
                const equal = members.every((m) => ok.get(m));
                for (const m of members)
                    this.sameTargets.set(m, equal);
                if (parent && !equal)
                    ok.set(parent.ref, false);
            }
            else if (parent) {
                low.set(parent.ref, Math.min(low.get(parent.ref), low.get(frame.ref)));
                if (!ok.get(frame.ref))
                    ok.set(parent.ref, false);
            }
        }
        return this.sameTargets.get(start);
    }
    /** Whether the targets of the reference `key` (`refKey`) are equal as written; the keys of their own references go to `refs`. */
    equalTargets(key, refs) {
        this.targetChecks++;
        const [bRef, hRef] = this.refPairs.get(key) ?? [key, key];
        // A text left as written where it leads to different schemas in different places is unresolved there.
        const b = this.base.target(bRef);
        const h = this.head.target(hRef);
        if (b.unresolved !== undefined || h.unresolved !== undefined)
            return b.unresolved !== undefined && h.unresolved !== undefined;
        const holders = [];
        if (!unchanged(b.node, h.node, TARGET_BUDGET, holders))
            return false;
        for (let i = 0; i < holders.length; i += 2)
            refs.push(this.holderKey(holders[i], holders[i + 1]));
        return true;
    }
    compareViews(b, h, direction, at, walk) {
        this.comparisons++;
        if (direction !== 'response' && h.variants && variantKeyword(h) === 'oneOf')
            this.compareOneOfOverlap(b, h, direction, at, walk);
        // The view keeps the first of a keyword (or property) said twice in an `allOf`: what the
        // revision refuses may be more than is compared, so no containment is proven.
        if (Array.isArray(h.node.allOf) && !walk.unproven && mergeLoses(this.head, h.node, h.pointer))
            walk.unproven = true;
        if (this.acceptsDepth > 0)
            this.acceptsWork++;
        // One side a `oneOf`/`anyOf` and the other not, as written and, when the `allOf` references
        // are flattened below, also so flattened: `allOf: [{$ref: X}]` (or, in 3.1, a `$ref` with a
        // keyword beside it) against X itself has X's variants on both sides, and a member that
        // brings variants is the allOf rule's (compareAllOfAdded).
        let variantsDiffer = (b.variants === undefined) !== (h.variants === undefined);
        // `allOf` references matched one for one are compared as pairs; otherwise both sides are flattened.
        if (b.members.size > 0 || h.members.size > 0) {
            if (sameKeys(b.members, h.members)) {
                for (const [ref, bm] of b.members)
                    this.compare(bm, h.members.get(ref), direction, at, walk);
            }
            else {
                const [bRefs, hRefs] = [b, h];
                b = this.baseViews.flattened({ node: b.node, pointer: b.pointer });
                h = this.headViews.flattened({ node: h.node, pointer: h.pointer });
                if (direction !== 'response')
                    this.compareAllOfAdded(bRefs, hRefs, b, at, walk);
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
        if (bi && hi)
            this.compare(bi, hi, direction, joinPath(at, '[]'), walk);
        else if (hi && listedKind(hi.node) !== 'any')
            walk.unproven = true;
        this.compareAdditional(b, h, direction, at, walk);
        if (b.variants && h.variants)
            this.compareVariants(b, h, direction, at, walk);
    }
    /**
     * A request `allOf` that kept all its references and gained another: what clients send must now
     * match that schema too (as oasdiff says), unless the new member only annotates, or all it asks
     * is said by other rules on the merged schema (`saidElsewhere`): one change, one finding.
     */
    compareAllOfAdded(b, h, flatBase, at, walk) {
        if (b.members.size === 0 || h.members.size <= b.members.size)
            return;
        for (const ref of b.members.keys())
            if (!h.members.has(ref))
                return;
        for (const [ref, located] of h.members) {
            if (b.members.has(ref))
                continue;
            const member = this.head.resolve(located);
            if (member.unresolved !== undefined || !isObject(member.node))
                continue;
            if (Object.keys(member.node).every((k) => ANNOTATIONS.has(k) || k.startsWith('x-')))
                continue;
            if (this.saidElsewhere(member.node, member.pointer, flatBase))
                continue;
            found(walk, 'request-all-of-member-added', at, h.pointer, `allOf gained ${ref}: what is sent must match it too`);
        }
    }
    /**
     * True when a new `allOf` member of a request asks nothing the comparison of the merged schemas
     * does not report on its own: properties the base did not have (found as added, required or
     * not) or that are readOnly (a request need not send them), required names, a type, and
     * keywords the base did not have that a rule of their own compares (a bound, a pattern, …).
     * A keyword the base already had stays the base's in the merge: only the allOf rule sees it.
     */
    saidElsewhere(member, pointer, flatBase) {
        for (const [key, value] of Object.entries(member)) {
            if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'required' || key === 'type')
                continue;
            if (key === 'properties' && isObject(value)) {
                for (const [name, schema] of Object.entries(value)) {
                    const located = { node: schema, pointer: child(pointer, 'properties', name) };
                    // A name the base listed, or admitted through its additionalProperties or
                    // patternProperties (so clients may send it), is compared by no other rule.
                    if ((flatBase.properties.has(name) || admitsByName(flatBase)) &&
                        this.visible(this.head, located, 'request'))
                        return false;
                }
                continue;
            }
            if (!COMPARED_WHEN_GAINED.has(key) || key in flatBase.keywords)
                return false;
        }
        return true;
    }
    /**
     * A discriminator tells the members of a oneOf/anyOf apart by a property's value: another
     * property, or a value mapped to another schema, makes both ends pick the wrong one. A mapping
     * entry removed only breaks requests (a response simply no longer uses that value).
     */
    compareDiscriminators(b, h, direction, at, walk) {
        const bd = b.keywords.discriminator;
        const hd = h.keywords.discriminator;
        if (!isObject(bd) || !isObject(hd))
            return;
        const pointer = `${h.pointer}/discriminator`;
        if (typeof bd.propertyName === 'string' &&
            typeof hd.propertyName === 'string' &&
            bd.propertyName !== hd.propertyName)
            found(walk, 'discriminator-property-changed', at, pointer, `discriminator property changed from "${bd.propertyName}" to "${hd.propertyName}"`);
        const bm = isObject(bd.mapping) ? bd.mapping : {};
        const hm = isObject(hd.mapping) ? hd.mapping : {};
        const changed = Object.keys(bm)
            .filter((value) => Object.hasOwn(hm, value) ? contentKey(hm[value]) !== contentKey(bm[value]) : direction !== 'response')
            .sort();
        if (changed.length > 0)
            found(walk, 'discriminator-mapping-changed', at, pointer, `discriminator mapping changed for ${list(changed)}`);
    }
    /**
     * One side is a `oneOf`/`anyOf` and the other is not (a schema newly wrapped, or unwrapped):
     * the plain side is compared with the variant that matches it (by reference or content), and
     * the other variants are reported as added or removed.
     */
    compareWrapped(b, h, direction, at, walk) {
        const wrappedInHead = h.variants !== undefined;
        const plain = wrappedInHead ? b : h;
        const variants = (wrappedInHead ? h.variants : b.variants);
        const doc = wrappedInHead ? this.head : this.base;
        const plainDoc = wrappedInHead ? this.base : this.head;
        if (this.compareMembersWithList(b, h, plain, variants, wrappedInHead, direction, at, walk))
            return;
        let match = -1;
        const resolved = variants.map((v) => doc.resolve(v));
        match = resolved.findIndex((r) => r.unresolved === undefined && r.pointer === plain.pointer);
        if (match < 0)
            match = resolved.findIndex((r) => r.unresolved === undefined && sameContent(r.node, plain.node));
        if (match < 0)
            match = resolved.findIndex((r) => {
                if (r.unresolved !== undefined)
                    return false;
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
        const nullVariant = resolved.some((r, i) => i !== match && r.unresolved === undefined && onlyNull(r.node));
        const plainNode = nullVariant && plain.types !== undefined && plain.types & NULL ? withoutNull(plain.node) : plain.node;
        const plainLocated = { node: plainNode, pointer: plain.pointer };
        const variant = variants[match];
        if (wrappedInHead)
            this.compare(plainLocated, variant, direction, at, walk);
        else
            this.compare(variant, plainLocated, direction, at, walk);
        resolved.forEach((r, i) => {
            if (i === match || r.unresolved !== undefined || onlyNull(r.node))
                return;
            this.reportVariant(wrappedInHead, direction, at, h.pointer, variants[i], walk);
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
    compareMembersWithList(b, h, plain, variants, wrappedInHead, direction, at, walk) {
        const composed = wrappedInHead ? h : b;
        const plainTypes = plain.types;
        if (plainTypes === undefined || 'const' in plain.node)
            return false;
        for (const key of Object.keys(composed.node)) {
            if (key === 'oneOf' || key === 'anyOf' || key === 'nullable')
                continue;
            if (!ANNOTATIONS.has(key) && !key.startsWith('x-'))
                return false;
        }
        const doc = wrappedInHead ? this.head : this.base;
        const views = wrappedInHead ? this.headViews : this.baseViews;
        // More members than types: two share one (below), read no further.
        if (variants.length > TYPES.length)
            return false;
        const members = [];
        for (const v of variants) {
            const r = doc.resolve(v);
            if (r.unresolved !== undefined || !isObject(r.node))
                return false;
            const types = views.of(r).types;
            if (types === undefined || types === 0)
                return false;
            members.push({ v, types });
        }
        // Two members of one type (two objects) share its part: where the members receive, only
        // together may they take all of it, which no comparison of one member shows: they are matched
        // one by one instead. Where they send, each sends within the list or not, compared alone.
        // oneOf also refuses a value two members take: with an integer member beside a number one
        // (an integer is a number too) it takes less than the list, said below where that breaks.
        const receives = wrappedInHead === (direction !== 'response');
        let overlap = 0;
        const widened = (t) => (t & (NUMBER | INTEGER) ? t | NUMBER | INTEGER : t);
        for (let i = 0; i < members.length; i++)
            for (let j = i + 1; j < members.length; j++) {
                const [x, y] = [members[i].types, members[j].types];
                if (x & y && receives)
                    return false;
                overlap |= widened(x) & widened(y) & (x | y);
            }
        if (!Array.isArray(composed.node.oneOf))
            overlap = 0;
        // A format goes with the types it is of (`typePart`): the parts compare it, not the union.
        const unformatted = (view) => ({ ...view, format: undefined });
        this.compareTypes(unformatted(b), unformatted(h), direction, at, walk);
        const start = walk.findings.length;
        for (const { v, types } of members) {
            // An integer member takes part of the list's numbers.
            const shared = types & (plainTypes & NUMBER ? plainTypes | INTEGER : plainTypes);
            // A member of null alone is the null the types compared; a type not shared is their change.
            if ((shared & ~NULL) === 0)
                continue;
            const part = { node: typePart(plain.node, shared), pointer: plain.pointer };
            const from = walk.findings.length;
            if (wrappedInHead)
                this.compare(part, v, direction, at, walk);
            else
                this.compare(v, part, direction, at, walk);
            // Types the member has beyond the part are the union's type change, said above.
            if (types & ~plainTypes)
                for (let i = walk.findings.length - 1; i >= from; i--)
                    if (walk.findings[i].at === at && isTypeChange(walk.findings[i]))
                        walk.findings.splice(i, 1);
        }
        // A keyword of every type (`format`, `enum`) compared with several members is said once.
        const said = new Set();
        for (let i = start; i < walk.findings.length; i++) {
            const f = walk.findings[i];
            const key = `${f.rule}\u0000${f.at}\u0000${f.location}\u0000${f.text}`;
            if (said.has(key))
                walk.findings.splice(i--, 1);
            else
                said.add(key);
        }
        // The list took what two members take, the oneOf refuses it: breaking where the oneOf now
        // receives (a request) or the list now sends (a response). Where the overlap rule (run
        // before, decision 90) already said it of this oneOf, with its members named, not again.
        const shared = describeType({ ...plain, types: overlap & plainTypes });
        const saidByOverlap = wrappedInHead && walk.findings.some((f) => f.rule === 'request-one-of-overlap' && f.at === at);
        if ((overlap & plainTypes) !== 0 && receives && !saidByOverlap) {
            const text = wrappedInHead
                ? `oneOf refuses a value of ${shared} that two of its members take, which type ${describeType(plain)} took`
                : `type ${describeType(plain)} may now send a value of ${shared} that two members of the oneOf took, which it refused`;
            found(walk, typeRule(direction), at, h.pointer, text);
        }
        return true;
    }
    /** True when comparing `b` with `h` finds nothing breaking or worth a warning: what was valid stays valid. */
    accepts(b, h, direction) {
        // As deep as no real document nests: said to accept, so nothing is reported on a guess.
        if (this.subwalks >= SUBWALK_DEPTH)
            return true;
        // Past the work budget of the outermost `oneOf`/`anyOf` under way (hostile documents:
        // left-over variants each asked against each), the variant is reported rather than checked.
        // The budget is that union's own, so no other union's work changes its verdict.
        if (this.acceptsWork >= ACCEPTS_WORK)
            return false;
        const seen = this.seen;
        const depth = this.depth;
        this.subwalks++;
        this.acceptsDepth++;
        try {
            this.seen = new Set();
            this.depth = 0;
            const walk = { findings: [], edges: [] };
            this.compare(b, h, direction, '', walk);
            const breaking = (findings) => findings.some((f) => RULES[f.rule].level !== 'info');
            if (breaking(this.settled(walk.findings)))
                return false;
            for (const edge of walk.edges) {
                if (this.reach(edge.key).some((r) => breaking(r.findings)))
                    return false;
            }
            return true;
        }
        finally {
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
    compareOneOfOverlap(b, h, direction, at, walk) {
        const members = h.variants;
        if (members.length < 2)
            return;
        // Inside a proof, a `oneOf` that changed proves nothing (what it now refuses is not looked
        // at), however many members it has.
        if (this.proving > 0) {
            found(walk, 'request-one-of-overlap', at, h.pointer, 'changed oneOf (not proven)');
            return;
        }
        if (members.length > OVERLAP_MEMBERS)
            return;
        const bKind = b.variants ? variantKeyword(b) : undefined;
        const sets = b.variants
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
            if (target.unresolved === undefined && target.node === false)
                continue;
            // A base `oneOf` member that may share values with another member did not accept them all.
            if (bKind === 'oneOf' && !this.aloneInBase(b.variants, set.index))
                continue;
            const own = target.unresolved === undefined ? this.baseViews.of(target) : undefined;
            const inside = [];
            for (let j = 0; j < members.length; j++) {
                // Two members are needed: stop when the rest cannot make them.
                if (inside.length + (members.length - j) < 2 || pairs >= OVERLAP_PROOFS)
                    break;
                // What cannot hold (checked without a walk): no proof is tried.
                if (own && heads[j] && this.refutes(own, heads[j]))
                    continue;
                pairs++;
                if (this.contained(set.located, members[j], direction))
                    inside.push(j);
            }
            if (pairs >= OVERLAP_PROOFS && inside.length < 2)
                return;
            if (inside.length < 2)
                continue;
            const names = inside.map((j) => `${j + 1} (${this.memberName(this.head, this.headViews, members[j])})`);
            const which = set.index < 0
                ? 'values accepted before'
                : `values accepted before by ${bKind} member ${set.index + 1} (${this.memberName(this.base, this.baseViews, set.located)})`;
            const discriminator = h.keywords.discriminator;
            const property = isObject(discriminator) && typeof discriminator.propertyName === 'string'
                ? discriminator.propertyName
                : undefined;
            const text = `${which} now match oneOf members ${listInOrder(names)}: a oneOf accepts a value that matches exactly one` +
                (property === undefined
                    ? ''
                    : `, unless the member is picked by its discriminator "${property}" (strict JSON Schema validators do not)`);
            found(walk, property === undefined ? 'request-one-of-overlap' : 'request-one-of-overlap-discriminator', at, h.pointer, text);
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
    contained(b, h, direction) {
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
            const walk = { findings: [], edges: [] };
            this.compare(b, h, direction, '', walk);
            if (walk.unproven || !walk.findings.every(proves))
                return false;
            for (const edge of walk.edges)
                if (!this.reach(edge.key).every((r) => !r.unproven && r.findings.every(proves)))
                    return false;
            return true;
        }
        finally {
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
    refutes(x, y) {
        const xt = untypedAdmitsNull(x, this.base) ? undefined : withValueTypes(x).types;
        const yt = untypedAdmitsNull(y, this.head) ? undefined : withValueTypes(y).types;
        if (yt !== undefined) {
            if (xt === undefined)
                return true;
            const missing = xt & ~yt & ~(yt & NUMBER ? INTEGER : 0);
            if (missing !== 0)
                return true;
        }
        if (xt !== undefined && (xt & OBJECT) === 0)
            return false;
        for (const name of y.required)
            if (!x.required.has(name))
                return true;
        return false;
    }
    /** Whether the base `oneOf` member `index` is proven to share no value with any other member. */
    aloneInBase(variants, index) {
        const views = variants.map((v) => {
            const r = this.base.resolve(v);
            return r.unresolved === undefined ? this.baseViews.of(r) : undefined;
        });
        const own = views[index];
        if (!own)
            return false;
        return views.every((other, i) => i === index || (other !== undefined && this.disjoint(own, other)));
    }
    /**
     * Whether two schemas of the base are proven to share no value: their types (as `untypedAdmitsNull`
     * reads them) do not meet, or one admits objects only and a property the other requires is
     * refused by it (not listed where other properties are closed) or is required by both with
     * values listed apart (a discriminating `const` or `enum`).
     */
    disjoint(x, y) {
        const typesOf = (v) => {
            if (untypedAdmitsNull(v, this.base))
                return undefined;
            const types = withValueTypes(v).types;
            return types === undefined ? undefined : types & NUMBER ? types | INTEGER : types;
        };
        const xt = typesOf(x);
        const yt = typesOf(y);
        if (xt !== undefined && yt !== undefined && (xt & yt) === 0)
            return true;
        if (!(xt === OBJECT || yt === OBJECT))
            return false;
        const refuses = (v, name) => v.additionalProperties === false &&
            !v.properties.has(name) &&
            !(isObject(v.keywords.patternProperties) && Object.keys(v.keywords.patternProperties).length > 0);
        for (const name of x.required)
            if (refuses(y, name))
                return true;
        for (const name of y.required)
            if (refuses(x, name))
                return true;
        for (const name of x.required) {
            if (!y.required.has(name))
                continue;
            const xp = x.properties.get(name);
            const yp = y.properties.get(name);
            if (!xp || !yp)
                continue;
            const xr = this.base.resolve(xp);
            const yr = this.base.resolve(yp);
            if (xr.unresolved !== undefined || yr.unresolved !== undefined)
                continue;
            const xv = this.baseViews.of(xr);
            const yv = this.baseViews.of(yr);
            if (!xv.enum || !yv.enum || (admitsNull(xv) && admitsNull(yv)))
                continue;
            if (![...xv.enum.keys()].some((key) => yv.enum.has(key)))
                return true;
        }
        return false;
    }
    /** A member's name in a message: its reference, else its types. */
    memberName(doc, views, located) {
        const ref = refOf(located.node);
        if (ref !== undefined)
            return ref;
        const r = doc.resolve(located);
        return r.unresolved === undefined ? describeType(views.of(r)) : 'an unresolved schema';
    }
    reportVariant(added, direction, at, pointer, v, walk) {
        // A `false` variant admitted nothing: gained or lost, it changes nothing.
        const target = (added ? this.head : this.base).resolve(v);
        if (target.unresolved === undefined && target.node === false)
            return;
        const name = refOf(v.node) ?? 'an inline schema';
        const response = direction === 'response';
        if (added) {
            const rule = response ? 'response-variant-added' : 'request-variant-added';
            found(walk, rule, at, pointer, `may now be ${name}`);
        }
        else {
            const rule = response ? 'response-variant-removed' : 'request-variant-removed';
            found(walk, rule, at, pointer, `may no longer be ${name}`);
        }
    }
    /** `oneOf`/`anyOf` on both sides: matched by reference, then content, then type; never by position. */
    compareVariants(b, h, direction, at, walk) {
        // A union met outside every `accepts` check starts the work budget afresh (ACCEPTS_WORK).
        if (this.acceptsDepth > 0) {
            this.compareVariantsIn(b, h, direction, at, walk);
            return;
        }
        const work = this.acceptsWork;
        this.acceptsWork = 0;
        try {
            this.compareVariantsIn(b, h, direction, at, walk);
        }
        finally {
            this.acceptsWork = work;
        }
    }
    compareVariantsIn(b, h, direction, at, walk) {
        const bv = b.variants.map((v) => ({ v, r: this.base.resolve(v) }));
        const hv = h.variants.map((v) => ({ v, r: this.head.resolve(v) }));
        const left = new Set(bv.keys());
        const right = new Set(hv.keys());
        // Each pass pairs variants whose keys (read once per variant, never per pair: a oneOf may
        // have thousands) are equal, each base variant with the first head variant left of its key.
        const pair = (key, compare) => {
            const waiting = new Map();
            for (const j of right) {
                const k = key(hv[j], this.head, this.headViews);
                if (k === undefined)
                    continue;
                const list = waiting.get(k);
                if (list)
                    list.push(j);
                else
                    waiting.set(k, [j]);
            }
            for (const i of left) {
                const k = key(bv[i], this.base, this.baseViews);
                const j = k === undefined ? undefined : waiting.get(k)?.shift();
                if (j === undefined)
                    continue;
                left.delete(i);
                right.delete(j);
                if (compare)
                    this.compare(bv[i].v, hv[j].v, direction, at, walk);
            }
        };
        pair((x) => refOf(x.v.node), true);
        // Variants kept under the same reference are the same member as before: one left over beside
        // them is a member added or removed, not one merged into them.
        const keptB = new Set([...bv.keys()].filter((i) => !left.has(i)));
        const keptH = new Set([...hv.keys()].filter((j) => !right.has(j)));
        pair((x) => (refOf(x.v.node) !== undefined && x.r.unresolved === undefined ? x.r.pointer : undefined), true);
        // Equal content, key order aside, is still compared: a `$ref` inside it may lead to a
        // schema that changed (when nothing it reaches changed, `compare` stops at once).
        pair((x) => refOf(x.v.node) === undefined && x.r.unresolved === undefined ? contentKey(x.r.node) : undefined, true);
        pair((x, _, views) => {
            const types = x.r.unresolved === undefined ? views.of(x.r).types : undefined;
            return types === undefined ? undefined : String(types);
        }, true);
        // One inline member left on each side (nulls aside) is one member changed, as `type: [x,
        // 'null']` → `[y, 'null']` is: compared, not reported as one removed and another added. The
        // union's type change (compareTypes, above) names its type change: said once, unless the
        // member's is more serious (the union's types do not show a member's `format`).
        const open = (vs, keys) => [...keys].filter((k) => vs[k].r.unresolved !== undefined || !onlyNull(vs[k].r.node));
        const [bOpen, hOpen] = [open(bv, left), open(hv, right)];
        const [x, y] = [bv[bOpen[0]], hv[hOpen[0]]];
        if (bOpen.length === 1 &&
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
                : hv.some((z, j) => j !== hOpen[0] && this.accepts(x.v, z.v, direction)))) {
            left.delete(bOpen[0]);
            right.delete(hOpen[0]);
            const start = walk.findings.length;
            this.compare(x.v, y.v, direction, at, walk);
            const rank = (f) => compare_LEVELS.indexOf(RULES[f.rule].level);
            // Members of no common type: the new one's keywords (a `pattern`, `maxLength`, listed values)
            // bear on values the old one never took, its type change says all.
            const [xt, yt] = [this.baseViews.of(x.r).types, this.headViews.of(y.r).types];
            const numeric = (t) => (t & (NUMBER | INTEGER) ? t | NUMBER | INTEGER : t);
            const apart = xt !== undefined && yt !== undefined && (numeric(xt) & numeric(yt)) === 0;
            let union;
            for (let i = walk.findings.length - 1; i >= start; i--) {
                const f = walk.findings[i];
                if (apart && !isTypeChange(f)) {
                    walk.findings.splice(i, 1);
                    continue;
                }
                if (f.at !== at || !isTypeChange(f))
                    continue;
                // What compareTypes said of the union (again, into a walk of its own: it looks no deeper).
                if (!union) {
                    union = { findings: [], edges: [] };
                    this.compareTypes(b, h, direction, at, union);
                }
                if (union.findings.some((u) => rank(u) <= rank(f)))
                    walk.findings.splice(i, 1);
            }
        }
        // A variant left over on the side clients send may still be accepted whole by another one
        // (two variants merged into one): only one that no counterpart takes is reported.
        // In text a member kept under its reference may take a removed one's values as text (`?q=3`
        // read by a string): judged so too, as a type list's `integer` taken by its `string` is.
        const response = direction === 'response';
        const text = textAt(this.textual, at);
        for (const i of left) {
            if (!response && hv.some((y, j) => (text || !keptH.has(j)) && this.accepts(bv[i].v, y.v, direction)))
                continue;
            this.reportVariant(false, direction, at, h.pointer, bv[i].v, walk);
        }
        // A response value matching a kept oneOf member and a new one matches two: strict clients fail.
        const strict = Array.isArray(h.node.oneOf);
        for (const j of right) {
            if (response && bv.some((x, i) => !(strict && keptB.has(i)) && this.accepts(x.v, hv[j].v, direction)))
                continue;
            this.reportVariant(true, direction, at, h.pointer, hv[j].v, walk);
        }
    }
    compareTypes(b, h, direction, at, walk) {
        // A type read from `properties`, `additionalProperties` or `items` alone (decision 79) is the
        // common way of writing an object or an array, not a keyword that refuses the other types.
        // Against a side that declares no type either, both take every value: no type changed. Under
        // `not` the reading would narrow what the negated schema refuses, so it is not made at all.
        const bImplied = untypedAdmitsNull(b, this.base);
        const hImplied = untypedAdmitsNull(h, this.head);
        const anyValue = (view) => withValueTypes(view).types === undefined;
        if ((bImplied && anyValue(h)) || (hImplied && anyValue(b)))
            return;
        if (this.negatedFrom !== undefined && (bImplied || hImplied)) {
            if (bImplied)
                b = { ...b, types: undefined };
            if (hImplied)
                h = { ...h, types: undefined };
            if (bImplied && hImplied)
                return;
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
            ? { ...declared, types: declared.types | NULL }
            : declared;
        if (covers(accepted, sent) && covers(sent, declared))
            return;
        // Two constants: compareEnums reports the one change.
        if ('const' in b.keywords && 'const' in h.keywords)
            return;
        // Null gained or lost beside values listed on both sides is an enum value: compareEnums says so.
        if (nullListedApart(b, h))
            return;
        // In text, every value also reads as a string: a receiver that takes a string (and no
        // format) takes whatever scalar value was sent before, of one type or of a list of types
        // (`?q=3` and `?q=abc` are both text). Null stays apart (taken only if it still is), and so
        // does a sender whose types are its `oneOf`/`anyOf` members': members removed still break.
        // Against a receiver's members, `compareVariants` reports each member no new one takes.
        // A sender of any value in a parameter or header (`{}`, or no schema) sent text all along:
        // a plain string takes it (decision 94), as it takes `[string, integer]`.
        const text = textAt(this.textual, at);
        const sentValue = (sent.types ?? 0) & ~NULL;
        const plainString = text &&
            accepted.types !== undefined &&
            (accepted.types & ~NULL) === STRING &&
            accepted.format === undefined;
        const untypedText = this.textual === 'all' && sent.types === undefined && sent.variants === undefined && !response;
        const takesText = plainString &&
            (untypedText ||
                (sent.types !== undefined &&
                    sentValue !== 0 &&
                    !(sent.variants !== undefined &&
                        sent.keywords.type === undefined &&
                        accepted.variants === undefined) &&
                    // An array or an object is several values (`a,b`, `?a=1&a=2`, `x[k]=v`), never one string,
                    // except as the whole text of a body: `<a><b>1</b></a>` or `a=1&b=2` read as one string.
                    ((sentValue & (ARRAY | OBJECT)) === 0 || (this.textual === 'body' && at === '')) &&
                    ((sent.types & NULL) === 0 || (accepted.types & NULL) !== 0)));
        const rule = !takesText && !covers(accepted, sent)
            ? typeRule(direction)
            : response
                ? 'response-type-narrowed'
                : 'request-type-widened';
        // Listed values without `type` are described by their types.
        const [shownB, shownH] = response ? [declared, sent] : [sent, declared];
        found(walk, rule, at, h.pointer, `type changed from ${describeType(shownB)} to ${describeType(shownH)}`);
    }
    compareEnums(b, h, direction, at, walk) {
        const response = direction === 'response';
        if ('const' in b.keywords && 'const' in h.keywords && !sameContent(b.keywords.const, h.keywords.const)) {
            // A constant that changed is neither a value added nor one removed: what was promised is gone.
            const text = `const changed from ${jsonText(b.keywords.const)} to ${jsonText(h.keywords.const)}`;
            found(walk, typeRule(direction), at, h.pointer, text);
            return;
        }
        if (b.enum && h.enum) {
            const added = [...h.enum].filter(([key]) => !b.enum.has(key)).map(([, text]) => text);
            const removed = [...b.enum].filter(([key]) => !h.enum.has(key)).map(([, text]) => text);
            // Null listed on one side only: removed is an enum value removed; added to a response, a
            // value of a new type (as `type: [x, 'null']` gaining null), not one more of the listed kind.
            if (nullListedApart(b, h)) {
                if (!admitsNull(h))
                    removed.push('null');
                else if (!response)
                    added.push('null');
                else
                    found(walk, 'response-type-changed', at, h.pointer, 'may now be null');
            }
            if (added.length > 0) {
                if (response)
                    found(walk, 'response-enum-value-added', at, h.pointer, `may now be ${list(added)}`);
                else
                    found(walk, 'request-enum-value-added', at, h.pointer, `now also accepts ${list(added)}`);
            }
            if (removed.length > 0) {
                if (response)
                    found(walk, 'response-enum-value-removed', at, h.pointer, `will no longer be ${list(removed)}`);
                else
                    found(walk, 'request-enum-value-removed', at, h.pointer, `no longer accepts ${list(removed)}`);
            }
        }
        else if (b.enum) {
            // A response const dropped is no longer one known value: anything of its type may come.
            const rule = response
                ? 'const' in b.keywords
                    ? 'response-type-changed'
                    : 'response-enum-value-added'
                : 'request-type-widened';
            found(walk, rule, at, h.pointer, `is no longer limited to ${list([...b.enum.values()])}`);
        }
        else if (h.enum) {
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
    compareBounds(b, h, direction, at, walk) {
        const side = direction === 'response' ? 'response' : 'request';
        for (const [keyword, kind] of BOUNDS) {
            // minimum and maximum with their exclusive forms, as the view reads them; the others as written.
            const boundOf = (v) => keyword === 'minimum'
                ? v.minimum
                : keyword === 'maximum'
                    ? v.maximum
                    : plainBound(v.keywords[keyword]);
            const bb = boundOf(b);
            const hb = boundOf(h);
            if (sameBound(bb, hb))
                continue;
            // A count of properties that no valid object can have changes nothing; under `not`, one
            // that may or may not (`countRoom`) is the undecided warning.
            let admits;
            if (keyword === 'minProperties' || keyword === 'maxProperties') {
                const counts = changedCounts(kind, bb, hb);
                // Outside `not`, a required name that is readOnly (request) or writeOnly (response) is
                // not asked of this side; under `not`, every name counts as written (decision 73).
                const binding = (doc, view) => this.negatedFrom === undefined
                    ? (name) => {
                        const property = view.properties.get(name);
                        return property === undefined || this.visible(doc, property, direction);
                    }
                    : undefined;
                const where = either(countRoom(b, counts[0], counts[1], kind, binding(this.base, b)), countRoom(h, counts[0], counts[1], kind, binding(this.head, h)));
                if (where === 'no')
                    continue;
                if (where === 'unknown' && this.negatedFrom !== undefined)
                    admits = 'unknown';
            }
            const tighter = isTighter(kind, bb, hb);
            const word = (kind === 'min') === tighter ? 'increased' : 'decreased';
            const rule = `${side}-${kebab(keyword)}-${word}`;
            const text = `${keyword} changed from ${describeBound(bb)} to ${describeBound(hb)}`;
            found(walk, rule, at, h.pointer, text, admits);
        }
    }
    /** A property's deprecation, x-sunset and x-stability-level, as for operations and parameters. */
    compareLifecycle(b, h, at, walk) {
        const hk = h.keywords;
        if (hk['x-sunset'] === undefined &&
            hk['x-stability-level'] === undefined &&
            b.keywords['x-sunset'] === undefined)
            return;
        const options = { today: this.today, stability: 'property-stability-decreased' };
        for (const change of lifecycleChanges(b.keywords, hk, options))
            found(walk, change.rule, at, child(h.pointer, change.keyword), change.text);
    }
    /** pattern, uniqueItems, multipleOf, default, contentMediaType/contentEncoding, dependentRequired. */
    compareValues(b, h, direction, at, walk) {
        const response = direction === 'response';
        const bk = b.keywords;
        const hk = h.keywords;
        const bp = constraining(bk.pattern);
        const hp = constraining(hk.pattern);
        if (bp !== hp) {
            const kind = bp === undefined ? 'added' : hp === undefined ? 'removed' : 'changed';
            const rule = `${response ? 'response' : 'request'}-pattern-${kind}`;
            const text = kind === 'added'
                ? `must now match ${hp}`
                : kind === 'removed'
                    ? `no longer has pattern ${bp}`
                    : `pattern changed from ${bp} to ${hp}`;
            found(walk, rule, at, h.pointer, text);
        }
        const bu = bk.uniqueItems === true;
        const hu = hk.uniqueItems === true;
        if (bu !== hu) {
            const rule = !response && hu
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
                const rule = direction === 'parameter'
                    ? bd === undefined
                        ? 'parameter-default-added'
                        : 'parameter-default-changed'
                    : response
                        ? 'response-default-changed'
                        : bd === undefined
                            ? 'default-added'
                            : 'request-default-changed';
                const text = bd === undefined
                    ? `gained default ${hd}`
                    : hd === undefined
                        ? `lost its default ${bd}`
                        : `default changed from ${bd} to ${hd}`;
                found(walk, rule, at, h.pointer, text);
            }
        }
        for (const keyword of ['contentMediaType', 'contentEncoding']) {
            if (contentKey(bk[keyword]) === contentKey(hk[keyword]))
                continue;
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
    compareSubschemas(b, h, direction, at, walk) {
        const response = direction === 'response';
        const [gainedRule, lostRule] = response
            ? ['response-schema-keyword-added', 'response-schema-keyword-removed']
            : ['request-schema-keyword-added', 'request-schema-keyword-removed'];
        const gained = (what) => found(walk, gainedRule, at, h.pointer, `gained ${what}`);
        const lost = (what) => found(walk, lostRule, at, h.pointer, `lost ${what}`);
        const bk = b.keywords;
        const hk = h.keywords;
        for (const keyword of SINGLE) {
            const bs = bk[keyword];
            const hs = hk[keyword];
            if (bs === undefined && hs === undefined)
                continue;
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
            }
            else if (keyword === 'not') {
                // The negated schema is walked from the other side: a `not` that accepts more leaves the
                // value around it accepting less. Its findings are then named for this side (`negateFindings`).
                const outer = this.negatedFrom;
                const flipped = outer ?? (response ? 'request' : 'response');
                const start = walk.findings.length;
                this.negatedFrom = outer ? undefined : direction;
                try {
                    this.compare(bl, hl, flipped, joinPath(at, '(not)'), walk);
                }
                finally {
                    this.negatedFrom = outer;
                }
                negateFindings(walk, start, direction);
            }
            else {
                this.compare(bl, hl, direction, joinPath(at, keyword === 'contains' ? '[contains]' : `(${keyword})`), walk);
            }
        }
        for (const keyword of MAPPED) {
            const bm = isObject(bk[keyword]) ? bk[keyword] : {};
            const hm = isObject(hk[keyword]) ? hk[keyword] : {};
            for (const [key, hs] of Object.entries(hm)) {
                const at2 = child(child(h.pointer, keyword), key);
                if (!Object.hasOwn(bm, key))
                    gained(`${keyword} "${key}"`);
                else
                    this.compare({ node: bm[key], pointer: child(child(b.pointer, keyword), key) }, { node: hs, pointer: at2 }, direction, joinPath(at, `(${key})`), walk);
            }
            for (const key of Object.keys(bm))
                if (!Object.hasOwn(hm, key))
                    lost(`${keyword} "${key}"`);
        }
        const bt = Array.isArray(bk.prefixItems) ? bk.prefixItems : [];
        const ht = Array.isArray(hk.prefixItems) ? hk.prefixItems : [];
        for (let i = 0; i < Math.min(bt.length, ht.length); i++) {
            this.compare({ node: bt[i], pointer: child(b.pointer, 'prefixItems', String(i)) }, { node: ht[i], pointer: child(h.pointer, 'prefixItems', String(i)) }, direction, joinPath(at, `[${i}]`), walk);
        }
        // Positions beyond the shorter list move between prefixItems and items: each is compared
        // with the schema that now governs it (no schema at all accepts anything).
        const bItems = b.items;
        const hItems = h.items;
        for (let i = Math.min(bt.length, ht.length); i < Math.max(bt.length, ht.length); i++) {
            const bl = i < bt.length ? { node: bt[i], pointer: child(b.pointer, 'prefixItems', String(i)) } : bItems;
            const hl = i < ht.length ? { node: ht[i], pointer: child(h.pointer, 'prefixItems', String(i)) } : hItems;
            if (bl && hl)
                this.compare(bl, hl, direction, joinPath(at, `[${i}]`), walk);
            else if (hl)
                gained(`prefixItems[${i}]`);
            else if (bl)
                lost(`prefixItems[${i}]`);
        }
    }
    compareAdditional(b, h, direction, at, walk) {
        const [ba, ha] = withBooleans(b, h, 'additionalProperties', b.additionalProperties, h.additionalProperties);
        if (ba && ha) {
            this.compare(ba, ha, direction, joinPath(at, '*'), walk);
            return;
        }
        if (ba === undefined && ha && listedKind(ha.node) !== 'any')
            walk.unproven = true;
        if (ba !== false && ha === false && direction !== 'response') {
            const text = 'no longer accepts other properties';
            found(walk, 'request-additional-properties-closed', at, h.pointer, text);
        }
        else if (ba === false && ha !== false && direction === 'response') {
            found(walk, 'response-additional-properties-opened', at, h.pointer, 'may now carry other properties');
        }
    }
    compareProperties(b, h, direction, at, walk) {
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
                if (!baseVisible)
                    continue;
                if (response) {
                    const rule = wasRequired ? 'response-field-became-write-only' : 'response-optional-field-removed';
                    // writeOnly is an annotation: the values the schema admits are the same.
                    found(walk, rule, path, hp.pointer, 'became writeOnly: it is no longer returned', 'same');
                }
                else {
                    const text = 'became readOnly: it is ignored if sent';
                    found(walk, 'request-field-became-read-only', path, hp.pointer, text);
                }
                continue;
            }
            const governed = !baseVisible && bp === undefined && wasRequired && !negated
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
                const text = 'was required before, its value following patternProperties or the schema of unlisted names; now it is listed (not compared)';
                found(walk, response ? 'response-field-added' : 'request-body-required-field-added', path, hp.pointer, text);
                continue;
            }
            if (governed !== undefined) {
                // Required before without a schema of its own: it was there, of whatever the other
                // properties could be. What changed is its schema (and whether it is still required).
                const before = governed;
                if (!required)
                    found(walk, response ? 'response-field-made-optional' : 'request-field-made-optional', path, hp.pointer, response ? 'may now be absent' : 'is no longer required');
                const start = walk.findings.length;
                this.compare(before, hp, direction, path, walk);
                const by = unlistedBy(before);
                explain(walk, start, `required before without a schema of its own: ${by ? `its value followed ${by}` : 'it was there, of any value'}`);
                continue;
            }
            if (!baseVisible) {
                // What the change does to the values: read under `not` (`negateFindings`) and by proofs
                // of containment (`contained`), also of the reference pairs they reach.
                const admits = nameAdmits(b, h, name, undefined, hp);
                if (response)
                    found(walk, 'response-field-added', path, hp.pointer, 'was added', admits);
                else if (required)
                    found(walk, 'request-body-required-field-added', path, hp.pointer, 'was added and is required', admits);
                else if (bp)
                    found(walk, 'request-read-only-removed', path, hp.pointer, 'is no longer readOnly');
                else
                    found(walk, 'request-field-added-optional', path, hp.pointer, 'was added (optional)', admits);
                continue;
            }
            // Under `not`, what requiring it does depends on the objects that may lack it (`room`).
            const admits = negated ? absentAdmits(b, h, name) : undefined;
            if (!response && required && !wasRequired) {
                found(walk, 'request-body-required-field-added', path, hp.pointer, 'is now required', admits);
            }
            else if (!response && !required && wasRequired) {
                found(walk, 'request-field-made-optional', path, hp.pointer, 'is no longer required', admits);
            }
            else if (response && wasRequired && !required) {
                found(walk, 'response-field-made-optional', path, hp.pointer, 'may now be absent', admits);
            }
            else if (response && !wasRequired && required) {
                found(walk, 'response-field-made-required', path, hp.pointer, 'is now always present', admits);
            }
            if (negated)
                this.compareNegatedProperty(b, h, name, bp, hp, direction, path, walk);
            else
                this.compare(bp, hp, direction, path, walk);
        }
        const negated = this.negatedFrom !== undefined;
        for (const [name, bp] of b.properties) {
            if (h.properties.has(name) || (!negated && !this.visible(this.base, bp, direction)))
                continue;
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
            if (b.required.has(name) || h.properties.has(name) || b.properties.has(name))
                continue;
            const admits = negated ? absentAdmits(b, h, name) : undefined;
            const path = joinPath(at, name);
            if (!response)
                found(walk, 'request-body-required-field-added', path, h.pointer, 'is now required', admits);
            else if (negated)
                found(walk, 'response-field-made-required', path, h.pointer, 'is now required', admits);
        }
        for (const name of b.required) {
            if (h.required.has(name) || h.properties.has(name) || b.properties.has(name))
                continue;
            const admits = negated ? absentAdmits(b, h, name) : undefined;
            const path = joinPath(at, name);
            if (response)
                found(walk, 'response-field-made-optional', path, h.pointer, 'may now be absent', admits);
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
    compareNegatedProperty(b, h, name, bp, hp, direction, path, walk) {
        const before = room(b, name, true);
        const after = room(h, name, true);
        if (before === 'no' && after === 'no')
            return;
        if (before !== 'unknown' && after !== 'unknown') {
            this.compare(bp, hp, direction, path, walk);
            return;
        }
        const start = walk.findings.length;
        const edges = walk.edges.length;
        this.compare(bp, hp, direction, path, walk);
        for (let i = start; i < walk.findings.length; i++) {
            const finding = walk.findings[i];
            if (!finding.plain && finding.admits !== 'same')
                walk.findings[i] = { ...finding, admits: 'unknown' };
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
    compareUnlisted(b, h, name, bp, direction, path, walk) {
        const response = direction === 'response';
        const governed = this.governs(h, this.headViews, name);
        if (governed === 'none') {
            const text = `is no longer listed but still required, and not allowed (${closedBy(h)}): no value is valid`;
            found(walk, response ? 'response-field-removed' : typeRule(direction), path, h.pointer, text);
            return;
        }
        if (!b.required.has(name)) {
            if (response)
                found(walk, 'response-field-made-required', path, h.pointer, 'is now always present');
            else
                found(walk, 'request-body-required-field-added', path, h.pointer, 'is now required');
        }
        if (governed === 'unknown') {
            const text = 'is no longer listed but still required: its value now follows patternProperties or the schema of unlisted names, not compared here';
            found(walk, response ? 'response-field-removed' : 'request-field-removed', path, bp.pointer, text);
            return;
        }
        const start = walk.findings.length;
        this.compare(bp, governed, direction, path, walk);
        const by = unlistedBy(governed);
        explain(walk, start, `no longer listed but still required: ${by ? `its value now follows ${by}` : 'it is still there, of any value'}`);
    }
    /**
     * The schema an unlisted required `name` follows (`governing`), where an `allOf` reference
     * member may still list it: then that member's schema for it, unless a pattern or an
     * `additionalProperties` schema applies to it too (`unknown`, not compared here).
     * `additionalProperties: false` still refuses it: the member's listing does not count there.
     */
    governs(view, views, name) {
        const additional = view.additionalProperties;
        if (additional === false || additional?.node === false || view.members.size === 0)
            return governing(view);
        const listed = views.flattened({ node: view.node, pointer: view.pointer }).properties.get(name);
        if (!listed)
            return governing(view);
        const patterns = view.keywords.patternProperties;
        if (isObject(patterns) && Object.keys(patterns).length > 0)
            return 'unknown';
        if (additional !== undefined && listedKind(additional.node) !== 'any')
            return 'unknown';
        return listed;
    }
    /** Read-only properties are not sent by clients; write-only ones are not returned by servers. */
    visible(doc, property, direction) {
        // A proof of containment reads JSON Schema strictly: readOnly and writeOnly are annotations.
        if (this.proving > 0)
            return true;
        const flag = direction === 'response' ? 'writeOnly' : 'readOnly';
        // 3.1 allows keywords beside a `$ref`, so the property itself is looked at before its target.
        if (isObject(property.node) && property.node[flag] === true)
            return false;
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
];
/** Keywords holding a map of schemas. */
const MAPPED = ['patternProperties', 'dependentSchemas'];
/** Keywords a request rule reports when the revision gains them (an `allOf` member bringing them is said there). */
const COMPARED_WHEN_GAINED = new Set([
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
function sameKeys(a, b) {
    if (a.size !== b.size)
        return false;
    for (const key of a.keys())
        if (!b.has(key))
            return false;
    return true;
}
/** Both sides list values, and null is admitted on one side only because only that side's values list it. */
function nullListedApart(b, h) {
    if (!b.enum || !h.enum)
        return false;
    // No `type` on a side: the values alone (and 3.0's `nullable`) say whether null is one, so
    // `{type: [string, null], enum: [a, null]}` → `{enum: [a]}` lost null as a value.
    if (b.types === undefined || h.types === undefined)
        return admitsNull(b) !== admitsNull(h);
    return (b.types ^ h.types) === NULL && listsNull(b.keywords) !== listsNull(h.keywords);
}
/** Whether a schema with values (`enum`, `const`) admits null: by its types, else by listing it or `nullable`. */
function admitsNull(view) {
    if (view.types !== undefined)
        return (view.types & NULL) !== 0;
    return listsNull(view.keywords) || view.keywords.nullable === true;
}
function listsNull(keywords) {
    return Array.isArray(keywords.enum) ? keywords.enum.includes(null) : keywords.const === null;
}
/**
 * The schemas under `key` (items, additionalProperties) on both sides, with 3.1's boolean schemas
 * as schemas: `true` accepts anything (as `{}` does), `false` nothing. Where one side has a
 * boolean and the other no keyword at all, the absent one reads as `true`. A `false`
 * additionalProperties stays `false` when the other side has none or `true` (its own rules say it).
 */
function withBooleans(b, h, key, bParsed, hParsed) {
    const raw = (view) => view.keywords[key];
    const slot = (view, parsed) => {
        if (parsed || (parsed === false && key === 'additionalProperties'))
            return parsed;
        const value = raw(view);
        return typeof value === 'boolean' ? { node: value, pointer: child(view.pointer, key) } : parsed;
    };
    let bs = slot(b, bParsed);
    let hs = slot(h, hParsed);
    const absent = (view) => raw(view) === undefined;
    if (bs === undefined && hs && typeof hs.node === 'boolean' && absent(b))
        bs = { node: true, pointer: child(b.pointer, key) };
    if (hs === undefined && bs && typeof bs.node === 'boolean' && absent(h))
        hs = { node: true, pointer: child(h.pointer, key) };
    return [bs, hs];
}
/** A schema's own node without the `null` its type list or `nullable` adds. */
function withoutNull(node) {
    if (Array.isArray(node.type) && node.type.includes('null'))
        return { ...node, type: node.type.filter((t) => t !== 'null') };
    return node.nullable === true ? { ...node, nullable: false } : node;
}
function onlyNull(node) {
    if (!isObject(node))
        return false;
    if (node.type === 'null')
        return true;
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
function unchanged(a, b, budget, refs, track) {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return a === b;
    const stack = [a, b];
    // With `above`: the pair of objects each pair on the stack is inside (an index into `pairs`,
    // base then head), so that where the walk ends, the pairs above that place are named.
    const above = track?.above;
    const owners = above && [-1];
    const pairs = [];
    const parents = [];
    const fail = (owner) => {
        if (above)
            for (let i = owner; i >= 0; i = parents[i])
                above.push(pairs[2 * i], pairs[2 * i + 1]);
        return false;
    };
    // Past this many objects, the pairs compared are remembered: in a document whose objects
    // contain themselves (YAML aliases) the walk then ends instead of spending the whole budget,
    // once per reference pair (seconds on a small document).
    let steps = 0;
    const compared = new Map();
    while (stack.length > 0) {
        const y = stack.pop();
        const x = stack.pop();
        const owner = owners ? owners.pop() : -1;
        if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
            if (x !== y)
                return fail(owner);
            continue;
        }
        if (++steps > 10_000) {
            let partners = compared.get(x);
            if (!partners) {
                partners = new Set();
                compared.set(x, partners);
            }
            if (partners.has(y))
                continue;
            partners.add(y);
        }
        if (--budget < 0)
            return fail(owner);
        if (track)
            track.steps++;
        let self = -1;
        if (owners) {
            self = parents.length;
            parents.push(owner);
            pairs.push(x, y);
        }
        if (Array.isArray(x)) {
            if (!Array.isArray(y) || x.length !== y.length)
                return fail(self);
            for (let i = 0; i < x.length; i++) {
                stack.push(x[i], y[i]);
                owners?.push(self);
            }
            continue;
        }
        if (Array.isArray(y))
            return fail(self);
        const xo = x;
        const yo = y;
        let count = 0;
        for (const key in xo) {
            if (!Object.hasOwn(xo, key))
                continue;
            if (!Object.hasOwn(yo, key))
                return fail(self);
            // A reference object, once (its reference is `refText`'s: `$ref`, else `$dynamicRef`).
            if ((key === '$ref' || (key === '$dynamicRef' && typeof xo.$ref !== 'string')) &&
                typeof xo[key] === 'string')
                refs.push(xo, yo);
            stack.push(xo[key], yo[key]);
            owners?.push(self);
            count++;
        }
        for (const key in yo)
            if (Object.hasOwn(yo, key))
                count--;
        if (count !== 0)
            return fail(self);
    }
    return true;
}
/** Deep equality of two JSON values, key order aside; iterative, so any depth is fine. */
function sameContent(a, b) {
    const stack = [[a, b]];
    // Past this many pairs, remember the pairs compared: objects that contain themselves end there.
    let steps = 0;
    const compared = new Map();
    while (stack.length > 0) {
        const [x, y] = stack.pop();
        // NaN (YAML `.nan`) is one value, as `contentKey` keys it: a document equals itself.
        if (x === y || (Number.isNaN(x) && Number.isNaN(y)))
            continue;
        if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
            return false;
        if (++steps > 10_000) {
            const partners = compared.get(x) ?? new Set();
            if (partners.has(y))
                continue;
            partners.add(y);
            compared.set(x, partners);
        }
        if (Array.isArray(x) !== Array.isArray(y))
            return false;
        const xk = Object.keys(x);
        if (xk.length !== Object.keys(y).length)
            return false;
        for (const key of xk) {
            if (!Object.hasOwn(y, key))
                return false;
            stack.push([x[key], y[key]]);
        }
    }
    return true;
}
function stringList(value) {
    return Array.isArray(value) ? value.map(contentKey) : undefined;
}
function dependencies(value) {
    const out = new Set();
    if (!isObject(value))
        return out;
    for (const [name, needs] of Object.entries(value)) {
        if (Array.isArray(needs))
            for (const need of needs)
                out.add(`${name} → ${shown(need)}`);
    }
    return out;
}
function plainBound(value) {
    const number = numeric(value);
    return number === undefined ? undefined : { value: number, exclusive: false };
}
function sameBound(a, b) {
    return (a === b || (a !== undefined && b !== undefined && a.value === b.value && a.exclusive === b.exclusive));
}
/** True when `head` admits fewer values than `base` on this side. */
function isTighter(kind, base, head) {
    if (head === undefined)
        return false;
    if (base === undefined)
        return true;
    if (head.value !== base.value)
        return kind === 'min' ? head.value > base.value : head.value < base.value;
    return head.exclusive && !base.exclusive;
}
function describeBound(bound) {
    if (!bound)
        return 'none';
    return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}
function isMultiple(value, step) {
    if (step === 0)
        return false;
    const ratio = value / step;
    return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}
/** A pattern that some string fails: `''`, `.*` and `^.*` match every string (ECMA-262 search), as no pattern does. */
function constraining(pattern) {
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
const compare_LEVELS = ['breaking', 'warning', 'info'];
/** A finding of `compareTypes`: a type that changed. */
function isTypeChange(f) {
    return f.text.startsWith('type changed from ');
}
function found(walk, rule, at, location, text, admits) {
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
function negateFindings(walk, start, meant) {
    const renamed = [];
    for (const finding of walk.findings.slice(start)) {
        if (finding.plain) {
            renamed.push(finding.plain);
            continue;
        }
        const rule = finding.rule;
        if (NOT_ANNOTATIONS.has(rule) || finding.admits === 'same')
            continue;
        const counterpart = NOT_COUNTERPARTS[rule];
        const level = RULES[rule].level;
        const sided = /^(request|response|parameter)-/.test(rule);
        const breaks = finding.admits
            ? NOT_ADMITS[meant === 'response' ? 'response' : 'request'][finding.admits]
            : (NOT_BREAKS[rule] ?? (sided || level === 'info' ? level : undefined));
        let to = counterpart ?? rule;
        let effect = '';
        if (breaks === 'warning' && finding.admits) {
            to = 'negated-property-changed';
            effect =
                meant === 'response'
                    ? ': the values that may come may change either way'
                    : ': the values accepted may change either way';
        }
        else if (!counterpart && breaks !== undefined && breaks !== 'warning') {
            const request = meant !== 'response';
            if (breaks === 'breaking') {
                to = request ? typeRule(meant) : 'response-type-changed';
                effect = request ? ': fewer values are accepted' : ': more values may come';
            }
            else {
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
const NOT_ANNOTATIONS = new Set(Object.keys(RULES).filter((id) => RULES[id].annotation));
/**
 * Rules whose level is a policy rather than what the change does to the values (`negateFindings`):
 * a response that may take a new enum value or carry other properties admits more (it breaks
 * the other side, whatever its level). A property added or removed says what it does itself
 * (`Finding.admits`), as that depends on the object being open or closed.
 */
const NOT_BREAKS = {
    'response-enum-value-added': 'breaking',
    'response-additional-properties-opened': 'breaking',
};
/**
 * Under `not`, by the side of the value around it: what a change of the negated schema does
 * there (`Finding.admits`). The negated schema admitting more leaves the value around it
 * admitting fewer: a request that accepts less breaks, a response that sends less does not;
 * a change both ways breaks either side; one that cannot be ordered is a warning.
 */
const NOT_ADMITS = {
    request: { more: 'breaking', fewer: 'info', both: 'breaking', unknown: 'warning' },
    response: { more: 'info', fewer: 'breaking', both: 'breaking', unknown: 'warning' },
};
/** Rules of one side that tell no direction: under `not`, the other side's (`negateFindings`). */
const NOT_COUNTERPARTS = {
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
function nameAdmits(base, head, name, bp, hp) {
    const absent = absentAdmits(base, head, name);
    // Where the name cannot be present at all (`propertyNames`, `maxProperties`, … : `room`), its
    // schema admits nothing there; where that is not decided, neither is a change of its schema.
    const roomBefore = room(base, name, true);
    const roomAfter = room(head, name, true);
    const before = roomBefore === 'no' ? 'none' : bp ? listedKind(bp.node) : unlisted(base);
    const after = roomAfter === 'no' ? 'none' : hp ? listedKind(hp.node) : unlisted(head);
    let present;
    if (before === after && before !== 'other')
        present = 'same';
    else if (before === 'other' || after === 'other') {
        // One side is a listed schema: ordered only against anything or nothing.
        const fixed = before === 'other' ? after : before;
        if (fixed === 'any')
            present = before === 'any' ? 'fewer' : 'more';
        else if (fixed === 'none')
            present = before === 'none' ? 'more' : 'fewer';
        else
            present = 'unknown';
    }
    else if (before === 'unknown' || after === 'unknown')
        present = 'unknown';
    else
        present = before === 'none' ? 'more' : 'fewer';
    if (present !== 'same' && (roomBefore === 'unknown' || roomAfter === 'unknown'))
        present = 'unknown';
    if (absent === 'same' || present === 'unknown')
        return present;
    if (present === 'same' || present === absent || absent === 'unknown')
        return absent;
    return 'both';
}
/**
 * What a change of `required` for `name` alone does to the objects without it (decision 73):
 * requiring it takes them away (`fewer`), no longer requiring it brings them (`more`), unless
 * no object without it can be valid there anyway (`room`).
 */
function absentAdmits(base, head, name) {
    const rb = base.required.has(name);
    const rh = head.required.has(name);
    if (rb === rh)
        return 'same';
    const where = room(rb ? head : base, name, false);
    return where === 'no' ? 'same' : where === 'unknown' ? 'unknown' : rb ? 'more' : 'fewer';
}
/**
 * Whether an object valid under `view` (apart from the schemas of its values, taken as
 * satisfiable) may have the property `name` (`present`) or lack it. `no` where the view takes
 * no object; where `propertyNames` refuses the name; where a required name is refused by
 * `propertyNames` or by the listing (`false`, or unlisted where unlisted names are refused);
 * or where the counts cannot meet: at least `minProperties` and the required names, at most
 * `maxProperties` and the names that may appear. `unknown` where that depends on a
 * `propertyNames` schema not read here or on a pattern (never run).
 */
function room(view, name, present) {
    const names = nameRoom(view);
    if (!names.objects)
        return 'no';
    let verdict = 'yes';
    if (present)
        verdict = and(verdict, names.allows(name));
    let needed = names.required.size;
    let refused = names.requiredRefused;
    let undecided = names.requiredUndecided;
    if (names.required.has(name)) {
        needed--;
        const own = names.allowed(name);
        if (own === 'no')
            refused--;
        else if (own === 'unknown')
            undecided--;
    }
    if (refused > 0)
        return 'no';
    if (undecided > 0)
        verdict = and(verdict, 'unknown');
    if (present)
        needed++;
    // The names other than `name` that may appear: at least `lo`, at most `hi`.
    let { lo, hi } = names.available;
    const own = names.candidate(name);
    if (own === 'yes')
        lo--;
    if (own !== 'no')
        hi--;
    if (present) {
        lo++;
        hi++;
    }
    const least = Math.max(names.min, needed);
    if (least > Math.min(names.max, hi))
        return 'no';
    if (least > Math.min(names.max, lo))
        verdict = and(verdict, 'unknown');
    return verdict;
}
/**
 * Whether an object valid under `view` may have a count of properties from `from` to `to`
 * (`room`'s reasoning on counts; `keyword`, the bound that changed, is left out).
 */
function countRoom(view, from, to, keyword, binding) {
    const names = nameRoom(view);
    if (!names.objects)
        return 'no';
    let required = names.required.size;
    let refused = names.requiredRefused;
    let undecided = names.requiredUndecided;
    if (binding) {
        // Only the required names this side must send count (a readOnly one is not in a request).
        required = refused = undecided = 0;
        for (const name of names.required) {
            if (!binding(name))
                continue;
            required++;
            const status = names.allowed(name);
            if (status === 'no')
                refused++;
            else if (status === 'unknown')
                undecided++;
        }
    }
    if (refused > 0)
        return 'no';
    const least = Math.max(from, required, keyword === 'max' ? names.min : 0);
    const most = Math.min(to, keyword === 'min' ? names.max : Number.POSITIVE_INFINITY);
    if (least > Math.min(most, names.available.hi))
        return 'no';
    if (least > Math.min(most, names.available.lo) || undecided > 0)
        return 'unknown';
    return 'yes';
}
/**
 * The property counts a `minProperties` (`min`) or `maxProperties` (`max`) change lets in or
 * out, from and to: between the two bounds (an absent minimum is 0, an absent maximum none).
 */
function changedCounts(kind, base, head) {
    if (kind === 'min') {
        const [b, h] = [Math.ceil(base?.value ?? 0), Math.ceil(head?.value ?? 0)];
        return [Math.min(b, h), Math.max(b, h) - 1];
    }
    const none = Number.POSITIVE_INFINITY;
    const [b, h] = [Math.floor(base?.value ?? none), Math.floor(head?.value ?? none)];
    return [Math.min(b, h) + 1, Math.max(b, h)];
}
/** Whether either side has room: `yes` if one has, `no` if neither has, else `unknown`. */
function either(a, b) {
    return a === 'yes' || b === 'yes' ? 'yes' : a === 'no' && b === 'no' ? 'no' : 'unknown';
}
function and(a, b) {
    return a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes';
}
const nameRooms = new WeakMap();
function nameRoom(view) {
    let names = nameRooms.get(view);
    if (names)
        return names;
    const k = view.keywords;
    const count = (value, round, none) => typeof value === 'number' && value >= 0 ? round(value) : none;
    // `propertyNames` is a keyword of 3.1 only: a 3.0 document's says nothing about room.
    const rule = propertyNamesRule(view.version30 ? undefined : k.propertyNames);
    const allows = (name) => rule.allows(name);
    const patterns = isObject(k.patternProperties) ? Object.values(k.patternProperties) : [];
    const listing = unlisted(view);
    // Unlisted names: refused, allowed (an additionalProperties or unevaluatedProperties schema
    // is taken as satisfiable), or, beside a pattern that refuses or names refused otherwise, not known.
    const additional = view.additionalProperties;
    const closed = additional === false ||
        additional?.node === false ||
        (k.additionalProperties === undefined && k.unevaluatedProperties === false);
    const unlistedAllowed = listing === 'unknown' && uncertainlyUnevaluated(view)
        ? 'unknown'
        : patterns.length > 0
            ? closed || patterns.includes(false)
                ? 'unknown'
                : 'yes'
            : listing === 'none'
                ? 'no'
                : 'yes';
    const listedAllowed = (name) => {
        const schema = view.properties.get(name);
        return schema ? (listedKind(schema.node) === 'none' ? 'no' : 'yes') : unlistedAllowed;
    };
    const allowed = (name) => and(allows(name), listedAllowed(name));
    // The names that may appear: those propertyNames lists, else (unlisted names refused) the
    // listed ones, else without limit unless propertyNames or the patterns are not read here.
    let candidates;
    if (rule.names)
        candidates = rule.names;
    else if (unlistedAllowed === 'no')
        candidates = view.properties.keys();
    const statuses = new Map();
    let lo = 0;
    let hi = 0;
    if (candidates) {
        for (const name of candidates) {
            if (statuses.has(name))
                continue;
            const status = allowed(name);
            statuses.set(name, status);
            if (status === 'yes')
                lo++;
            if (status !== 'no')
                hi++;
        }
    }
    else {
        hi = Number.POSITIVE_INFINITY;
        if (rule.open && unlistedAllowed === 'yes')
            lo = Number.POSITIVE_INFINITY;
        else
            for (const name of view.properties.keys()) {
                const status = allowed(name);
                statuses.set(name, status);
                if (status === 'yes')
                    lo++;
            }
    }
    let requiredRefused = 0;
    let requiredUndecided = 0;
    for (const name of view.required) {
        const status = allowed(name);
        if (status === 'no')
            requiredRefused++;
        else if (status === 'unknown')
            requiredUndecided++;
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
function propertyNamesRule(schema) {
    if (schema === undefined || schema === true)
        return { allows: () => 'yes', open: true };
    if (!isObject(schema))
        return schema === false ? compare_NO_NAMES : UNDECIDED;
    let undecided = false;
    let strings = true;
    let names;
    for (const [key, value] of Object.entries(schema)) {
        if (ANNOTATIONS.has(key) || VALUE_ANNOTATIONS.has(key) || key.startsWith('x-'))
            continue;
        if (key === 'type') {
            // Type names JSON Schema does not have restrict nothing (as `typesOf` reads them).
            const known = (Array.isArray(value) ? value : [value]).filter((t) => TYPES.includes(t));
            if (known.length > 0)
                strings = known.includes('string');
        }
        else if ((key === 'enum' && Array.isArray(value)) || key === 'const') {
            const listed = new Set((key === 'enum' ? value : [value]).filter((v) => typeof v === 'string'));
            names = names ? names.filter((n) => listed.has(n)) : [...listed];
        }
        else if (key !== 'minLength' && key !== 'maxLength')
            undecided = true;
    }
    // A length that is not a non-negative integer is no length (it restricts nothing).
    const length = (value) => Number.isInteger(value) && value >= 0 ? value : undefined;
    const min = length(schema.minLength) ?? 0;
    const max = length(schema.maxLength) ?? Number.POSITIVE_INFINITY;
    if (!strings || min > max)
        return compare_NO_NAMES;
    // Only the empty name is short enough: it is the one name listed.
    if (max < 1 && !names)
        names = [''];
    const fits = (name) => {
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
const UNDECIDED = { allows: () => 'unknown', open: false };
const compare_NO_NAMES = { allows: () => 'no', names: [], open: false };
/** What a listed property schema admits, as far as `nameAdmits` tells: anything, nothing, or other. */
function listedKind(node) {
    if (node === true)
        return 'any';
    if (node === false)
        return 'none';
    if (isObject(node) &&
        Object.keys(node).every((key) => ANNOTATIONS.has(key) || VALUE_ANNOTATIONS.has(key) || key.startsWith('x-')))
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
function unlisted(view) {
    const patterns = view.keywords.patternProperties;
    if (isObject(patterns) && Object.keys(patterns).length > 0)
        return 'unknown';
    const additional = view.additionalProperties;
    if (additional === false || additional?.node === false)
        return 'none';
    if (additional !== undefined)
        return listedKind(additional.node) === 'any' ? 'any' : 'unknown';
    if (view.keywords.additionalProperties !== undefined)
        return 'any';
    const unevaluated = view.keywords.unevaluatedProperties;
    if (unevaluated === undefined)
        return 'any';
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
function evaluatedElsewhere(view) {
    return view.members.size > 0 || EVALUATING.some((key) => view.keywords[key] !== undefined);
}
/** Unlisted names fall to `unevaluatedProperties` (no `additionalProperties`) and a subschema may evaluate them. */
function uncertainlyUnevaluated(view) {
    return (view.additionalProperties === undefined &&
        view.keywords.additionalProperties === undefined &&
        listedKind(view.keywords.unevaluatedProperties) === 'none' &&
        evaluatedElsewhere(view));
}
/**
 * The schema a name the object does not list must match (outside `not`): `none` where nothing
 * allows it (`additionalProperties` or, without it, `unevaluatedProperties` false), `unknown`
 * where a `patternProperties` pattern may govern it (patterns are never run) or where
 * `unevaluatedProperties` is given and a subschema may evaluate the name, else the
 * `additionalProperties` or `unevaluatedProperties` schema, or `{}` (any value).
 */
function governing(view) {
    const patterns = view.keywords.patternProperties;
    if (isObject(patterns) && Object.keys(patterns).length > 0)
        return 'unknown';
    const additional = view.additionalProperties;
    if (additional === false || additional?.node === false)
        return 'none';
    if (additional !== undefined)
        return additional;
    const anything = { node: ANYTHING, pointer: child(view.pointer, 'required') };
    if (view.keywords.additionalProperties !== undefined)
        return anything;
    const unevaluated = view.keywords.unevaluatedProperties;
    if (unevaluated === undefined || unevaluated === true)
        return anything;
    // A subschema may evaluate the name: `unevaluatedProperties` then does not apply to it.
    if (evaluatedElsewhere(view))
        return 'unknown';
    if (unevaluated === false)
        return 'none';
    return { node: unevaluated, pointer: child(view.pointer, 'unevaluatedProperties') };
}
/** Which schema a required name the object does not list follows (`governing`): `{}` (any value) or a keyword's. */
function unlistedBy(schema) {
    if (schema.node === ANYTHING)
        return undefined;
    if (!schema.pointer.endsWith('/additionalProperties') && !schema.pointer.endsWith('/unevaluatedProperties'))
        return `the allOf member that lists it (${schema.pointer})`;
    return schema.pointer.endsWith('/unevaluatedProperties') ? 'unevaluatedProperties' : 'additionalProperties';
}
/** Adds why to the findings a walk made from `start` on (its own, not those of reference pairs). */
function explain(walk, start, why) {
    for (let i = start; i < walk.findings.length; i++) {
        const finding = walk.findings[i];
        walk.findings[i] = { ...finding, text: `${finding.text} (${why})` };
    }
}
/**
 * The schema of any value, one node for every required name no schema describes: a pair
 * compared with it is compared once, however many properties reach it through a reference.
 */
const ANYTHING = Object.freeze({});
/** Which keyword refuses the names an object does not list (`governing` said `none`). */
function closedBy(view) {
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
function admitsByName(view) {
    if (view.additionalProperties !== undefined && view.additionalProperties !== false)
        return true;
    if (view.keywords.additionalProperties === true)
        return true;
    const patterns = view.keywords.patternProperties;
    return isObject(patterns) && Object.keys(patterns).length > 0;
}
/** Whether a value at the property path `at` of a walk in text mode `mode` travels as text. */
function textAt(mode, at) {
    if (mode === 'all' || mode === 'body' || mode === 'none')
        return mode !== 'none';
    if (at === '')
        return true;
    if (mode === 'root')
        return false;
    if (mode === 'part')
        return at === '[]';
    const part = at.endsWith('[]') ? at.slice(0, -2) : at;
    return part !== '' && !part.includes('.') && !part.includes('[');
}
/** The text mode of a schema reached at `at` of a walk in mode `mode`, as a walk of its own. */
function modeBelow(mode, at) {
    if (at === '' || mode === 'all' || mode === 'none')
        return mode;
    if (mode === 'body')
        return 'all';
    if (!textAt(mode, at))
        return 'none';
    return mode === 'parts' && !at.endsWith('[]') ? 'part' : 'root';
}
function typeRule(direction) {
    if (direction === 'response')
        return 'response-type-changed';
    return direction === 'parameter' ? 'parameter-type-changed' : 'request-type-changed';
}
const ARRAY = bit('array');
const OBJECT = bit('object');
const INTEGER = bit('integer');
const STRING = bit('string');
const NULL = bit('null');
const NUMBER = bit('number');
/** Keywords that constrain values of one type only (JSON Schema validation, 6.2–6.5). */
const TYPE_KEYWORDS = [
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
function valueTypes(value) {
    if (value === null)
        return NULL;
    if (Array.isArray(value))
        return ARRAY;
    if (typeof value === 'number')
        return Number.isInteger(value) ? NUMBER | INTEGER : NUMBER;
    if (typeof value === 'string')
        return STRING;
    if (typeof value === 'boolean')
        return bit('boolean');
    return typeof value === 'object' ? OBJECT : 0;
}
/**
 * The part of a schema of declared types that takes the values of `types` (a subset of them):
 * its type narrowed to those, keywords of other types left out, listed values of other types too.
 */
function typePart(node, types) {
    const part = { ...node };
    for (const [bits, keys] of TYPE_KEYWORDS)
        if ((types & bits) === 0)
            for (const key of keys)
                delete part[key];
    const names = TYPES.filter((name) => types & bit(name) && name !== 'null');
    if (types & NULL && Array.isArray(node.type))
        names.push('null');
    else if (node.nullable === true && (types & NULL) === 0)
        delete part.nullable;
    part.type = names.length === 1 ? names[0] : names;
    // A format of numbers (`int32`, `double`) goes with the numeric types, any other with strings.
    if (typeof node.format === 'string') {
        const of = NUMBER_FORMATS.has(node.format) ? NUMBER | INTEGER : STRING;
        if ((types & of) === 0)
            delete part.format;
    }
    if (Array.isArray(node.enum))
        part.enum = node.enum.filter((value) => valueTypes(value) & types);
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
function untypedAdmitsNull(view, doc) {
    if (view.types === undefined || view.types === 0 || (view.types & ~(OBJECT | ARRAY)) !== 0)
        return false;
    const seen = new Set();
    const untyped = (located, depth) => {
        const r = doc.resolve(located);
        if (r.unresolved !== undefined)
            return false;
        if (r.node === true)
            return true;
        if (!isObject(r.node))
            return false;
        if (seen.has(r.pointer))
            return true;
        if (depth > UNTYPED_DEPTH)
            return false;
        seen.add(r.pointer);
        const k = r.node;
        if (k.type !== undefined ||
            'const' in k ||
            k.enum !== undefined ||
            k.oneOf !== undefined ||
            k.anyOf !== undefined)
            return false;
        if (k.allOf === undefined)
            return true;
        if (!Array.isArray(k.allOf))
            return false;
        return k.allOf.every((m, i) => untyped({ node: m, pointer: child(r.pointer, 'allOf', String(i)) }, depth + 1));
    };
    return untyped({ node: view.node, pointer: view.pointer }, 0);
}
/** The view with the types of its listed values (`enum`, `const`) when it declares none. */
function withValueTypes(view) {
    if (view.types !== undefined)
        return view;
    const k = view.keywords;
    const values = Array.isArray(k.enum) ? k.enum : 'const' in k ? [k.const] : undefined;
    if (!values || values.length === 0)
        return view;
    let types = 0;
    for (const v of values) {
        if (v === null)
            types |= NULL;
        else if (Array.isArray(v))
            types |= ARRAY;
        else if (typeof v === 'object')
            types |= OBJECT;
        else if (typeof v === 'number')
            types |= Number.isInteger(v) ? INTEGER : NUMBER;
        else if (typeof v === 'string')
            types |= STRING;
        else if (typeof v === 'boolean')
            types |= bit('boolean');
    }
    if (k.nullable === true)
        types |= NULL;
    return { ...view, types };
}
/** As deep as the view merges `allOf` members. */
const UNTYPED_DEPTH = 64;
/** True when every value valid under `inner`'s type and format is valid under `outer`'s. */
function covers(outer, inner) {
    const restricting = (f) => (f !== undefined && SIZE_FORMATS.has(f) ? undefined : f);
    const outerFormat = restricting(outer.format);
    if (outerFormat !== undefined && outerFormat !== restricting(inner.format))
        return false;
    if (outer.types === undefined)
        return true;
    if (inner.types === undefined)
        return false;
    let missing = inner.types & ~outer.types;
    if (outer.types & NUMBER)
        missing &= ~INTEGER;
    return missing === 0;
}
function describeType(view) {
    const mask = view.types;
    const types = mask === undefined ? 'any' : mask === 0 ? 'nothing' : TYPES.filter((_, i) => mask & (1 << i)).join(' | ');
    return view.format ? `${types} (${view.format})` : types;
}
function list(values) {
    return [...values].sort().join(', ');
}
/** Whether a view's variants are its `oneOf` members or its `anyOf` members. */
function variantKeyword(view) {
    const first = view.variants?.[0];
    if (!first)
        return undefined;
    return first.pointer.endsWith('/oneOf/0') ? 'oneOf' : 'anyOf';
}
/** `a`, `a and b`, `a, b and c`, in the order given. */
function listInOrder(values) {
    if (values.length < 2)
        return values.join('');
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
const PROOF_RULES = new Set([
    'request-field-made-optional',
    'request-type-widened',
    'request-enum-value-added',
    'request-pattern-removed',
    'request-schema-keyword-removed',
    'unique-items-relaxed',
    'multiple-of-relaxed',
    'dependent-required-relaxed',
    ...BOUNDS.map(([keyword, kind]) => `request-${kebab(keyword)}-${kind === 'min' ? 'decreased' : 'increased'}`),
    ...Object.keys(RULES).filter((id) => RULES[id].annotation &&
        id !== 'request-field-became-read-only' &&
        id !== 'request-read-only-removed'),
]);
/** Whether a finding of a proof's walk leaves every value accepted before accepted (`contained`). */
function proves(finding) {
    if (PROOF_RULES.has(finding.rule))
        return true;
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
function mergeLoses(doc, node, pointer) {
    const keys = new Set();
    const names = new Set();
    const parts = [node, ...node.allOf];
    for (let i = 0; i < parts.length; i++) {
        let part = parts[i];
        if (i > 0) {
            const r = doc.resolve({ node: part, pointer: child(pointer, 'allOf', String(i - 1)) });
            if (r.unresolved !== undefined)
                continue;
            part = r.node;
            if (isObject(part) && part.allOf !== undefined)
                return true;
        }
        if (!isObject(part))
            continue;
        for (const key of Object.keys(part)) {
            if (key.startsWith('x-'))
                continue;
            if (key === 'properties' && isObject(part.properties)) {
                for (const name of Object.keys(part.properties)) {
                    if (names.has(name))
                        return true;
                    names.add(name);
                }
            }
            if (MERGED_KEYWORDS.has(key))
                continue;
            if (keys.has(key))
                return true;
            keys.add(key);
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/diff.ts
/** The diff engine: two parsed OpenAPI 3.0/3.1 documents in, the changes their clients see out. */






const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const LEVEL_ORDER = { breaking: 0, warning: 1, info: 2 };
/** Thrown when an input is not an OpenAPI 3 document; `side` says which one. */
class diff_InvalidDocumentError extends Error {
    side;
    name = 'InvalidDocumentError';
    constructor(side, reason) {
        super(`the ${side} document ${reason}`);
        this.side = side;
    }
}
/**
 * Compares two already-parsed OpenAPI documents (3.0 or 3.1) and lists what changed for their
 * clients, most severe first, with the version bump the changes call for.
 */
function diff_diffOpenApi(base, head, options = {}) {
    return diffWithStats(base, head, options).result;
}
/** The diff and how many pairs of schema nodes it compared (for the tests that hold it linear). */
function diffWithStats(base, head, options = {}) {
    // Objects shared at many places (YAML aliases, or a DAG built by hand) are counted, not
    // expanded, and refused past the limit the reader holds YAML text to (decision 76).
    for (const [side, doc] of [
        ['base', base],
        ['head', head],
    ]) {
        const problem = (0,aliases/* sharedSubtreeProblem */.XN)(doc);
        if (problem)
            throw new diff_InvalidDocumentError(side, problem);
    }
    let differ = new Differ(diff_open(base, 'base'), diff_open(head, 'head'), options);
    try {
        differ.run();
    }
    catch (error) {
        // An object inside itself (YAML aliases): start again with such objects as `$ref`s. Found
        // where a walk goes too deep (ObjectCycleFound), or behind any other failure (JSON text of
        // an enum value that contains itself): looked for only then, as it costs a walk of both.
        if (!(error instanceof ObjectCycleFound) && !hasObjectCycle(base) && !hasObjectCycle(head))
            throw error;
        differ = new Differ(diff_open(withoutObjectCycles(base), 'base'), diff_open(withoutObjectCycles(head), 'head'), options);
        differ.run();
    }
    const changes = differ.changes.sort(compareChanges);
    const counts = { breaking: 0, warning: 0, info: 0 };
    for (const change of changes)
        counts[change.level]++;
    return {
        result: { changes, counts, bump: bumpFor(changes, counts.breaking) },
        comparisons: differ.comparisons,
        targetChecks: differ.targetChecks,
        proofs: differ.proofs,
        reachSteps: differ.reachSteps,
        sameSteps: differ.sameSteps,
    };
}
function diff_open(doc, side) {
    if (!isObject(doc))
        throw new diff_InvalidDocumentError(side, 'is not an OpenAPI document (expected a mapping)');
    if (typeof doc.swagger === 'string') {
        throw new diff_InvalidDocumentError(side, 'is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported');
    }
    if (typeof doc.openapi === 'number') {
        throw new diff_InvalidDocumentError(side, `has "openapi: ${doc.openapi}", a number: write the full version, such as openapi: 3.1.0 (a string)`);
    }
    if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
        throw new diff_InvalidDocumentError(side, 'has no "openapi: 3.x" field; only OpenAPI 3.0 and 3.1 are supported');
    }
    return new Document(doc);
}
function bumpFor(changes, breaking) {
    if (breaking > 0)
        return 'major';
    if (changes.some((change) => RULES[change.rule].additive))
        return 'minor';
    return changes.length > 0 ? 'patch' : 'none';
}
function compareChanges(a, b) {
    return (LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        order(a.path, b.path) ||
        order(a.method ?? '', b.method ?? '') ||
        order(a.location, b.location) ||
        order(a.rule, b.rule) ||
        order(a.message, b.message));
}
function order(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
class Differ {
    base;
    head;
    options;
    changes = [];
    schemas;
    /** True while comparing webhooks, whose request and response directions are swapped. */
    webhook = false;
    /**
     * Endpoints of draft or alpha stability in the base: their breaking changes are info. The base's
     * level decides, not the revision's: clients of the base relied on what it promised, so the diff
     * that marks a stable (or unmarked) operation draft still breaks with every other change it makes.
     */
    unstable = new Set();
    today;
    /** What differs for the operations inheriting the root requirement in both documents. */
    rootSecurity;
    /**
     * True while comparing a callback's operations: callbacks declared there (callbacks of
     * callbacks) are not compared, so a callback costs its own size at each operation holding it.
     */
    inCallback = false;
    get comparisons() {
        return this.schemas.comparisons;
    }
    get targetChecks() {
        return this.schemas.targetChecks;
    }
    /** How many proofs of containment the `oneOf` overlap rule made (compare.ts `contained`). */
    get proofs() {
        return this.schemas.proofs;
    }
    /** How many edges `reach` followed (compare.ts). */
    get reachSteps() {
        return this.schemas.reachSteps;
    }
    get sameSteps() {
        return this.schemas.sameSteps;
    }
    constructor(base, head, options) {
        this.base = base;
        this.head = head;
        this.options = options;
        this.today = options.today ?? new Date().toISOString().slice(0, 10);
        this.schemas = new SchemaComparer(base, head, this.today);
    }
    run() {
        const basePaths = pathItems(this.base);
        const headPaths = pathItems(this.head);
        for (const [key, b] of basePaths) {
            const h = headPaths.get(key);
            if (h) {
                this.comparePathItems(b, h);
                continue;
            }
            const ops = operations(b);
            // A path whose every operation was deprecated (or draft/alpha) follows the lifecycle rules,
            // operation by operation: removing it after the sunset is what deprecation announced.
            const retiring = (o) => {
                const level = stability(o.op.node['x-stability-level']);
                return o.op.node.deprecated === true || level === 'draft' || level === 'alpha';
            };
            if (ops.length > 0 && ops.every(retiring)) {
                for (const o of ops)
                    this.operationRemoved({ path: b.path, method: o.method }, o);
                continue;
            }
            const methods = ops.map((o) => o.method);
            const what = methods.length > 0 ? ` (${methods.join(', ')})` : '';
            // Had the unreadable levels been draft or alpha, the path could go: say which they are,
            // unless an operation whose facts can be read breaks by its removal anyway (deprecated, of
            // a readable level, with its sunset still ahead): then the verdict needs no unread level.
            const unread = ops.filter((o) => unreadableLevel(o.op.node['x-stability-level']));
            const named = unread.map((o) => `${o.method} ${quoted(o.op.node['x-stability-level'])}`).join(', ');
            const verb = unread.length > 1 ? 'are' : 'is';
            const breaksAnyway = (o) => {
                const level = stability(o.op.node['x-stability-level']);
                const sunset = day(o.op.node['x-sunset']);
                const unmovable = level !== 'draft' && level !== 'alpha' && !unread.includes(o);
                return unmovable && o.op.node.deprecated === true && sunset !== undefined && sunset > this.today;
            };
            const note = unread.length > 0 && ops.every((o) => retiring(o) || unread.includes(o)) && !ops.some(breaksAnyway)
                ? `, and the x-stability-level of ${named} ${verb} not ${LEVELS}, so whether it could be removed cannot be told: ${CHECK_BY_HAND}`
                : '';
            this.emit('path-removed', { path: b.path }, b.item.pointer, `path was removed${what}${note}`);
        }
        for (const [key, h] of headPaths) {
            if (basePaths.has(key))
                continue;
            for (const o of operations(h)) {
                this.emit('endpoint-added', { path: h.path, method: o.method }, o.op.pointer, 'endpoint was added');
            }
        }
        this.compareWebhooks();
        this.compareSecuritySchemes();
    }
    /** 3.1 webhooks: the API sends the request and the client answers, so directions swap. */
    compareWebhooks() {
        const base = webhooks(this.base);
        const head = webhooks(this.head);
        this.webhook = true;
        for (const [name, b] of base) {
            const h = head.get(name);
            if (h)
                this.comparePathItems(b, h);
            else
                this.emit('webhook-removed', { path: b.path }, b.item.pointer, 'webhook was removed');
        }
        for (const [name, h] of head) {
            if (!base.has(name))
                this.emit('webhook-added', { path: h.path }, h.item.pointer, 'webhook was added');
        }
        this.webhook = false;
    }
    /**
     * An operation's callbacks (requests the API sends to the client's server, as webhooks are):
     * compared by name, expression and method with directions swapped, for this operation (at its
     * stability). A callback is labelled `<METHOD> <path> callback <name> <CALLBACK METHOD>
     * <expression>`. Callbacks of callbacks are not compared: one level only, so a callback shared
     * by N operations (a `$ref`) costs N times its size, and an object inside itself is no loop.
     */
    compareCallbacks(ep, bo, ho) {
        if (this.inCallback)
            return;
        const base = callbacks(this.base, bo);
        const head = callbacks(this.head, ho);
        const unstable = this.isUnstable(ep);
        const webhook = this.webhook;
        this.inCallback = true;
        this.webhook = !webhook;
        try {
            for (const [name, b] of base) {
                const at = { method: ep.method, path: `${ep.path} callback ${name}`, unstable };
                if (!head.has(name)) {
                    if (b && !this.retired(at, expressions(this.base, b)))
                        this.emit('callback-removed', at, b.pointer, 'callback was removed');
                    continue;
                }
                const h = head.get(name);
                if (b && h)
                    this.compareCallbackObjects(at, b, h);
            }
            for (const [name, h] of head) {
                const at = { method: ep.method, path: `${ep.path} callback ${name}`, unstable };
                if (h && !base.has(name))
                    this.emit('callback-added', at, h.pointer, 'callback was added');
            }
        }
        finally {
            this.webhook = webhook;
            this.inCallback = false;
        }
    }
    /**
     * For a removed callback (`at`) or expression whose every operation was deprecated (or draft or
     * alpha), as for a path: each operation's removal said by the lifecycle rules. False, saying
     * nothing, when some operation was not, or there is none.
     */
    retired(at, items) {
        const ops = [...items].flatMap(([expression, item]) => item ? operations(item).map((o) => ({ expression, o })) : []);
        const retiring = ({ o }) => {
            const level = stability(o.op.node['x-stability-level']);
            return o.op.node.deprecated === true || level === 'draft' || level === 'alpha';
        };
        if (ops.length === 0 || !ops.every(retiring))
            return false;
        for (const { expression, o } of ops)
            this.operationRemoved({ ...at, path: `${at.path} ${o.method} ${expression}` }, o);
        return true;
    }
    /**
     * One callback (`at` names it) by expression and method. A callback operation is unstable when
     * the operation holding the callback is, or by its own level in the base (as an operation's).
     */
    compareCallbackObjects(at, b, h) {
        const base = expressions(this.base, b);
        const head = expressions(this.head, h);
        const none = new Map();
        for (const [expression, bItem] of base) {
            if (!head.has(expression)) {
                if (bItem && !this.retired(at, new Map([[expression, bItem]])))
                    this.emit('callback-removed', at, bItem.item.pointer, `callback expression ${expression} was removed`);
                continue;
            }
            const hItem = head.get(expression);
            if (!bItem || !hItem)
                continue;
            const baseOps = new Map(operations(bItem).map((o) => [o.method, o]));
            const headOps = new Map(operations(hItem).map((o) => [o.method, o]));
            for (const [method, bo] of baseOps) {
                const ho = headOps.get(method);
                const own = stability(bo.op.node['x-stability-level']);
                const ep = {
                    method: at.method,
                    path: `${at.path} ${method} ${expression}`,
                    unstable: at.unstable || own === 'draft' || own === 'alpha',
                };
                if (ho)
                    this.compareOperations(ep, bItem, hItem, bo, ho, none);
                else
                    this.operationRemoved(ep, bo);
            }
            for (const [method, ho] of headOps) {
                if (!baseOps.has(method)) {
                    const ep = { ...at, path: `${at.path} ${method} ${expression}` };
                    this.emit('callback-added', ep, ho.op.pointer, 'callback operation was added');
                }
            }
        }
        for (const [expression, hItem] of head) {
            if (hItem && !base.has(expression))
                this.emit('callback-added', at, hItem.item.pointer, `callback expression ${expression} was added`);
        }
    }
    /**
     * Security schemes, judged by what a client of an operation using them notices (decision 91).
     * A scheme is in use when some operation (of the paths, webhooks or callbacks, by its own
     * `security` or the root's it inherits) uses it in both documents; changes to any other scheme
     * reach no client yet and are info. What only documents a scheme (its description, bearerFormat,
     * `x-` keys, a scope's description) or is compared without case (the HTTP scheme, a header's
     * name) breaks nothing.
     */
    compareSecuritySchemes() {
        const base = securitySchemes(this.base);
        const head = securitySchemes(this.head);
        let usage;
        let inheritBoth;
        // Names that are one scheme in both documents (one a `$ref` to the other): the same object
        // pair, by where each resolves to.
        const pairOf = (name) => `${base.get(name)?.pointer}\n${head.get(name)?.pointer}`;
        const aliases = new Map();
        for (const name of base.keys()) {
            if (!head.has(name))
                continue;
            const names = aliases.get(pairOf(name)) ?? [];
            aliases.set(pairOf(name), names);
            names.push(name);
        }
        const chosen = new Map();
        for (const [name, bs] of base) {
            const hs = head.get(name);
            const pointer = child('/components/securitySchemes', name);
            if (!hs) {
                this.emit('security-scheme-removed', { path: '' }, pointer, `security scheme "${name}" was removed`);
                continue;
            }
            const [b, h] = [bs.node, hs.node];
            const changed = schemeChanges(b, h, () => undefined);
            if (Object.values(changed).every((parts) => parts.length === 0))
                continue;
            usage ??= [schemeUsage(this.base), schemeUsage(this.head)];
            const [before, after] = usage;
            // Operations inheriting the root requirement in both documents: one sorted list for all
            // schemes both roots name, so a scheme costs the requirements naming it, not every operation.
            inheritBoth ??= [...after.inheriting].filter((key) => before.inheriting.has(key)).sort();
            const users = schemeUsersOf(name, before, after, inheritBoth);
            // A scheme under several names is reported once: on the name most operations use, else on
            // the name that holds it rather than a `$ref` to it.
            const names = aliases.get(pairOf(name));
            if (names.length > 1) {
                let pick = chosen.get(pairOf(name));
                if (pick === undefined) {
                    let most = -1;
                    for (const other of names) {
                        const count = schemeUsersOf(other, before, after, inheritBoth).count;
                        const holds = base.get(other).pointer === child('/components/securitySchemes', other);
                        if (count > most || (count === most && count === 0 && holds))
                            [pick, most] = [other, count];
                    }
                    chosen.set(pairOf(name), pick);
                }
                if (pick !== name)
                    continue;
            }
            const still = users.still;
            const found = schemeChanges(b, h, (scope) => still(scope) !== undefined
                ? 'still'
                : users.before(scope)
                    ? 'before'
                    : users.anyAfter.has(scope)
                        ? 'after'
                        : users.anyBefore.has(scope)
                            ? 'gone'
                            : undefined);
            const label = (key) => after.labels.get(key) ?? key;
            const text = (parts) => parts
                .map((part) => part.scope ? `${part.text}, which ${label(still(part.scope))} requires` : part.text)
                .join('; ');
            if (users.count === 0) {
                const all = [...found.breaking, ...found.warning, ...found.added, ...found.note];
                const why = users.usedAfter
                    ? 'used only by operations that did not use it before'
                    : 'used by no operation';
                this.emit('security-scheme-unused-changed', { path: '' }, pointer, `security scheme "${name}" (${why}): ${text(all)}`);
                continue;
            }
            const more = users.count > 1 ? ` and ${users.count - 1} more operation${users.count > 2 ? 's' : ''}` : '';
            const said = `security scheme "${name}" (used by ${label(users.first)}${more})`;
            const rules = [
                ['security-scheme-changed', found.breaking],
                ['security-scheme-url-changed', found.warning],
                ['security-scheme-flow-added', found.added],
                ['security-scheme-note-changed', found.note],
            ];
            for (const [rule, parts] of rules)
                if (parts.length > 0)
                    this.emit(rule, { path: '' }, pointer, `${said}: ${text(parts)}`);
        }
    }
    comparePathItems(b, h) {
        const renames = pathParameterRenames(b.path, h.path);
        const baseOps = new Map(operations(b).map((o) => [o.method, o]));
        const headOps = new Map(operations(h).map((o) => [o.method, o]));
        for (const [method, bo] of baseOps) {
            const ho = headOps.get(method);
            if (ho)
                this.compareOperations({ path: h.path, method }, b, h, bo, ho, renames);
            else
                this.operationRemoved({ path: b.path, method }, bo);
        }
        for (const [method, ho] of headOps) {
            if (!baseOps.has(method))
                this.emit('endpoint-added', { path: h.path, method }, ho.op.pointer, 'endpoint was added');
        }
    }
    /**
     * Removing an operation breaks, unless it was draft or alpha, or deprecated with its sunset (if
     * any) passed. Where the verdict needs a base value that cannot be read (a stability level that
     * is none of the four, a sunset that is not a date), the removal breaks, once, and says which.
     */
    operationRemoved(ep, bo) {
        const node = bo.op.node;
        const level = stability(node['x-stability-level']);
        if (level === 'draft' || level === 'alpha') {
            this.emit('deprecated-operation-removed', ep, bo.op.pointer, `operation was removed (stability ${level})`);
            return;
        }
        const unread = [];
        if (node.deprecated === true && unreadableSunset(node['x-sunset']))
            unread.push(`its x-sunset ${quoted(node['x-sunset'])} is not a date`);
        if (unreadableLevel(node['x-stability-level']))
            unread.push(`its x-stability-level ${quoted(node['x-stability-level'])} is not ${LEVELS}`);
        const note = unread.length > 0
            ? `, and ${unread.join(' and ')}, so whether it could be removed cannot be told: ${CHECK_BY_HAND}`
            : '';
        if (node.deprecated !== true) {
            this.emit('operation-removed', ep, bo.op.pointer, `operation was removed${note}`);
            return;
        }
        const sunset = day(node['x-sunset']);
        if ((sunset && sunset > this.today) || unreadableSunset(node['x-sunset']))
            this.emit('operation-removed-before-sunset', ep, bo.op.pointer, sunset
                ? `deprecated operation was removed before its sunset ${sunset}${note}`
                : `deprecated operation was removed${note}`);
        else
            this.emit('deprecated-operation-removed', ep, bo.op.pointer, sunset
                ? `deprecated operation was removed after its sunset ${sunset}`
                : 'deprecated operation was removed');
    }
    compareLifecycle(ep, bo, ho) {
        const b = bo.op.node;
        const h = ho.op.node;
        const options = { today: this.today, stability: 'stability-decreased' };
        for (const change of lifecycleChanges(b, h, options))
            this.emit(change.rule, ep, child(ho.op.pointer, change.keyword), change.text);
        if (b.deprecated === true && h.deprecated !== true)
            this.emit('operation-reactivated', ep, ho.op.pointer, 'operation is no longer deprecated');
        if (typeof b.operationId === 'string' &&
            typeof h.operationId === 'string' &&
            b.operationId !== h.operationId)
            this.emit('operation-id-changed', ep, child(ho.op.pointer, 'operationId'), `operationId changed from ${b.operationId} to ${h.operationId}`);
    }
    compareOperations(ep, bItem, hItem, bo, ho, renames) {
        const level = stability(bo.op.node['x-stability-level']);
        if ((level === 'draft' || level === 'alpha') && ep.unstable === undefined)
            this.unstable.add(`${ep.method} ${ep.path}`);
        this.compareParameters(ep, parameters(this.base, bItem, bo, renames), parameters(this.head, hItem, ho));
        this.compareRequestBodies(ep, bo, ho);
        this.compareResponses(ep, bo, ho);
        this.compareSecurity(ep, bo, ho);
        this.compareLifecycle(ep, bo, ho);
        this.compareCallbacks(ep, bo, ho);
        const sunset = ho.op.node['x-sunset'];
        if (bo.op.node.deprecated !== true && ho.op.node.deprecated === true) {
            // A Date that holds no time (object input) is not shown: toISOString would throw on it.
            const when = missing(sunset) ? '' : typeof sunset === 'string' ? sunset : (day(sunset) ?? '');
            const text = when ? `operation is deprecated (sunset ${when})` : 'operation is deprecated';
            this.emit('operation-deprecated', ep, child(ho.op.pointer, 'deprecated'), text);
        }
    }
    compareParameters(ep, base, head) {
        for (const [key, h] of head) {
            const b = base.get(key);
            const label = `${h.in} parameter "${h.name}"`;
            if (!b) {
                if (h.required)
                    this.emit('parameter-added-required', ep, h.location, `${label} was added and is required`);
                else
                    this.emit('parameter-added-optional', ep, h.location, `${label} was added (optional)`);
                continue;
            }
            // A client always sends a required parameter, so its own default is never applied. Only a
            // spelled-out `required: true` counts: a path parameter without it (an invalid document)
            // keeps its default compared, as oasdiff does.
            const required = b.node.required === true || h.node.required === true;
            const direction = this.webhook ? 'response' : 'parameter';
            const described = b.media !== undefined || h.media !== undefined;
            if (!b.required && h.required)
                this.emit('parameter-made-required', ep, h.location, `${label} is now required`);
            if (b.required && !h.required && h.in !== 'path')
                this.emit('parameter-made-optional', ep, h.location, `${label} is no longer required`);
            if (b.node.deprecated !== true && h.node.deprecated === true)
                this.emit('parameter-deprecated', ep, h.location, `${label} is deprecated`);
            for (const change of lifecycleChanges(b.node, h.node, { today: this.today }))
                this.emit(change.rule, ep, child(h.location, change.keyword), `${label}: ${change.text}`);
            // A parameter described by `content` is written in its media type, not by a style; its
            // schemas are compared entry by entry, in the text or types of the revision's media type.
            if (described)
                this.writtenOtherwise(ep, label, 'parameter', b, h, this.webhook, (bs, hs, subject, media) => this.compareSchemas(ep, subject, bs, hs, direction, required, media === undefined ? 'all' : textMode(media)));
            // Spelled-out defaults (`style: form` on a query parameter) change nothing.
            else if (serialisation(b.node, b.in) !== serialisation(h.node, h.in))
                this.emit('parameter-style-changed', ep, h.location, `${label} style/explode changed from ${serialisation(b.node, b.in)} to ${serialisation(h.node, h.in)}`);
            if (b.in === 'query' && b.node.allowEmptyValue === true && h.node.allowEmptyValue !== true)
                this.emit('parameter-empty-value-disallowed', ep, h.location, `${label} no longer allows an empty value`);
            // A single value of a form, exploded parameter (`?q=1`) is also a list of one (`?q=1&q=2`):
            // a scalar that became such a list is compared with the list's items.
            const list = b.schema && h.schema ? this.listOfOne(b, h) : undefined;
            const items = list?.items;
            if (list) {
                // A list refusing every single value accepts nothing the old value did: not widened.
                if (!list.refusedBy)
                    this.emit('request-type-widened', ep, h.location, `${label} now takes a list of values (form, exploded): one value is a list of one`);
                // The list's own bounds apply to that list of one, as if the old value was one item long.
                const { minItems, maxItems } = list.array;
                if (typeof minItems === 'number' && minItems > 1)
                    this.emit('request-min-items-increased', ep, child(list.pointer, 'minItems'), `${label} minItems changed from 1 (a single value) to ${minItems}`);
                if (typeof maxItems === 'number' && maxItems < 1)
                    this.emit('request-max-items-decreased', ep, child(list.pointer, 'maxItems'), `${label} maxItems changed from 1 (a single value) to ${maxItems}`);
                if (list.refusedBy)
                    this.emit('parameter-type-changed', ep, child(list.pointer, list.refusedBy.keyword), `${label} ${list.refusedBy.reason}: a single value is refused`);
                else if (list.undecided)
                    this.emit('parameter-list-contains-undecided', ep, child(list.pointer, 'contains'), `${label}: ${list.undecided}`);
            }
            // A list that refuses every single value: how its items compare no longer matters. A
            // parameter described by a schema is serialised as text by its style, items and properties
            // too.
            if (!described && b.schema && h.schema && !list?.refusedBy)
                this.compareSchemas(ep, label, b.schema, items ?? h.schema, direction, required, 'all');
        }
        for (const [key, b] of base) {
            if (head.has(key))
                continue;
            const sunset = day(b.node['x-sunset']);
            const unreadable = unreadableSunset(b.node['x-sunset']);
            if (b.node.deprecated === true && ((sunset && sunset > this.today) || unreadable))
                this.emit('parameter-removed-before-sunset', ep, b.location, unreadable
                    ? `deprecated ${b.in} parameter "${b.name}" was removed, and its x-sunset ${quoted(b.node['x-sunset'])} is not a date, so whether it could be removed cannot be told: ${CHECK_BY_HAND}`
                    : `deprecated ${b.in} parameter "${b.name}" was removed before its sunset ${sunset}`);
            else
                this.emit('parameter-removed', ep, b.location, `${b.in} parameter "${b.name}" was removed`);
        }
    }
    /**
     * When a scalar parameter (or a union of scalars) became an array serialised `form`, exploded
     * (the OpenAPI default for query and cookie parameters): the head's array (`array`, at
     * `pointer`) and the schema one value of it is compared with (`items`): the array's items, with
     * the array's own `default` read as a list of one (`[x]` is `x`) and its deprecation, and the
     * array's own `enum` and `const` as the values their lists of one hold (`enum: [[a], [b]]` is
     * the items' `enum: [a, b]`, `const: [x]` their `const: x`, beside the items' own). Where those
     * hold no list of one the items allow, `refusedBy` names the keyword and says why: no single
     * value passes. An array-level `contains` applies too (`containsOfOne`): the single value must
     * match it (merged into the items' schema by `intersect`), must not match it (as the items'
     * `not`), or cannot exist; `undecided` says what could not be merged exactly and was left out
     * (the items' own are kept: a wider schema, so no narrowing is reported that is not there).
     */
    listOfOne(b, h) {
        if (this.webhook || !b.schema || !h.schema || serialisation(h.node, h.in) !== 'form/explode')
            return undefined;
        // A style applies to a parameter described by a schema only, never to one given by `content`.
        if (b.media !== undefined || h.media !== undefined)
            return undefined;
        const bs = this.base.resolve(b.schema);
        const hs = this.head.resolve(h.schema);
        if (bs.unresolved !== undefined || hs.unresolved !== undefined)
            return undefined;
        const bt = nonNullTypes(bs.node);
        const ht = nonNullTypes(hs.node);
        if (!bt?.length || bt.includes('array') || bt.includes('object') || ht?.length !== 1 || ht[0] !== 'array')
            return undefined;
        if (!isObject(hs.node) || !isObject(hs.node.items))
            return undefined;
        const array = hs.node;
        const items = { node: array.items, pointer: child(hs.pointer, 'items') };
        const own = {};
        if ('default' in array)
            own.default =
                Array.isArray(array.default) && array.default.length === 1 ? array.default[0] : array.default;
        if (array.deprecated === true)
            own.deprecated = true;
        const listed = listsOfOne(array);
        const contains = this.containsOfOne(array, hs.pointer);
        if (Object.keys(own).length === 0 && !listed && contains.kind === 'any')
            return { items, array, pointer: hs.pointer };
        // The items as an inline schema with the array's own keywords over theirs, at the items' place.
        const target = this.head.resolve(this.head.schema(items));
        if (target.unresolved !== undefined || !isObject(target.node))
            return undefined;
        const node = { ...target.node, ...own };
        let refusedBy = contains.kind === 'none' ? { keyword: contains.keyword, reason: contains.reason } : undefined;
        let undecided = contains.kind === 'unresolved'
            ? `a single value must match the array's contains, whose $ref ${shown(contains.ref)} cannot be resolved here; the value is compared without it`
            : undefined;
        if (listed) {
            // Both the items' values and the array's lists of one apply: a single value is in both.
            const theirs = listsOfOne(target.node, false);
            const values = theirs ? listed.values.filter((v) => theirs.texts.has(contentKey(v))) : listed.values;
            if (values.length === 0)
                refusedBy ??= { keyword: listed.keyword, reason: refusal(array, listed.values) };
            else {
                delete node.const;
                node.enum = values;
            }
        }
        if (!refusedBy && contains.kind === 'match') {
            const merged = intersect(node, contains.schema);
            if (merged.empty)
                refusedBy = {
                    keyword: 'contains',
                    reason: `no value the array's items allow also matches its contains (${merged.empty})`,
                };
            const keys = merged.undecided.join(', ');
            if (keys)
                undecided = `a single value must match both the array's items and its contains, which both set ${keys}; these are not combined here, so the value is compared without the contains' ${keys}`;
        }
        if (!refusedBy && contains.kind === 'mismatch') {
            // A value the items allow that does not match contains; a `not` of the items' own is kept.
            if ('not' in node)
                undecided = `a single value must not match the array's contains (maxContains: 0), and its items have a not of their own; the two are not combined here, so the value is compared without the contains`;
            else
                node.not = contains.schema;
        }
        return {
            items: { node, pointer: items.pointer },
            array,
            pointer: hs.pointer,
            ...(refusedBy ? { refusedBy } : {}),
            ...(undecided ? { undecided } : {}),
        };
    }
    /**
     * What an array's `contains` asks of a list of one, which holds one or no matching item:
     * `any` (no contains, or both counts allowed), `match` (`minContains` 1, the default: the value
     * must match `schema`), `mismatch` (`maxContains: 0` with `minContains: 0`: it must not) or
     * `none` (neither count allowed: `minContains` above 1, above `maxContains`, or a contains no
     * value matches), or `unresolved` (its `$ref` leads nowhere).
     */
    containsOfOne(array, pointer) {
        if (!('contains' in array))
            return { kind: 'any' };
        const min = typeof array.minContains === 'number' ? array.minContains : 1;
        const max = typeof array.maxContains === 'number' ? array.maxContains : Number.POSITIVE_INFINITY;
        const none = min <= 0;
        const one = min <= 1 && max >= 1;
        if (none && one)
            return { kind: 'any' };
        if (!none && !one)
            return min > 1
                ? {
                    kind: 'none',
                    keyword: 'minContains',
                    reason: `minContains is ${min}, more items than a list of one holds`,
                }
                : { kind: 'none', keyword: 'maxContains', reason: `minContains ${min} is above maxContains ${max}` };
        const resolved = this.head.resolve({ node: array.contains, pointer: child(pointer, 'contains') });
        if (resolved.unresolved !== undefined)
            return { kind: 'unresolved', ref: isObject(array.contains) ? array.contains.$ref : array.contains };
        const schema = resolved.node;
        if (schema === true || (isObject(schema) && Object.keys(schema).length === 0))
            return one
                ? { kind: 'any' }
                : {
                    kind: 'none',
                    keyword: 'maxContains',
                    reason: 'maxContains is 0 and contains matches every value',
                };
        if (schema === false)
            return one
                ? { kind: 'none', keyword: 'contains', reason: 'contains matches no value' }
                : { kind: 'any' };
        if (!isObject(schema))
            return { kind: 'any' };
        return { kind: one ? 'match' : 'mismatch', schema };
    }
    /**
     * A parameter or response header whose value is written another way: its `content` names
     * another media type, or it moved between `schema` (written by a style) and `content` (written
     * in a media type). `clientReads` when the client reads the value (a response header, a
     * webhook's parameter), so the writer is the revision and the reader the base. Both sides
     * described by `content`: each written entry is paired with one that reads it, as a request
     * body's are (`pairContent`), each pair judged and its schemas compared (`compare`), a written
     * entry nothing reads reported. One side described by a schema: every entry of the other is
     * judged against the style.
     */
    writtenOtherwise(ep, label, kind, b, h, clientReads, compare) {
        const [changed, compatible] = kind === 'parameter'
            ? ['parameter-media-type-changed', 'parameter-media-type-compatible']
            : ['response-header-media-type-changed', 'response-header-media-type-compatible'];
        const bc = b.media === undefined ? undefined : b.content;
        const hc = h.media === undefined ? undefined : h.content;
        if (bc && hc) {
            const several = bc.size > 1 || hc.size > 1;
            for (const { from, to, verdict } of pairContent(bc, hc, clientReads)) {
                // A written entry nothing reads: one clients wrote that the server no longer reads, or
                // one the server may now write that clients never read.
                if (to === undefined) {
                    this.emit(changed, ep, bc.get(from).pointer, `${label} is no longer read as ${from}`);
                    continue;
                }
                const hm = hc.get(to);
                if (from === undefined || verdict === undefined) {
                    this.emit(changed, ep, hm.pointer, `${label} may now be written as ${to}, which no entry it had reads`);
                    continue;
                }
                const bm = bc.get(from);
                const text = `${label} is now serialised as ${to} instead of ${from}`;
                if (verdict.kind !== 'same')
                    this.emit(verdict.kind === 'other' ? changed : compatible, ep, hm.pointer, verdict.why === undefined ? text : `${text}: ${verdict.why}`);
                if (bm.schema && hm.schema)
                    compare(bm.schema, hm.schema, several ? `${label} (${to})` : label, to);
            }
            return;
        }
        // One side described by a schema, the other by `content`; one with neither says nothing.
        const styled = bc ? h : b;
        const entries = bc ?? hc;
        if (styled.schema === undefined || entries === undefined)
            return;
        const style = serialisation(styled.node, styled.in);
        const several = entries.size > 1;
        // Only the writer's values need be written alike (the base's where the server reads, the
        // revision's where the client reads); the reader's schema is compared as any schema is.
        const writerDoc = clientReads ? this.head : this.base;
        for (const media of [...entries.keys()].sort()) {
            const entry = entries.get(media);
            const text = bc
                ? `${label} is now serialised by style ${style} instead of as ${media}`
                : `${label} is now serialised as ${media} instead of by style ${style}`;
            const writer = (clientReads ? hc : bc) ? entry.schema : styled.schema;
            const types = this.writtenAlike(style, media, writerDoc, writer);
            const at = hc ? entry.pointer : h.location;
            if (types === undefined)
                this.emit(changed, ep, at, text);
            else
                this.emit(compatible, ep, at, `${text}: its ${types} values are written the same way`);
            const [bs, hs] = bc ? [entry.schema, h.schema] : [b.schema, entry.schema];
            if (bs && hs)
                compare(bs, hs, several ? `${label} (${media})` : label, hc ? media : undefined);
        }
    }
    /**
     * Whether every value of the writer's schema is written alike by `style` and in `media`, and if
     * so the types of those values. A style writes a scalar bare only as `form` (`?n=3`, `n=3` in a
     * cookie) or `simple` (`3`); `matrix` (`;n=3`) and `label` (`.3`) add to it. JSON writes a
     * number, an integer or a boolean as that text (a string gains quotes, `"abc"`); `text/plain`
     * writes any scalar as its text. Anything else (an array, an object, null, a schema without a
     * declared type or no schema, another media type) is written otherwise, or cannot be shown not
     * to be.
     */
    writtenAlike(style, media, doc, writer) {
        if (!style.startsWith('form/') && !style.startsWith('simple/'))
            return undefined;
        const parsed = parseMedia(media);
        if (!parsed || !writer)
            return undefined;
        const json = parsed.essence === 'application/json' || parsed.suffix === 'json';
        if (!json && parsed.essence !== 'text/plain')
            return undefined;
        const allowed = new Set(json ? ['integer', 'number', 'boolean'] : ['string', 'integer', 'number', 'boolean']);
        const resolved = doc.resolve(writer);
        if (resolved.unresolved !== undefined || !isObject(resolved.node))
            return undefined;
        const schema = resolved.node;
        const types = typeList(schema.type);
        if (!types || types.length === 0 || schema.nullable === true)
            return undefined;
        if (types.some((t) => !allowed.has(t)))
            return undefined;
        return [...new Set(types)].sort().join(' | ');
    }
    compareRequestBodies(ep, bo, ho) {
        const b = this.base.resolve({
            node: bo.op.node.requestBody,
            pointer: child(bo.op.pointer, 'requestBody'),
        });
        const h = this.head.resolve({
            node: ho.op.node.requestBody,
            pointer: child(ho.op.pointer, 'requestBody'),
        });
        const baseBody = b.unresolved === undefined && isObject(b.node) ? b : undefined;
        const headBody = h.unresolved === undefined && isObject(h.node) ? h : undefined;
        if (!headBody) {
            if (baseBody)
                this.emit('request-body-removed', ep, baseBody.pointer, 'request body was removed');
            return;
        }
        if (!baseBody) {
            if (isRequired(headBody)) {
                this.emit('request-body-made-required', ep, headBody.pointer, 'a required request body was added');
            }
            else
                this.emit('request-body-added', ep, headBody.pointer, 'an optional request body was added');
            return;
        }
        if (isRequired(baseBody) && !isRequired(headBody))
            this.emit('request-body-made-optional', ep, headBody.pointer, 'request body is no longer required');
        if (!isRequired(baseBody) && isRequired(headBody)) {
            this.emit('request-body-made-required', ep, child(headBody.pointer, 'required'), 'request body is now required');
        }
        this.compareContents(ep, 'request body', baseBody, headBody, this.webhook ? 'response' : 'request');
    }
    compareResponses(ep, bo, ho) {
        const baseAt = child(bo.op.pointer, 'responses');
        const headAt = child(ho.op.pointer, 'responses');
        // A Responses object may be extended: its `x-` keys are no status codes (decision 92).
        const base = statuses(bo.op.node.responses);
        const head = statuses(ho.op.node.responses);
        // A range is one whatever its case (`2XX` is `2xx`); explicit codes are compared as written.
        const baseKeys = new Map(Object.keys(base).map((status) => [statusKey(status), status]));
        const headKeys = new Set(Object.keys(head).map(statusKey));
        for (const [status, node] of Object.entries(head)) {
            const pointer = child(headAt, status);
            const was = baseKeys.get(statusKey(status));
            if (was === undefined) {
                this.emit('response-status-added', ep, pointer, `response ${status} was added`);
                continue;
            }
            const b = this.base.resolve({ node: base[was], pointer: child(baseAt, was) });
            const h = this.head.resolve({ node, pointer });
            if (b.unresolved === undefined && h.unresolved === undefined) {
                this.compareContents(ep, `response ${status}`, b, h, this.webhook ? 'request' : 'response');
                this.compareHeaders(ep, `response ${status}`, b, h);
            }
        }
        for (const status of Object.keys(base)) {
            if (!headKeys.has(statusKey(status))) {
                const success = /^[23]/.test(status);
                const rule = success ? 'response-status-removed' : 'response-non-success-status-removed';
                this.emit(rule, ep, child(baseAt, status), `response ${status} was removed`);
            }
        }
    }
    compareHeaders(ep, subject, b, h) {
        const headers = (doc, at) => {
            const out = new Map();
            const map = isObject(at.node) && isObject(at.node.headers) ? at.node.headers : {};
            for (const [name, node] of Object.entries(map)) {
                const r = doc.resolve({ node, pointer: child(at.pointer, 'headers', name) });
                if (r.unresolved === undefined && isObject(r.node))
                    out.set(name.toLowerCase(), { node: r.node, pointer: r.pointer });
            }
            return out;
        };
        const base = headers(this.base, b);
        const head = headers(this.head, h);
        for (const [name, bh] of base) {
            const hh = head.get(name);
            if (!hh) {
                const rule = bh.node.required === true ? 'response-header-removed' : 'response-optional-header-removed';
                this.emit(rule, ep, bh.pointer, `${subject} header "${name}" was removed`);
                continue;
            }
            if (bh.node.required === true && hh.node.required !== true)
                this.emit('response-header-made-optional', ep, hh.pointer, `${subject} header "${name}" is no longer always sent`);
            // A header is described by a schema (written by style `simple`) or by `content` (in its
            // media type), as a parameter is: an object `schema` wins, anything else leaves `content`.
            const description = (x) => ({
                node: x.node,
                in: 'header',
                location: x.pointer,
                ...(isObject(x.node.schema)
                    ? { schema: { node: x.node.schema, pointer: child(x.pointer, 'schema') } }
                    : x.node.content === undefined
                        ? { schema: anyValue(x.pointer) }
                        : described(contentOf(x))),
            });
            const bd = description(bh);
            const hd = description(hh);
            const label = `${subject} header "${name}"`;
            // In a webhook the API reads the receiver's response: the header's schemas are compared as
            // a request's are, and a media range is wider on the API's side (as the body's, decision 83).
            const direction = this.webhook ? 'request' : 'response';
            const compare = (bs, hs, said, media) => this.compareSchemas(ep, said, bs, hs, direction, false, media === undefined ? 'all' : textMode(media));
            if (bd.media !== undefined || hd.media !== undefined)
                this.writtenOtherwise(ep, label, 'header', bd, hd, !this.webhook, compare);
            else if (serialisation(bh.node, 'header') !== serialisation(hh.node, 'header'))
                this.emit('response-header-style-changed', ep, hh.pointer, `${label} style/explode changed from ${serialisation(bh.node, 'header')} to ${serialisation(hh.node, 'header')}`);
            // A header described by a schema is text (style `simple`), all the way down.
            if (bd.media === undefined && hd.media === undefined && bd.schema && hd.schema)
                compare(bd.schema, hd.schema, label, undefined);
        }
        for (const [name, hh] of head) {
            if (!base.has(name))
                this.emit('response-header-added', ep, hh.pointer, `${subject} header "${name}" was added`);
        }
    }
    /** Compares the `content` maps of two request bodies or two responses, media type by media type. */
    compareContents(ep, subject, b, h, direction) {
        const base = contentOf(b);
        const head = contentOf(h);
        const named = base.size > 1 || head.size > 1;
        // Media types are paired in passes (pairMedia): the same name, then names equal once
        // normalised, then one essence with other parameters, then (response only) a structured-syntax
        // refinement (`application/json` → `application/problem+json`: still what clients parse). A
        // request refined by a suffix leaves what clients send unlisted.
        const response = direction === 'response';
        const pairs = pairMedia(base.keys(), head.keys(), response);
        const renamed = new Map();
        for (const [from, { to }] of pairs)
            if (from !== to)
                renamed.set(from, to);
        // One media type on both sides (`media` as the revision names it): its schemas compared, or
        // a schema gained (a request that took anything) or lost (a response no longer described).
        const compareMedia = (bm, hm, media, textual) => {
            if (bm.schema && hm.schema) {
                this.compareSchemas(ep, named ? `${subject} (${media})` : subject, bm.schema, hm.schema, direction, false, textual ?? textMode(media, hm.encoding));
            }
            else if (!bm.schema && hm.schema && !response) {
                this.emit('request-media-type-schema-added', ep, hm.schema.pointer, `${subject} (${media}) now has a schema`);
            }
            else if (bm.schema && !hm.schema && response && !describesNothing(this.base, bm.schema)) {
                this.emit('response-media-type-schema-removed', ep, hm.pointer, `${subject} (${media}) no longer has a schema: what comes is not described`);
            }
        };
        // Several request types held by one range: each compared with it, each finding said once.
        const saidFor = new Map();
        const compareOnce = (bm, hm, media, textual) => {
            const start = this.changes.length;
            compareMedia(bm, hm, media, textual);
            const said = saidFor.get(media) ?? new Set();
            saidFor.set(media, said);
            for (const change of this.changes.splice(start)) {
                const key = `${change.rule}\n${change.location}\n${change.message}`;
                if (said.has(key))
                    continue;
                said.add(key);
                this.changes.push(change);
            }
        };
        for (const [from, to] of renamed) {
            const how = pairs.get(from).how;
            if (how !== 'same') {
                const rule = how === 'parameters'
                    ? 'media-type-parameters-changed'
                    : how === 'range'
                        ? 'media-type-range-changed'
                        : 'response-media-type-specialized';
                const verb = response ? 'now comes as' : 'now accepts';
                this.emit(rule, ep, head.get(to).pointer, `${subject} ${verb} ${to} instead of ${from}`);
            }
            // A request type held by a range is still sent as that type: its values read as its text.
            const bm = base.get(from);
            const sent = how === 'range' && !response ? textMode(from, bm.encoding) : undefined;
            compareOnce(bm, head.get(to), to, sent);
        }
        const paired = new Set(renamed.values());
        for (const [media, hm] of head) {
            // A range paired with types it holds is compared with itself too when listed on both sides.
            if (paired.has(media) && !base.has(media))
                continue;
            const bm = base.get(media);
            if (!bm) {
                const verb = response ? 'now comes as' : 'now accepts';
                this.emit('media-type-added', ep, hm.pointer, `${subject} ${verb} ${media}`);
            }
            else
                compareOnce(bm, hm, media);
        }
        for (const [media, bm] of base) {
            if (head.has(media) || renamed.has(media))
                continue;
            if (direction === 'response') {
                this.emit('response-media-type-removed', ep, bm.pointer, `${subject} no longer comes as ${media}`);
            }
            else
                this.emit('request-media-type-removed', ep, bm.pointer, `${subject} no longer accepts ${media}`);
        }
    }
    compareSecurity(ep, bo, ho) {
        const b = security(this.base, bo);
        const h = security(this.head, ho);
        const location = h.pointer ?? b.pointer ?? child(ho.op.pointer, 'security');
        // Operations inheriting the root requirement in both documents all differ alike: compared once.
        const inherited = b.pointer === '/security' && h.pointer === '/security';
        if (inherited && this.rootSecurity === undefined)
            this.rootSecurity = securityFindings(b.alternatives, h.alternatives);
        const found = inherited ? this.rootSecurity : securityFindings(b.alternatives, h.alternatives);
        for (const [rule, text] of found)
            this.emit(rule, ep, location, text);
    }
    compareSchemas(ep, subject, b, h, direction, requiredParameter = false, textual = 'none') {
        this.report(ep, subject, this.schemas.compareRoot(b, h, direction, textual), requiredParameter);
    }
    /**
     * Reports a walk's findings, then those of each reference pair reachable from it, once each:
     * a change inside a shared component is reported for every operation that uses it, under the
     * property path by which the operation first reaches it.
     */
    report(ep, subject, root, requiredParameter = false) {
        this.say(ep, subject, this.schemas.settled(root.findings), '', requiredParameter);
        const visited = new Set();
        for (const edge of root.edges) {
            for (const reached of this.schemas.reach(edge.key)) {
                if (visited.has(reached.key))
                    continue;
                visited.add(reached.key);
                this.say(ep, subject, reached.findings, joinPath(edge.at, reached.at), requiredParameter);
            }
        }
    }
    say(ep, subject, findings, prefix, requiredParameter = false) {
        for (const finding of findings) {
            const at = joinPath(prefix, finding.at);
            if (requiredParameter && at === '' && PARAMETER_DEFAULT.has(finding.rule))
                continue;
            this.emit(finding.rule, ep, finding.location, `${subject}${at ? ` property "${at}"` : ''} ${finding.text}`);
        }
    }
    isUnstable(ep) {
        return ep.unstable ?? this.unstable.has(`${ep.method} ${ep.path}`);
    }
    emit(rule, ep, location, text) {
        let level = this.options.levels?.[rule] ?? RULES[rule].level;
        if (level === 'breaking' && this.isUnstable(ep))
            level = 'info';
        const where = ep.method ? `${ep.method} ${ep.path}` : ep.path || 'components';
        const message = `${where}: ${text}`;
        this.changes.push(ep.method
            ? { rule, level, path: ep.path, method: ep.method, location, message }
            : { rule, level, path: ep.path, location, message });
    }
}
/**
 * Where values of a body or `content` parameter travel as text (decision 70), by an allow-list:
 * `body` (text throughout, and the whole text one string) for `text/*` (but not a JSON or YAML text type), `application/xml` and `…+xml`, and
 * `application/x-www-form-urlencoded`; `parts` for `multipart/*`, whose scalar parts are text
 * (an object part is JSON by default), unless its `encoding` gives any part a content type
 * that is not text; `none` (every type apart) for all others: JSON and `…+json`, the wildcard types,
 * NDJSON, YAML, MessagePack, CBOR and any type not listed.
 */
function textMode(media, encoding) {
    const type = media.split(';')[0].trim().toLowerCase();
    const slash = type.indexOf('/');
    const top = type.slice(0, slash);
    const sub = type.slice(slash + 1);
    if (slash < 0)
        return 'none';
    if (type === 'application/x-www-form-urlencoded' || type === 'application/xml' || sub.endsWith('+xml'))
        return 'body';
    if (top === 'text')
        return /json|yaml|yml/.test(sub) ? 'none' : 'body';
    if (top !== 'multipart')
        return 'none';
    if (isObject(encoding))
        for (const part of Object.values(encoding)) {
            const contentType = isObject(part) ? part.contentType : undefined;
            if (typeof contentType !== 'string')
                continue;
            // A list of types (`image/png, image/jpeg`): each must be text.
            if (contentType.split(',').some((one) => textMode(one) !== 'body'))
                return 'none';
        }
    return 'parts';
}
/** The parameter's own default: meaningless while the parameter is required. */
const PARAMETER_DEFAULT = new Set([
    'parameter-default-changed',
    'parameter-default-added',
]);
/** Path items by their template with parameter names blanked, so `{id}` and `{pk}` match. */
function pathItems(doc) {
    const items = new Map();
    const paths = doc.root.paths;
    if (!isObject(paths))
        return items;
    for (const [path, node] of Object.entries(paths)) {
        if (!path.startsWith('/'))
            continue;
        const item = doc.resolve({ node, pointer: child('/paths', path) });
        if (item.unresolved !== undefined || !isObject(item.node))
            continue;
        // `[^{}]`, not `[^}]`: from each `{` the search stops at the next one, so a name of many `{`
        // and no `}` costs its length, not its length squared.
        items.set(path.replace(/\{[^{}]*\}/g, '{}'), { path, item: { node: item.node, pointer: item.pointer } });
    }
    return items;
}
/** A Responses object's entries without its specification extensions (`x-` keys). */
/** A status key as compared: a range (`2XX`, `2xx`) in upper case, any other key as written. */
function statusKey(status) {
    return /^[1-5]xx$/i.test(status) ? status.toUpperCase() : status;
}
function statuses(responses) {
    const out = {};
    if (!isObject(responses))
        return out;
    for (const [status, node] of Object.entries(responses))
        if (!status.startsWith('x-'))
            Object.defineProperty(out, status, { value: node, enumerable: true });
    return out;
}
function operations({ item }) {
    const found = [];
    for (const method of METHODS) {
        const node = item.node[method];
        if (isObject(node))
            found.push({ method: method.toUpperCase(), op: { node, pointer: child(item.pointer, method) } });
    }
    return found;
}
/** Base path-parameter names mapped to the head's, by position in the template. */
function pathParameterRenames(basePath, headPath) {
    const headNames = templateNames(headPath);
    return new Map(templateNames(basePath).map((name, i) => [name, headNames[i] ?? name]));
}
function templateNames(path) {
    return Array.from(path.matchAll(/\{([^{}]*)\}/g), (m) => m[1] ?? '');
}
function isRequired(body) {
    return isObject(body.node) && body.node.required === true;
}
/** An operation's parameters with the path item's merged in (the operation's win), by `in` and name. */
function parameters(doc, { item }, { op }, renames) {
    const found = new Map();
    for (const owner of [item, op]) {
        const list = owner.node.parameters;
        if (!Array.isArray(list))
            continue;
        for (let index = 0; index < list.length; index++) {
            const resolved = doc.resolve({
                node: list[index],
                pointer: child(owner.pointer, 'parameters', String(index)),
            });
            if (resolved.unresolved !== undefined || !isObject(resolved.node))
                continue;
            const p = resolved.node;
            if (typeof p.name !== 'string' || typeof p.in !== 'string')
                continue;
            const name = p.in === 'path' ? (renames?.get(p.name) ?? p.name) : p.name;
            const key = `${p.in}:${p.in === 'header' ? name.toLowerCase() : name}`;
            found.set(key, {
                node: p,
                name,
                in: p.in,
                required: p.in === 'path' || p.required === true,
                location: resolved.pointer,
                ...(isObject(p.schema)
                    ? { schema: { node: p.schema, pointer: child(resolved.pointer, 'schema') } }
                    : p.content === undefined
                        ? { schema: anyValue(resolved.pointer) }
                        : described(contentOf(resolved))),
            });
        }
    }
    return found;
}
/**
 * The schema of a parameter or header that has neither `schema` nor `content` (3.0 asks for one;
 * 3.1 too): nothing constrains its value, so it reads as `{}`, at the place its schema would be.
 */
function anyValue(owner) {
    return { node: {}, pointer: child(owner, 'schema') };
}
/**
 * A parameter or header described by `content`: its entries, and its first media type and that
 * one's schema (`media` says only that it is described so; the entries are compared, paired
 * whatever their order, by `pairContent`).
 */
function described(content) {
    const first = content.entries().next().value;
    return first ? { schema: first[1].schema, media: first[0], content } : { schema: undefined };
}
/**
 * How a parameter's or header's media type `from` became `to` (paired `how` by `pairMedia`, or
 * not paired by it), for the side that reads the value (the client when `clientReads`). No
 * `Content-Type` travels with such a value: what counts is whether a value written the old way is
 * read the same. `same` for one media type (equal once normalised, decision 78); compatible when
 * parameters were added or dropped (none but a charset named on both sides with another value),
 * a structured-syntax type and the type its suffix names (either way: both are one syntax), a
 * range wider where the value is read (decision 83), a charset the reader reads the writer's in
 * (`charsetVerdict`); else `other`: another essence or syntax, a parameter with another value, a
 * range narrowed on the reading side, a charset the reader reads otherwise.
 */
function mediaVerdict(from, to, clientReads, how, parse = parseMedia) {
    if (how === 'same')
        return { kind: 'same' };
    if (how === 'range') {
        const narrower = parse(to)?.subtype === '*' ? `every type of the range ${to}` : to;
        return {
            kind: 'compatible',
            why: clientReads
                ? `${narrower} is one of the types the range ${from} allowed`
                : `the range ${to} holds ${from}, so a value written as before is still read`,
        };
    }
    const b = parse(from);
    const h = parse(to);
    if (!b || !h)
        return { kind: 'other' };
    for (const [k, v] of b.params)
        if (k !== 'charset' && h.params.has(k) && h.params.get(k) !== v)
            return { kind: 'other' };
    const charset = charsetVerdict(b, h, clientReads);
    if (charset?.kind === 'other')
        return charset;
    const refines = (x, y) => x.type === y.type && x.suffix === undefined && y.suffix === x.subtype;
    if (how === 'suffix' || refines(b, h) || refines(h, b))
        return {
            kind: 'compatible',
            why: `both are ${b.suffix ?? b.subtype} (a structured-syntax suffix names the other), the value is written as before`,
        };
    if (b.essence !== h.essence)
        return { kind: 'other' };
    return (charset ?? {
        kind: 'compatible',
        why: 'only its media type parameters changed, the value is written as before',
    });
}
/** Charsets that write US-ASCII text as US-ASCII does: a reader in one reads ASCII text alike. */
const ASCII_NAMES = new Set([
    'us-ascii',
    'ascii',
    'iso646-us',
    'ansi_x3.4-1968',
    'csascii',
]);
function holdsAscii(charset) {
    return (ASCII_NAMES.has(charset) ||
        charset === 'utf-8' ||
        /^iso-8859-(?:[1-9]|1[0-6])$/.test(charset) ||
        /^windows-125[0-8]$/.test(charset));
}
/**
 * A charset added, dropped or changed on a parameter's or header's media type, which no
 * `Content-Type` carries: the reader decodes the value in the charset it was told. In `text/*`
 * no charset means US-ASCII (RFC 2046, 4.1.2), so only a writer in US-ASCII read by a charset
 * that writes ASCII alike (UTF-8, ISO-8859-*, windows-125*) reads as before; anything else is
 * `other`. A JSON charset is ignored (JSON is UTF-8, RFC 8259, 8.1); on another type only a
 * charset named on both sides with another value is `other` (without one, that type's own rules
 * say the encoding, as XML's declaration does). Undefined when the charset says nothing new.
 */
function charsetVerdict(b, h, clientReads) {
    const cb = b.params.get('charset');
    const ch = h.params.get('charset');
    if (cb === ch)
        return undefined;
    const json = (m) => m.essence === 'application/json' || m.suffix === 'json';
    if (json(b) || json(h))
        return undefined;
    if (b.type !== 'text' && h.type !== 'text')
        return cb !== undefined && ch !== undefined
            ? { kind: 'other', why: `its charset ${cb} became ${ch}` }
            : undefined;
    const [writer, reader] = clientReads ? [ch, cb] : [cb, ch];
    const named = (cs) => cs ?? 'us-ascii (no charset, RFC 2046)';
    const ascii = writer === undefined || ASCII_NAMES.has(writer);
    return ascii && holdsAscii(reader ?? 'us-ascii')
        ? { kind: 'compatible', why: `a value written in ${named(writer)} reads the same in ${named(reader)}` }
        : { kind: 'other', why: `a value written in ${named(writer)} is not read the same in ${named(reader)}` };
}
/** Names of one syntax: `application/json` and `application/problem+json`, `text/plain` whatever its parameters. */
function syntaxKey(m) {
    return `${m.type}/${m.suffix ?? m.subtype}`;
}
/** Reader names of one syntax a writer name looks at, at most, in the pass after `pairMedia`. */
const SYNTAX_SCAN = 32;
/**
 * The entries of two `content` maps of a parameter or header paired, whatever the order of their
 * keys, from the side that writes the value (the base where the server reads, the revision where
 * the client reads) to the side that reads it: each written name must be read by a name of the
 * reader, and one reader name may read several. First as a request body's are (`pairMedia`: the
 * same name, once normalised, one essence with other parameters, a reader's range that holds the
 * written type or range); then names of one syntax whose verdict is not `other` (a suffix
 * refinement either way, a charset read alike), each written name looking at SYNTAX_SCAN reader
 * names at most; then, when one name is left on each side, those two (the case OpenAPI allows:
 * one entry each). A written name left is read by nothing. Sorted by base name, then revision name.
 */
function pairContent(base, head, clientReads, work) {
    const [writer, reader] = clientReads ? [head, base] : [base, head];
    const out = [];
    // Each name is read once.
    const read = new Map();
    const parse = (name) => {
        if (!read.has(name))
            read.set(name, parseMedia(name));
        return read.get(name);
    };
    const pair = (w, r, how) => {
        if (work && how === undefined)
            work.comparisons++;
        const [from, to] = clientReads ? [r, w] : [w, r];
        return { from, to, verdict: mediaVerdict(from, to, clientReads, how, parse) };
    };
    const used = new Set();
    const written = new Set();
    for (const [w, { to: r, how }] of pairMedia(writer.keys(), reader.keys(), false, parse)) {
        out.push(pair(w, r, how));
        used.add(r);
        written.add(w);
    }
    const writerLeft = [...writer.keys()].filter((n) => !written.has(n)).sort();
    const bySyntax = new Map();
    for (const name of [...reader.keys()].sort()) {
        const parsed = parse(name);
        if (!parsed)
            continue;
        const key = syntaxKey(parsed);
        const list = bySyntax.get(key);
        if (list)
            list.push(name);
        else
            bySyntax.set(key, [name]);
    }
    const unread = [];
    for (const w of writerLeft) {
        const parsed = parse(w);
        const list = parsed ? (bySyntax.get(syntaxKey(parsed)) ?? []) : [];
        let found;
        for (const r of list.slice(0, SYNTAX_SCAN)) {
            const candidate = pair(w, r, undefined);
            if (candidate.verdict?.kind !== 'other') {
                found = candidate;
                used.add(r);
                break;
            }
        }
        if (found)
            out.push(found);
        else
            unread.push(w);
    }
    const readerLeft = [...reader.keys()].filter((n) => !used.has(n));
    if (unread.length === 1 && readerLeft.length === 1)
        out.push(pair(unread[0], readerLeft[0], undefined));
    else
        for (const w of unread)
            out.push(clientReads ? { to: w } : { from: w });
    const order = (x, y) => x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1;
    return out.sort((x, y) => order(x.from, y.from) || order(x.to, y.to));
}
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
/**
 * Reads a media type name as RFC 9110 (8.3.1, 5.6.6) does: type, subtype and parameter names
 * without case, whitespace around `;` and `=` ignored, a quoted value equal to its unquoted form,
 * and the `charset` value without case (the one parameter whose values are defined so). Other
 * values keep their case. A quoted value (5.6.4) may hold `;` and `\`-escaped characters: the
 * name is split only at a `;` outside quotes, and the normal form quotes again a value that is
 * not a token. Undefined for a name that is not `type/subtype`.
 */
function parseMedia(name) {
    const [essencePart = '', ...rest] = splitParameters(name);
    const slash = essencePart.indexOf('/');
    const type = essencePart.slice(0, slash).trim().toLowerCase();
    const subtype = essencePart
        .slice(slash + 1)
        .trim()
        .toLowerCase();
    if (slash < 0 || !TOKEN.test(type) || !TOKEN.test(subtype))
        return undefined;
    const plus = subtype.lastIndexOf('+');
    const params = new Map();
    for (const part of rest) {
        const eq = part.indexOf('=');
        const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
        if (key === '')
            continue;
        const value = unquote(eq < 0 ? '' : part.slice(eq + 1).trim());
        params.set(key, key === 'charset' ? value.toLowerCase() : value);
    }
    const essence = `${type}/${subtype}`;
    const written = (v) => v === '' || TOKEN.test(v.toLowerCase()) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`;
    const sorted = [...params.keys()].sort().map((k) => `;${k}=${written(params.get(k))}`);
    return {
        essence,
        type,
        subtype,
        suffix: plus > 0 ? subtype.slice(plus + 1) : undefined,
        params,
        normal: essence + sorted.join(''),
    };
}
/** Splits a media type name at each `;` outside a quoted-string (RFC 9110 5.6.4). */
function splitParameters(name) {
    const parts = [];
    let start = 0;
    let quoted = false;
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (quoted) {
            if (c === '\\')
                i++;
            else if (c === '"')
                quoted = false;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ';') {
            parts.push(name.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(name.slice(start));
    return parts;
}
/**
 * A parameter value as meant: a quoted-string without its quotes and with each quoted-pair
 * (`\x`) read as the character it escapes; any other value (a token, or a quote left open or
 * followed by more text) as written.
 */
function unquote(value) {
    if (!value.startsWith('"'))
        return value;
    let out = '';
    for (let i = 1; i < value.length; i++) {
        const c = value[i];
        if (c === '\\' && i + 1 < value.length)
            out += value[++i];
        else if (c === '"')
            return i === value.length - 1 ? out : value;
        else
            out += c;
    }
    return value;
}
/**
 * Pairs the base's media type names with the revision's, in passes that each take only names
 * still unpaired: the same name; the same normalised name; the same essence with compatible
 * parameters (none named on both sides with another value: `version=1` → `version=2` or a charset
 * changed names another media type); and, when `suffixes`, a name without suffix with one whose
 * suffix is its subtype (`application/json` → `application/problem+json`); last, a media range
 * that holds the other side's type or range, wider on the side that receives: in a request
 * (`!suffixes`) a type that became `type/*` or the range of all types, or a range `type/*` that
 * became the range of all types; in a response a range that became a type or a narrower range in it (the server's range
 * said any of those may come; a type within is one of them). Within a pass, names
 * are taken in sorted order, so the result does not depend on the order of the keys. Each name is
 * read once (`parse`) and indexed by its key, so the work grows with the number of names.
 */
function pairMedia(baseNames, headNames, suffixes, parse = parseMedia, work) {
    const pairs = new Map();
    const headSet = new Set(headNames);
    const taken = new Set();
    const baseLeft = [];
    for (const name of baseNames) {
        if (headSet.has(name)) {
            pairs.set(name, { to: name, how: 'same' });
            taken.add(name);
        }
        else {
            const parsed = parse(name);
            if (parsed)
                baseLeft.push([name, parsed]);
        }
    }
    if (baseLeft.length === 0)
        return pairs;
    const headLeft = [];
    for (const name of headSet) {
        if (taken.has(name))
            continue;
        const parsed = parse(name);
        if (parsed)
            headLeft.push([name, parsed]);
    }
    const byName = (x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    // Request ranges listed on both sides still hold the types clients sent (`suffixes` is false).
    // In a request, a revision name paired already still takes what other base names sent: several
    // base names of one essence (`v=1` and `v=2`, two charsets, two spellings) pair with one name.
    const headKept = [];
    for (const name of taken) {
        const parsed = parse(name);
        if (parsed)
            headKept.push([name, parsed]);
    }
    baseLeft.sort(byName);
    headLeft.sort(byName);
    const headAll = [...headLeft, ...headKept].sort(byName);
    const pass = (baseKey, headKey, how, sharing) => {
        const shared = sharing !== undefined;
        const index = new Map();
        // A shared range may hold types although the same range was listed on both sides.
        for (const entry of sharing ?? headLeft) {
            if (!shared && taken.has(entry[0]))
                continue;
            const key = headKey(entry[1]);
            if (key === undefined)
                continue;
            const list = index.get(key);
            if (list)
                list.push(entry);
            else
                index.set(key, [entry]);
        }
        for (const [name, parsed] of baseLeft) {
            if (pairs.has(name))
                continue;
            const key = baseKey(parsed);
            const candidates = key === undefined ? undefined : index.get(key);
            if (!candidates)
                continue;
            const to = shared ? candidates[0][0] : firstLeft(candidates, taken);
            if (to === undefined)
                continue;
            pairs.set(name, { to, how });
            if (!shared)
                taken.add(to);
        }
    };
    // A name left unpaired is taken first; in a request, then one already paired.
    const normal = (m) => m.normal;
    const paired = () => [...headKept, ...headLeft.filter((e) => taken.has(e[0]))].sort(byName);
    pass(normal, normal, 'same');
    if (!suffixes)
        pass(normal, normal, 'same', paired());
    sameEssence(baseLeft, headLeft, pairs, taken, false, work);
    if (!suffixes)
        sameEssence(baseLeft, paired(), pairs, taken, true, work);
    if (suffixes)
        pass((m) => (m.suffix === undefined ? m.essence : undefined), (m) => (m.suffix === undefined ? undefined : `${m.type}/${m.suffix}`), 'suffix');
    // The range's key on the range's side; the held type tries `type/*`, then `*/*`.
    const range = (m) => (m.subtype === '*' && m.params.size === 0 ? m.essence : undefined);
    for (const held of ['type', 'any']) {
        // A range is held by a wider one (`application/*` by `*/*`), as the types in it are.
        const holder = (m) => m.type === '*' ? undefined : held === 'any' ? '*/*' : m.subtype === '*' ? undefined : `${m.type}/*`;
        // A response range may also become a type paired already: what comes is still in it.
        if (suffixes) {
            pass(range, holder, 'range');
            pass(range, holder, 'range', paired());
        }
        // A request range holds every type clients sent: several may pair with it.
        else
            pass(holder, range, 'range', headAll);
    }
    return pairs;
}
/** The first name of a sorted list not taken yet; taken ones leave its front, so none is read twice. */
function firstLeft(list, taken) {
    while (list && list.length > 0 && taken.has(list[0][0]))
        list.shift();
    return list?.[0]?.[0];
}
/** Head names of one essence a base name looks at in order before the indexed lookup. */
const ESSENCE_SCAN = 32;
/** Groups (sets of parameter names) of one essence, and indexes built, the lookup goes through at most. */
const ESSENCE_GROUPS = 16;
/**
 * The pass of one essence with other parameters: a base name pairs with the first revision name
 * (sorted) whose parameters named on both sides have the same values. A base name first looks at
 * the first names of its essence not yet taken (at most ESSENCE_SCAN: most pair there, say names
 * whose parameter names differ); then, when the essence has few sets of parameter names (at most
 * ESSENCE_GROUPS), the revision's names are grouped by that set and indexed once per set of names
 * shared with the base name by their values (`application/json; v=1` … `v=2000` on each side), at
 * most ESSENCE_GROUPS indexes per essence. A name past both pairs with none: the work stays near
 * linear in the number of names, whatever their shape. `shared` (a request): a revision name is
 * not used up, several base names of one essence pair with it.
 */
function sameEssence(baseLeft, headLeft, pairs, taken, shared, work = { comparisons: 0 }) {
    const essences = new Map();
    for (const entry of headLeft) {
        if (!shared && taken.has(entry[0]))
            continue;
        const m = entry[1];
        let essence = essences.get(m.essence);
        if (!essence) {
            essence = { sorted: [], next: [], groups: new Map(), indexes: 0 };
            essences.set(m.essence, essence);
        }
        essence.next.push(essence.sorted.length);
        essence.sorted.push(entry);
        const keys = [...m.params.keys()].sort();
        const signature = JSON.stringify(keys);
        const group = essence.groups.get(signature);
        if (group)
            group.entries.push(entry);
        else
            essence.groups.set(signature, { keys, entries: [entry], by: new Map() });
    }
    const nextLeft = (essence, from) => {
        const { sorted, next } = essence;
        let i = from;
        while (i < sorted.length) {
            if (next[i] !== i)
                i = next[i];
            else if (!shared && taken.has(sorted[i][0])) {
                next[i] = i + 1;
                i += 1;
            }
            else
                break;
        }
        // Every index walked over now points at the first name left after it.
        for (let j = from; j < i;) {
            const after = next[j];
            next[j] = i;
            j = after;
        }
        return i;
    };
    const agree = (b, h) => {
        work.comparisons += 1;
        const [few, many] = b.params.size <= h.params.size ? [b.params, h.params] : [h.params, b.params];
        for (const [k, v] of few)
            if (many.has(k) && many.get(k) !== v)
                return false;
        return true;
    };
    for (const [name, parsed] of baseLeft) {
        if (pairs.has(name))
            continue;
        const essence = essences.get(parsed.essence);
        if (!essence)
            continue;
        let best;
        let i = nextLeft(essence, 0);
        for (let looked = 0; i < essence.sorted.length && looked < ESSENCE_SCAN; looked += 1) {
            const entry = essence.sorted[i];
            if (agree(parsed, entry[1])) {
                best = entry[0];
                break;
            }
            i = nextLeft(essence, i + 1);
        }
        if (best === undefined && i < essence.sorted.length && essence.groups.size <= ESSENCE_GROUPS) {
            for (const group of essence.groups.values()) {
                const common = group.keys.filter((k) => parsed.params.has(k));
                const sharedKey = JSON.stringify(common);
                let byValues = group.by.get(sharedKey);
                if (!byValues) {
                    if (essence.indexes >= ESSENCE_GROUPS)
                        continue;
                    essence.indexes += 1;
                    byValues = new Map();
                    for (const entry of group.entries) {
                        work.comparisons += 1;
                        const values = JSON.stringify(common.map((k) => entry[1].params.get(k)));
                        const list = byValues.get(values);
                        if (list)
                            list.push(entry);
                        else
                            byValues.set(values, [entry]);
                    }
                    group.by.set(sharedKey, byValues);
                }
                work.comparisons += 1;
                const list = byValues.get(JSON.stringify(common.map((k) => parsed.params.get(k))));
                const to = shared ? list?.[0]?.[0] : firstLeft(list, taken);
                if (to !== undefined && (best === undefined || to < best))
                    best = to;
            }
        }
        if (best === undefined)
            continue;
        pairs.set(name, { to: best, how: 'parameters' });
        if (!shared)
            taken.add(best);
    }
}
/**
 * A schema that constrains nothing: `true`, or an object of annotations only (also through
 * `$ref`s and `allOf` members that constrain nothing, each followed once).
 */
function describesNothing(doc, located, seen = new Set()) {
    const resolved = doc.resolve(located);
    if (resolved.unresolved !== undefined)
        return false;
    const node = resolved.node;
    if (node === true)
        return true;
    if (!isObject(node))
        return false;
    if (seen.has(resolved.pointer))
        return true;
    seen.add(resolved.pointer);
    return Object.entries(node).every(([k, v]) => NOTHING_KEYS.has(k) ||
        k.startsWith('x-') ||
        (k === 'allOf' &&
            Array.isArray(v) &&
            v.every((m, i) => describesNothing(doc, { node: m, pointer: child(resolved.pointer, 'allOf', String(i)) }, seen))));
}
/** Keywords that say something of a schema (annotations, identifiers) and constrain no value. */
const NOTHING_KEYS = new Set([
    'title',
    'description',
    'example',
    'examples',
    '$comment',
    'externalDocs',
    'deprecated',
    'readOnly',
    'writeOnly',
    'default',
    '$schema',
    '$id',
    '$anchor',
    '$dynamicAnchor',
    '$defs',
]);
function contentOf(located) {
    const found = new Map();
    const content = isObject(located.node) ? located.node.content : undefined;
    if (!isObject(content))
        return found;
    const at = child(located.pointer, 'content');
    for (const [media, node] of Object.entries(content)) {
        const pointer = child(at, media);
        const schema = isObject(node) && node.schema !== undefined
            ? { node: node.schema, pointer: child(pointer, 'schema') }
            : undefined;
        found.set(media, { pointer, schema, encoding: isObject(node) ? node.encoding : undefined });
    }
    return found;
}
/** What differs between the security requirements of an operation: the rules and their texts. */
function securityFindings(b, h) {
    const found = [];
    const open = (alternatives) => alternatives.size === 0 || [...alternatives.values()].some((alt) => alt.schemes.size === 0);
    const baseOpen = open(b);
    const headOpen = open(h);
    if (baseOpen && headOpen)
        return found;
    if (baseOpen) {
        found.push(['security-requirement-added', `now requires authentication (${describe(h)})`]);
        return found;
    }
    if (headOpen) {
        found.push(['security-requirement-removed', 'no longer requires authentication']);
        return found;
    }
    // Built only for a change reported: a root requirement may list thousands of schemes.
    const text = () => `security changed from ${describe(b)} to ${describe(h)}`;
    // Each alternative is a set of schemes a client satisfies together. A base alternative is still
    // honoured when some head alternative asks for no more: a subset of its schemes, each with no
    // scope it did not have. Same schemes with other scopes: scopes added break, scopes removed do not.
    const bAlts = [...b.values()];
    const hAlts = [...h.values()];
    // Head alternatives by their schemes (read once each: a document may list thousands).
    const bySchemes = new Map();
    for (const hAlt of hAlts)
        if (!bySchemes.has(hAlt.names))
            bySchemes.set(hAlt.names, hAlt);
    const baseSchemes = new Set(bAlts.map((alt) => alt.names));
    let dropped = false;
    let relaxed = false;
    for (const bAlt of bAlts) {
        const same = bySchemes.get(bAlt.names);
        if (same) {
            const more = [...same.schemes].flatMap(([s, scopes]) => [...scopes].filter((x) => !bAlt.schemes.get(s).has(x)));
            const fewer = [...bAlt.schemes].flatMap(([s, scopes]) => [...scopes].filter((x) => !same.schemes.get(s).has(x)));
            if (more.length > 0)
                found.push(['security-scope-added', `now needs scope ${more.sort().join(', ')} (${same.text})`]);
            if (fewer.length > 0)
                found.push([
                    'security-scope-removed',
                    `no longer needs scope ${fewer.sort().join(', ')} (${same.text})`,
                ]);
            continue;
        }
        const weaker = hAlts.some((hAlt) => [...hAlt.schemes].every(([s, scopes]) => bAlt.schemes.has(s) && [...scopes].every((x) => bAlt.schemes.get(s).has(x))));
        if (weaker)
            relaxed = true;
        else
            dropped = true;
    }
    const added = hAlts.some((hAlt) => !baseSchemes.has(hAlt.names));
    if (dropped)
        found.push(['security-requirement-changed', text()]);
    else if (relaxed)
        found.push(['security-requirement-relaxed', text()]);
    else if (added)
        found.push(['security-alternative-added', text()]);
    return found;
}
/** The root requirement's alternatives of each document, read once for all operations. */
const rootAlternatives = new WeakMap();
/** The security requirement in force for an operation: its own, else the document's. */
function security(doc, { op }) {
    const own = op.node.security;
    if (Array.isArray(own))
        return { alternatives: alternativesOf(own), pointer: child(op.pointer, 'security') };
    const global = doc.root.security;
    if (!Array.isArray(global))
        return { alternatives: new Map(), pointer: undefined };
    let alternatives = rootAlternatives.get(doc);
    if (alternatives === undefined) {
        alternatives = alternativesOf(global);
        rootAlternatives.set(doc, alternatives);
    }
    return { alternatives, pointer: '/security' };
}
/** A requirement's alternatives, each once. */
function alternativesOf(list) {
    // Keyed by JSON of the sorted schemes and scopes: names may hold any text (` + `, `, `, `[`),
    // so no text joined from them could be split back apart without mistaking one for two.
    const alternatives = new Map();
    for (const requirement of list) {
        if (!isObject(requirement))
            continue;
        const entries = Object.entries(requirement)
            .map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? [...new Set(scopes.map(scopeName))].sort() : []])
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const key = JSON.stringify(entries);
        if (alternatives.has(key))
            continue;
        const text = entries
            .map(([scheme, names]) => (names.length > 0 ? `${scheme} [${names.join(', ')}]` : scheme))
            .join(' + ');
        const schemes = new Map(entries.map(([scheme, names]) => [scheme, new Set(names)]));
        alternatives.set(key, { text, names: JSON.stringify(entries.map(([scheme]) => scheme)), schemes });
    }
    return alternatives;
}
/** A scope as text: a name as it is, anything else (a hostile document) as JSON key order aside. */
function scopeName(scope) {
    return typeof scope === 'string' ? scope : contentKey(scope);
}
function describe(alternatives) {
    return [...alternatives.values()].map((a) => a.text || 'none').join(' or ');
}
function webhooks(doc) {
    const items = new Map();
    const hooks = doc.root.webhooks;
    if (!isObject(hooks))
        return items;
    for (const [name, node] of Object.entries(hooks)) {
        const item = doc.resolve({ node, pointer: child('/webhooks', name) });
        if (item.unresolved !== undefined || !isObject(item.node))
            continue;
        items.set(name, { path: `webhook ${name}`, item: { node: item.node, pointer: item.pointer } });
    }
    return items;
}
/**
 * An operation's callbacks by name, each resolved (a `$ref` to `components.callbacks`); a name
 * whose callback cannot be read (an unresolved `$ref`, not a mapping) is there as undefined, so
 * that it is neither compared nor said to be added or removed.
 */
function callbacks(doc, { op }) {
    const out = new Map();
    const map = op.node.callbacks;
    if (!isObject(map))
        return out;
    for (const [name, node] of Object.entries(map)) {
        const r = doc.resolve({ node, pointer: child(op.pointer, 'callbacks', name) });
        out.set(name, r.unresolved === undefined && isObject(r.node) ? r : undefined);
    }
    return out;
}
/**
 * A callback's path items by expression (`x-` keys are extensions), each resolved (3.1: a `$ref`
 * to `components.pathItems`); one that cannot be read is there as undefined.
 */
function expressions(doc, callback) {
    const out = new Map();
    if (!isObject(callback.node))
        return out;
    for (const [expression, node] of Object.entries(callback.node)) {
        if (expression.startsWith('x-'))
            continue;
        const r = doc.resolve({ node, pointer: child(callback.pointer, expression) });
        out.set(expression, r.unresolved === undefined && isObject(r.node)
            ? { path: expression, item: { node: r.node, pointer: r.pointer } }
            : undefined);
    }
    return out;
}
const OAUTH_FLOWS = ['implicit', 'password', 'clientCredentials', 'authorizationCode'];
/**
 * What changed between two versions of one security scheme. Only the fields the spec defines are
 * read (its `x-` keys and those of its flows are extensions). `required(scope)` says whether an
 * operation in use still requires a scope of this scheme, or required it before only.
 */
function schemeChanges(b, h, required) {
    const out = { breaking: [], warning: [], added: [], note: [] };
    const same = (x, y, caseless = false) => caseless && typeof x === 'string' && typeof y === 'string'
        ? x.toLowerCase() === y.toLowerCase()
        : contentKey(x) === contentKey(y);
    const from = (field, x, y) => x === undefined
        ? `${field} ${shown(y)} was added`
        : y === undefined
            ? `${field} ${shown(x)} was removed`
            : `${field} changed from ${shown(x)} to ${shown(y)}`;
    if (!same(b.type, h.type)) {
        // Another kind of credential: nothing else of the old one still applies.
        out.breaking.push({ text: from('type', b.type, h.type) });
        return out;
    }
    if (!same(b.in, h.in))
        out.breaking.push({ text: from('in', b.in, h.in) });
    // Header names are read without case (RFC 9110 5.1); query and cookie names with it.
    const header = typeof b.in === 'string' && b.in.toLowerCase() === 'header' && same(b.in, h.in);
    if (!same(b.name, h.name, header))
        out.breaking.push({ text: from('name', b.name, h.name) });
    // HTTP authentication scheme names are read without case (RFC 9110 11.1).
    if (!same(b.scheme, h.scheme, true))
        out.breaking.push({ text: from('HTTP scheme', b.scheme, h.scheme) });
    if (!same(b.openIdConnectUrl, h.openIdConnectUrl))
        out.breaking.push({ text: from('openIdConnectUrl', b.openIdConnectUrl, h.openIdConnectUrl) });
    // bearerFormat is "primarily for documentation purposes" (OpenAPI).
    if (!same(b.bearerFormat, h.bearerFormat))
        out.note.push({ text: from('bearerFormat', b.bearerFormat, h.bearerFormat) });
    const bFlows = isObject(b.flows) ? b.flows : {};
    const hFlows = isObject(h.flows) ? h.flows : {};
    for (const flow of OAUTH_FLOWS) {
        // A flow that is no object (`null`) offers nothing: it is read as absent.
        const bf = Object.hasOwn(bFlows, flow) && isObject(bFlows[flow]) ? bFlows[flow] : undefined;
        const hf = Object.hasOwn(hFlows, flow) && isObject(hFlows[flow]) ? hFlows[flow] : undefined;
        if (bf === undefined && hf === undefined)
            continue;
        if (hf === undefined) {
            out.breaking.push({ text: `OAuth flow ${flow} was removed` });
            continue;
        }
        if (bf === undefined) {
            out.added.push({ text: `OAuth flow ${flow} was added` });
            continue;
        }
        const bo = isObject(bf) ? bf : {};
        const ho = isObject(hf) ? hf : {};
        for (const url of ['authorizationUrl', 'tokenUrl', 'refreshUrl']) {
            if (same(bo[url], ho[url]))
                continue;
            // A URL to get or refresh tokens at, where there was none, takes nothing away.
            if (bo[url] === undefined)
                out.note.push({ text: `flow ${flow} ${url} ${shown(ho[url])} was added` });
            else if (ho[url] === undefined)
                out.warning.push({ text: `flow ${flow} ${url} ${shown(bo[url])} was removed` });
            else
                out.warning.push({ text: `flow ${flow} ${from(url, bo[url], ho[url])}` });
        }
        const bs = isObject(bo.scopes) ? Object.keys(bo.scopes) : [];
        const hs = isObject(ho.scopes) ? Object.keys(ho.scopes) : [];
        const hasB = new Set(bs);
        const hasH = new Set(hs);
        for (const scope of bs.filter((s) => !hasH.has(s)).sort()) {
            const need = required(scope);
            if (need === 'still')
                out.breaking.push({ text: `flow ${flow} no longer offers scope ${scope}`, scope });
            // A scope operations stopped requiring is said by their own rule (security-scope-removed).
            else if (need !== 'before')
                out.note.push({
                    text: `flow ${flow} no longer offers scope ${scope}, which ${need === 'after'
                        ? 'only operations that did not require it before require'
                        : need === 'gone'
                            ? 'no operation requires any more'
                            : 'no operation requires'}`,
                });
        }
        for (const scope of hs.filter((s) => !hasB.has(s)).sort())
            out.note.push({ text: `flow ${flow} offers scope ${scope}` });
    }
    return out;
}
/**
 * The operations using `scheme` in both documents (by their own requirement or the root's):
 * how many, the first by key, the first that still requires a scope (`still`), whether any
 * required a scope before (`before`), and whether any operation of the revision uses it
 * (`usedAfter`). Work: the requirements naming the scheme; operations inheriting it in both
 * are `inheritBoth`, shared.
 */
function schemeUsersOf(scheme, before, after, inheritBoth) {
    const headOwn = after.own.get(scheme);
    const explicit = [];
    for (const key of headOwn?.keys() ?? [])
        if (before.scopes(scheme, key))
            explicit.push(key);
    // Operations that named the scheme themselves and now inherit a root requirement naming it.
    if (after.root.has(scheme))
        for (const key of before.own.get(scheme)?.keys() ?? [])
            if (after.inheriting.has(key))
                explicit.push(key);
    explicit.sort();
    const group = after.root.has(scheme) && before.root.has(scheme) ? inheritBoth : [];
    const heads = [explicit[0], group[0]].filter((key) => key !== undefined).sort();
    // Each scope to the first operation (by key) still requiring it, and the scopes required
    // before: read once, so many scopes withdrawn cost no more than the requirements.
    const stillBy = new Map();
    const required = new Set();
    for (const key of explicit) {
        const was = before.scopes(scheme, key);
        // Still required: by this operation in both documents, not newly (security-scope-added).
        for (const scope of after.scopes(scheme, key) ?? [])
            if (!stillBy.has(scope) && was?.has(scope))
                stillBy.set(scope, key);
        for (const scope of was ?? [])
            required.add(scope);
    }
    // The scopes any operation requires of the scheme in each document, to say why a scope
    // withdrawn breaks no client.
    const any = (usage) => {
        const found = new Set();
        for (const scopes of usage.own.get(scheme)?.values() ?? [])
            for (const scope of scopes)
                found.add(scope);
        if (usage.inheriting.size > 0)
            for (const scope of usage.root.get(scheme) ?? [])
                found.add(scope);
        return found;
    };
    return {
        count: explicit.length + group.length,
        first: heads[0],
        still: (scope) => stillBy.get(scope) ??
            (after.root.get(scheme)?.has(scope) && before.root.get(scheme)?.has(scope) ? group[0] : undefined),
        before: (scope) => required.has(scope) || (group.length > 0 && before.root.get(scheme)?.has(scope) === true),
        usedAfter: (headOwn?.size ?? 0) > 0 || (after.root.has(scheme) && after.inheriting.size > 0),
        anyAfter: any(after),
        anyBefore: any(before),
    };
}
/**
 * The operations using each security scheme (Usage), by a key that names an operation in both
 * documents: those of the paths (by their template, parameter names blanked), of the webhooks and
 * of the callbacks (by callback name and expression, whatever operation holds them). Callbacks
 * and the path items they lead to are followed through `$ref`s, each once (a path item reached
 * again is its first operation's), on a stack of their own: the walk is linear in the document.
 */
function schemeUsage(doc) {
    const own = new Map();
    const root = new Map();
    const inheriting = new Set();
    const labels = new Map();
    const require = (requirements, add) => {
        if (!Array.isArray(requirements))
            return;
        for (const requirement of requirements) {
            if (!isObject(requirement))
                continue;
            for (const [scheme, scopes] of Object.entries(requirement)) {
                const set = add(scheme);
                if (Array.isArray(scopes))
                    for (const scope of scopes)
                        if (typeof scope === 'string')
                            set.add(scope);
            }
        }
    };
    require(doc.root.security, (scheme) => {
        const set = root.get(scheme) ?? new Set();
        root.set(scheme, set);
        return set;
    });
    const pending = [];
    const addItem = (key, path, item) => {
        for (const { method, op } of operations(item))
            pending.push({ key: `${method} ${key}`, label: `${method} ${path}`, op });
    };
    for (const [key, item] of pathItems(doc))
        addItem(key, item.path, item);
    for (const [name, item] of webhooks(doc))
        addItem(`webhook ${name}`, `webhook ${name}`, item);
    const seen = new Set();
    while (pending.length > 0) {
        const { key, label, op } = pending.pop();
        labels.set(key, label);
        if (!Array.isArray(op.node.security))
            inheriting.add(key);
        else
            require(op.node.security, (scheme) => {
                const byKey = own.get(scheme) ?? new Map();
                own.set(scheme, byKey);
                const set = byKey.get(key) ?? new Set();
                byKey.set(key, set);
                return set;
            });
        const callbacks = op.node.callbacks;
        if (!isObject(callbacks))
            continue;
        for (const [name, node] of Object.entries(callbacks)) {
            const callback = doc.resolve({ node, pointer: child(op.pointer, 'callbacks', name) });
            if (callback.unresolved !== undefined || !isObject(callback.node) || seen.has(callback.pointer))
                continue;
            seen.add(callback.pointer);
            // A Callback object may be extended: its `x-` keys are no expressions (decision 92).
            for (const [expression, itemNode] of Object.entries(callback.node)) {
                if (expression.startsWith('x-'))
                    continue;
                const item = doc.resolve({ node: itemNode, pointer: child(callback.pointer, expression) });
                if (item.unresolved !== undefined || !isObject(item.node) || seen.has(`item ${item.pointer}`))
                    continue;
                seen.add(`item ${item.pointer}`);
                const located = { node: item.node, pointer: item.pointer };
                addItem(`callback ${name} ${expression}`, `${expression} (callback ${name})`, {
                    path: expression,
                    item: located,
                });
            }
        }
    }
    return {
        own,
        root,
        inheriting,
        labels,
        scopes: (scheme, key) => own.get(scheme)?.get(key) ?? (inheriting.has(key) ? root.get(scheme) : undefined),
    };
}
/** The security schemes by name, each resolved: `pointer` is where its object is. */
function securitySchemes(doc) {
    const out = new Map();
    const components = doc.root.components;
    const schemes = isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
    for (const [name, node] of Object.entries(schemes)) {
        const r = doc.resolve({ node, pointer: child('/components/securitySchemes', name) });
        if (r.unresolved === undefined && isObject(r.node))
            out.set(name, { node: r.node, pointer: r.pointer });
    }
    return out;
}
/** A parameter's or header's style/explode with the defaults of its location filled in. */
/** A schema's `type` names without `null`; undefined when it has no `type`. */
/**
 * The values a schema's `enum` and `const` allow, both applying: with `lists`, the single item of
 * each allowed list of one (`enum: [[a], [b], [a, b]]` gives a and b; other entries allow no list
 * of one); `keyword` names the one that decides (`const` where given). Undefined without either.
 */
function listsOfOne(schema, lists = true) {
    const sets = [];
    if (Array.isArray(schema.enum))
        sets.push(schema.enum);
    if ('const' in schema)
        sets.push([schema.const]);
    if (sets.length === 0)
        return undefined;
    let values;
    for (const set of sets) {
        const allowed = lists
            ? set.filter((v) => Array.isArray(v) && v.length === 1).map((v) => v[0])
            : set;
        const texts = new Set(allowed.map((v) => contentKey(v)));
        values = values === undefined ? allowed : values.filter((v) => texts.has(contentKey(v)));
    }
    const unique = new Map((values ?? []).map((v) => [contentKey(v), v]));
    return {
        values: [...unique.values()],
        texts: new Set(unique.keys()),
        keyword: 'const' in schema ? 'const' : 'enum',
    };
}
/**
 * Why an array's own `enum`/`const` leaves no single value (`listOfOne`), given the values its
 * lists of one allow (`allowed`, before the items' own enum and const are applied).
 */
function refusal(array, allowed) {
    const hasEnum = Array.isArray(array.enum);
    const hasConst = 'const' in array;
    const both = hasEnum && hasConst;
    if (allowed.length > 0) {
        const keywords = both ? 'enum and const' : hasConst ? 'const' : 'enum';
        return `no list of one value of the array's ${keywords} is also allowed by its items`;
    }
    const enumOnes = hasEnum && array.enum.some((v) => Array.isArray(v) && v.length === 1);
    const constOne = hasConst && Array.isArray(array.const) && array.const.length === 1;
    if (hasEnum && !enumOnes)
        return 'enum lists no list of one value';
    if (hasConst && !constOne)
        return 'const is no list of one value';
    return 'no list of one value is allowed by both enum and const';
}
/** Keywords that say something about a value without limiting it: neither side's is a conflict. */
const NOTES = new Set([
    'title',
    'description',
    'default',
    'example',
    'examples',
    'deprecated',
    'readOnly',
    'writeOnly',
    '$comment',
    '$id',
    '$anchor',
    '$schema',
    'externalDocs',
    'xml',
]);
const LOWER = new Set([
    'minimum',
    'exclusiveMinimum',
    'minLength',
    'minItems',
    'minProperties',
    'minContains',
]);
const UPPER = new Set([
    'maximum',
    'exclusiveMaximum',
    'maxLength',
    'maxItems',
    'maxProperties',
    'maxContains',
]);
/**
 * Writes into `node` (a fresh copy, changed in place) the schema of values it and `extra` both
 * allow, where that can be written exactly: a keyword only one of them sets is taken (unless an
 * inline `allOf` member of the other sets it too, which the view's merge would lose), equal
 * values are kept, `type` lists and `enum`/`const` values (those of `node`'s inline `allOf`
 * members too) are intersected (an integer is a number), bounds take the tighter value,
 * `required` lists are joined. Any other keyword both set differently (a `pattern`, `format`,
 * `properties`, …) keeps `node`'s and is listed in `undecided`: the result is then wider than
 * the truth, never narrower. `empty` says why no value is allowed by both, when the types or
 * values are disjoint.
 */
function intersect(node, extra) {
    const undecided = [];
    const inMembers = (schema) => new Set((Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((m) => (isObject(m) ? Object.keys(m) : [])));
    const nodeMembers = inMembers(node);
    const extraMembers = inMembers(extra);
    for (const [key, value] of Object.entries(extra)) {
        if (NOTES.has(key) || key.startsWith('x-') || key === 'enum' || key === 'const')
            continue;
        if (!(key in node)) {
            const lost = key === '$ref' ||
                nodeMembers.has(key) ||
                (key === 'allOf' && [...extraMembers].some((k) => k in node && !NOTES.has(k)));
            if (lost)
                undecided.push(key);
            else
                node[key] = value;
            continue;
        }
        const mine = node[key];
        if (contentKey(mine) === contentKey(value))
            continue;
        if (key === 'type') {
            const both = intersectTypes(typeList(mine), typeList(value));
            if (!both || both.length === 0) {
                if (both)
                    return { empty: `items of type ${jsonText(mine)}, contains of type ${jsonText(value)}`, undecided };
                undecided.push(key);
            }
            else
                node.type = both.length === 1 ? both[0] : both;
        }
        else if ((LOWER.has(key) || UPPER.has(key)) && typeof mine === 'number' && typeof value === 'number')
            node[key] = LOWER.has(key) ? Math.max(mine, value) : Math.min(mine, value);
        else if (key === 'required' && Array.isArray(mine) && Array.isArray(value))
            node.required = [...new Set([...mine, ...value])];
        else if (key === 'uniqueItems' && typeof mine === 'boolean' && typeof value === 'boolean')
            node.uniqueItems = mine || value;
        else
            undecided.push(key);
    }
    // Values: every enum and const of both apply, and each value must be of the merged type.
    const sets = [];
    const members = (Array.isArray(node.allOf) ? node.allOf : []).filter(isObject);
    for (const schema of [node, ...members, extra]) {
        if (Array.isArray(schema.enum))
            sets.push(schema.enum);
        if ('const' in schema)
            sets.push([schema.const]);
    }
    const typed = typeList(node.type);
    if (sets.length > 0 && (Array.isArray(extra.enum) || 'const' in extra || 'type' in extra)) {
        let values = sets[0];
        for (const set of sets.slice(1)) {
            const texts = new Set(set.map((v) => contentKey(v)));
            values = values.filter((v) => texts.has(contentKey(v)));
        }
        if (typed)
            values = values.filter((v) => typed.some((t) => ofType(v, t)));
        const unique = [...new Map(values.map((v) => [contentKey(v), v])).values()];
        if (unique.length === 0)
            return { empty: 'they list no value in common of a type both allow', undecided };
        delete node.const;
        node.enum = unique;
    }
    return { undecided };
}
function typeList(type) {
    if (typeof type === 'string')
        return [type];
    if (Array.isArray(type) && type.every((t) => typeof t === 'string'))
        return type;
    return undefined;
}
/** The types both lists allow (an integer is a number); undefined when either is unreadable. */
function intersectTypes(a, b) {
    if (!a || !b)
        return undefined;
    const out = new Set();
    for (const t of a) {
        if (b.includes(t))
            out.add(t);
        else if ((t === 'integer' && b.includes('number')) || (t === 'number' && b.includes('integer')))
            out.add('integer');
    }
    return [...out];
}
function ofType(value, type) {
    switch (type) {
        case 'null':
            return value === null;
        case 'boolean':
            return typeof value === 'boolean';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number';
        case 'string':
            return typeof value === 'string';
        case 'array':
            return Array.isArray(value);
        case 'object':
            return isObject(value);
        default:
            return true;
    }
}
function nonNullTypes(node) {
    if (!isObject(node))
        return undefined;
    const type = node.type;
    const list = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
    return list?.filter((t) => typeof t === 'string' && t !== 'null');
}
function serialisation(node, location) {
    const fallback = location === 'query' || location === 'cookie' ? 'form' : 'simple';
    const style = typeof node.style === 'string' ? node.style : fallback;
    const explode = typeof node.explode === 'boolean' ? node.explode : style === 'form';
    return `${style}/${explode ? 'explode' : 'no explode'}`;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/files.ts
/**
 * Where the files a document's `$ref`s name are read from, and the boundary they may not leave
 * (docs/decisions.md): for a file, the git work tree that holds it (outside any repository, the
 * working directory when the file is in it, else the file's own directory); for `git:REF:PATH`,
 * the tree of REF; for stdin, the work tree of the working directory (else the directory itself).
 */


/** The boundary of a document at `dir` (a real path): see the module comment. */
async function files_boundaryOf(dir, cwd) {
    for (let at = dir;;) {
        if (await files_exists(path.join(at, '.git')))
            return { dir: at, name: 'the git repository' };
        const up = path.dirname(at);
        if (up === at)
            break;
        at = up;
    }
    const realCwd = await realpath(cwd);
    if (inside(dir, realCwd))
        return { dir: realCwd, name: 'the working directory' };
    return { dir, name: "the document's directory" };
}
/** Files under `boundary` on disk; a symbolic link that leads out of it is not followed. */
function files_diskSource(boundary) {
    return {
        boundary: boundary.name,
        async read(file) {
            let real;
            try {
                real = await realpath(path.join(boundary.dir, ...file.split('/')));
            }
            catch (error) {
                return { problem: problemOf(error) };
            }
            if (!inside(real, boundary.dir))
                return { problem: `is a link to outside ${boundary.name}` };
            try {
                // A named pipe (or a device) would be read until it ends, which may be never: only a
                // regular file is read.
                const info = await stat(real);
                if (info.isDirectory())
                    return { problem: 'is a directory' };
                if (!info.isFile())
                    return { problem: 'is not a regular file (a named pipe, a device or a socket)' };
                return { text: await readFile(real, 'utf8') };
            }
            catch (error) {
                return { problem: problemOf(error) };
            }
        },
    };
}
/** Files of the tree of `ref` in the repository at `cwd`, read by git (never from the work tree). */
function files_gitSource(ref, cwd, env) {
    return {
        boundary: `the tree of ${ref}`,
        async read(file) {
            const result = await git(['cat-file', 'blob', `${ref}:${file}`], cwd, env);
            if (result.exitCode === 0)
                return { text: result.stdout };
            const reason = result.stderr.trim().split('\n').pop() ?? '';
            if (/does not exist|exists on disk, but not in/.test(reason))
                return { problem: `does not exist at ${ref}` };
            return { problem: `could not be read at ${ref} (${reason})` };
        },
    };
}
/** The path of the working directory inside its repository (`api/`), for `git:REF:./PATH`. */
async function files_gitPrefix(cwd, env) {
    const result = await git(['rev-parse', '--show-prefix'], cwd, env);
    return result.exitCode === 0 ? result.stdout.trim() : '';
}
async function git(args, cwd, env) {
    // Loaded on first use: a diff that reads no git keeps node:child_process out of its start-up.
    const { CommandNotFoundError, runProcess } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3390));
    try {
        return await runProcess({
            command: 'git',
            args,
            cwd,
            env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            maxBuffer: 1024 * 1024 * 1024,
            timeoutMs: 5 * 60_000,
        });
    }
    catch (error) {
        if (error instanceof CommandNotFoundError)
            return { exitCode: 127, stdout: '', stderr: 'git is not on PATH' };
        throw error;
    }
}
/** A path relative to `from`, with `/` between segments. */
function files_posixRelative(from, to) {
    return path.relative(from, to).split(path.sep).join('/');
}
function inside(target, dir) {
    return target === dir || target.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}
async function files_exists(file) {
    try {
        await lstat(file);
        return true;
    }
    catch {
        return false;
    }
}
function problemOf(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return 'does not exist';
    if (code === 'EISDIR')
        return 'is a directory';
    return `could not be read (${code ?? error.message})`;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/policy.ts
/**
 * The team's reading of the rules, from the `openapi-diff:` section of `.maint-actions.yml`:
 *
 * ```yaml
 * openapi-diff:
 *   levels:                            # raise or lower a rule, for every change it reports
 *     response-enum-value-added: breaking
 *     parameter-removed: info
 *   ignore:                            # one change, owned and with an end date
 *     - rule: response-field-removed
 *       operation: GET /api/users/{id}
 *       reason: the mobile app stopped reading it in 4.2
 *       owner: "@api-team"
 *       expires: 2026-12-31
 * ```
 *
 * An ignore applies through its `expires` day (UTC); an expired one no longer applies, and is
 * reported so it gets renewed or removed.
 */


const policy_POLICY_SECTION = 'openapi-diff';
const policy_LEVELS = ['breaking', 'warning', 'info'];
const FIELDS = ['rule', 'operation', 'reason', 'owner', 'expires'];
class policy_PolicyError extends Error {
    name = 'PolicyError';
}
/** Reads the section (undefined or empty: no policy); `file` names the file in messages. */
function policy_parsePolicy(section, file) {
    if (section === undefined || section === null || section === '')
        return { levels: {}, ignore: [] };
    const where = `${file}: ${policy_POLICY_SECTION}`;
    if (!isMapping(section))
        throw new policy_PolicyError(`${where} must be a mapping with "levels" and/or "ignore".`);
    for (const key of Object.keys(section)) {
        if (key !== 'levels' && key !== 'ignore')
            throw new policy_PolicyError(`${where} has no setting "${key}"; settings are: levels, ignore.`);
    }
    const levels = {};
    if (section.levels !== undefined && section.levels !== null) {
        if (!isMapping(section.levels))
            throw new policy_PolicyError(`${where}.levels must map rule ids to breaking, warning or info.`);
        for (const [id, level] of Object.entries(section.levels)) {
            if (!isRuleId(id))
                throw new policy_PolicyError(`${where}.levels: "${id}" is not a rule (see docs/openapi-rules.md).`);
            if (!policy_LEVELS.includes(level))
                throw new policy_PolicyError(`${where}.levels.${id} must be breaking, warning or info (got "${shown(level)}").`);
            levels[id] = level;
        }
    }
    const ignore = [];
    if (section.ignore !== undefined && section.ignore !== null) {
        if (!Array.isArray(section.ignore))
            throw new policy_PolicyError(`${where}.ignore must be a list of entries with ${FIELDS.join(', ')}.`);
        section.ignore.forEach((item, index) => {
            const at = `${where}.ignore entry ${index + 1}`;
            if (!isMapping(item))
                throw new policy_PolicyError(`${at} must be a mapping with ${FIELDS.join(', ')}.`);
            const value = (key) => {
                const raw = item[key];
                const text = raw instanceof Date ? dateText(raw) : typeof raw === 'string' ? raw.trim() : '';
                if (!text)
                    throw new policy_PolicyError(`${at} needs "${key}": every ignore has ${FIELDS.join(', ')}.`);
                return text;
            };
            const rule = value('rule');
            if (!isRuleId(rule))
                throw new policy_PolicyError(`${at}: "${rule}" is not a rule (see docs/openapi-rules.md).`);
            const expires = value('expires');
            if (!isDay(expires))
                throw new policy_PolicyError(`${at} "expires" must be a date as YYYY-MM-DD (got "${expires}").`);
            ignore.push({
                rule,
                operation: normaliseOperation(value('operation')),
                reason: value('reason'),
                owner: value('owner'),
                expires,
            });
        });
    }
    return { levels, ignore };
}
/** Takes out the changes a live ignore entry covers and recounts; levels are applied by the engine. */
function policy_applyIgnores(result, policy, today) {
    const live = policy.ignore.filter((entry) => entry.expires >= today);
    const expired = policy.ignore.filter((entry) => entry.expires < today);
    const ignored = [];
    const changes = result.changes.filter((change) => {
        const operation = change.method ? `${change.method} ${change.path}` : change.path;
        const entry = live.find((e) => e.rule === change.rule && sameOperation(e.operation, operation));
        if (entry)
            ignored.push({ change, entry });
        return !entry;
    });
    const counts = { breaking: 0, warning: 0, info: 0 };
    for (const change of changes)
        counts[change.level]++;
    const bump = counts.breaking > 0
        ? 'major'
        : changes.some((c) => RULES[c.rule].additive)
            ? 'minor'
            : changes.length > 0
                ? 'patch'
                : 'none';
    return { result: { changes, counts, bump }, ignored, expired };
}
/**
 * Whether an ignore entry's operation names a change's: exactly, but for the method of a callback
 * (`POST /subscribe callback onEvent post {$request.body#/url}`), read in any case as the
 * operation's own method is (`normaliseOperation`). The change's label has it upper-case.
 */
function sameOperation(entry, label) {
    if (entry === label)
        return true;
    const want = label.split(' ');
    const got = entry.split(' ');
    // `<METHOD> <path> callback <name> <METHOD> <expression>`: the callback's method is two words on.
    const at = want.indexOf('callback', 2) + 2;
    if (at < 4 || at >= want.length || got.length !== want.length)
        return false;
    return want.every((word, i) => word === got[i] || (i === at && word === got[i].toUpperCase()));
}
function normaliseOperation(text) {
    const match = /^([A-Za-z]+)\s+(\/.*)$/.exec(text);
    return match ? `${match[1].toUpperCase()} ${match[2]}` : text;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * A date object (object input) as YYYY-MM-DD; one holding no time (toISOString would throw) or
 * a year outside 0000-9999 as it is, which isDay then refuses.
 */
function dateText(date) {
    if (Number.isNaN(date.getTime()))
        return 'Invalid Date';
    const text = date.toISOString();
    return /^\d{4}-/.test(text) ? text.slice(0, 10) : text;
}
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/command.ts
/**
 * `maint-actions openapi-diff BASE REVISION`: the engine as a command of its own, as teams run
 * `oasdiff breaking` locally and in any CI. BASE and REVISION are files, `-` for stdin (one of
 * them), or `git:REF:PATH` (the file at a commit of the repository in the current directory).
 * Exit 0 when nothing reaches `--fail-on`, 1 when something does, 2 for a usage or input error.
 * `$ref`s to other files are bundled in at load time (src/bundle.ts, src/files.ts).
 */











const OPENAPI_DIFF_HELP = (/* unused pure expression or super */ null && (`Usage: maint-actions openapi-diff BASE REVISION [options]

Lists what changed for an API's clients between two OpenAPI 3.0/3.1 documents (JSON or YAML),
most severe first, and the version bump the changes call for.

  BASE, REVISION       a file, - for stdin (one of them), or git:REF:PATH (the file at a commit)

$refs to other files (./schemas/pet.yaml, common.yaml#/Error) are followed: read from the same
place (the same commit for git:REF:PATH), never outside the git repository (or the working
directory); URLs and absolute paths are never read, and each one is named in a warning.

Options:
  --format FORMAT      text (default), markdown or json
  --fail-on LEVEL      breaking (default), warning or none: exit 1 when a change is at least this
  --config FILE        the config file (default: .maint-actions.yml or .yaml in the current directory)
  -h, --help           this help

Exit codes: 0 nothing at --fail-on, 1 something is, 2 a usage or input error.
Rules: docs/openapi-rules.md. Per-rule levels and owned, expiring ignores: the openapi-diff:
section of .maint-actions.yml (levels: {rule-id: breaking|warning|info}, ignore: [{rule,
operation, reason, owner, expires}]).
`));
const FORMATS = (/* unused pure expression or super */ null && (['text', 'markdown', 'json']));
const FAIL_ON = (/* unused pure expression or super */ null && (['breaking', 'warning', 'none']));
async function runOpenapiDiffCommand(argv, io) {
    try {
        return await run(argv, io);
    }
    catch (error) {
        const known = isConfigError(error) ||
            error instanceof DocumentParseError ||
            error instanceof InvalidDocumentError ||
            error instanceof PolicyError;
        io.stderr.write(`maint-actions openapi-diff: ${printable(describeError(error).message)}\n`);
        if (!known)
            io.stderr.write(`${describeError(error).stack ?? ''}\n`);
        return known ? ExitCode.ConfigError : ExitCode.Failed;
    }
}
async function run(argv, io) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        io.stderr.write(`maint-actions openapi-diff: ${describeError(error).message}\n`);
        io.stderr.write(`Run 'maint-actions openapi-diff --help' for usage.\n`);
        return ExitCode.ConfigError;
    }
    if (parsed.values.help) {
        io.stdout.write(OPENAPI_DIFF_HELP);
        return ExitCode.Passed;
    }
    const { format, failOn, base, revision, config } = command_checked(parsed);
    const config_ = await readConfig(io.cwd, config);
    const file = config_.path
        ? path.relative(io.cwd, config_.path) || path.basename(config_.path)
        : '.maint-actions.yml';
    const policy = parsePolicy(config_.data[POLICY_SECTION], file);
    const [baseRead, headRead] = await Promise.all([read(base, io), read(revision, io)]);
    for (const line of sided(baseRead.warnings, headRead.warnings))
        io.stderr.write(`maint-actions openapi-diff: warning: ${printable(line)}\n`);
    const baseDoc = baseRead.document;
    const headDoc = headRead.document;
    const today = io.today ?? new Date().toISOString().slice(0, 10);
    const result = diffOpenApi(baseDoc, headDoc, { levels: policy.levels, today });
    const applied = applyIgnores(result, policy, today);
    for (const entry of applied.expired) {
        io.stderr.write(`maint-actions openapi-diff: ${printable(`${file}: the ignore of ${entry.rule} on ${entry.operation} (owner ${entry.owner}) expired on ${entry.expires}; renew or remove it.`)}\n`);
    }
    io.stdout.write(render(applied, format));
    const failing = failOn === 'none'
        ? 0
        : failOn === 'warning'
            ? applied.result.counts.breaking + applied.result.counts.warning
            : applied.result.counts.breaking;
    return failing > 0 ? ExitCode.Failed : ExitCode.Passed;
}
function parse(argv) {
    return parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
function command_checked(parsed) {
    const format = parsed.values.format ?? 'text';
    if (!FORMATS.includes(format))
        throw new ConfigError(`--format must be text, markdown or json (got "${format}").`);
    const failOn = parsed.values['fail-on'] ?? 'breaking';
    if (!FAIL_ON.includes(failOn))
        throw new ConfigError(`--fail-on must be breaking, warning or none (got "${failOn}").`);
    if (parsed.positionals.length !== 2)
        throw new ConfigError(`expected BASE and REVISION (files, - or git:REF:PATH), got ${parsed.positionals.length} argument${parsed.positionals.length === 1 ? '' : 's'}.`);
    const [base, revision] = parsed.positionals;
    if (base === '-' && revision === '-')
        throw new ConfigError('only one of BASE and REVISION can be - (stdin).');
    return {
        format: format,
        failOn: failOn,
        base,
        revision,
        config: parsed.values.config,
    };
}
/** The warnings of both sides, once each, saying which side has them. */
function sided(base, head) {
    const inHead = new Set(head);
    const inBase = new Set(base);
    const lines = base.map((w) => `${w} (${inHead.has(w) ? 'base and revision' : 'base'})`);
    for (const w of head)
        if (!inBase.has(w))
            lines.push(`${w} (revision)`);
    return lines;
}
/**
 * One document, with the files its `$ref`s name bundled in (src/bundle.ts): read from the same
 * place as the document (disk, or the same git ref), never outside its boundary (src/files.ts).
 */
async function read(source, io) {
    const { text, name, place } = await readText(source, io);
    const document = await readDocumentText(text, name);
    if (!mayHaveExternalRefs(text))
        return { document, warnings: [] };
    const where = await place();
    // The root is named by its path in the boundary, so base and revision name it alike.
    const rootName = where.rootFile ?? 'stdin';
    const bundled = await bundleExternalRefs({ document, rootName, ...where });
    return { document, warnings: bundled.warnings };
}
/** The text of a document, its name for the parser, and (on demand) where its `$ref`s lead. */
async function readText(source, io) {
    if (source === '-') {
        if (!io.readStdin)
            throw new ConfigError('- (stdin) is not available here.');
        const place = async () => {
            const cwd = await realpath(io.cwd);
            const boundary = await boundaryOf(cwd, io.cwd);
            return { rootFile: undefined, rootDir: posixRelative(boundary.dir, cwd), source: diskSource(boundary) };
        };
        return { text: await io.readStdin(), name: 'stdin', place };
    }
    const git = /^git:([^:]+):(.+)$/.exec(source);
    if (git) {
        const [, ref, file] = git;
        const { CommandNotFoundError, runProcess } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3390));
        let result;
        try {
            result = await runProcess({
                command: 'git',
                args: ['show', `${ref}:${file}`],
                cwd: io.cwd,
                env: { ...io.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
                maxBuffer: 1024 * 1024 * 1024,
                timeoutMs: 5 * 60_000,
            });
        }
        catch (error) {
            if (error instanceof CommandNotFoundError)
                throw new ConfigError(`${source}: git is not on PATH.`);
            throw error;
        }
        if (result.exitCode !== 0) {
            const reason = result.stderr.trim().split('\n').pop() ?? '';
            throw new ConfigError(`${source}: git could not read ${file} at ${ref} (${reason}).`);
        }
        const place = async () => {
            const relative = /^\.\.?\//.test(file) ? `${await gitPrefix(io.cwd, io.env)}${file}` : file;
            const rootFile = path.posix.normalize(relative);
            return { rootFile, rootDir: dirOf(rootFile), source: gitSource(ref, io.cwd, io.env) };
        };
        return { text: result.stdout, name: file, place };
    }
    const absolute = path.resolve(io.cwd, source);
    let text;
    try {
        text = await readFile(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory'
                : describeError(error).message;
        throw new ConfigError(`${source}: ${why}; give a file, - for stdin, or git:REF:PATH.`);
    }
    const place = async () => {
        const real = await realpath(absolute);
        const boundary = await boundaryOf(path.dirname(real), io.cwd);
        const rootFile = posixRelative(boundary.dir, real);
        return { rootFile, rootDir: dirOf(rootFile), source: diskSource(boundary) };
    };
    return { text, name: source, place };
}
/** The directory of a path relative to the boundary, `''` for the boundary itself. */
function dirOf(file) {
    const dir = path.posix.dirname(file);
    return dir === '.' ? '' : dir;
}
/** loadConfig, with core's config reader loaded only when there may be a file for it to read. */
async function readConfig(cwd, explicit) {
    if (explicit === undefined && !(await anyExists(cwd, CONFIG_FILE_NAMES)))
        return { path: undefined, data: {} };
    const { loadConfig } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5226));
    return loadConfig(cwd, explicit);
}
/** Whether any of `names` may exist in `dir` (anything but "no such file" leaves it to loadConfig). */
async function anyExists(dir, names) {
    for (const name of names) {
        try {
            await access(path.resolve(dir, name));
            return true;
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                return true;
        }
    }
    return false;
}
function render(applied, format) {
    const { result } = applied;
    if (format === 'json') {
        return `${JSON.stringify({
            counts: result.counts,
            bump: result.bump,
            changes: result.changes.map((c) => ({
                id: c.rule,
                level: c.level,
                operation: c.method ? `${c.method} ${c.path}` : c.path,
                location: displayLocation(c.location),
                message: c.message,
            })),
        }, null, 2)}\n`;
    }
    if (format === 'markdown') {
        const changes = result.changes.map((c) => ({
            ...c,
            path: printable(c.path),
            message: printable(c.message),
        }));
        return renderChangelog({ ...result, changes }, { title: 'API changes' });
    }
    const { breaking, warning, info } = result.counts;
    const lines = [
        `${breaking} breaking, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info; suggested version bump: ${result.bump}` +
            (applied.ignored.length > 0 ? ` (${applied.ignored.length} ignored by the config)` : ''),
    ];
    const width = { breaking: 'breaking', warning: 'warning ', info: 'info    ' };
    for (const c of result.changes)
        lines.push(`${width[c.level]}  ${printable(c.message)}  [${c.rule}]`);
    return `${lines.join('\n')}\n`;
}
/**
 * Text from a document (a property name, a `$ref`) on one line: control characters (a newline,
 * a carriage return, NUL, ESC) and line separators written as escapes, so no name can start a
 * line of its own, such as a workflow command (`::error::`) where the command runs in CI.
 */
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
        return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}

// EXTERNAL MODULE: ./packages/openapi-diff/src/load.ts
var load = __webpack_require__(923);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/index.ts








;// CONCATENATED MODULE: ./actions/generate-openapi/src/base.ts
/**
 * The base schema the API changes are measured against: the committed schema as it is at a git
 * ref (`base-ref`, else the PR/MR base branch, else the last tag before this commit), or a file.
 * A base that cannot be found is not an error: the run goes on without the API diff and says
 * how to make the base available.
 */



const FETCH_HINT = 'fetch it (GitHub: actions/checkout with fetch-depth: 0; GitLab: GIT_DEPTH: 0) or set "base-ref"';
/** @throws ConfigError when `base-ref` starts with `-`, which git would read as an option. */
function checkBaseRef(ref) {
    if (ref?.startsWith('-')) {
        throw new src/* ConfigError */.xL(`Input "base-ref" must be a git ref, not an option (got "${ref}").`, {
            input: 'base-ref',
        });
    }
}
/** Reads the committed schema at the base ref, or explains why there is none. */
async function readBaseFromGit(options) {
    const git = (args) => runGit(args, options.workspace, options.env);
    let top;
    try {
        top = await git(['rev-parse', '--show-toplevel']);
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            return { reason: 'git is not installed, so there is no base to compare with' };
        throw error;
    }
    if (top.code !== 0)
        return { reason: 'the workspace is not a git repository, so there is no base to compare with' };
    const candidates = options.ref
        ? [options.ref]
        : options.changeBase
            ? [`origin/${options.changeBase}`, options.changeBase]
            : [];
    let ref;
    let commit;
    for (const candidate of candidates) {
        commit = await resolveCommit(git, candidate);
        if (commit) {
            ref = candidate;
            break;
        }
    }
    if (!ref && candidates.length > 0) {
        return { reason: `the base ${candidates.join(' or ')} is not in this clone: ${FETCH_HINT}` };
    }
    if (!ref) {
        const tag = await git(['describe', '--tags', '--abbrev=0', 'HEAD^']);
        if (tag.code !== 0) {
            return {
                reason: `no base branch (not a pull/merge request) and no tag before this commit: ${FETCH_HINT}`,
            };
        }
        ref = tag.stdout.trim();
        commit = await resolveCommit(git, ref);
        if (!commit)
            return { reason: `the tag ${ref} does not name a commit` };
    }
    // git prints the top level with symlinks resolved: compare it with the real workspace.
    const inWorkspace = external_node_path_default().relative(options.workspace, options.schema);
    const repoPath = external_node_path_default().relative(await (0,promises_.realpath)(top.stdout.trim()), external_node_path_default().join(await (0,promises_.realpath)(options.workspace), inWorkspace))
        .split((external_node_path_default()).sep)
        .join('/');
    const label = `${ref} (${commit.slice(0, 7)})`;
    const show = await git(['show', `${commit}:${repoPath}`]);
    if (show.code !== 0)
        return { reason: `${repoPath} does not exist at ${label}: a new schema has no API changes to report` };
    return { text: show.stdout, label };
}
async function resolveCommit(git, ref) {
    const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
}
async function runGit(args, cwd, env) {
    const result = await (0,src/* runProcess */.R3)({
        command: 'git',
        args,
        cwd,
        env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        timeoutMs: 60_000,
        // `git show` prints a whole schema: keep all of it.
        maxBuffer: 512 * 1024 * 1024,
    });
    return { code: result.exitCode, stdout: result.stdout };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/document.ts
/**
 * Schema files as data: parsed from YAML or JSON, and put in a canonical form (keys sorted at
 * every level) so that two files are compared by what they say, not by how they are written.
 */


/** A schema file that is not YAML or JSON. */
class SchemaParseError extends Error {
    name = 'SchemaParseError';
    /** 1-based line of the syntax error, when known. */
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/**
 * Parses YAML (1.2) or JSON text. Anchors and aliases are expanded.
 *
 * @throws SchemaParseError naming `name` and the line of the syntax error.
 */
function parseSchemaText(text, name) {
    try {
        return (0,dist/* parse */.qg)(text, { maxAliasCount: 10_000 });
    }
    catch (error) {
        if (error instanceof dist/* YAMLParseError */.XT) {
            const line = error.linePos?.[0].line;
            const first = error.message.split('\n', 1)[0] ?? error.message;
            throw new SchemaParseError(`${name} is not valid YAML or JSON: ${first}`, line);
        }
        throw error;
    }
}
/** A deep copy with the keys of every object sorted (arrays keep their order). */
function canonicalize(value) {
    if (Array.isArray(value))
        return value.map(canonicalize);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        return Object.fromEntries(entries.map(([key, inner]) => [key, canonicalize(inner)]));
    }
    return value;
}
/** The canonical JSON text: equal for two documents exactly when they hold the same data. */
function canonicalJson(value) {
    return JSON.stringify(canonicalize(value));
}
/** The canonical form as YAML with one key per line: what the readable drift diff compares. */
function canonicalYaml(value) {
    return (0,dist/* stringify */.As)(canonicalize(value), { lineWidth: 0, aliasDuplicateObjects: false });
}
/** SHA-256 of `content` in hex. */
function sha256(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/markdown.ts
/**
 * The Markdown of the schema's state: the API changes (breaking first), the drift with its
 * diff, and the sticky PR/MR comment made of them. Each is cut to the surface's budget.
 */


/** Characters of the drift diff shown in a comment. */
const COMMENT_DIFF_CHARS = 20_000;
/** Bytes of the drift diff shown in the job summary. */
const SUMMARY_DIFF_BYTES = 256 * 1024;
/** The API changes section: a heading naming the base, then the changelog (breaking first). */
function apiSection(api, level = '###') {
    if (!api)
        return '';
    if ('missing' in api)
        return `${level} API changes\n\n⚠️ Not compared: ${api.missing}.\n\n`;
    const accepted = api.accepted && api.result.counts.breaking > 0
        ? '\n\nBreaking changes are accepted for this run (`fail-on-breaking: false`).'
        : '';
    return `${level} API changes against \`${api.base}\`\n\n${changelog_renderChangelog(api.result).trim()}${accepted}\n\n`;
}
/** The drift section: whether the committed file is stale and, when it is, the fix and a diff within `budget`. */
function driftSection(state, budget, unit, level = '###') {
    const { drift } = state;
    if (!drift)
        return '';
    if (!drift.stale)
        return `${level} Drift\n\n✅ \`${state.schema}\` matches the generated schema.\n\n`;
    const diff = fence(cutLines(drift.diff, budget, unit), 'diff');
    return (`${level} Drift\n\n❌ \`${state.schema}\` is out of date with the code. ${drift.fix}\n\n` +
        `<details><summary>Changes to the committed schema (keys sorted)</summary>\n\n${diff}\n\n</details>\n\n`);
}
/**
 * The job summary sections after the report: API changes, then drift. Without a base the API
 * section is left out: the report's warning above already says why and what to do.
 */
function summarySections(state) {
    const api = state.api && 'missing' in state.api ? '' : apiSection(state.api, '##');
    return api + driftSection(state, SUMMARY_DIFF_BYTES, 'bytes', '##');
}
/**
 * The sticky comment for `marker`: a heading with the state, the API changes (breaking first),
 * then the drift. With nothing to report it says the schema is resolved: up to date and without
 * API changes. Cut to GitHub's comment limit.
 */
function renderComment(marker, state) {
    const head = `${(0,src/* commentMarker */.Ql)(marker)}\n`;
    const footer = state.runUrl ? `\n[Job](${state.runUrl}) · maint-actions generate-openapi\n` : '';
    let body;
    if (state.problem) {
        body = `## ❌ OpenAPI schema \`${state.schema}\`\n\n${fence(state.problem, 'text')}\n\n`;
    }
    else if (isResolved(state)) {
        body =
            `## ✅ OpenAPI schema \`${state.schema}\`: resolved\n\n` +
                `The committed schema matches the code${apiNote(state)}.\n`;
    }
    else {
        const icon = state.failed ? '❌' : '⚠️';
        body =
            `## ${icon} OpenAPI schema \`${state.schema}\`\n\n` +
                apiSection(state.api) +
                driftSection(state, COMMENT_DIFF_CHARS, 'chars');
    }
    const budget = src/* LIMITS */.b1.commentChars - head.length - footer.length;
    return (head +
        (0,src/* cutMarkdown */.G$)(body, budget, 'chars', '> ✂️ Cut to fit the comment: the full changelog and diff are in the job summary.') +
        footer);
}
/** Nothing to report: no drift (or not checked) and no API change (or no base). */
function isResolved(state) {
    const noDrift = !state.drift?.stale;
    const noChanges = !state.api || 'missing' in state.api || state.api.result.changes.length === 0;
    return noDrift && noChanges;
}
function apiNote(state) {
    if (!state.api)
        return '';
    if ('missing' in state.api)
        return ` (API changes not compared: ${state.api.missing})`;
    return ` and the API has no changes against \`${state.api.base}\``;
}
/** Whole lines of `text` within `budget`, with a line saying how many were left out. */
function cutLines(text, budget, unit) {
    if ((0,src/* measureText */.kD)(text, unit) <= budget)
        return text;
    const lines = text.split('\n');
    const kept = [];
    let used = 0;
    const room = budget - 60;
    for (const line of lines) {
        const size = (0,src/* measureText */.kD)(line, unit) + 1;
        if (used + size > room)
            break;
        kept.push(line);
        used += size;
    }
    return `${kept.join('\n')}\n… ${lines.length - kept.length} more lines (see schema.patch)\n`;
}
/** `text` in a fenced block of `language`, with a fence no line inside can close. */
function fence(text, language) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const marks = '`'.repeat(Math.max(3, longest + 1));
    return `${marks}${language}\n${text.replace(/\n+$/, '')}\n${marks}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/python-env/src/index.ts + 4 modules
var python_env_src = __webpack_require__(8358);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/messages.ts
/**
 * What schema generators print: drf-spectacular's warnings and errors
 * (`<file>:<line>: Warning [View > Serializer]: message`), Python warnings
 * (`<file>:<line>: UserWarning: message`, as DRF's generateschema gives them) and the final
 * error line of a failed Django command (`CommandError: ...`, `SchemaValidationError: ...`).
 */

// drf-spectacular's GeneratorStats.emit: an optional source location, the severity, optional breadcrumbs.
const SPECTACULAR = /^(?:(?<file>[^\s:][^:]*?)(?::(?<line>\d+))?: )?(?<severity>Warning|Error)(?: \[(?<crumbs>[^\]]*)\])?: (?<message>.+)$/;
const PYTHON_WARNING = /^(?<file>[^\s:][^:]*?):(?<line>\d+): (?<category>[A-Z]\w*Warning): (?<message>.+)$/;
const FINAL_ERROR = /^(?<kind>[A-Z]\w*(?:Error|Exception)): (?<message>.+)$/;
const ANSI = /\x1b\[[0-9;]*m/g;
/** The findings in a generator's output (stderr and stdout), in order, each message once. */
function parseGeneratorOutput(output, where) {
    const findings = [];
    const seen = new Set();
    let previous;
    for (const raw of output.replace(ANSI, '').split(/\r?\n/)) {
        // A Python warning's message goes on in lines indented with a tab (DRF's duplicated operationId).
        if (previous && raw.startsWith('\t')) {
            previous = { ...previous, message: `${previous.message} ${raw.trim()}` };
            continue;
        }
        if (previous)
            add(previous);
        previous = spectacularFinding(raw, where) ?? pythonWarning(raw, where);
    }
    if (previous)
        add(previous);
    return findings;
    function add(finding) {
        const key = `${finding.file}:${finding.line}:${finding.message}`;
        if (seen.has(key))
            return;
        seen.add(key);
        findings.push(finding);
    }
}
/** The last `SomethingError: message` line of a failed run, such as `CommandError: ...`. */
function finalError(output) {
    const lines = output.replace(ANSI, '').trimEnd().split(/\r?\n/).reverse();
    for (const line of lines) {
        const match = FINAL_ERROR.exec(line.trim());
        if (match?.groups)
            return `${match.groups.kind}: ${match.groups.message}`;
    }
    return undefined;
}
function spectacularFinding(line, where) {
    const groups = SPECTACULAR.exec(line)?.groups;
    if (!groups)
        return undefined;
    const crumbs = groups.crumbs ? `${groups.crumbs}: ` : '';
    return located({
        severity: groups.severity === 'Error' ? 'error' : 'warning',
        message: `${crumbs}${groups.message}`,
        rule: 'drf-spectacular',
    }, groups.file, groups.line, where);
}
function pythonWarning(line, where) {
    const groups = PYTHON_WARNING.exec(line)?.groups;
    if (!groups)
        return undefined;
    return located({ severity: 'warning', message: groups.message, rule: groups.category }, groups.file, groups.line, where);
}
/**
 * The finding at `file:line` when the file is inside the workspace; otherwise (a library in
 * site-packages) the location goes into the message, since an annotation could not point there.
 */
function located(finding, file, line, where) {
    if (!file)
        return finding;
    const relative = workspacePath(where, file);
    const lineNumber = line ? Number(line) : undefined;
    if (relative)
        return { ...finding, file: relative, ...(lineNumber ? { line: lineNumber } : {}) };
    return { ...finding, message: `${file}${line ? `:${line}` : ''}: ${finding.message}` };
}
/** `file` (absolute or relative to `cwd`) relative to the workspace with forward slashes, or undefined outside it. */
function workspacePath(where, file) {
    const relative = external_node_path_default().relative(where.workspace, external_node_path_default().resolve(where.cwd, file));
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/generator.ts
/**
 * Runs the schema generator: drf-spectacular's `manage.py spectacular`, DRF's
 * `manage.py generateschema`, or a command the user wrote, each writing to a file we name.
 */





/** The environment variable naming the file a `command` generator must write. */
const SCHEMA_OUT_ENV = 'MAINT_SCHEMA_OUT';
/** Bytes of the generator's output kept for the report. */
const OUTPUT_TAIL_BYTES = 16 * 1024;
/**
 * Runs the generator in the working directory under the timeout and reads its messages.
 *
 * @throws ConfigError for a missing manage.py, interpreter, tool or `command`; or when
 *   drf-spectacular is installed but not in INSTALLED_APPS.
 */
async function runGenerator(options) {
    const { platform, where } = options;
    const baseEnv = { ...platform.env, ...options.extraEnv };
    let python;
    let run;
    let commandLine;
    let env;
    if (options.generator === 'command') {
        const script = requireCommand(options.command);
        // With `install`, the command runs in the venv it built (its `python` and tools first on PATH).
        const installed = options.install ? await projectPython(options, baseEnv) : undefined;
        const commandEnv = installed ? (0,python_env_src/* activateVenv */.BM)(baseEnv, installed.path) : baseEnv;
        python = installed;
        env = withSettings({ ...commandEnv, [SCHEMA_OUT_ENV]: options.out }, options.settingsModule);
        commandLine = ['sh', '-c', script];
        run = () => (0,src/* runShell */.E5)(script, common(env));
    }
    else {
        if (options.command !== undefined) {
            throw new src/* ConfigError */.xL(`Input "command" is only used with "generator: command" (the generator is ${options.generator}): remove it or set generator to command.`, { input: 'command' });
        }
        requireManagePy(where);
        python = await projectPython(options, baseEnv);
        env = withSettings((0,python_env_src/* activateVenv */.BM)(baseEnv, python.path), options.settingsModule);
        await requireModules(options.generator, python.path, env);
        const args = managePyArgs(options);
        commandLine = [python.path, ...args];
        const interpreter = python.path;
        run = () => (0,src/* runProcess */.R3)({ command: interpreter, args, ...common(env) });
    }
    function common(childEnv) {
        return { cwd: where.cwd, env: childEnv, timeoutMs: options.timeoutMinutes * 60_000 };
    }
    const shown = commandLine.map((part) => src/* secrets */.O3.redact(part));
    platform.log.info(`$ ${shown.join(' ')}`);
    let result;
    try {
        result = await run();
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            throw error.toToolMissing('install it, or set the "python" input');
        throw error;
    }
    const output = [result.stderr, result.stdout].filter((text) => text.trim() !== '').join('\n');
    if (options.generator === 'spectacular' && /Unknown command: 'spectacular'/.test(output)) {
        throw new src/* ConfigError */.xL('drf-spectacular is installed but not in INSTALLED_APPS: add "drf_spectacular" to INSTALLED_APPS, or set the "generator" input to drf.', { input: 'generator' });
    }
    const outputTail = (0,src/* tailUtf8 */.K)(src/* secrets */.O3.redact(output.trimEnd()), OUTPUT_TAIL_BYTES);
    return {
        command: shown,
        result,
        findings: parseGeneratorOutput(output, where),
        outputTail,
        failure: failureOf(result, output, options),
        python,
    };
}
/** The interpreter: the `install` venv (built or restored first) when `install` is set, else `python`. */
function projectPython(options, env) {
    return (0,python_env_src/* prepareProjectPython */.ZT)({
        platform: options.platform,
        python: options.python,
        install: options.install,
        workspace: options.where.workspace,
        cwd: options.where.cwd,
        env,
        timeoutMs: options.timeoutMinutes * 60_000,
    });
}
/** The arguments of `python` for the `manage.py` generators. */
function managePyArgs(options) {
    const format = options.format === 'json' ? ['--format', 'openapi-json'] : [];
    if (options.generator === 'drf') {
        if (options.failOnWarn) {
            throw new src/* ConfigError */.xL('Input "fail-on-warn" works with "generator: spectacular" only: remove it.', {
                input: 'fail-on-warn',
            });
        }
        return ['manage.py', 'generateschema', '--file', options.out, ...format];
    }
    return [
        'manage.py',
        'spectacular',
        '--file',
        options.out,
        '--validate',
        ...(options.failOnWarn ? ['--fail-on-warn'] : []),
        ...format,
    ];
}
/** Why the run failed, or undefined when it wrote the file and exited 0. */
function failureOf(result, output, options) {
    if (result.timedOut)
        return `timed out after ${options.timeoutMinutes} min`;
    if (result.exitCode !== 0) {
        const exit = result.exitCode === null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
        const reason = finalError(output);
        return reason ? `${reason} (${exit})` : `the generator failed (${exit})`;
    }
    if (!(0,external_node_fs_.statSync)(options.out, { throwIfNoEntry: false })?.isFile()) {
        return options.generator === 'command'
            ? `the command exited 0 but wrote no file at $${SCHEMA_OUT_ENV}`
            : 'the generator exited 0 but wrote no file';
    }
    return undefined;
}
function requireCommand(command) {
    if (command === undefined) {
        throw new src/* ConfigError */.xL('Input "command" is required with "generator: command": a command that writes the schema to the file named by $MAINT_SCHEMA_OUT.', { input: 'command' });
    }
    return command;
}
function requireManagePy(where) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(where.cwd, 'manage.py')))
        return;
    const shown = external_node_path_default().relative(where.workspace, where.cwd) || '.';
    throw new src/* ConfigError */.xL(`Input "working-directory": ${shown} has no manage.py; point it at the Django project, or set "generator: command".`, { input: 'working-directory' });
}
/** @throws ToolMissingError naming the package the generator needs. */
async function requireModules(generator, python, env) {
    const needed = generator === 'spectacular'
        ? [
            ['django', 'Django', 'pip install Django'],
            [
                'drf_spectacular',
                'drf-spectacular',
                'pip install drf-spectacular and add "drf_spectacular" to INSTALLED_APPS',
            ],
        ]
        : [
            ['django', 'Django', 'pip install Django'],
            ['rest_framework', 'Django REST framework', 'pip install djangorestframework'],
        ];
    for (const [module, name, install] of needed) {
        if (!(await (0,python_env_src/* hasModule */.RZ)(python, module, env))) {
            throw new src/* ToolMissingError */.hc(name, `${install} in the project's environment, or point the "python" input at the project's interpreter`);
        }
    }
}
/** Adds DJANGO_SETTINGS_MODULE. @throws ConfigError when `settings-module` is not a dotted module name. */
function withSettings(env, settingsModule) {
    if (settingsModule === undefined)
        return env;
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(settingsModule)) {
        throw new src/* ConfigError */.xL(`Input "settings-module" must be a dotted Python module name such as config.settings (got "${settingsModule}").`, { input: 'settings-module' });
    }
    return { ...env, DJANGO_SETTINGS_MODULE: settingsModule };
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/env-input.ts
/** The `env` input: extra environment for the generator, one `KEY=value` per line. */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Parses `KEY=value` lines. Blank lines and lines starting with `#` are skipped; the value is
 * everything after the first `=`, kept as written (no quotes are removed, nothing is expanded).
 *
 * @throws ConfigError naming `env` and the line that is not `KEY=value`.
 */
function parseEnvInput(text) {
    const env = {};
    for (const [index, raw] of (text ?? '').split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const at = line.indexOf('=');
        const name = at > 0 ? line.slice(0, at).trim() : '';
        if (!NAME.test(name)) {
            throw new src/* ConfigError */.xL(`Input "env", line ${index + 1}: write KEY=value with a KEY of letters, digits and _ (such as DJANGO_DEBUG=0).`, { input: 'env' });
        }
        env[name] = line.slice(at + 1);
    }
    return env;
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/paths.ts
/** Where generate-openapi reads and writes: the paths its inputs name, checked. */







/** Resolves and checks the paths the inputs name, in the workspace and report directory of `started`. */
function resolvePaths(started, inputs) {
    const { workspace, reportDir } = started;
    const cwd = external_node_path_default().resolve(workspace, inputs.workingDirectory);
    if (!paths_inside(workspace, cwd) || !(0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new src/* ConfigError */.xL(`Input "working-directory": ${inputs.workingDirectory} is not a directory of the repository.`, { input: 'working-directory' });
    }
    const schema = external_node_path_default().resolve(cwd, inputs.schema);
    const schemaRel = workspacePath({ workspace, cwd }, schema);
    if (!schemaRel || (0,external_node_fs_.statSync)(schema, { throwIfNoEntry: false })?.isDirectory()) {
        throw new src/* ConfigError */.xL(`Input "schema": ${inputs.schema} must name a file inside the repository (relative to the working directory), such as schema.yml.`, { input: 'schema' });
    }
    let baseFile;
    if (inputs.baseFile) {
        baseFile = external_node_path_default().resolve(cwd, inputs.baseFile);
        if (!(0,external_node_fs_.statSync)(baseFile, { throwIfNoEntry: false })?.isFile()) {
            throw new src/* ConfigError */.xL(`Input "base-file": ${inputs.baseFile} is not a file (paths are relative to the working directory).`, {
                input: 'base-file',
            });
        }
    }
    return {
        workspace,
        cwd,
        schema,
        schemaRel,
        baseFile,
        reportDir,
        generated: external_node_path_default().join(reportDir, formatOf(schema) === 'json' ? 'schema.json' : 'schema.yml'),
        patch: external_node_path_default().join(reportDir, 'schema.patch'),
        changelog: external_node_path_default().join(reportDir, 'changelog.md'),
    };
}
function formatOf(schema) {
    return /\.json$/i.test(schema) ? 'json' : 'yaml';
}
function paths_inside(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** Moves the generator's file into the report directory in one step (a copy then a rename across devices). */
async function moveInto(from, to) {
    await (0,src/* writeFileAtomic */.Zf)(to, await (0,promises_.readFile)(from));
}
/**
 * Checks the inputs no other step checks, and returns the generator's extra environment.
 * @throws ConfigError naming the input.
 */
function checkInputs(inputs) {
    const extraEnv = parseEnvInput(inputs.env);
    if (!(inputs.timeoutMinutes > 0)) {
        throw new src/* ConfigError */.xL(`Input "timeout-minutes" must be more than 0 (got ${inputs.timeoutMinutes}).`, {
            input: 'timeout-minutes',
        });
    }
    checkBaseRef(inputs.baseRef);
    if (inputs.baseRef && inputs.baseFile) {
        throw new src/* ConfigError */.xL('Inputs "base-ref" and "base-file" both name a base: keep one.', {
            input: 'base-file',
        });
    }
    return extraEnv;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@seriousme+openapi-schema-validator@2.11.0/node_modules/@seriousme/openapi-schema-validator/index.js + 1 modules
var openapi_schema_validator = __webpack_require__(5517);
// EXTERNAL MODULE: ./node_modules/.pnpm/@seriousme+openapi-schema-validator@2.11.0/node_modules/@seriousme/openapi-schema-validator/schemas/v3.0/schema.json
var schema = __webpack_require__(1378);
// EXTERNAL MODULE: ./node_modules/.pnpm/@seriousme+openapi-schema-validator@2.11.0/node_modules/@seriousme/openapi-schema-validator/schemas/v3.1/schema.json
var v3_1_schema = __webpack_require__(9471);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(9474);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/index.js
var ajv_draft_04_dist = __webpack_require__(1731);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_draft_04_dist);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(5697);
var ajv_formats_dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/validate.ts






/** The OpenAPI versions the action accepts (what the breaking-change engine reads). */
const ACCEPTED = new Set(['3.0', '3.1']);
/** Problems listed at most; the rest are counted in one more finding. */
const MAX_ERRORS = 50;
/** A CommonJS module's export, whether the loader hands over `module.exports` or its `default`. */
function exported(module) {
    return module.default ?? module;
}
const Ajv2020 = exported((_2020_default()));
const Ajv04 = exported((dist_default()));
const addFormats = exported((ajv_formats_dist_default()));
/**
 * The library's validator with its JSON Schemas bundled in. The library reads them from files
 * beside its own module at run time, which a one-file bundle (dist/, ncc) does not have; here
 * they are imported (so the bundler inlines them) and compiled with the options the library
 * uses. Everything else (reading the version, checking `$ref`s) stays the library's.
 */
class BundledValidator extends openapi_schema_validator/* Validator */.D {
    compiled = new Map();
    /** Called by `Validator.validate` with `3.0` or `3.1` (other versions are refused before). */
    getAjvValidator(version) {
        let validate = this.compiled.get(version);
        if (!validate) {
            const ajv = version === '3.0'
                ? new Ajv04({ strict: false, allErrors: true })
                : new Ajv2020({ strict: false, allErrors: true });
            addFormats(ajv);
            ajv.addFormat('media-range', true);
            validate = ajv.compile(version === '3.0' ? schema : v3_1_schema);
            this.compiled.set(version, validate);
        }
        return validate;
    }
}
/** Validates a parsed document; `file` (repository-relative) is put on the findings. */
async function validateOpenApi(document, file) {
    const declared = declaredVersion(document);
    if (!declared) {
        return invalid(file, ['the document has no "openapi" version field: it is not an OpenAPI 3 document']);
    }
    if (!ACCEPTED.has(declared.replace(/^(\d+\.\d+).*$/, '$1'))) {
        return invalid(file, [`OpenAPI ${declared} is not supported: generate OpenAPI 3.0 or 3.1`]);
    }
    const validator = new BundledValidator();
    const result = await validator.validate(document);
    if (result.valid)
        return { version: validator.version, findings: [] };
    const errors = typeof result.errors === 'string' ? [result.errors] : describeErrors(result.errors ?? []);
    return invalid(file, errors);
}
function declaredVersion(document) {
    if (document === null || typeof document !== 'object')
        return undefined;
    const { openapi, swagger } = document;
    if (typeof openapi === 'string')
        return openapi;
    if (typeof swagger === 'string')
        return swagger;
    return undefined;
}
/** `/paths/~1a/get/responses: must have required property '200'`, each once, in order. */
function describeErrors(errors) {
    const lines = errors.map((error) => {
        const where = error.instancePath || '/';
        const extra = error.params?.additionalProperty ? ` (${String(error.params.additionalProperty)})` : '';
        return `${where}: ${error.message ?? 'is not valid'}${extra}`;
    });
    return [...new Set(lines)];
}
function invalid(file, messages) {
    const findings = messages.slice(0, MAX_ERRORS).map((message) => ({
        severity: 'error',
        message,
        file,
        rule: 'openapi-schema',
    }));
    if (messages.length > MAX_ERRORS) {
        findings.push({
            severity: 'error',
            message: `…and ${messages.length - MAX_ERRORS} more schema errors`,
            file,
            rule: 'openapi-schema',
        });
    }
    return { version: undefined, findings };
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/schema-checks.ts
/**
 * The first two checks of generate-openapi: the generator ran (into a scratch folder, moved in
 * whole), and its schema is valid OpenAPI.
 */







/** Why the drift and API-changes checks skip when there is no `Generated`. */
const NOTHING_TO_COMPARE = 'no valid schema to compare';
function generateCheck(run, inputs) {
    const base = {
        id: 'generate',
        name: 'Generate',
        mode: 'enforce',
        durationMs: Math.round(run.result.durationMs),
        findings: run.findings,
        command: run.command,
    };
    const counts = {
        errors: run.findings.filter((f) => f.severity === 'error').length,
        warnings: run.findings.filter((f) => f.severity === 'warning').length,
    };
    if (run.failure) {
        return {
            ...base,
            status: run.result.timedOut ? 'error' : 'failed',
            summary: run.failure,
            counts,
            outputTail: run.outputTail,
        };
    }
    const said = [(0,src/* plural */.LS)(counts.errors, 'error'), (0,src/* plural */.LS)(counts.warnings, 'warning')].join(', ');
    return { ...base, status: 'passed', summary: `${GENERATOR_NAMES[inputs.generator]}: ${said}`, counts };
}
const GENERATOR_NAMES = {
    spectacular: 'manage.py spectacular',
    drf: 'manage.py generateschema',
    command: 'command',
};
/** Parses and validates the generated text. */
async function validateCheck(text, paths) {
    const started = performance.now();
    const base = { id: 'validate', name: 'Validate', mode: 'enforce' };
    const elapsed = () => Math.round(performance.now() - started);
    if (text === undefined) {
        return {
            check: (0,src/* checkSkipped */.$h)(base, 'no schema was generated'),
            generated: undefined,
            problem: undefined,
        };
    }
    const file = (0,src/* relativeTo */.Mf)(paths.workspace, paths.generated);
    let document;
    try {
        document = parseSchemaText(text, file);
    }
    catch (error) {
        if (!(error instanceof SchemaParseError))
            throw error;
        const finding = {
            severity: 'error',
            message: error.message,
            file,
            line: error.line,
            rule: 'parse',
        };
        return {
            check: {
                ...base,
                status: 'failed',
                durationMs: elapsed(),
                summary: error.message,
                findings: [finding],
            },
            generated: undefined,
            problem: `The generated schema is not valid YAML or JSON: ${error.message}`,
        };
    }
    const validation = await validateOpenApi(document, file);
    if (validation.findings.length > 0) {
        const summary = `not a valid OpenAPI 3.0/3.1 document: ${(0,src/* plural */.LS)(validation.findings.length, 'problem')}`;
        return {
            check: { ...base, status: 'failed', durationMs: elapsed(), summary, findings: validation.findings },
            generated: undefined,
            problem: `The generated schema is ${summary}:\n${validation.findings.map((f) => `- ${f.message}`).join('\n')}`,
        };
    }
    return {
        check: {
            ...base,
            status: 'passed',
            durationMs: elapsed(),
            summary: `valid OpenAPI ${validation.version}`,
            findings: [],
        },
        generated: { text, document },
        problem: undefined,
    };
}
/**
 * Runs the generator into a scratch folder and moves its schema into the report directory only
 * when it succeeded, so a half-written schema is never left where the next steps read it.
 */
async function generateSchema(platform, inputs, paths, extraEnv) {
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(platform.context.tempDir, 'maint-openapi-'));
    try {
        const out = external_node_path_default().join(scratch, external_node_path_default().basename(paths.generated));
        const generatorRun = await platform.log.group('Generate the schema', () => runGenerator({
            platform,
            generator: inputs.generator,
            command: inputs.command,
            failOnWarn: inputs.failOnWarn,
            python: inputs.python,
            install: inputs.install,
            settingsModule: inputs.settingsModule,
            extraEnv,
            where: paths,
            out,
            format: formatOf(paths.schema),
            timeoutMinutes: inputs.timeoutMinutes,
        }));
        if (!generatorRun.failure)
            await moveInto(out, paths.generated);
        return generatorRun;
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/api-changes.ts
/**
 * The API-changes check: the generated schema against the base (a git ref or a file), by the
 * openapi-diff engine, with the changelog, the findings and the pull/merge request comment.
 */







/** Findings kept for the API changes check (all breaking ones and warnings come first). */
const MAX_CHANGE_FINDINGS = 1000;
/**
 * The API changes against the base, or a skipped check saying why there is no base. `repoConfig`:
 * the repo config in force (the CLI's `--config` file), whose `openapi-diff:` section sets the
 * levels and ignores; unset, the file at the default names.
 */
async function apiCheck(platform, generated, paths, inputs, repoConfig) {
    const base = {
        id: 'breaking-changes',
        name: 'Breaking changes',
        mode: (inputs.failOnBreaking ? 'enforce' : 'warn'),
    };
    if (!generated)
        return { check: (0,src/* checkSkipped */.$h)(base, NOTHING_TO_COMPARE), changes: undefined, base: undefined };
    const started = performance.now();
    const found = await findBase(platform, paths, inputs);
    const skipped = (reason) => {
        // Said once per surface (issue 20.6): the check's warning finding carries the reason and the
        // fix (the one annotation, the one line of the summary's findings); the check's own summary,
        // in the table, only names it; no log line repeats it.
        return {
            check: {
                ...base,
                status: 'skipped',
                durationMs: Math.round(performance.now() - started),
                summary: 'not compared: no base (see the warning)',
                findings: [
                    { severity: 'warning', message: `API changes not compared: ${reason}`, rule: 'no-base' },
                ],
            },
            changes: { missing: reason },
            base: undefined,
        };
    };
    if ('reason' in found)
        return skipped(found.reason);
    let baseDocument;
    try {
        baseDocument = parseSchemaText(found.text, found.label);
    }
    catch (error) {
        if (!(error instanceof SchemaParseError))
            throw error;
        if (paths.baseFile)
            throw new src/* ConfigError */.xL(`Input "base-file": ${error.message}`, { input: 'base-file' });
        return skipped(`the base schema is unreadable: ${error.message}`);
    }
    let result;
    // The same levels and ignores as `maint-actions openapi-diff`: the openapi-diff: section.
    const config = await (0,src/* repoConfigOf */.aj)(paths.workspace, repoConfig);
    const configFile = config.path ? (0,src/* relativeTo */.Mf)(paths.workspace, config.path) : '.maint-actions.yml';
    let policy;
    try {
        policy = policy_parsePolicy(config.data[policy_POLICY_SECTION], configFile);
    }
    catch (error) {
        throw new src/* ConfigError */.xL((0,src/* describeError */.BR)(error).message);
    }
    try {
        const today = new Date().toISOString().slice(0, 10);
        result = policy_applyIgnores(diff_diffOpenApi(baseDocument, generated.document, { levels: policy.levels, today }), policy, today).result;
    }
    catch (error) {
        if (!(error instanceof diff_InvalidDocumentError))
            throw error;
        if (paths.baseFile && error.side === 'base') {
            throw new src/* ConfigError */.xL(`Input "base-file": ${error.message}`, { input: 'base-file' });
        }
        return skipped(error.message);
    }
    const changes = { result, base: found.label, accepted: !inputs.failOnBreaking };
    const { breaking, warning, info } = result.counts;
    const summary = result.changes.length === 0
        ? `no API changes against ${found.label}`
        : `${(0,src/* plural */.LS)(breaking, 'breaking change')}, ${(0,src/* plural */.LS)(warning, 'warning')}, ${info} other against ${found.label} (bump: ${result.bump})`;
    return {
        check: {
            ...base,
            status: breaking > 0 ? 'failed' : 'passed',
            durationMs: Math.round(performance.now() - started),
            summary,
            counts: { breaking, warning, info },
            findings: changeFindings(result, paths.schemaRel),
        },
        changes,
        base: found.label,
    };
}
async function findBase(platform, paths, inputs) {
    if (paths.baseFile) {
        return {
            text: await (0,promises_.readFile)(paths.baseFile, 'utf8'),
            label: (0,src/* relativeTo */.Mf)(paths.workspace, paths.baseFile),
        };
    }
    return readBaseFromGit({
        ref: inputs.baseRef,
        changeBase: platform.context.baseRef,
        workspace: paths.workspace,
        schema: paths.schema,
        env: platform.env,
    });
}
const SEVERITY = { breaking: 'error', warning: 'warning', info: 'notice' };
/** One finding per change (breaking first, as the engine sorts them), at most MAX_CHANGE_FINDINGS. */
function changeFindings(result, file) {
    const findings = result.changes.slice(0, MAX_CHANGE_FINDINGS).map((change) => ({
        severity: SEVERITY[change.level],
        message: change.message,
        file,
        rule: change.rule,
    }));
    const more = result.changes.length - MAX_CHANGE_FINDINGS;
    if (more > 0)
        findings.push({ severity: 'notice', message: `…and ${more} more changes: see changelog.md`, file });
    return findings;
}
/** Writes the changelog (or why there is none) and returns its path. */
async function writeChangelog(file, api) {
    const body = api && !('missing' in api)
        ? changelog_renderChangelog(api.result, { title: `API changes against ${api.base}` })
        : `## API changes\n\nNot compared: ${api && 'missing' in api ? api.missing : 'no valid schema'}.\n`;
    await (0,src/* writeFileAtomic */.Zf)(file, body);
    return file;
}
/**
 * Creates or updates the schema's sticky comment. Returns a note for the summary when the
 * comment could not be written (a read-only token): never a failure.
 */
async function postComment(platform, token, state) {
    const comments = platform.repoHost(token)?.changeRequest;
    if (!comments) {
        platform.log.debug('No pull/merge request comment: this run is not for one, or there is no repository host.');
        return '';
    }
    let outcome;
    try {
        outcome = await comments.upsert(markerFor(state.schema), renderComment(markerFor(state.schema), state));
    }
    catch (error) {
        outcome = { status: 'skipped', reason: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.status === 'skipped') {
        platform.log.warning(`The schema comment was not written: ${outcome.reason ?? 'the host refused it'}.`);
        return `\n> ℹ️ The pull/merge request comment was skipped (${outcome.reason ?? 'the host refused it'}); this summary has the report.\n`;
    }
    platform.log.info(`Schema comment ${outcome.status}${outcome.url ? `: ${outcome.url}` : ''}`);
    return '';
}
/** `generate-openapi:backend/schema.yml`, with characters a marker cannot hold replaced. */
function markerFor(schemaRel) {
    const safe = schemaRel.replace(/[^\w.:/-]/g, '_').replace(/-{2,}/g, '-');
    return `generate-openapi:${safe}`;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/diff/array.js + 1 modules
var array = __webpack_require__(994);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/unified-diff.ts
/**
 * Line diffs in the unified format: a readable diff for people, and a patch `git apply` accepts.
 * Lines are compared with their line ending, so a file that only gains a final newline differs.
 * The edit script comes from the `diff` package; the hunks are written here, because the patch
 * must be one `git apply` takes with our file names and no index line (decision 43).
 */

/** Past this many differing lines (after the common start and end) the middle is shown replaced whole. */
const MAX_EDIT_DISTANCE = 4000;
/** The unified diff turning `oldText` into `newText` (`---`/`+++` lines, then hunks); empty when equal. */
function unifiedDiff(oldText, newText, options) {
    if (oldText === newText)
        return '';
    const ops = diffLines(splitLines(oldText), splitLines(newText));
    const hunks = renderHunks(ops, options.context ?? 3);
    return `--- ${options.oldName}\n+++ ${options.newName}\n${hunks}`;
}
/**
 * A git patch for the file at `repoPath` (relative to the repository root, forward slashes):
 * from `oldText` to `newText`, or creating the file when `oldText` is undefined. Apply it at the
 * repository root with `git apply`. Empty when nothing changes.
 */
function gitPatch(oldText, newText, repoPath) {
    if (oldText === newText)
        return '';
    const header = `diff --git a/${repoPath} b/${repoPath}\n${oldText === undefined ? 'new file mode 100644\n' : ''}`;
    return (header +
        unifiedDiff(oldText ?? '', newText, {
            oldName: oldText === undefined ? '/dev/null' : `a/${repoPath}`,
            newName: `b/${repoPath}`,
        }));
}
/** `text` as lines, each keeping its `\n`. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/**
 * The edit script from `a` to `b`: the common start and end kept, the shortest edit in between
 * from the `diff` package (Myers); past MAX_EDIT_DISTANCE the middle is shown replaced whole.
 */
function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const same = (from, to) => a.slice(from, to).map((line) => ({ kind: ' ', line }));
    const oldMiddle = a.slice(start, endA);
    const newMiddle = b.slice(start, endB);
    const changes = (0,array/* diffArrays */.E)(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_DISTANCE }) ?? [
        { value: oldMiddle, added: false, removed: true, count: oldMiddle.length },
        { value: newMiddle, added: true, removed: false, count: newMiddle.length },
    ];
    const middle = changes.flatMap((change) => change.value.map((line) => ({ kind: change.added ? '+' : change.removed ? '-' : ' ', line })));
    return [...same(0, start), ...middle, ...same(endA, a.length)];
}
/** Hunks with `context` unchanged lines around changes; changes closer than 2 × context share a hunk. */
function renderHunks(ops, context) {
    const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
    let out = '';
    let i = 0;
    while (i < changed.length) {
        const first = changed[i];
        let last = first;
        while (i + 1 < changed.length && changed[i + 1] - last <= 2 * context)
            last = changed[++i];
        i++;
        const from = Math.max(0, first - context);
        const to = Math.min(ops.length, last + context + 1);
        out += hunk(ops, from, to);
    }
    return out;
}
function hunk(ops, from, to) {
    let oldBefore = 0;
    let newBefore = 0;
    for (const op of ops.slice(0, from)) {
        if (op.kind !== '+')
            oldBefore++;
        if (op.kind !== '-')
            newBefore++;
    }
    const body = ops.slice(from, to);
    const oldCount = body.filter((op) => op.kind !== '+').length;
    const newCount = body.filter((op) => op.kind !== '-').length;
    // A range of no lines names the line before it; otherwise its first line (1-based).
    const range = (before, count) => `${count === 0 ? before : before + 1},${count}`;
    let text = `@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@\n`;
    for (const op of body) {
        text += op.kind + op.line;
        if (!op.line.endsWith('\n'))
            text += '\n\\ No newline at end of file\n';
    }
    return text;
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/drift.ts
/** The drift check: the committed schema against the generated one, with a patch to apply. */






/**
 * Compares the committed schema with the generated one as data. On drift writes `schema.patch`
 * (the raw committed file to the raw generated one) and keeps a readable diff of the canonical forms.
 */
async function driftCheck(generated, paths, inputs) {
    const base = {
        id: 'drift',
        name: 'Drift',
        mode: (inputs.drift === 'warn' ? 'warn' : 'enforce'),
    };
    if (inputs.drift === 'off') {
        return {
            check: (0,src/* checkSkipped */.$h)(base, 'drift: off'),
            drift: undefined,
        };
    }
    if (!generated)
        return { check: (0,src/* checkSkipped */.$h)(base, NOTHING_TO_COMPARE), drift: undefined };
    const started = performance.now();
    const committedText = await (0,promises_.readFile)(paths.schema, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    let committed;
    let unreadable;
    if (committedText !== undefined) {
        try {
            committed = parseSchemaText(committedText, paths.schemaRel);
        }
        catch (error) {
            if (!(error instanceof SchemaParseError))
                throw error;
            unreadable = error.message;
        }
    }
    const stale = committedText === undefined ||
        unreadable !== undefined ||
        canonicalJson(committed) !== canonicalJson(generated.document);
    const durationMs = () => Math.round(performance.now() - started);
    if (!stale) {
        return {
            check: {
                ...base,
                status: 'passed',
                durationMs: durationMs(),
                summary: `${paths.schemaRel} is up to date`,
                findings: [],
            },
            drift: { stale: false, diff: '', fix: '' },
        };
    }
    await (0,src/* writeFileAtomic */.Zf)(paths.patch, gitPatch(committedText, generated.text, paths.schemaRel));
    const readable = committed !== undefined
        ? unifiedDiff(canonicalYaml(committed), canonicalYaml(generated.document), {
            oldName: `a/${paths.schemaRel} (committed)`,
            newName: `b/${paths.schemaRel} (generated)`,
        })
        : unifiedDiff(committedText ?? '', generated.text, {
            oldName: committedText === undefined ? '/dev/null' : `a/${paths.schemaRel}`,
            newName: `b/${paths.schemaRel}`,
        });
    const patchRel = (0,src/* relativeTo */.Mf)(paths.workspace, paths.patch);
    const why = committedText === undefined
        ? `${paths.schemaRel} does not exist`
        : unreadable
            ? unreadable
            : `${paths.schemaRel} differs from the schema the code generates`;
    const fix = `Apply \`${patchRel}\` (from the job's artifacts) at the repository root with \`git apply\`, or regenerate it with \`${regenerateCommand(inputs, paths)}\`, and commit it.`;
    const finding = {
        severity: 'error',
        message: `${why}: apply ${patchRel} with git apply, or regenerate it with ${regenerateCommand(inputs, paths)}, and commit it.`,
        file: paths.schemaRel,
        rule: 'schema-drift',
    };
    const added = readable.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).length;
    const removed = readable
        .split('\n')
        .filter((line) => line.startsWith('-') && !line.startsWith('---')).length;
    return {
        check: {
            ...base,
            status: 'failed',
            durationMs: durationMs(),
            summary: `${why} (+${added} −${removed} lines)`,
            counts: { added, removed },
            findings: [finding],
        },
        drift: { stale: true, diff: readable, fix },
    };
}
function regenerateCommand(inputs, paths) {
    const file = external_node_path_default().relative(paths.cwd, paths.schema).split((external_node_path_default()).sep).join('/');
    if (inputs.generator === 'drf')
        return `python manage.py generateschema --file ${file}`;
    if (inputs.generator === 'spectacular')
        return `python manage.py spectacular --file ${file}`;
    return `maint-actions generate-openapi`;
}

// EXTERNAL MODULE: ./actions/generate-openapi/src/spec.ts
var spec = __webpack_require__(7804);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/run.ts
/**
 * The generate-openapi action: check the inputs and paths (paths.ts), generate and validate the
 * schema (schema-checks.ts), compare it with the committed one (drift.ts) and with the base
 * (api-changes.ts), then write the comment and report the checks.
 */











/** Runs the action (see the spec and generate-openapi/README.md). */
async function run_run({ platform, inputs, repoConfig, }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.I, inputs.reportDir);
    const paths = resolvePaths(started, inputs);
    const extraEnv = checkInputs(inputs);
    await (0,promises_.mkdir)(paths.reportDir, { recursive: true });
    await Promise.all([paths.generated, paths.patch, paths.changelog, external_node_path_default().join(paths.reportDir, 'comment.md')].map((file) => (0,promises_.rm)(file, { force: true })));
    const meta = {
        'working-directory': (0,src/* relativeTo */.Mf)(paths.workspace, paths.cwd),
        generator: inputs.generator,
        schema: paths.schemaRel,
    };
    const generatorRun = await generateSchema(platform, inputs, paths, extraEnv);
    if (generatorRun.python)
        meta.python = generatorRun.python.version;
    const checks = [generateCheck(generatorRun, inputs)];
    const generatedText = generatorRun.failure ? undefined : await (0,promises_.readFile)(paths.generated, 'utf8');
    const validation = await validateCheck(generatedText, paths);
    checks.push(validation.check);
    const generated = validation.generated;
    const drift = await driftCheck(generated, paths, inputs);
    checks.push(drift.check);
    const api = await apiCheck(platform, generated, paths, inputs, repoConfig);
    checks.push(api.check);
    if (api.base)
        meta.base = api.base;
    const changelog = generated ? await writeChangelog(paths.changelog, api.changes) : undefined;
    const report = (0,src/* finishReport */.Ux)(started, { checks, meta, title: `OpenAPI schema ${paths.schemaRel}` });
    const state = {
        schema: paths.schemaRel,
        problem: generatorRun.failure
            ? `The schema could not be generated: ${generatorRun.failure}`
            : validation.problem,
        drift: drift.drift,
        api: api.changes,
        failed: report.verdict === 'failed',
        runUrl: platform.context.runUrl,
    };
    // The comment body is also a file, so a workflow whose code-running job holds a read-only token
    // can post it from a separate job (.github/workflows/django-ci.yml, openapi-comment).
    await (0,src/* writeFileAtomic */.Zf)(external_node_path_default().join(paths.reportDir, 'comment.md'), renderComment(markerFor(state.schema), state));
    const commentNote = inputs.comment ? await postComment(platform, inputs.token, state) : '';
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    const diffRan = api.changes && !('missing' in api.changes) ? api.changes.result : undefined;
    const summary = oneLineSummary(report, drift.drift, diffRan, paths.schemaRel);
    return {
        verdict: report.verdict,
        summary,
        outputs: {
            schema: generatedText !== undefined ? paths.generated : undefined,
            'schema-sha256': generatedText !== undefined ? sha256(generatedText) : undefined,
            drift: drift.drift ? String(drift.drift.stale) : undefined,
            breaking: diffRan ? String(diffRan.counts.breaking) : undefined,
            changes: diffRan ? String(diffRan.changes.length) : undefined,
            'api-bump': diffRan?.bump,
            changelog,
            patch: drift.drift?.stale ? paths.patch : undefined,
        },
        report,
        publish: {
            dir: paths.reportDir,
            formats: ['json', 'junit', 'codequality', 'sarif', 'summary'],
            fullReportHint,
            tool: (0,src/* sarifToolOf */.DJ)(started),
            jobSummary: { budgetBytes: 512 * 1024, append: summarySections(state) + commentNote },
            annotate: true,
        },
    };
}
/** `OpenAPI schema backend/schema.yml: drift, 1 breaking change (major)`. */
function oneLineSummary(report, drift, diff, schema) {
    const parts = [];
    const failed = report.checks.find((c) => (c.id === 'generate' || c.id === 'validate') && c.status !== 'passed' && c.status !== 'skipped');
    if (failed)
        parts.push(`${failed.name.toLowerCase()} failed: ${failed.summary}`);
    if (drift)
        parts.push(drift.stale ? 'stale (drift)' : 'up to date');
    if (diff) {
        parts.push(diff.changes.length === 0
            ? 'no API changes'
            : `${(0,src/* plural */.LS)(diff.counts.breaking, 'breaking change')}, ${(0,src/* plural */.LS)(diff.changes.length, 'change')} (${diff.bump})`);
    }
    return `OpenAPI schema ${schema}: ${parts.join(', ') || report.verdict}`;
}


/***/ }),

/***/ 695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ sizedByReader),
/* harmony export */   XN: () => (/* binding */ sharedSubtreeProblem),
/* harmony export */   dR: () => (/* binding */ aliasExpansionProblem)
/* harmony export */ });
/* unused harmony exports ALIAS_EXPANSION_LIMIT, treeSize */
/**
 * YAML aliases (`*name`) make one parsed object stand at many places. The engine reads a
 * document as a tree, so its work follows the document written out in full: ten levels of ten
 * aliases each (the "billion laughs") parse in milliseconds into a few dozen objects and then
 * stand for 10^10 nodes. A YAML document whose aliases add more than `ALIAS_EXPANSION_LIMIT`
 * nodes is refused when it is read (docs/decisions.md).
 */
/** How many nodes the aliases of one document may add, written out in full. */
const ALIAS_EXPANSION_LIMIT = 1_000_000;
/** Nodes of `root` written out as a tree (`expanded`, capped just past `limit` + `distinct`), and as parsed (`distinct`). */
function treeSize(root, limit = ALIAS_EXPANSION_LIMIT) {
    if (typeof root !== 'object' || root === null)
        return { distinct: 1, expanded: 1 };
    // Post-order on an explicit stack, each object sized once: its size is 1 plus its children's.
    // An object met again while open (inside itself) counts 1: the engine reads it as a `$ref`.
    const sizes = new Map();
    const open = new Set();
    let distinct = 0;
    const frames = [];
    const enter = (node) => {
        open.add(node);
        distinct++;
        frames.push({ node, values: Object.values(node), next: 0, size: 1 });
    };
    enter(root);
    let last = 0;
    while (frames.length > 0) {
        const frame = frames[frames.length - 1];
        if (frame.next < frame.values.length) {
            const value = frame.values[frame.next++];
            if (typeof value !== 'object' || value === null) {
                frame.size++;
                distinct++;
            }
            else if (open.has(value))
                frame.size++;
            else {
                const known = sizes.get(value);
                if (known !== undefined)
                    frame.size = Math.min(frame.size + known, Number.MAX_SAFE_INTEGER);
                else
                    enter(value);
            }
            continue;
        }
        frames.pop();
        open.delete(frame.node);
        sizes.set(frame.node, frame.size);
        last = frame.size;
        const parent = frames[frames.length - 1];
        if (parent)
            parent.size = Math.min(parent.size + frame.size, Number.MAX_SAFE_INTEGER);
        // Past the limit already: the rest of the walk cannot bring it back.
        if (frame.size - distinct > limit)
            return { distinct, expanded: frame.size };
    }
    return { distinct, expanded: last };
}
/**
 * Documents the reader has sized (`aliasExpansionProblem`), or read from JSON text, which cannot
 * share a subtree: `diffOpenApi` does not size them again (a walk of GitHub's description costs
 * about what parsing it does). A caller that changes such a document afterwards is trusted.
 */
const SIZED = new WeakSet();
/** Marks `document` as sized by the reader (see SIZED) and returns it. */
function sizedByReader(document) {
    if (typeof document === 'object' && document !== null)
        SIZED.add(document);
    return document;
}
/**
 * Why a document given as objects (`diffOpenApi` called by an API user, or with what another
 * YAML parser made) is refused, or undefined: the same limit as for YAML text, on objects that
 * stand at several places (counted once each, never expanded). Documents the reader returned
 * were sized there and are not walked again.
 */
function sharedSubtreeProblem(document) {
    if (typeof document !== 'object' || document === null || SIZED.has(document))
        return undefined;
    const { distinct, expanded } = treeSize(document);
    if (expanded - distinct <= ALIAS_EXPANSION_LIMIT)
        return undefined;
    return `has objects shared at several places that stand for more than ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes beyond those given (as YAML aliases make: an alias bomb?); give shared parts once under components and refer to them with $ref`;
}
/**
 * Why `root` (parsed from YAML) is refused, or undefined when its aliases stay within the
 * limit. Only a text with an anchor (`&name`) can hold an alias, so the walk is skipped for
 * the others: the common case costs one regular-expression scan.
 */
function aliasExpansionProblem(root, text) {
    if (!/(?:^|[\s[{,:-])&[^\s,[\]{}]/.test(text))
        return undefined;
    const { distinct, expanded } = treeSize(root);
    if (expanded - distinct <= ALIAS_EXPANSION_LIMIT)
        return undefined;
    return `its YAML aliases (*name) stand for more than ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes beyond those written (an alias bomb?); write shared parts once under components and refer to them with $ref`;
}


/***/ }),

/***/ 6637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l5: () => (/* binding */ DocumentParseError)
/* harmony export */ });
/* unused harmony exports NOT_JSON, parseJsonText, readDocumentText */
/* harmony import */ var _aliases__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(695);
/**
 * The JSON half of reading a document (load.ts): which texts are JSON, and their parse, apart
 * from js-yaml, so the command loads the YAML parser only for a document that is not JSON (its
 * start-up on JSON, docs/benchmarks.md).
 */

class DocumentParseError extends Error {
    name = 'DocumentParseError';
}
/** What parseJsonText returns for a text that is to be read as YAML. */
const NOT_JSON = Symbol('not JSON');
/**
 * `text` parsed as JSON when `name` ends in `.json` or the text starts with `{` or `[`; NOT_JSON
 * for any other text, and for one that starts so but is not JSON and is not named `.json` (a
 * YAML flow mapping also starts with `{`).
 */
function parseJsonText(text, name) {
    // A byte order mark is not JSON, but editors write one: read the text after it.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const named = /\.json$/i.test(name);
    if (!named && !/^\s*[{[]/.test(text.slice(0, 256)))
        return NOT_JSON;
    try {
        // JSON text cannot make one object stand at two places: nothing for diffOpenApi to size.
        return sizedByReader(JSON.parse(text));
    }
    catch (error) {
        if (named)
            throw new DocumentParseError(`${name} is not valid JSON: ${error.message}`);
        return NOT_JSON;
    }
}
/** parseDocumentText (load.ts) as the command reads files: js-yaml is loaded for YAML only. */
async function readDocumentText(text, name) {
    const json = parseJsonText(text, name);
    if (json !== NOT_JSON)
        return json;
    const { parseYamlText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 923));
    return parseYamlText(text, name);
}


/***/ }),

/***/ 923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* unused harmony export parseDocumentText */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(848);
/* harmony import */ var _aliases__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(695);
/* harmony import */ var _json_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6637);
/**
 * Reads an OpenAPI document from text: JSON with `JSON.parse` (by extension, or when the text
 * starts with `{`), anything else as YAML with js-yaml and the YAML 1.2 core schema, which
 * parses GitHub's 10 MB description several times faster than the `yaml` package here
 * (docs/benchmarks.md).
 */



/**
 * YAML 1.2's core schema (null, booleans, integers, floats; no timestamps, so an x-sunset date
 * stays the text written) plus merge keys (`<<: *base`), which OpenAPI documents written by hand
 * use to share fragments: without them `<<` would be read as a property name.
 */
const MERGE = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:merge', {
    kind: 'scalar',
    resolve: (data) => data === '<<' || data === null,
});
const OPENAPI_YAML = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend({ implicit: [MERGE] });

/**
 * How deep a YAML document may nest. js-yaml reads nesting by recursion and stops at 100 by
 * default, which a deep inline schema can reach; 1,000 is read without exhausting the call
 * stack (docs/decisions.md). JSON has no such limit: `JSON.parse` does not recurse.
 */
const YAML_MAX_DEPTH = 1000;
// js-yaml 4.3 reads `maxDepth`; its type definitions (4.0.9) do not list it yet.
const YAML_OPTIONS = { json: true, schema: OPENAPI_YAML, maxDepth: YAML_MAX_DEPTH };
/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
function parseDocumentText(text, name) {
    const json = parseJsonText(text, name);
    return json === NOT_JSON ? parseYamlText(text, name) : json;
}
/** Parses `text` as YAML; `name` names errors. */
function parseYamlText(text, name) {
    let document;
    try {
        // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
        document = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, YAML_OPTIONS);
    }
    catch (error) {
        const reason = error.message.split('\n')[0];
        if (reason?.startsWith('nesting exceeded maxDepth'))
            throw new _json_text__WEBPACK_IMPORTED_MODULE_2__/* .DocumentParseError */ .l5(`${name} nests more than ${YAML_MAX_DEPTH} levels deep, past what the YAML reader follows: move inline schemas under components and refer to them with $ref, or give the document as JSON`);
        throw new _json_text__WEBPACK_IMPORTED_MODULE_2__/* .DocumentParseError */ .l5(`${name} is not valid YAML: ${reason}`);
    }
    const problem = (0,_aliases__WEBPACK_IMPORTED_MODULE_1__/* .aliasExpansionProblem */ .dR)(document, text);
    if (problem)
        throw new _json_text__WEBPACK_IMPORTED_MODULE_2__/* .DocumentParseError */ .l5(`${name}: ${problem}`);
    return (0,_aliases__WEBPACK_IMPORTED_MODULE_1__/* .sizedByReader */ .QC)(document);
}


/***/ })

};

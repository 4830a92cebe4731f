export const id = 305;
export const ids = [305];
export const modules = {

/***/ 4305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseYamlText: () => (/* binding */ parseYamlText)
});

// UNUSED EXPORTS: DocumentParseError, parseDocumentText

// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(848);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/aliases.ts
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

// EXTERNAL MODULE: ./packages/openapi-diff/src/json-text.ts
var json_text = __webpack_require__(6637);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/load.ts
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
const MERGE = new js_yaml/* Type */.ZU('tag:yaml.org,2002:merge', {
    kind: 'scalar',
    resolve: (data) => data === '<<' || data === null,
});
const OPENAPI_YAML = js_yaml/* CORE_SCHEMA */.OU.extend({ implicit: [MERGE] });

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
        document = (0,js_yaml/* load */.Hh)(text, YAML_OPTIONS);
    }
    catch (error) {
        const reason = error.message.split('\n')[0];
        if (reason?.startsWith('nesting exceeded maxDepth'))
            throw new json_text/* DocumentParseError */.l5(`${name} nests more than ${YAML_MAX_DEPTH} levels deep, past what the YAML reader follows: move inline schemas under components and refer to them with $ref, or give the document as JSON`);
        throw new json_text/* DocumentParseError */.l5(`${name} is not valid YAML: ${reason}`);
    }
    const problem = aliasExpansionProblem(document, text);
    if (problem)
        throw new json_text/* DocumentParseError */.l5(`${name}: ${problem}`);
    return document;
}


/***/ })

};

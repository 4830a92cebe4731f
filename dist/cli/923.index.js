export const id = 923;
export const ids = [923];
export const modules = {

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

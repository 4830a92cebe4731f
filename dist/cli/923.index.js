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
/* harmony import */ var _json_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6637);
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

/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
function parseDocumentText(text, name) {
    const json = parseJsonText(text, name);
    return json === NOT_JSON ? parseYamlText(text, name) : json;
}
/** Parses `text` as YAML; `name` names errors. */
function parseYamlText(text, name) {
    try {
        // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { json: true, schema: OPENAPI_YAML });
    }
    catch (error) {
        const reason = error.message.split('\n')[0];
        throw new _json_text__WEBPACK_IMPORTED_MODULE_1__/* .DocumentParseError */ .l5(`${name} is not valid YAML: ${reason}`);
    }
}


/***/ })

};

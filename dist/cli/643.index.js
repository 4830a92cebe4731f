export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOpenapiDiff: () => (/* binding */ runOpenapiDiff)
/* harmony export */ });
/* harmony import */ var _maint_actions_openapi_diff_command__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(542);
/* harmony import */ var _stdin__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2123);
/** `maint-actions openapi-diff` as the bin runs it, without loading the rest of the tool (src/main.ts). */


function runOpenapiDiff(argv) {
    return (0,_maint_actions_openapi_diff_command__WEBPACK_IMPORTED_MODULE_0__/* .runOpenapiDiffCommand */ .a)(argv, {
        cwd: process.cwd(),
        env: process.env,
        stdout: process.stdout,
        stderr: process.stderr,
        readStdin: _stdin__WEBPACK_IMPORTED_MODULE_1__/* .readStdin */ .v,
    });
}


/***/ })

};

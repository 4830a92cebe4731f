export const id = 531;
export const ids = [531];
export const modules = {

/***/ 4531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nodeProxyAgents: () => (/* binding */ nodeProxyAgents)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8394);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(agent_base__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2873);
/* harmony import */ var http_proxy_agent__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(http_proxy_agent__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1979);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _network__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4054);
/**
 * node:http agents that follow the proxy variables, for clients built on node:http (the AWS SDK's
 * Node handler). Loaded by `sdkNetworkConfig` only when a proxy variable is set: each request
 * goes straight to its host, or through `http-proxy-agent` (an http:// URL, forwarded) or
 * `https-proxy-agent` (an https:// URL, through CONNECT), as `proxyFor` decides for its host.
 * Custom certificate authorities (NODE_EXTRA_CA_CERTS) apply as to any TLS connection of Node.
 */






/** Picks, per request, the direct agent or the proxy's. */
class EnvProxyAgent extends agent_base__WEBPACK_IMPORTED_MODULE_2__.Agent {
    env;
    secure;
    direct;
    viaProxy = new Map();
    constructor(env, secure) {
        super({ keepAlive: true });
        this.env = env;
        this.secure = secure;
        this.protocol = secure ? 'https:' : 'http:';
        this.direct = secure
            ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets: 50 })
            : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets: 50 });
    }
    isSecureEndpoint() {
        return this.secure;
    }
    connect(_req, options) {
        const host = options.host?.includes(':') ? `[${options.host}]` : options.host;
        const target = new URL(`${this.secure ? 'https' : 'http'}://${host}:${options.port}`);
        const proxy = (0,_network__WEBPACK_IMPORTED_MODULE_5__/* .proxyFor */ .iJ)(target, this.env);
        if (!proxy)
            return this.direct;
        let agent = this.viaProxy.get(proxy.href);
        if (!agent) {
            agent = this.secure
                ? new https_proxy_agent__WEBPACK_IMPORTED_MODULE_4__.HttpsProxyAgent(proxy, { keepAlive: true })
                : new http_proxy_agent__WEBPACK_IMPORTED_MODULE_3__.HttpProxyAgent(proxy, { keepAlive: true });
            this.viaProxy.set(proxy.href, agent);
        }
        return agent;
    }
    destroy() {
        this.direct.destroy();
        for (const agent of this.viaProxy.values())
            agent.destroy();
        super.destroy();
    }
}
/** The `httpAgent` and `httpsAgent` of a Node HTTP handler that follow the proxy variables of `env`. */
function nodeProxyAgents(env) {
    return {
        httpAgent: new EnvProxyAgent(env, false),
        httpsAgent: new EnvProxyAgent(env, true),
    };
}


/***/ })

};

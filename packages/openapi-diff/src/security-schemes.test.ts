/**
 * Security schemes judged by what a client of an operation using them experiences (decision 91):
 * changes that only document a scheme, or that no client can notice, do not break.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';

type Json = Record<string, unknown>;
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const ok = { '200': { description: 'OK' } };

/** `[rule:level, message]` for each change. */
function said(base: Json, head: Json): [string, string][] {
  return diffOpenApi(base, head, { today: '2026-12-08' }).changes.map((c) => [
    `${c.rule}:${c.level}`,
    c.message,
  ]);
}

for (const openapi of VERSIONS) {
  /**
   * `GET /x` secured by `security` (its own; `null`: none, it inherits the root's), with `schemes`
   * in components; `more` at the top.
   */
  const api = (schemes: Json, security: unknown = [{ s: [] }], more: Json = {}): Json => ({
    openapi,
    info: { title: 't', version: '1' },
    paths: { '/x': { get: { responses: ok, ...(security === null ? {} : { security }) } } },
    components: { securitySchemes: schemes },
    ...more,
  });
  const one = (scheme: Json, security?: unknown, more?: Json) => api({ s: scheme }, security, more);

  describe(`${openapi} security schemes: what only documents them is no break`, () => {
    it('bearerFormat changed, added or removed is info', () => {
      const bearer = (extra: Json = {}) => one({ type: 'http', scheme: 'bearer', ...extra });
      expect(said(bearer({ bearerFormat: 'JWT' }), bearer({ bearerFormat: 'opaque' }))).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): bearerFormat changed from JWT to opaque',
        ],
      ]);
      expect(said(bearer(), bearer({ bearerFormat: 'JWT' }))).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): bearerFormat JWT was added',
        ],
      ]);
      expect(said(bearer({ bearerFormat: 'JWT' }), bearer())).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): bearerFormat JWT was removed',
        ],
      ]);
    });

    it('the HTTP scheme is compared without case (RFC 9110 11.1)', () => {
      const http = (scheme: string) => one({ type: 'http', scheme });
      expect(said(http('Bearer'), http('bearer'))).toEqual([]);
      expect(said(http('BASIC'), http('Basic'))).toEqual([]);
    });

    it('an apiKey header name is compared without case; query and cookie names with it', () => {
      const key = (where: string, name: string) => one({ type: 'apiKey', in: where, name });
      expect(said(key('header', 'X-Key'), key('header', 'x-key'))).toEqual([]);
      expect(said(key('query', 'X-Key'), key('query', 'x-key'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): name changed from X-Key to x-key',
        ],
      ]);
      expect(said(key('cookie', 'Session'), key('cookie', 'session'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): name changed from Session to session',
        ],
      ]);
    });

    it('descriptions and x- keys (in a scheme, its flows or a flow) change nothing', () => {
      const oauth = (extra: Json, flows: Json = {}, flow: Json = {}) =>
        one({
          type: 'oauth2',
          ...extra,
          flows: {
            clientCredentials: { tokenUrl: 'https://auth/token', scopes: { read: 'r' }, ...flow },
            ...flows,
          },
        });
      const base = oauth({});
      expect(said(base, oauth({ description: 'now described' }))).toEqual([]);
      expect(said(base, oauth({ 'x-vendor': { any: 1 } }))).toEqual([]);
      expect(said(base, oauth({}, { 'x-flow-note': { tokenUrl: 'https://elsewhere' } }))).toEqual([]);
      expect(said(base, oauth({}, {}, { 'x-audience': 'api' }))).toEqual([]);
      // A scope's description is documentation too.
      expect(said(base, oauth({}, {}, { scopes: { read: 'read everything' } }))).toEqual([]);
    });

    it('an OAuth flow added is info, a refreshUrl added is info', () => {
      const cc = { tokenUrl: 'https://auth/token', scopes: {} };
      const pw = { tokenUrl: 'https://auth/token', scopes: {} };
      const oauth = (flows: Json) => one({ type: 'oauth2', flows });
      expect(said(oauth({ clientCredentials: cc }), oauth({ clientCredentials: cc, password: pw }))).toEqual([
        [
          'security-scheme-flow-added:info',
          'components: security scheme "s" (used by GET /x): OAuth flow password was added',
        ],
      ]);
      expect(
        said(
          oauth({ clientCredentials: cc }),
          oauth({ clientCredentials: { ...cc, refreshUrl: 'https://auth/refresh' } }),
        ),
      ).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): flow clientCredentials refreshUrl https://auth/refresh was added',
        ],
      ]);
    });

    it('a scheme no operation uses changing is info, whatever the change', () => {
      const unused = (scheme: Json) => api({ s: { type: 'http', scheme: 'bearer' }, other: scheme });
      expect(
        said(
          unused({ type: 'http', scheme: 'basic' }),
          unused({ type: 'apiKey', in: 'header', name: 'X-Key' }),
        ),
      ).toEqual([
        [
          'security-scheme-unused-changed:info',
          'components: security scheme "other" (used by no operation): type changed from http to apiKey',
        ],
      ]);
      // The root requirement names it, but every operation has its own.
      const rooted = (type: string) =>
        api(
          {
            s: { type: 'http', scheme: 'bearer' },
            other: type === 'http' ? { type, scheme: 'basic' } : { type, in: 'query', name: 'k' },
          },
          [{ s: [] }],
          { security: [{ other: [] }] },
        );
      expect(said(rooted('http'), rooted('apiKey'))).toEqual([
        [
          'security-scheme-unused-changed:info',
          'components: security scheme "other" (used by no operation): type changed from http to apiKey',
        ],
      ]);
    });

    it('a scheme used only by operations that did not use it before is not in use', () => {
      const base = api({
        s: { type: 'http', scheme: 'bearer' },
        k: { type: 'apiKey', in: 'header', name: 'K' },
      });
      const head = api(
        { s: { type: 'http', scheme: 'bearer' }, k: { type: 'apiKey', in: 'query', name: 'K' } },
        [{ k: [] }],
      );
      expect(said(base, head)).toEqual([
        ['security-requirement-changed:breaking', 'GET /x: security changed from s to k'],
        [
          'security-scheme-unused-changed:info',
          'components: security scheme "k" (used only by operations that did not use it before): in changed from header to query',
        ],
      ]);
    });
  });

  describe(`${openapi} security schemes in use: what a client notices`, () => {
    it('the type changed breaks, the message names both types', () => {
      expect(
        said(one({ type: 'http', scheme: 'basic' }), one({ type: 'apiKey', in: 'header', name: 'X-Key' })),
      ).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): type changed from http to apiKey',
        ],
      ]);
    });

    it('in, name and the HTTP scheme changed break', () => {
      const key = (where: string, name: string) => one({ type: 'apiKey', in: where, name });
      expect(said(key('header', 'X-Key'), key('query', 'key'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): in changed from header to query; name changed from X-Key to key',
        ],
      ]);
      expect(said(key('header', 'X-Key'), key('header', 'X-Api-Key'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): name changed from X-Key to X-Api-Key',
        ],
      ]);
      const http = (scheme: string) => one({ type: 'http', scheme });
      expect(said(http('Basic'), http('bearer'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): HTTP scheme changed from Basic to bearer',
        ],
      ]);
    });

    it('the root requirement, inherited, puts a scheme in use', () => {
      const http = (scheme: string) => one({ type: 'http', scheme }, null, { security: [{ s: [] }] });
      expect(said(http('basic'), http('bearer'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): HTTP scheme changed from basic to bearer',
        ],
      ]);
    });

    it('an OAuth flow removed breaks; a token or authorization URL changed is a warning', () => {
      const code = { authorizationUrl: 'https://auth/authorize', tokenUrl: 'https://auth/token', scopes: {} };
      const cc = { tokenUrl: 'https://auth/token', scopes: {} };
      const oauth = (flows: Json) => one({ type: 'oauth2', flows });
      expect(
        said(oauth({ clientCredentials: cc, authorizationCode: code }), oauth({ clientCredentials: cc })),
      ).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): OAuth flow authorizationCode was removed',
        ],
      ]);
      expect(
        said(
          oauth({ authorizationCode: code }),
          oauth({ authorizationCode: { ...code, tokenUrl: 'https://id.example/token' } }),
        ),
      ).toEqual([
        [
          'security-scheme-url-changed:warning',
          'components: security scheme "s" (used by GET /x): flow authorizationCode tokenUrl changed from https://auth/token to https://id.example/token',
        ],
      ]);
      expect(
        said(
          oauth({ authorizationCode: code }),
          oauth({ authorizationCode: { ...code, authorizationUrl: 'https://id.example/authorize' } }),
        ),
      ).toEqual([
        [
          'security-scheme-url-changed:warning',
          'components: security scheme "s" (used by GET /x): flow authorizationCode authorizationUrl changed from https://auth/authorize to https://id.example/authorize',
        ],
      ]);
      const refreshing = { ...cc, refreshUrl: 'https://auth/refresh' };
      expect(said(oauth({ clientCredentials: refreshing }), oauth({ clientCredentials: cc }))).toEqual([
        [
          'security-scheme-url-changed:warning',
          'components: security scheme "s" (used by GET /x): flow clientCredentials refreshUrl https://auth/refresh was removed',
        ],
      ]);
    });

    it('the OpenID Connect URL changed breaks', () => {
      const oidc = (url: string) => one({ type: 'openIdConnect', openIdConnectUrl: url });
      expect(
        said(
          oidc('https://a/.well-known/openid-configuration'),
          oidc('https://b/.well-known/openid-configuration'),
        ),
      ).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): openIdConnectUrl changed from https://a/.well-known/openid-configuration to https://b/.well-known/openid-configuration',
        ],
      ]);
    });

    it('a scope an operation still requires, withdrawn from a flow, breaks; one nobody requires is info', () => {
      const oauth = (scopes: Json, security: unknown = [{ s: ['read'] }]) =>
        one(
          { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth/token', scopes } } },
          security,
        );
      expect(said(oauth({ read: 'r', write: 'w' }), oauth({ write: 'w' }))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): flow clientCredentials no longer offers scope read, which GET /x requires',
        ],
      ]);
      expect(said(oauth({ read: 'r', write: 'w' }), oauth({ read: 'r' }))).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): flow clientCredentials no longer offers scope write, which no operation requires',
        ],
      ]);
      expect(said(oauth({ read: 'r' }), oauth({ read: 'r', admin: 'a' }))).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): flow clientCredentials offers scope admin',
        ],
      ]);
      // The operation dropped the scope too: its own rule says so, the scheme adds nothing.
      expect(said(oauth({ read: 'r', write: 'w' }), oauth({ write: 'w' }, [{ s: [] }]))).toEqual([
        ['security-scope-removed:info', 'GET /x: no longer needs scope read (s)'],
      ]);
    });

    it('an operation that now inherits the root requirement still uses the scheme', () => {
      const flows = (scopes: Json) => ({
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://auth/token', scopes } },
      });
      const base = one(flows({ read: 'r', write: 'w' }), [{ s: ['read'] }]);
      const head = one(flows({ write: 'w' }), null, { security: [{ s: ['read'] }] });
      expect(said(base, head)).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): flow clientCredentials no longer offers scope read, which GET /x requires',
        ],
      ]);
    });

    it('a scheme removed while in use still breaks', () => {
      const base = api({ s: { type: 'http', scheme: 'bearer' } });
      const head = api({});
      expect(said(base, head)).toEqual([
        ['security-scheme-removed:breaking', 'components: security scheme "s" was removed'],
      ]);
    });

    it('a scheme named x-… is a scheme like any other', () => {
      const named = (scheme: string) => api({ 'x-api-key': { type: 'http', scheme } }, [{ 'x-api-key': [] }]);
      expect(said(named('basic'), named('bearer'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "x-api-key" (used by GET /x): HTTP scheme changed from basic to bearer',
        ],
      ]);
    });

    it('names how many more operations use the scheme', () => {
      const many = (scheme: string): Json => ({
        openapi,
        info: { title: 't', version: '1' },
        security: [{ s: [] }],
        paths: {
          '/b': { get: { responses: ok }, post: { responses: ok } },
          '/a': { get: { responses: ok } },
        },
        components: { securitySchemes: { s: { type: 'http', scheme } } },
      });
      expect(said(many('basic'), many('bearer'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /a and 2 more operations): HTTP scheme changed from basic to bearer',
        ],
      ]);
    });

    it('a scheme used only by a callback operation is in use', () => {
      const cb = (scheme: string): Json => ({
        openapi,
        info: { title: 't', version: '1' },
        paths: {
          '/subscribe': {
            post: {
              responses: ok,
              callbacks: {
                onEvent: {
                  'x-note': { post: { security: [{ other: [] }], responses: ok } },
                  '{$request.body#/url}': { post: { security: [{ s: [] }], responses: ok } },
                },
              },
            },
          },
        },
        components: {
          securitySchemes: {
            s: { type: 'http', scheme },
            other: { type: 'http', scheme },
          },
        },
      });
      expect(said(cb('basic'), cb('bearer'))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by POST {$request.body#/url} (callback onEvent)): HTTP scheme changed from basic to bearer',
        ],
        // The callback's x- key is an extension, not an expression: its operation is none.
        [
          'security-scheme-unused-changed:info',
          'components: security scheme "other" (used by no operation): HTTP scheme changed from basic to bearer',
        ],
      ]);
    });
  });
  describe(`${openapi} security schemes: what the review found (decision 91)`, () => {
    const flow = (scopes: string[]) => ({
      type: 'oauth2',
      flows: {
        clientCredentials: {
          tokenUrl: 'https://t',
          scopes: Object.fromEntries(scopes.map((scope) => [scope, ''])),
        },
      },
    });

    it('a scope the operation newly requires is said once, by security-scope-added', () => {
      expect(said(one(flow(['r', 'w']), [{ s: ['r'] }]), one(flow(['r']), [{ s: ['r', 'w'] }]))).toEqual([
        ['security-scope-added:breaking', 'GET /x: now needs scope w (s [r, w])'],
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): flow clientCredentials no longer offers scope w, which only operations that did not require it before require',
        ],
      ]);
    });

    it('a scope withdrawn that only a new operation requires is not said to be required by none', () => {
      const two = (scopes: string[], paths: Json): Json => ({
        openapi,
        info: { title: 't', version: '1' },
        paths,
        components: { securitySchemes: { s: flow(scopes) } },
      });
      const get = (scopes: string[]) => ({ get: { responses: ok, security: [{ s: scopes }] } });
      expect(
        said(two(['r', 'w'], { '/x': get(['r']) }), two(['r'], { '/x': get(['r']), '/y': get(['w']) })),
      ).toEqual([
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): flow clientCredentials no longer offers scope w, which only operations that did not require it before require',
        ],
        ['endpoint-added:info', 'GET /y: endpoint was added'],
      ]);
      // Required only by an operation the revision removes.
      expect(
        said(two(['r', 'w'], { '/x': get(['r']), '/y': get(['w']) }), two(['r'], { '/x': get(['r']) })),
      ).toEqual([
        ['path-removed:breaking', '/y: path was removed (GET)'],
        [
          'security-scheme-note-changed:info',
          'components: security scheme "s" (used by GET /x): flow clientCredentials no longer offers scope w, which no operation requires any more',
        ],
      ]);
    });

    it('a scheme reached through a $ref is reported once, on the name operations use', () => {
      const key = (name: string) => ({ type: 'apiKey', in: 'header', name });
      const ref = { $ref: '#/components/securitySchemes/t' };
      expect(said(api({ s: ref, t: key('A') }), api({ s: ref, t: key('B') }))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): name changed from A to B',
        ],
      ]);
      expect(said(api({ t: key('A'), s: ref }, []), api({ t: key('B'), s: ref }, []))).toEqual([
        [
          'security-scheme-unused-changed:info',
          'components: security scheme "t" (used by no operation): name changed from A to B',
        ],
      ]);
    });

    it('a field gone is said to be removed', () => {
      expect(
        said(one({ type: 'apiKey', in: 'header', name: 'k' }), one({ type: 'apiKey', name: 'k' })),
      ).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): in header was removed',
        ],
      ]);
    });

    it('a flow that is no object is no flow', () => {
      const flows = (f: Json) => one({ type: 'oauth2', flows: f }, [{ s: ['r'] }]);
      const cc = { tokenUrl: 'https://t', scopes: { r: '' } };
      expect(said(flows({ clientCredentials: cc }), flows({ clientCredentials: null }))).toEqual([
        [
          'security-scheme-changed:breaking',
          'components: security scheme "s" (used by GET /x): OAuth flow clientCredentials was removed',
        ],
      ]);
      expect(
        said(flows({ clientCredentials: cc }), flows({ clientCredentials: cc, implicit: null })),
      ).toEqual([]);
    });
  });
}

describe('callbacks that lead back to themselves', () => {
  it('are followed once: the walk ends, and their operations still use the scheme', () => {
    const loop = (scheme: string): Json => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/s': { post: { responses: ok, callbacks: { cb: { $ref: '#/components/callbacks/cb' } } } } },
      components: {
        callbacks: {
          cb: {
            '{$url}': {
              post: {
                security: [{ s: [] }],
                responses: ok,
                callbacks: {
                  again: { $ref: '#/components/callbacks/cb' },
                  self: { $ref: '#/components/callbacks/self' },
                },
              },
            },
          },
          self: { $ref: '#/components/callbacks/self' },
        },
        securitySchemes: { s: { type: 'http', scheme } },
      },
    });
    expect(said(loop('basic'), loop('bearer'))).toEqual([
      [
        'security-scheme-changed:breaking',
        'components: security scheme "s" (used by POST {$url} (callback cb)): HTTP scheme changed from basic to bearer',
      ],
    ]);
  });
});

describe('3.1 security schemes used by webhooks', () => {
  it('a scheme a webhook uses is in use: the receiver reads the credential the old way', () => {
    const hook = (where: string): Json => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: { ping: { post: { security: [{ s: [] }], responses: ok } } },
      components: { securitySchemes: { s: { type: 'apiKey', in: where, name: 'X-Signature' } } },
    });
    expect(said(hook('header'), hook('query'))).toEqual([
      [
        'security-scheme-changed:breaking',
        'components: security scheme "s" (used by POST webhook ping): in changed from header to query',
      ],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { diffOpenApi, InvalidDocumentError } from './diff';
import { doc, int, json, obj, str, withOperation } from './test-docs';

function summary(base: unknown, head: unknown): [string, string][] {
  return diffOpenApi(base, head).changes.map((c) => [c.rule, c.message]);
}

const ok = { '200': { description: 'OK' } };
const query = (name: string, schema: unknown = str, required = false) => ({
  name,
  in: 'query',
  required,
  schema,
});

describe('paths and operations', () => {
  it('reports a removed path once, with its methods', () => {
    const base = doc({
      '/a/': { get: { responses: ok }, post: { responses: ok } },
      '/b/': { get: { responses: ok } },
    });
    const head = doc({ '/b/': { get: { responses: ok } } });
    const [change] = diffOpenApi(base, head).changes;
    expect(change).toEqual({
      rule: 'path-removed',
      level: 'breaking',
      path: '/a/',
      location: '/paths/~1a~1',
      message: '/a/: path was removed (GET, POST)',
    });
  });

  it('reports a removed operation and each added endpoint', () => {
    const base = doc({ '/a/': { get: { responses: ok }, delete: { responses: ok } } });
    const head = doc({
      '/a/': { get: { responses: ok }, put: { responses: ok } },
      '/c/': { get: { responses: ok } },
    });
    expect(summary(base, head)).toEqual([
      ['operation-removed', 'DELETE /a/: operation was removed'],
      ['endpoint-added', 'PUT /a/: endpoint was added'],
      ['endpoint-added', 'GET /c/: endpoint was added'],
    ]);
  });

  it('matches paths whose parameters were renamed, and their parameters', () => {
    const item = (name: string) => ({
      get: { parameters: [{ name, in: 'path', required: true, schema: int }], responses: ok },
    });
    expect(summary(doc({ '/a/{id}/': item('id') }), doc({ '/a/{pk}/': item('pk') }))).toEqual([]);
  });

  it('reports deprecation with the x-sunset date when there is one', () => {
    const base = withOperation({});
    expect(summary(base, withOperation({ deprecated: true, 'x-sunset': '2030-06-30' }))).toEqual([
      ['operation-deprecated', 'GET /api/submissions/: operation is deprecated (sunset 2030-06-30)'],
    ]);
    expect(summary(base, withOperation({ deprecated: true }))).toEqual([
      ['operation-deprecated', 'GET /api/submissions/: operation is deprecated'],
    ]);
  });
});

describe('parameters', () => {
  it('reports added parameters: required ones break, optional ones are info', () => {
    const head = withOperation({
      parameters: [query('page', int), { name: 'X-Tenant', in: 'header', required: true, schema: str }],
    });
    const result = diffOpenApi(withOperation({}), head);
    expect(result.changes.map((c) => [c.rule, c.location, c.message])).toEqual([
      [
        'parameter-added-required',
        '/paths/~1api~1submissions~1/get/parameters/1',
        'GET /api/submissions/: header parameter "X-Tenant" was added and is required',
      ],
      [
        'parameter-added-optional',
        '/paths/~1api~1submissions~1/get/parameters/0',
        'GET /api/submissions/: query parameter "page" was added (optional)',
      ],
    ]);
  });

  it('reports a parameter made required, and warns about a removed one', () => {
    const base = withOperation({ parameters: [query('page'), query('legacy')] });
    const head = withOperation({ parameters: [query('page', str, true)] });
    expect(summary(base, head)).toEqual([
      ['parameter-made-required', 'GET /api/submissions/: query parameter "page" is now required'],
      ['parameter-removed', 'GET /api/submissions/: query parameter "legacy" was removed'],
    ]);
  });

  it('reports parameter type and enum changes, and matches header names case-insensitively', () => {
    const base = withOperation({
      parameters: [
        query('page', int),
        { name: 'x-mode', in: 'header', schema: { type: 'string', enum: ['a', 'b'] } },
      ],
    });
    const head = withOperation({
      parameters: [
        query('page', { type: 'boolean' }),
        { name: 'X-Mode', in: 'header', schema: { type: 'string', enum: ['a'] } },
      ],
    });
    expect(summary(base, head)).toEqual([
      [
        'parameter-type-changed',
        'GET /api/submissions/: query parameter "page" type changed from integer to boolean',
      ],
      [
        'request-enum-value-removed',
        'GET /api/submissions/: header parameter "X-Mode" no longer accepts "b"',
      ],
    ]);
  });

  it('reads a parameter schema from its content and through a $ref', () => {
    const make = (type: unknown) =>
      doc(
        { '/a/': { get: { parameters: [{ $ref: '#/components/parameters/Filter' }], responses: ok } } },
        { components: { parameters: { Filter: { name: 'filter', in: 'query', ...json(type) } } } },
      );
    expect(
      diffOpenApi(make(obj({ q: str })), make(obj({ q: int }))).changes.map((c) => [c.location, c.message]),
    ).toEqual([
      [
        '/components/parameters/Filter/content/application~1json/schema/properties/q',
        'GET /a/: query parameter "filter" property "q" type changed from string to integer',
      ],
    ]);
  });

  it('applies path-level parameters to every operation, which may override them', () => {
    const base = doc({ '/a/': { get: { responses: ok }, post: { responses: ok } } });
    const head = doc({
      '/a/': {
        parameters: [query('org')],
        get: { responses: ok },
        post: { parameters: [query('org', str, true)], responses: ok },
      },
    });
    expect(summary(base, head)).toEqual([
      ['parameter-added-required', 'POST /a/: query parameter "org" was added and is required'],
      ['parameter-added-optional', 'GET /a/: query parameter "org" was added (optional)'],
    ]);
  });
});

describe('request bodies and responses', () => {
  const body = (required: boolean) => ({ requestBody: { required, ...json(obj({ a: str })) } });

  it('reports a body made required or added required as breaking', () => {
    expect(
      summary(withOperation(body(false), '/a/', 'post'), withOperation(body(true), '/a/', 'post')),
    ).toEqual([['request-body-made-required', 'POST /a/: request body is now required']]);
    expect(summary(withOperation({}, '/a/', 'post'), withOperation(body(true), '/a/', 'post'))).toEqual([
      ['request-body-made-required', 'POST /a/: a required request body was added'],
    ]);
  });

  it('reports an optional body added as info and a removed body as a warning', () => {
    expect(summary(withOperation({}, '/a/', 'post'), withOperation(body(false), '/a/', 'post'))).toEqual([
      ['request-body-added', 'POST /a/: an optional request body was added'],
    ]);
    expect(summary(withOperation(body(false), '/a/', 'post'), withOperation({}, '/a/', 'post'))).toEqual([
      ['request-body-removed', 'POST /a/: request body was removed'],
    ]);
  });

  it('reports media types removed from a request or a response, and added ones', () => {
    const make = (requestTypes: string[], responseTypes: string[]) => {
      const content = (types: string[]) => Object.fromEntries(types.map((t) => [t, { schema: str }]));
      return withOperation(
        {
          requestBody: { content: content(requestTypes) },
          responses: { '200': { description: 'OK', content: content(responseTypes) } },
        },
        '/a/',
        'post',
      );
    };
    const base = make(['application/json', 'multipart/form-data'], ['application/json', 'text/csv']);
    const head = make(['application/json'], ['application/json', 'application/pdf']);
    expect(summary(base, head)).toEqual([
      ['request-media-type-removed', 'POST /a/: request body no longer accepts multipart/form-data'],
      ['response-media-type-removed', 'POST /a/: response 200 no longer comes as text/csv'],
      ['media-type-added', 'POST /a/: response 200 now comes as application/pdf'],
    ]);
  });

  it('names the media type when a body has several', () => {
    const make = (type: unknown) =>
      withOperation({
        requestBody: { content: { 'application/json': { schema: type }, 'text/plain': { schema: str } } },
      });
    expect(summary(make(str), make(int))).toEqual([
      [
        'request-type-changed',
        'GET /api/submissions/: request body (application/json) type changed from string to integer',
      ],
    ]);
  });

  it('reports response statuses removed and added, following $refs to shared responses', () => {
    const make = (responses: unknown) =>
      doc(
        { '/a/': { get: { responses } } },
        {
          components: {
            responses: { NotFound: { description: 'Not found', ...json(obj({ detail: str })) } },
          },
        },
      );
    const base = make({ '200': { description: 'OK' }, '404': { $ref: '#/components/responses/NotFound' } });
    const head = make({
      '201': { description: 'Created' },
      '404': { $ref: '#/components/responses/NotFound' },
    });
    expect(summary(base, head)).toEqual([
      ['response-status-removed', 'GET /a/: response 200 was removed'],
      ['response-status-added', 'GET /a/: response 201 was added'],
    ]);
  });
});

describe('security', () => {
  const schemes = {
    securitySchemes: { token: { type: 'http', scheme: 'bearer' }, oauth: { type: 'oauth2', flows: {} } },
  };
  const make = (global: unknown[] | undefined, own?: unknown[]) =>
    doc(
      { '/a/': { get: { responses: ok, ...(own ? { security: own } : {}) } } },
      { components: schemes, ...(global ? { security: global } : {}) },
    );

  it('reports a global requirement applying to an operation without its own as breaking', () => {
    const result = diffOpenApi(make(undefined), make([{ token: [] }]));
    expect(result.changes.map((c) => [c.rule, c.location, c.message])).toEqual([
      ['security-requirement-added', '/security', 'GET /a/: now requires authentication (token)'],
    ]);
    expect(diffOpenApi(make(undefined), make([{ token: [] }], [])).changes).toEqual([]);
  });

  it('reports changed schemes or scopes as breaking', () => {
    expect(summary(make([{ oauth: ['read'] }]), make([{ oauth: ['read', 'write'] }]))).toEqual([
      ['security-scope-added', 'GET /a/: now needs scope write (oauth [read, write])'],
    ]);
  });

  it('reports a requirement removed, or an alternative added, as info', () => {
    expect(summary(make([{ token: [] }]), make([{ token: [] }], [{}]))).toEqual([
      ['security-requirement-removed', 'GET /a/: no longer requires authentication'],
    ]);
    expect(summary(make([{ token: [] }]), make([{ token: [] }, { oauth: [] }]))).toEqual([
      ['security-alternative-added', 'GET /a/: security changed from token to token or oauth'],
    ]);
  });
});

describe('invalid documents', () => {
  it('says which document is not OpenAPI 3', () => {
    expect(() => diffOpenApi(doc({}), 'text')).toThrow(
      new InvalidDocumentError('head', 'is not an OpenAPI document (expected a mapping)'),
    );
    expect(() => diffOpenApi({ swagger: '2.0', paths: {} }, doc({}))).toThrow(
      'the base document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported',
    );
    expect(() => diffOpenApi(doc({}), { paths: {} })).toThrow(
      'the head document has no "openapi: 3.x" field; only OpenAPI 3.0 and 3.1 are supported',
    );
  });
});

describe('response status ranges', () => {
  for (const openapi of ['3.0.3', '3.1.0']) {
    it(`${openapi}: a range is the same whatever its case; explicit codes are compared as written`, () => {
      const responses = (status: string, schema: unknown) =>
        doc(
          {
            '/x': {
              get: {
                responses: { [status]: { description: 'r', content: { 'application/json': { schema } } } },
              },
            },
          },
          {},
          openapi,
        );
      expect(summary(responses('2XX', str), responses('2xx', str))).toEqual([]);
      expect(summary(responses('4xx', str), responses('4XX', str))).toEqual([]);
      // Still compared as one response: what changed inside it is reported under the head's key.
      expect(summary(responses('2XX', str), responses('2xx', int))).toEqual([
        ['response-type-changed', 'GET /x: response 2xx type changed from string to integer'],
      ]);
      expect(summary(responses('200', str), responses('201', str))).toEqual([
        ['response-status-removed', 'GET /x: response 200 was removed'],
        ['response-status-added', 'GET /x: response 201 was added'],
      ]);
    });
  }
});

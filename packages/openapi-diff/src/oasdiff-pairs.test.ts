/**
 * One small spec pair for each of oasdiff's breaking checks, written from the check's name and
 * what it is about (not from oasdiff's tests): for a check the coverage table calls covered, the
 * engine must report one of the table's rules for it as breaking, in OpenAPI 3.0 and 3.1; for one
 * it calls lower, nothing breaking. A check without a pair here fails the last test.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { OASDIFF_BREAKING } from './oasdiff-coverage';

type Json = Record<string, unknown>;
type Version = '3.0.3' | '3.1.0';
type Pair = readonly [Json, Json];

const TODAY = '2026-12-07';
const S = { type: 'string' };
const I = { type: 'integer' };
const OBJ = { type: 'object', properties: { a: S, b: S, c: S } };
const ARR = { type: 'array', items: S };
const ok = { '200': { description: 'OK' } };

const nullable = (v: Version, schema: Json): Json =>
  v === '3.0.3' ? { ...schema, nullable: true } : { ...schema, type: [schema.type, 'null'] };

/** Schema changes that tighten what is accepted: breaking in a request. */
function tightening(v: Version): Record<string, Pair> {
  const exclusiveMax: Pair =
    v === '3.0.3'
      ? [
          { ...I, maximum: 5 },
          { ...I, maximum: 5, exclusiveMaximum: true },
        ]
      : [
          { ...I, exclusiveMaximum: 5 },
          { ...I, exclusiveMaximum: 3 },
        ];
  const exclusiveMin: Pair =
    v === '3.0.3'
      ? [
          { ...I, minimum: 1 },
          { ...I, minimum: 1, exclusiveMinimum: true },
        ]
      : [
          { ...I, exclusiveMinimum: 1 },
          { ...I, exclusiveMinimum: 3 },
        ];
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword under test
  const ifThen = { if: { properties: { a: { const: 'x' } } }, then: { required: ['b'] } };
  return {
    'type-changed': [S, I],
    // The string branch goes: in a parameter, where any scalar reads as a string, narrowing to a
    // string alone would refuse nothing (decision 77).
    'list-of-types-narrowed': [{ type: ['string', 'integer'] }, I],
    'became-not-nullable': [nullable(v, S), S],
    'became-enum': [S, { ...S, enum: ['a'] }],
    'enum-value-removed': [
      { ...S, enum: ['a', 'b'] },
      { ...S, enum: ['a'] },
    ],
    'const-added': [S, { ...S, const: 'a' }],
    'const-changed': [
      { ...S, const: 'a' },
      { ...S, const: 'b' },
    ],
    'contains-added': [ARR, { ...ARR, contains: { const: 'a' } }],
    'content-schema-added': [
      { ...S, contentMediaType: 'application/json' },
      { ...S, contentMediaType: 'application/json', contentSchema: { type: 'object', required: ['a'] } },
    ],
    'content-encoding-changed': [
      { ...S, contentEncoding: 'base64' },
      { ...S, contentEncoding: 'base32' },
    ],
    'content-media-type-changed': [
      { ...S, contentMediaType: 'image/png' },
      { ...S, contentMediaType: 'image/jpeg' },
    ],
    'dependent-required-added': [OBJ, { ...OBJ, dependentRequired: { a: ['b'] } }],
    'dependent-required-changed': [
      { ...OBJ, dependentRequired: { a: ['b'] } },
      { ...OBJ, dependentRequired: { a: ['c'] } },
    ],
    'dependent-schema-added': [OBJ, { ...OBJ, dependentSchemas: { a: { required: ['b'] } } }],
    'if-added': [OBJ, { ...OBJ, ...ifThen }],
    'then-added': [
      { ...OBJ, if: ifThen.if },
      { ...OBJ, ...ifThen },
    ],
    'else-added': [
      { ...OBJ, if: ifThen.if },
      { ...OBJ, if: ifThen.if, else: { required: ['c'] } },
    ],
    'pattern-property-added': [OBJ, { ...OBJ, patternProperties: { '^x-': I } }],
    'property-names-added': [OBJ, { ...OBJ, propertyNames: { maxLength: 3 } }],
    'unevaluated-items-added': [ARR, { ...ARR, unevaluatedItems: false }],
    'unevaluated-properties-added': [OBJ, { ...OBJ, unevaluatedProperties: false }],
    'exclusive-max-decreased': exclusiveMax,
    'exclusive-min-increased': exclusiveMin,
    'max-decreased': [
      { ...I, maximum: 5 },
      { ...I, maximum: 3 },
    ],
    'min-increased': [
      { ...I, minimum: 1 },
      { ...I, minimum: 3 },
    ],
    'max-contains-decreased': [
      { ...ARR, contains: { const: 'a' }, maxContains: 3 },
      { ...ARR, contains: { const: 'a' }, maxContains: 2 },
    ],
    'min-contains-increased': [
      { ...ARR, contains: { const: 'a' }, minContains: 1 },
      { ...ARR, contains: { const: 'a' }, minContains: 2 },
    ],
    'max-length-decreased': [
      { ...S, maxLength: 9 },
      { ...S, maxLength: 3 },
    ],
    'min-length-increased': [
      { ...S, minLength: 1 },
      { ...S, minLength: 3 },
    ],
    'min-items-increased': [ARR, { ...ARR, minItems: 2 }],
    'max-items-decreased': [
      { ...ARR, maxItems: 9 },
      { ...ARR, maxItems: 3 },
    ],
    'one-of-removed': [{ oneOf: [S, I] }, { oneOf: [S] }],
    'any-of-removed': [{ anyOf: [S, I] }, { anyOf: [S] }],
    'all-of-added': [{ allOf: [OBJ] }, { allOf: [OBJ, { required: ['a'] }] }],
    'pattern-added': [S, { ...S, pattern: '^a' }],
    'x-extensible-enum-value-removed': [
      { ...S, 'x-extensible-enum': ['a', 'b'] },
      { ...S, 'x-extensible-enum': ['a'] },
    ],
    'prefix-items-removed': [{ type: 'array', prefixItems: [S] }, { type: 'array' }],
    // Every integer accepted before matches both members now; a oneOf takes one that matches one.
    'wrapped-in-one-of': [I, { oneOf: [I, { type: 'number' }] }],
  };
}

/** Schema changes that loosen what may be sent: breaking in a response. */
function loosening(v: Version): Record<string, Pair> {
  const t = tightening(v);
  const swap = (p: Pair): Pair => [p[1], p[0]];
  return {
    'type-changed': [I, S],
    'type-generalized': [I, { type: 'number' }],
    'list-of-types-widened': [S, { type: ['string', 'integer'] }],
    'became-nullable': [S, nullable(v, S)],
    'const-changed': t['const-changed']!,
    'const-removed': swap(t['const-added']!),
    'contains-removed': swap(t['contains-added']!),
    'content-schema-removed': swap(t['content-schema-added']!),
    'content-encoding-changed': t['content-encoding-changed']!,
    'content-media-type-changed': t['content-media-type-changed']!,
    'dependent-required-changed': t['dependent-required-changed']!,
    'dependent-required-removed': swap(t['dependent-required-added']!),
    'dependent-schema-removed': swap(t['dependent-schema-added']!),
    'if-removed': swap(t['if-added']!),
    'then-removed': swap(t['then-added']!),
    'else-removed': swap(t['else-added']!),
    'pattern-property-removed': swap(t['pattern-property-added']!),
    'property-names-removed': swap(t['property-names-added']!),
    'unevaluated-items-removed': swap(t['unevaluated-items-added']!),
    'unevaluated-properties-removed': swap(t['unevaluated-properties-added']!),
    'exclusive-max-increased': swap(t['exclusive-max-decreased']!),
    'exclusive-min-decreased': swap(t['exclusive-min-increased']!),
    'max-increased': swap(t['max-decreased']!),
    'min-decreased': swap(t['min-increased']!),
    'max-contains-increased': swap(t['max-contains-decreased']!),
    'min-contains-decreased': swap(t['min-contains-increased']!),
    'max-length-increased': swap(t['max-length-decreased']!),
    'max-length-unset': [{ ...S, maxLength: 3 }, S],
    'min-length-decreased': swap(t['min-length-increased']!),
    'min-items-decreased': [
      { ...ARR, minItems: 3 },
      { ...ARR, minItems: 1 },
    ],
    'min-items-unset': swap(t['min-items-increased']!),
    'one-of-added': [{ oneOf: [S, I] }, { oneOf: [S, I, { type: 'boolean' }] }],
    'wrapped-in-one-of': [S, { oneOf: [S, I] }],
    'prefix-items-added': [
      { type: 'array', items: { type: ['string', 'integer'] } },
      { type: 'array', prefixItems: [S], items: { type: ['string', 'integer'] } },
    ],
  };
}

const lifecycle = (extra: Json): Json => ({ ...S, ...extra });
/** Property lifecycle: [base property, head property]. */
const PROPERTY_LIFECYCLE: Record<string, Pair> = {
  'stability-decreased': [
    lifecycle({ 'x-stability-level': 'stable' }),
    lifecycle({ 'x-stability-level': 'beta' }),
  ],
  'sunset-date-too-small': [S, lifecycle({ deprecated: true, 'x-sunset': '2026-01-01' })],
  'deprecated-sunset-invalid': [S, lifecycle({ deprecated: true, 'x-sunset': 'soon' })],
  'deprecated-sunset-missing': [S, lifecycle({ deprecated: true })],
};

function doc(v: Version, paths: Json, extra: Json = {}): Json {
  return { openapi: v, info: { title: 't', version: '1' }, paths, ...extra };
}
const body = (v: Version, schema: unknown, required = true) =>
  doc(v, {
    '/p': {
      post: { requestBody: { required, content: { 'application/json': { schema } } }, responses: ok },
    },
  });
const returns = (v: Version, schema: unknown, headers?: Json, media = 'application/json') =>
  doc(v, {
    '/p': {
      get: {
        responses: {
          '200': { description: 'OK', ...(headers ? { headers } : {}), content: { [media]: { schema } } },
        },
      },
    },
  });
const params = (v: Version, list: Json[], path = '/p') =>
  doc(v, { [path]: { get: { parameters: list, responses: ok } } });
const query = (v: Version, extra: Json) => params(v, [{ name: 'q', in: 'query', ...extra }]);
const inProperty = (schema: Json, required: string[] = []): Json => ({
  type: 'object',
  properties: { p: schema },
  ...(required.length ? { required } : {}),
});
const op = (v: Version, extra: Json, path = '/p') => doc(v, { [path]: { get: { responses: ok, ...extra } } });

/** The pair for one oasdiff check, or undefined when this file has none. */
function pairFor(id: string, v: Version): Pair | undefined {
  const m = /^(request|response)-(body|property|parameter-property|parameter|header-property)-(.+)$/.exec(id);
  if (m) {
    const [, side, where, rest] = m as unknown as [string, string, string, string];
    const cases = side === 'request' ? tightening(v) : loosening(v);
    const wrap = (s: Json): Json => (side === 'request' ? body(v, s) : returns(v, s));
    const schemaPair = cases[rest];
    if (schemaPair) {
      const [b, h] = schemaPair;
      if (where === 'body') return [wrap(b), wrap(h)];
      if (where === 'property') return [wrap(inProperty(b)), wrap(inProperty(h))];
      if (where === 'parameter') return [query(v, { schema: b }), query(v, { schema: h })];
      if (where === 'header-property') {
        const header = (s: Json) => params(v, [{ name: 'X-Filter', in: 'header', schema: inProperty(s) }]);
        return [header(b), header(h)];
      }
    }
    if (where === 'parameter-property') {
      const inner = cases[rest] ?? (rest === 'type-specialized' ? [{ type: 'number' }, I] : undefined);
      if (inner)
        return [query(v, { schema: inProperty(inner[0]) }), query(v, { schema: inProperty(inner[1]) })];
    }
    if (where === 'property' && PROPERTY_LIFECYCLE[rest]) {
      const [b, h] = PROPERTY_LIFECYCLE[rest]!;
      return [wrap(inProperty(b)), wrap(inProperty(h))];
    }
  }
  const dep = (extra: Json) => ({ deprecated: true, ...extra });
  const reqObj = (required: string[], extra: Json = {}) =>
    body(v, { type: 'object', properties: { a: { ...S, ...extra }, p: S }, required });
  const special: Record<string, () => Pair> = {
    'api-deprecated-sunset-missing': () => [op(v, {}), op(v, dep({}))],
    'api-deprecated-sunset-parse': () => [op(v, {}), op(v, dep({ 'x-sunset': 'soon' }))],
    'api-invalid-stability-level': () => [op(v, {}), op(v, { 'x-stability-level': 'experimental' })],
    'api-path-removed-before-sunset': () => [
      doc(v, {
        '/p': { get: { responses: ok, ...dep({ 'x-sunset': '2030-01-01' }) } },
        '/q': { get: { responses: ok } },
      }),
      doc(v, { '/q': { get: { responses: ok } } }),
    ],
    'api-path-removed-without-deprecation': () => [
      doc(v, { '/p': { get: { responses: ok } }, '/q': { get: { responses: ok } } }),
      doc(v, { '/q': { get: { responses: ok } } }),
    ],
    'api-path-sunset-parse': () => [
      doc(v, {
        '/p': { get: { responses: ok, ...dep({ 'x-sunset': 'soon' }) } },
        '/q': { get: { responses: ok } },
      }),
      doc(v, { '/q': { get: { responses: ok } } }),
    ],
    'api-removed-before-sunset': () => [
      doc(v, {
        '/p': { get: { responses: ok, ...dep({ 'x-sunset': '2030-01-01' }) }, post: { responses: ok } },
      }),
      doc(v, { '/p': { post: { responses: ok } } }),
    ],
    'api-removed-without-deprecation': () => [
      doc(v, { '/p': { get: { responses: ok }, post: { responses: ok } } }),
      doc(v, { '/p': { post: { responses: ok } } }),
    ],
    'api-stability-decreased': () => [
      op(v, { 'x-stability-level': 'stable' }),
      op(v, { 'x-stability-level': 'beta' }),
    ],
    'api-sunset-date-changed-too-small': () => [
      op(v, dep({ 'x-sunset': '2030-01-01' })),
      op(v, dep({ 'x-sunset': '2029-01-01' })),
    ],
    'api-sunset-date-too-small': () => [op(v, {}), op(v, dep({ 'x-sunset': '2026-01-01' }))],
    'sunset-deleted': () => [op(v, dep({ 'x-sunset': '2030-01-01' })), op(v, dep({}))],
    'new-request-path-parameter': () => [
      params(v, [], '/p/{id}'),
      params(v, [{ name: 'id', in: 'path', required: true, schema: S }], '/p/{id}'),
    ],
    'new-required-request-default-parameter-to-existing-path': () => [
      doc(v, { '/p': { get: { responses: ok } } }),
      doc(v, {
        '/p': { parameters: [{ name: 'q', in: 'query', required: true, schema: S }], get: { responses: ok } },
      }),
    ],
    'new-required-request-parameter': () => [params(v, []), query(v, { required: true, schema: S })],
    'new-required-request-header-property': () => {
      const header = (s: Json) => params(v, [{ name: 'X-Filter', in: 'header', schema: s }]);
      return [
        header({ type: 'object', properties: { a: S } }),
        header({ type: 'object', properties: { a: S, b: S }, required: ['b'] }),
      ];
    },
    'request-header-property-became-required': () => {
      const header = (s: Json) => params(v, [{ name: 'X-Filter', in: 'header', schema: s }]);
      return [
        header({ type: 'object', properties: { a: S } }),
        header({ type: 'object', properties: { a: S }, required: ['a'] }),
      ];
    },
    'new-required-request-property': () => [body(v, { type: 'object', properties: { p: S } }), reqObj(['a'])],
    'new-required-request-property-with-default': () => [
      body(v, { type: 'object', properties: { p: S } }),
      reqObj(['a'], { default: 'x' }),
    ],
    'request-property-became-required': () => [reqObj([]), reqObj(['a'])],
    'request-property-became-required-with-default': () => [
      reqObj([], { default: 'x' }),
      reqObj(['a'], { default: 'x' }),
    ],
    'request-body-added-required': () => [doc(v, { '/p': { post: { responses: ok } } }), body(v, S)],
    'request-body-became-required': () => [body(v, S, false), body(v, S, true)],
    'request-body-removed': () => [body(v, S), doc(v, { '/p': { post: { responses: ok } } })],
    'request-body-media-type-removed': () => [
      body(v, S),
      doc(v, {
        '/p': { post: { requestBody: { content: { 'text/plain': { schema: S } } }, responses: ok } },
      }),
    ],
    'request-body-media-type-schema-added': () => [
      doc(v, { '/p': { post: { requestBody: { content: { 'application/json': {} } }, responses: ok } } }),
      body(v, S, false),
    ],
    'request-parameter-became-required': () => [
      query(v, { schema: S }),
      query(v, { schema: S, required: true }),
    ],
    'request-parameter-default-value-added': () => [
      query(v, { schema: S }),
      query(v, { schema: { ...S, default: 'a' } }),
    ],
    'request-parameter-default-value-changed': () => [
      query(v, { schema: { ...S, default: 'a' } }),
      query(v, { schema: { ...S, default: 'b' } }),
    ],
    'request-parameter-default-value-removed': () => [
      query(v, { schema: { ...S, default: 'a' } }),
      query(v, { schema: S }),
    ],
    'request-parameter-deprecated-sunset-missing': () => [
      query(v, { schema: S }),
      query(v, { schema: S, ...dep({}) }),
    ],
    'request-parameter-removed-before-sunset': () => [
      query(v, { schema: S, ...dep({ 'x-sunset': '2030-01-01' }) }),
      params(v, []),
    ],
    'request-parameter-sunset-date-changed-too-small': () => [
      query(v, { schema: S, ...dep({ 'x-sunset': '2030-01-01' }) }),
      query(v, { schema: S, ...dep({ 'x-sunset': '2029-01-01' }) }),
    ],
    'request-parameter-sunset-date-too-small': () => [
      query(v, { schema: S }),
      query(v, { schema: S, ...dep({ 'x-sunset': '2026-01-01' }) }),
    ],
    'request-parameter-sunset-deleted': () => [
      query(v, { schema: S, ...dep({ 'x-sunset': '2030-01-01' }) }),
      query(v, { schema: S, ...dep({}) }),
    ],
    'request-parameter-sunset-parse': () => [
      query(v, { schema: S }),
      query(v, { schema: S, ...dep({ 'x-sunset': 'soon' }) }),
    ],
    'request-parameter-became-not-nullable': () => [
      query(v, { schema: nullable(v, S) }),
      query(v, { schema: S }),
    ],
    'required-response-header-removed': () => [
      returns(v, S, { 'X-Rate': { required: true, schema: I } }),
      returns(v, S),
    ],
    'response-header-became-optional': () => [
      returns(v, S, { 'X-Rate': { required: true, schema: I } }),
      returns(v, S, { 'X-Rate': { schema: I } }),
    ],
    'response-header-became-nullable': () => [
      returns(v, S, { 'X-Rate': { schema: I } }),
      returns(v, S, { 'X-Rate': { schema: nullable(v, I) } }),
    ],
    'response-header-type-changed': () => [
      returns(v, S, { 'X-Rate': { schema: I } }),
      returns(v, S, { 'X-Rate': { schema: S } }),
    ],
    'response-header-type-generalized': () => [
      returns(v, S, { 'X-Rate': { schema: I } }),
      returns(v, S, { 'X-Rate': { schema: { type: 'number' } } }),
    ],
    // oasdiff pairs a structured-syntax type with the type its suffix names; a range pairs with nothing.
    'response-media-type-name-generalized': () => [
      returns(v, S, undefined, 'application/problem+json'),
      returns(v, S),
    ],
    'response-media-type-removed': () => [returns(v, S), returns(v, S, undefined, 'text/plain')],
    'response-required-property-removed': () => [
      returns(v, { type: 'object', properties: { a: S, b: S }, required: ['a'] }),
      returns(v, { type: 'object', properties: { b: S } }),
    ],
    'response-property-became-optional': () => [
      returns(v, { type: 'object', properties: { a: S }, required: ['a'] }),
      returns(v, { type: 'object', properties: { a: S } }),
    ],
    'response-success-status-removed': () => [
      doc(v, { '/p': { get: { responses: { ...ok, '201': { description: 'Created' } } } } }),
      doc(v, { '/p': { get: { responses: ok } } }),
    ],
    'webhook-removed': () => [
      { ...doc(v, {}), webhooks: { ping: { post: { responses: ok } } } },
      { ...doc(v, {}), webhooks: {} },
    ],
  };
  return special[id]?.();
}

describe("oasdiff's breaking checks, one spec pair each", () => {
  for (const v of ['3.0.3', '3.1.0'] as const) {
    for (const [id, entry] of Object.entries(OASDIFF_BREAKING)) {
      const pair = pairFor(id, v);
      if (!pair) continue;
      // Webhooks exist in 3.1 only.
      if (id === 'webhook-removed' && v === '3.0.3') continue;
      it(`${v} ${id}: ${entry.kind === 'covered' ? 'breaking' : 'not breaking'} (${entry.rules.join(', ')})`, () => {
        const result = diffOpenApi(pair[0], pair[1], { today: TODAY });
        const found = result.changes.map((c) => `${c.rule}:${c.level}`);
        if (entry.kind === 'covered') {
          const hit = result.changes.some((c) => c.level === 'breaking' && entry.rules.includes(c.rule));
          expect(hit, `${id} reported ${found.join(' ') || 'nothing'}`).toBe(true);
        } else {
          expect(found.filter((f) => f.endsWith(':breaking'))).toEqual([]);
        }
      });
    }
  }

  it('has a pair for every check in the table', () => {
    const without = Object.keys(OASDIFF_BREAKING).filter((id) => !pairFor(id, '3.1.0'));
    expect(without).toEqual([]);
  });
});

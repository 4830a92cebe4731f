/**
 * Every rule on both sides: each case is a before → after schema (or operation) change, checked
 * as a request body and as a response, in OpenAPI 3.0 and 3.1, for the rule and level expected.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { RULES } from './rules';

type Json = Record<string, unknown>;

function op(schema: unknown, side: 'request' | 'response', openapi: string, extra: Json = {}): Json {
  const content = { 'application/json': { schema } };
  const operation =
    side === 'request'
      ? { requestBody: { required: true, content }, responses: { '204': { description: 'OK' } } }
      : { responses: { '200': { description: 'OK', content } } };
  return { openapi, info: { title: 't', version: '1' }, paths: { '/p': { post: operation } }, ...extra };
}

function rules(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: '2026-12-07' }).changes.map((c) => `${c.rule}:${c.level}`);
}

/** [name, base schema, head schema, rule on the request side, rule on the response side]. */
const SCHEMA_CASES: [string, Json, Json, string, string][] = [
  [
    'minimum raised',
    { type: 'integer', minimum: 1 },
    { type: 'integer', minimum: 5 },
    'request-minimum-increased:breaking',
    'response-minimum-increased:info',
  ],
  [
    'maximum raised',
    { type: 'integer', maximum: 5 },
    { type: 'integer', maximum: 9 },
    'request-maximum-increased:info',
    'response-maximum-increased:breaking',
  ],
  [
    'maximum lowered',
    { type: 'integer', maximum: 9 },
    { type: 'integer', maximum: 5 },
    'request-maximum-decreased:breaking',
    'response-maximum-decreased:info',
  ],
  [
    'minimum removed',
    { type: 'integer', minimum: 1 },
    { type: 'integer' },
    'request-minimum-decreased:info',
    'response-minimum-decreased:breaking',
  ],
  [
    'minLength added',
    { type: 'string' },
    { type: 'string', minLength: 2 },
    'request-min-length-increased:breaking',
    'response-min-length-increased:info',
  ],
  [
    'maxLength raised',
    { type: 'string', maxLength: 5 },
    { type: 'string', maxLength: 9 },
    'request-max-length-increased:info',
    'response-max-length-increased:breaking',
  ],
  [
    'minItems raised',
    { type: 'array', items: { type: 'string' }, minItems: 0 },
    { type: 'array', items: { type: 'string' }, minItems: 1 },
    'request-min-items-increased:breaking',
    'response-min-items-increased:info',
  ],
  [
    'maxItems lowered',
    { type: 'array', items: { type: 'string' }, maxItems: 9 },
    { type: 'array', items: { type: 'string' }, maxItems: 3 },
    'request-max-items-decreased:breaking',
    'response-max-items-decreased:info',
  ],
  [
    'minProperties added',
    { type: 'object' },
    { type: 'object', minProperties: 1 },
    'request-min-properties-increased:breaking',
    'response-min-properties-increased:info',
  ],
  [
    'maxProperties removed',
    { type: 'object', maxProperties: 3 },
    { type: 'object' },
    'request-max-properties-increased:info',
    'response-max-properties-increased:breaking',
  ],
  [
    'pattern added',
    { type: 'string' },
    { type: 'string', pattern: '^a' },
    'request-pattern-added:breaking',
    'response-pattern-added:info',
  ],
  [
    'pattern changed',
    { type: 'string', pattern: '^a' },
    { type: 'string', pattern: '^b' },
    'request-pattern-changed:warning',
    'response-pattern-changed:warning',
  ],
  [
    'pattern removed',
    { type: 'string', pattern: '^a' },
    { type: 'string' },
    'request-pattern-removed:info',
    'response-pattern-removed:breaking',
  ],
  [
    'uniqueItems added',
    { type: 'array', items: { type: 'string' } },
    { type: 'array', items: { type: 'string' }, uniqueItems: true },
    'request-unique-items-added:breaking',
    'unique-items-relaxed:info',
  ],
  [
    'uniqueItems removed',
    { type: 'array', items: { type: 'string' }, uniqueItems: true },
    { type: 'array', items: { type: 'string' } },
    'unique-items-relaxed:info',
    'response-unique-items-removed:breaking',
  ],
  [
    'multipleOf finer',
    { type: 'number', multipleOf: 4 },
    { type: 'number', multipleOf: 2 },
    'multiple-of-relaxed:info',
    'response-multiple-of-changed:breaking',
  ],
  [
    'multipleOf coarser',
    { type: 'number', multipleOf: 2 },
    { type: 'number', multipleOf: 4 },
    'request-multiple-of-changed:breaking',
    'multiple-of-relaxed:info',
  ],
  [
    'default changed',
    { type: 'string', default: 'a' },
    { type: 'string', default: 'b' },
    'request-default-changed:warning',
    'response-default-changed:info',
  ],
  [
    'default added',
    { type: 'string' },
    { type: 'string', default: 'b' },
    'default-added:info',
    'response-default-changed:info',
  ],
  [
    'enum value removed',
    { type: 'string', enum: ['a', 'b'] },
    { type: 'string', enum: ['a'] },
    'request-enum-value-removed:breaking',
    'response-enum-value-removed:info',
  ],
  [
    'enum value added',
    { type: 'string', enum: ['a'] },
    { type: 'string', enum: ['a', 'b'] },
    'request-enum-value-added:info',
    'response-enum-value-added:warning',
  ],
  [
    'x-extensible-enum value removed',
    { type: 'string', 'x-extensible-enum': ['a', 'b'] },
    { type: 'string', 'x-extensible-enum': ['a'] },
    'request-extensible-enum-value-removed:breaking',
    'response-enum-value-removed:info',
  ],
  [
    'x-extensible-enum value added',
    { type: 'string', 'x-extensible-enum': ['a'] },
    { type: 'string', 'x-extensible-enum': ['a', 'b'] },
    'extensible-enum-value-added:info',
    'extensible-enum-value-added:info',
  ],
  [
    'type changed',
    { type: 'string' },
    { type: 'integer' },
    'request-type-changed:breaking',
    'response-type-changed:breaking',
  ],
  [
    'format added',
    { type: 'string' },
    { type: 'string', format: 'uuid' },
    'request-type-changed:breaking',
    'response-type-narrowed:info',
  ],
  [
    'contentEncoding changed',
    { type: 'string', contentEncoding: 'base64' },
    { type: 'string', contentEncoding: 'base32' },
    'request-content-changed:breaking',
    'response-content-changed:breaking',
  ],
  [
    'dependentRequired added',
    { type: 'object' },
    { type: 'object', dependentRequired: { card: ['cvv'] } },
    'request-dependent-required-added:breaking',
    'dependent-required-relaxed:info',
  ],
  [
    'dependentRequired removed',
    { type: 'object', dependentRequired: { card: ['cvv'] } },
    { type: 'object' },
    'dependent-required-relaxed:info',
    'response-dependent-required-removed:breaking',
  ],
  [
    'not added',
    { type: 'string' },
    { type: 'string', not: { const: 'x' } },
    'request-schema-keyword-added:breaking',
    'response-schema-keyword-added:info',
  ],
  [
    'propertyNames removed',
    { type: 'object', propertyNames: { maxLength: 3 } },
    { type: 'object' },
    'request-schema-keyword-removed:info',
    'response-schema-keyword-removed:breaking',
  ],
  [
    'contains added',
    { type: 'array' },
    { type: 'array', contains: { const: 1 } },
    'request-schema-keyword-added:breaking',
    'response-schema-keyword-added:info',
  ],
  [
    'minContains raised',
    { type: 'array', contains: { const: 1 }, minContains: 1 },
    { type: 'array', contains: { const: 1 }, minContains: 2 },
    'request-min-contains-increased:breaking',
    'response-min-contains-increased:info',
  ],
  [
    'if changed',
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    { if: { type: 'string' }, then: { minLength: 1 } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    { if: { type: 'integer' }, then: { minLength: 1 } },
    'schema-condition-changed:warning',
    'schema-condition-changed:warning',
  ],
  [
    'then tightened',
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    { if: { type: 'string' }, then: { maxLength: 9 } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    { if: { type: 'string' }, then: { maxLength: 5 } },
    'request-max-length-decreased:breaking',
    'response-max-length-decreased:info',
  ],
  [
    'patternProperties added',
    { type: 'object' },
    { type: 'object', patternProperties: { '^x-': { type: 'string' } } },
    'request-schema-keyword-added:breaking',
    'response-schema-keyword-added:info',
  ],
  [
    'dependentSchemas member tightened',
    { type: 'object', dependentSchemas: { a: { maxProperties: 5 } } },
    { type: 'object', dependentSchemas: { a: { maxProperties: 3 } } },
    'request-max-properties-decreased:breaking',
    'response-max-properties-decreased:info',
  ],
  [
    'prefixItems position changed',
    { type: 'array', prefixItems: [{ type: 'string' }] },
    { type: 'array', prefixItems: [{ type: 'integer' }] },
    'request-type-changed:breaking',
    'response-type-changed:breaking',
  ],
  [
    'unevaluatedProperties closed',
    { type: 'object' },
    { type: 'object', unevaluatedProperties: false },
    'request-schema-keyword-added:breaking',
    'response-schema-keyword-added:info',
  ],
  [
    'const changed',
    { const: 'a' },
    { const: 'b' },
    'request-type-changed:breaking',
    'response-type-changed:breaking',
  ],
  [
    'additionalProperties closed',
    { type: 'object' },
    { type: 'object', additionalProperties: false },
    'request-additional-properties-closed:breaking',
    '',
  ],
  [
    'additionalProperties opened',
    { type: 'object', additionalProperties: false },
    { type: 'object' },
    '',
    'response-additional-properties-opened:info',
  ],
  [
    'oneOf member removed',
    { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    { oneOf: [{ type: 'string' }] },
    'request-type-changed:breaking',
    'response-type-narrowed:info',
  ],
  [
    'oneOf reordered',
    { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    '',
    '',
  ],
  [
    'anyOf object member added',
    { anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }] },
    {
      anyOf: [
        { type: 'object', properties: { a: { type: 'string' } } },
        { type: 'object', properties: { b: { type: 'string' } } },
      ],
    },
    'request-variant-added:info',
    'response-variant-added:breaking',
  ],
  [
    'wrapped in oneOf with null',
    { type: 'string' },
    { oneOf: [{ type: 'string' }, { type: 'null' }] },
    'request-type-widened:info',
    'response-type-changed:breaking',
  ],
  [
    'property removed (optional)',
    { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } },
    { type: 'object', properties: { a: { type: 'string' } } },
    'request-field-removed:warning',
    'response-optional-field-removed:warning',
  ],
  [
    'property removed (required)',
    { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
    { type: 'object', properties: {} },
    'request-field-removed:warning',
    'response-field-removed:breaking',
  ],
  [
    'property made required',
    { type: 'object', properties: { b: { type: 'string' } } },
    { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
    'request-body-required-field-added:breaking',
    'response-field-made-required:info',
  ],
  [
    'property became readOnly',
    { type: 'object', properties: { b: { type: 'string' } } },
    { type: 'object', properties: { b: { type: 'string', readOnly: true } } },
    'request-field-became-read-only:warning',
    '',
  ],
  [
    'property became writeOnly (required)',
    { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
    { type: 'object', required: ['b'], properties: { b: { type: 'string', writeOnly: true } } },
    '',
    'response-field-became-write-only:breaking',
  ],
];

/** 3.1 spellings of the 3.0 cases that have them: numeric exclusive bounds and type arrays. */
const CASES_31: [string, Json, Json, string, string][] = [
  [
    'exclusiveMinimum (3.1 number) raised',
    { type: 'integer', exclusiveMinimum: 1 },
    { type: 'integer', exclusiveMinimum: 2 },
    'request-minimum-increased:breaking',
    'response-minimum-increased:info',
  ],
  [
    'minimum made exclusive (3.1)',
    { type: 'integer', minimum: 1 },
    { type: 'integer', exclusiveMinimum: 1 },
    'request-minimum-increased:breaking',
    'response-minimum-increased:info',
  ],
  [
    'type array gains null',
    { type: 'string' },
    { type: ['string', 'null'] },
    'request-type-widened:info',
    'response-type-changed:breaking',
  ],
];
const CASES_30: [string, Json, Json, string, string][] = [
  [
    'exclusiveMaximum (3.0 boolean) added',
    { type: 'integer', maximum: 5 },
    { type: 'integer', maximum: 5, exclusiveMaximum: true },
    'request-maximum-decreased:breaking',
    'response-maximum-decreased:info',
  ],
  [
    'nullable added',
    { type: 'string' },
    { type: 'string', nullable: true },
    'request-type-widened:info',
    'response-type-changed:breaking',
  ],
];

describe('schema rules, request and response, 3.0 and 3.1', () => {
  for (const openapi of ['3.0.3', '3.1.0']) {
    const cases = [...SCHEMA_CASES, ...(openapi === '3.0.3' ? CASES_30 : CASES_31)];
    for (const [name, base, head, request, response] of cases) {
      it(`${openapi} ${name}: request ${request || 'nothing'}, response ${response || 'nothing'}`, () => {
        const req = rules(op(base, 'request', openapi), op(head, 'request', openapi));
        const res = rules(op(base, 'response', openapi), op(head, 'response', openapi));
        if (request) expect(req).toContain(request);
        else expect(req).toEqual([]);
        if (response) expect(res).toContain(response);
        else expect(res).toEqual([]);
      });
    }
  }
});

describe('composition and references', () => {
  const comp = (schemas: Json) => ({ components: { schemas } });
  it('reports the value a nullable wrapper around a shared enum lost', () => {
    const base = op(
      { $ref: '#/components/schemas/Status' },
      'request',
      '3.0.3',
      comp({ Status: { type: 'string', enum: ['a', 'b'] } }),
    );
    const head = op(
      { oneOf: [{ $ref: '#/components/schemas/Status' }, { $ref: '#/components/schemas/Null' }] },
      'request',
      '3.0.3',
      comp({ Status: { type: 'string', enum: ['a'] }, Null: { enum: [null] } }),
    );
    expect(rules(base, head)).toContain('request-enum-value-removed:breaking');
  });

  it('matches oneOf references by name whatever their order, and reports a change inside', () => {
    const schemas = {
      Cat: { type: 'object', properties: { a: { type: 'string' } } },
      Dog: { type: 'object', properties: { b: { type: 'string' } } },
    };
    const refs = (names: string[]) => ({ oneOf: names.map((n) => ({ $ref: `#/components/schemas/${n}` })) });
    const base = op(refs(['Cat', 'Dog']), 'response', '3.1.0', comp(schemas));
    expect(rules(base, op(refs(['Dog', 'Cat']), 'response', '3.1.0', comp(schemas)))).toEqual([]);
    const changed = { ...schemas, Dog: { type: 'object', properties: {} } };
    expect(rules(base, op(refs(['Dog', 'Cat']), 'response', '3.1.0', comp(changed)))).toEqual([
      'response-optional-field-removed:warning',
    ]);
  });
});

function withOp(operation: Json, extra: Json = {}, openapi = '3.0.3'): Json {
  return {
    openapi,
    info: { title: 't', version: '1' },
    paths: { '/p': { get: { responses: { '200': { description: 'OK' } }, ...operation } } },
    ...extra,
  };
}

describe('operations, lifecycle, headers, security, webhooks', () => {
  it('removing a deprecated operation breaks before its sunset, not after', () => {
    const before = withOp({ deprecated: true, 'x-sunset': '2027-01-01' });
    const after = withOp({ deprecated: true, 'x-sunset': '2026-01-01' });
    const none = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/p': {} } };
    expect(rules(before, none)).toEqual(['operation-removed-before-sunset:breaking']);
    expect(rules(after, none)).toEqual(['deprecated-operation-removed:info']);
    expect(rules(withOp({}), none)).toEqual(['operation-removed:breaking']);
  });

  it('reports invalid sunset dates and stability levels, and stability going down', () => {
    expect(rules(withOp({}), withOp({ 'x-sunset': 'next spring' }))).toContain(
      'invalid-sunset-date:breaking',
    );
    expect(rules(withOp({}), withOp({ 'x-stability-level': 'experimental' }))).toContain(
      'invalid-stability-level:breaking',
    );
    expect(
      rules(withOp({ 'x-stability-level': 'stable' }), withOp({ 'x-stability-level': 'beta' })),
    ).toContain('stability-decreased:breaking');
  });

  for (const openapi of ['3.0.3', '3.1.0']) {
    it(`${openapi} an invalid sunset date or stability level in the revision breaks; one fixed to stable does not`, () => {
      const op = (extra: Json) => withOp(extra, {}, openapi);
      const badDate = { deprecated: true, 'x-sunset': '31/12/2030' };
      const badLevel = { 'x-stability-level': 'ga' };
      expect(rules(op({}), op(badLevel))).toEqual(['invalid-stability-level:breaking']);
      expect(rules(op({ 'x-stability-level': 'beta' }), op({ 'x-stability-level': 2 }))).toEqual([
        'invalid-stability-level:breaking',
      ]);
      expect(rules(op({ deprecated: true, 'x-sunset': '2030-12-31' }), op(badDate))).toEqual([
        'invalid-sunset-date:breaking',
      ]);
      // Fixing the level to stable, or keeping a valid one, is no break: nothing is above stable.
      expect(rules(op(badLevel), op({ 'x-stability-level': 'stable' }))).toEqual([]);
      // A date already past given where the base's was unreadable, still deprecated: earlier or
      // not is unknown, and clients get no notice. One not yet past is all a new deprecation needs.
      expect(rules(op(badDate), op({ deprecated: true, 'x-sunset': '2020-12-31' }))).toEqual([
        'invalid-sunset-date:breaking',
      ]);
      // The base's date cannot be read: whether the new one is earlier cannot be told (as oasdiff).
      expect(rules(op(badDate), op({ deprecated: true, 'x-sunset': '2030-12-31' }))).toEqual([
        'invalid-sunset-date:breaking',
      ]);
      expect(rules(op({ 'x-stability-level': 'beta' }), op({ 'x-stability-level': 'beta' }))).toEqual([]);
      // One left as it was is not news: every change to the API would otherwise break.
      expect(rules(op(badLevel), op(badLevel))).toEqual([]);
      expect(rules(op(badDate), op(badDate))).toEqual([]);
      expect(rules(op({ ...badLevel, summary: 'a' }), op({ ...badLevel, summary: 'b' }))).toEqual([]);
      expect(rules(op(badLevel), op({ 'x-stability-level': 'gamma' }))).toEqual([
        'invalid-stability-level:breaking',
      ]);
      const param = (extra: Json) => ({ name: 'q', in: 'query', schema: { type: 'string' }, ...extra });
      const withParam = (extra: Json) => op({ parameters: [param(extra)] });
      expect(rules(withParam(badDate), withParam(badDate))).toEqual([]);
      expect(rules(withParam({}), withParam(badDate))).toContain('invalid-sunset-date:breaking');
    });
  }

  it('reports breaking changes of draft operations as info', () => {
    const base = withOp({ 'x-stability-level': 'draft', parameters: [] });
    const head = withOp({
      'x-stability-level': 'draft',
      parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }],
    });
    expect(rules(base, head)).toEqual(['parameter-added-required:info']);
  });

  it('parameters: deprecated removal before sunset, made optional, style, default', () => {
    const param = (extra: Json) =>
      withOp({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string' }, ...extra }] });
    expect(rules(param({ deprecated: true, 'x-sunset': '2030-01-01' }), withOp({ parameters: [] }))).toEqual([
      'parameter-removed-before-sunset:breaking',
    ]);
    expect(rules(param({ required: true }), param({}))).toEqual(['parameter-made-optional:info']);
    expect(rules(param({ style: 'form' }), param({ style: 'spaceDelimited' }))).toEqual([
      'parameter-style-changed:breaking',
    ]);
    const withDefault = (d: unknown) =>
      withOp({ parameters: [{ name: 'q', in: 'query', schema: { type: 'integer', default: d } }] });
    expect(rules(withDefault(20), withDefault(50))).toEqual(['parameter-default-changed:breaking']);
  });

  it('response statuses: a success status removed breaks, an error status is info', () => {
    const responses = (codes: string[]) =>
      withOp({ responses: Object.fromEntries(codes.map((c) => [c, { description: c }])) });
    expect(rules(responses(['200', '404']), responses(['200']))).toEqual([
      'response-non-success-status-removed:info',
    ]);
    expect(rules(responses(['200', '201']), responses(['201']))).toEqual([
      'response-status-removed:breaking',
    ]);
  });

  it('response headers: removed, made optional, schema changed', () => {
    const headers = (h: Json) => withOp({ responses: { '200': { description: 'OK', headers: h } } });
    const required = { 'X-Rate': { required: true, schema: { type: 'integer' } } };
    expect(rules(headers(required), headers({}))).toEqual(['response-header-removed:breaking']);
    expect(rules(headers({ ETag: { schema: { type: 'string' } } }), headers({}))).toEqual([
      'response-optional-header-removed:warning',
    ]);
    expect(rules(headers(required), headers({ 'X-Rate': { schema: { type: 'integer' } } }))).toEqual([
      'response-header-made-optional:breaking',
    ]);
    expect(
      rules(headers(required), headers({ 'X-Rate': { required: true, schema: { type: 'string' } } })),
    ).toEqual(['response-type-changed:breaking']);
  });

  it('a request media type gaining a schema breaks', () => {
    const body = (media: Json) => withOp({ requestBody: { content: { 'application/json': media } } });
    expect(rules(body({}), body({ schema: { type: 'object' } }))).toEqual([
      'request-media-type-schema-added:breaking',
    ]);
  });

  it('security: added is a warning, scopes added break, schemes changed break', () => {
    const sec = (s: unknown, schemes: Json = { oauth: { type: 'oauth2', flows: {} } }) =>
      withOp({ security: s }, { components: { securitySchemes: schemes } });
    expect(rules(sec([]), sec([{ oauth: [] }]))).toEqual(['security-requirement-added:warning']);
    expect(rules(sec([{ oauth: ['read'] }]), sec([{ oauth: ['read', 'write'] }]))).toEqual([
      'security-scope-added:breaking',
    ]);
    expect(rules(sec([{ oauth: ['read', 'write'] }]), sec([{ oauth: ['read'] }]))).toEqual([
      'security-scope-removed:info',
    ]);
    const key = (where: string) => ({ token: { type: 'apiKey', in: where, name: 'X-Key' } });
    expect(rules(sec([{ token: [] }], key('header')), sec([{ token: [] }], key('query')))).toEqual([
      'security-scheme-changed:breaking',
    ]);
  });

  it('webhooks (3.1): removed breaks, and their request bodies follow the response rules', () => {
    const hook = (schema: Json) => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      webhooks: {
        newPet: {
          post: {
            requestBody: { content: { 'application/json': { schema } } },
            responses: { '200': { description: 'OK' } },
          },
        },
      },
    });
    const none = { openapi: '3.1.0', info: { title: 't', version: '1' }, webhooks: {} };
    expect(rules(hook({ type: 'string' }), none)).toEqual(['webhook-removed:breaking']);
    expect(rules(hook({ type: 'string', enum: ['a'] }), hook({ type: 'string', enum: ['a', 'b'] }))).toEqual([
      'response-enum-value-added:warning',
    ]);
  });
});

describe('the rule table', () => {
  it('has an id, a level, a summary and an example for every rule', () => {
    for (const [id, info] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(['breaking', 'warning', 'info']).toContain(info.level);
      expect(info.summary.length, id).toBeGreaterThan(10);
      expect(info.example.length, id).toBeGreaterThan(3);
    }
  });
});

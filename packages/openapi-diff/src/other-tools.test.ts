/**
 * The kinds of change other tools' test suites judge (src/other-tools.ts), each on a spec pair of
 * its own in 3.0 and 3.1, and the rules added for them, request and response side.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { OTHER_TOOLS } from './other-tools';

type Json = Record<string, unknown>;
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const S = { type: 'string' };

function doc(openapi: string, paths: Json, extra: Json = {}): Json {
  return { openapi, info: { title: 't', version: '1' }, paths, ...extra };
}
function verdict(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: '2026-12-07' }).changes.map((c) => `${c.rule}:${c.level}`);
}
function messages(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: '2026-12-07' }).changes.map((c) => c.message);
}
/** `POST /w` taking `schema` as its JSON body. */
function takes(openapi: string, schema: unknown, extra: Json = {}): Json {
  const post = {
    requestBody: { content: { 'application/json': { schema } } },
    responses: { '204': { description: 'OK' } },
  };
  return doc(openapi, { '/w': { post } }, extra);
}
/** `GET /w` answering 200 with `schema` as JSON, and `more` beside it (headers, other statuses). */
function returns(openapi: string, schema: unknown, more: Json = {}, extra: Json = {}): Json {
  const responses = { '200': { description: 'OK', content: { 'application/json': { schema } } }, ...more };
  return doc(openapi, { '/w': { get: { responses } } }, extra);
}
function withParameters(openapi: string, parameters: Json[]): Json {
  return doc(openapi, { '/w': { get: { parameters, responses: { '200': { description: 'OK' } } } } });
}
function withHeaders(openapi: string, headers: Json): Json {
  return doc(openapi, { '/w': { get: { responses: { '200': { description: 'OK', headers } } } } });
}
function withSecurity(openapi: string, security: Json[]): Json {
  const schemes = { a: { type: 'http', scheme: 'basic' }, b: { type: 'apiKey', in: 'header', name: 'K' } };
  return doc(
    openapi,
    { '/w': { get: { security, responses: { '200': { description: 'OK' } } } } },
    { components: { securitySchemes: schemes } },
  );
}
function polymorphic(propertyName: string, mapping?: Json): Json {
  return {
    oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
    discriminator: { propertyName, ...(mapping ? { mapping } : {}) },
  };
}
const animals = {
  components: {
    schemas: {
      Cat: { type: 'object', properties: { kind: S, type: S, purrs: { type: 'boolean' } } },
      Dog: { type: 'object', properties: { kind: S, type: S, barks: { type: 'boolean' } } },
    },
  },
};

/** One pair per kind of OTHER_TOOLS: [base, head] for an OpenAPI version. */
const CASES: Record<keyof typeof OTHER_TOOLS, (v: string) => [Json, Json]> = {
  'optional-parameter-removed': (v) => [
    withParameters(v, [
      { name: 'q', in: 'query', schema: S },
      { name: 'page', in: 'query', schema: S },
    ]),
    withParameters(v, [{ name: 'q', in: 'query', schema: S }]),
  ],
  'optional-header-removed': (v) => [
    withHeaders(v, { 'X-A': { schema: S }, 'X-B': { schema: S } }),
    withHeaders(v, { 'X-A': { schema: S } }),
  ],
  'optional-property-removed': (v) => [
    returns(v, { type: 'object', properties: { a: S, b: S } }),
    returns(v, { type: 'object', properties: { a: S } }),
  ],
  'request-became-read-only': (v) => [
    takes(v, { type: 'object', properties: { a: S, b: S } }),
    takes(v, { type: 'object', properties: { a: S, b: { ...S, readOnly: true } } }),
  ],
  'response-became-write-only': (v) => [
    returns(v, { type: 'object', properties: { a: S, b: S } }),
    returns(v, { type: 'object', properties: { a: S, b: { ...S, writeOnly: true } } }),
  ],
  'write-only-dropped': (v) => [
    returns(v, { type: 'object', properties: { a: { ...S, writeOnly: true } }, required: ['a'] }),
    returns(v, { type: 'object', properties: { a: S }, required: ['a'] }),
  ],
  'header-made-required': (v) => [
    withHeaders(v, { 'X-A': { schema: S } }),
    withHeaders(v, { 'X-A': { schema: S, required: true } }),
  ],
  'error-status-removed': (v) => [returns(v, S, { '404': { description: 'Not found' } }), returns(v, S)],
  'response-enum-added': (v) => [
    returns(v, { type: 'string', enum: ['a'] }),
    returns(v, { type: 'string', enum: ['a', 'b'] }),
  ],
  'response-min-length-raised': (v) => [
    returns(v, { type: 'string', minLength: 2 }),
    returns(v, { type: 'string', minLength: 4 }),
  ],
  'response-min-length-lowered': (v) => [
    returns(v, { type: 'string', minLength: 4 }),
    returns(v, { type: 'string', minLength: 2 }),
  ],
  'request-format-widened': (v) => [
    takes(v, { type: 'integer', format: 'int32' }),
    takes(v, { type: 'integer', format: 'int64' }),
  ],
  'response-format-narrowed': (v) => [
    returns(v, { type: 'integer', format: 'int64' }),
    returns(v, { type: 'integer', format: 'int32' }),
  ],
  // 3.1 has no boolean form; its numeric exclusiveMaximum is the bound itself, so the same
  // "flag without a bound" is a no-op only in 3.0, and 3.1 spells the kind as an unchanged schema.
  'exclusive-flag-without-bound': (v) =>
    v.startsWith('3.0')
      ? [
          takes(v, { type: 'integer', exclusiveMaximum: false }),
          takes(v, { type: 'integer', exclusiveMaximum: true }),
        ]
      : [takes(v, { type: 'integer' }), takes(v, { type: 'integer' })],
  'security-requirement-relaxed': (v) => [withSecurity(v, [{ a: [], b: [] }]), withSecurity(v, [{ a: [] }])],
  'empty-value-disallowed': (v) => [
    withParameters(v, [{ name: 'tag', in: 'query', allowEmptyValue: true, schema: S }]),
    withParameters(v, [{ name: 'tag', in: 'query', schema: S }]),
  ],
  'header-style-changed': (v) => [
    withHeaders(v, { 'X-Ids': { schema: { type: 'array', items: S }, explode: false } }),
    withHeaders(v, { 'X-Ids': { schema: { type: 'array', items: S }, explode: true } }),
  ],
  'discriminator-property-changed': (v) => [
    returns(v, polymorphic('kind'), {}, animals),
    returns(v, polymorphic('type'), {}, animals),
  ],
  'response-schema-added': (v) => [
    doc(v, {
      '/w': { get: { responses: { '200': { description: 'OK', content: { 'application/json': {} } } } } },
    }),
    returns(v, { type: 'object', properties: { id: { type: 'integer' } } }),
  ],
  'response-one-of-constraint-added': (v) => [
    returns(v, { type: 'object', properties: { kind: S }, required: ['kind'] }, {}, animals),
    returns(
      v,
      {
        type: 'object',
        properties: { kind: S },
        required: ['kind'],
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind' },
      },
      {},
      animals,
    ),
  ],
  'parameter-default-style': (v) => [
    withParameters(v, [{ name: 'ids', in: 'query', schema: { type: 'array', items: S } }]),
    withParameters(v, [
      { name: 'ids', in: 'query', style: 'form', explode: true, schema: { type: 'array', items: S } },
    ]),
  ],
};

describe('kinds other tools judge differently: our verdict, 3.0 and 3.1', () => {
  it('has a case for every kind of the table', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(OTHER_TOOLS).sort());
  });
  for (const v of VERSIONS) {
    for (const [id, entry] of Object.entries(OTHER_TOOLS)) {
      it(`${v} ${entry.kind}: ${entry.ours}`, () => {
        const [base, head] = CASES[id as keyof typeof OTHER_TOOLS]!(v);
        const expected = entry.ours === 'nothing' ? [] : entry.ours.split(', ');
        expect(verdict(base, head)).toEqual(expected);
      });
    }
  }
});

describe('rules added for them', () => {
  for (const v of VERSIONS) {
    it(`${v} parameter-empty-value-disallowed: only allowEmptyValue true → absent or false, on query parameters`, () => {
      const p = (extra: Json) => withParameters(v, [{ name: 'tag', in: 'query', schema: S, ...extra }]);
      expect(messages(p({ allowEmptyValue: true }), p({ allowEmptyValue: false }))).toEqual([
        'GET /w: query parameter "tag" no longer allows an empty value',
      ]);
      expect(verdict(p({ allowEmptyValue: true }), p({}))).toEqual([
        'parameter-empty-value-disallowed:breaking',
      ]);
      expect(verdict(p({}), p({ allowEmptyValue: true }))).toEqual([]);
    });

    it(`${v} response-header-style-changed: explode flipped breaks; spelled-out defaults do not`, () => {
      const h = (extra: Json) =>
        withHeaders(v, { 'X-Ids': { schema: { type: 'array', items: S }, ...extra } });
      expect(messages(h({}), h({ explode: true }))).toEqual([
        'GET /w: response 200 header "x-ids" style/explode changed from simple/no explode to simple/explode',
      ]);
      expect(verdict(h({ explode: true }), h({}))).toEqual(['response-header-style-changed:breaking']);
      expect(verdict(h({}), h({ style: 'simple', explode: false }))).toEqual([]);
    });

    it(`${v} parameter-style-changed: compares the serialisation with the defaults of its location`, () => {
      const p = (extra: Json) =>
        withParameters(v, [{ name: 'ids', in: 'query', schema: { type: 'array', items: S }, ...extra }]);
      expect(messages(p({}), p({ explode: false }))).toEqual([
        'GET /w: query parameter "ids" style/explode changed from form/explode to form/no explode',
      ]);
      expect(verdict(p({}), p({ style: 'spaceDelimited' }))).toEqual(['parameter-style-changed:breaking']);
      const h = (extra: Json) => withParameters(v, [{ name: 'X-Ids', in: 'header', schema: S, ...extra }]);
      expect(verdict(h({}), h({ style: 'simple', explode: false }))).toEqual([]);
    });

    it(`${v} security: a requirement of fewer schemes together is relaxed, other schemes are a change`, () => {
      expect(messages(withSecurity(v, [{ a: [], b: [] }]), withSecurity(v, [{ a: [] }]))).toEqual([
        'GET /w: security changed from a + b to a',
      ]);
      expect(verdict(withSecurity(v, [{ a: [] }]), withSecurity(v, [{ a: [], b: [] }]))).toEqual([
        'security-requirement-changed:breaking',
      ]);
      expect(verdict(withSecurity(v, [{ a: [] }]), withSecurity(v, [{ b: [] }]))).toEqual([
        'security-requirement-changed:breaking',
      ]);
      // A scheme dropped from one alternative while another alternative is unchanged.
      expect(
        verdict(withSecurity(v, [{ a: [], b: [] }, { b: [] }]), withSecurity(v, [{ a: [] }, { b: [] }])),
      ).toEqual(['security-requirement-relaxed:info']);
      // Fewer schemes, but a scope the requirement did not ask for: not weaker.
      expect(verdict(withSecurity(v, [{ a: [], b: [] }]), withSecurity(v, [{ a: ['admin'] }]))).toEqual([
        'security-requirement-changed:breaking',
      ]);
    });

    for (const side of ['request', 'response'] as const) {
      const at = (schema: Json) =>
        side === 'request' ? takes(v, schema, animals) : returns(v, schema, {}, animals);
      it(`${v} discriminator-property-changed and discriminator-mapping-changed, ${side}`, () => {
        expect(verdict(at(polymorphic('kind')), at(polymorphic('type')))).toEqual([
          'discriminator-property-changed:breaking',
        ]);
        expect(messages(at(polymorphic('kind')), at(polymorphic('type')))[0]).toBe(
          `${side === 'request' ? 'POST' : 'GET'} /w: ${side === 'request' ? 'request body' : 'response 200'} discriminator property changed from "kind" to "type"`,
        );
        const cat = '#/components/schemas/Cat';
        const dog = '#/components/schemas/Dog';
        expect(
          verdict(at(polymorphic('kind', { cat, dog })), at(polymorphic('kind', { cat: dog, dog }))),
        ).toEqual(['discriminator-mapping-changed:breaking']);
        // A mapping entry removed: a request value is no longer understood; a response just stops using it.
        expect(verdict(at(polymorphic('kind', { cat, dog })), at(polymorphic('kind', { dog })))).toEqual(
          side === 'request' ? ['discriminator-mapping-changed:breaking'] : [],
        );
        // Entries added, and the same discriminator reordered, change nothing.
        expect(verdict(at(polymorphic('kind', { cat })), at(polymorphic('kind', { dog, cat })))).toEqual([]);
      });
    }
  }
});

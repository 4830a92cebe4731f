/**
 * Small spec pairs for the breaking checks of oasdiff that the coverage table
 * (oasdiff-coverage.ts) showed missing or at another level: property lifecycle, sunsets removed
 * or already past, prefixItems moving positions, const dropped, and levels raised to oasdiff's.
 * Each schema case runs as a request body and as a response, in OpenAPI 3.0 and 3.1.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { bodyOf, responding, sending } from './test-docs';

type Json = Record<string, unknown>;
const TODAY = '2026-12-07';
const VERSIONS = ['3.0.3', '3.1.0'] as const;

function document(openapi: string, paths: Json, components: Json = {}): Json {
  return { openapi, info: { title: 't', version: '1' }, paths, components };
}

function changes(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: TODAY }).changes.map((c) => `${c.rule}:${c.level}`);
}

function messages(base: Json, head: Json): string[] {
  return diffOpenApi(base, head, { today: TODAY }).changes.map((c) => c.message);
}

const str = { type: 'string' };
const prop = (extra: Json) => ({ type: 'object', properties: { note: { type: 'string', ...extra } } });

/** [name, base schema, head schema, changes as a request body, changes as a response]. */
const CASES: [string, Json, Json, string[], string[]][] = [
  [
    'property stability went down',
    prop({ 'x-stability-level': 'stable' }),
    prop({ 'x-stability-level': 'beta' }),
    ['property-stability-decreased:breaking'],
    ['property-stability-decreased:breaking'],
  ],
  [
    'property stability went up',
    prop({ 'x-stability-level': 'beta' }),
    prop({ 'x-stability-level': 'stable' }),
    [],
    [],
  ],
  [
    'property sunset removed while deprecated',
    prop({ deprecated: true, 'x-sunset': '2030-01-01' }),
    prop({ deprecated: true }),
    ['sunset-date-removed:breaking'],
    ['sunset-date-removed:breaking'],
  ],
  [
    'property sunset moved earlier',
    prop({ deprecated: true, 'x-sunset': '2030-01-01' }),
    prop({ deprecated: true, 'x-sunset': '2029-06-01' }),
    ['sunset-date-earlier:breaking'],
    ['sunset-date-earlier:breaking'],
  ],
  [
    'property deprecated with a sunset already past',
    prop({}),
    prop({ deprecated: true, 'x-sunset': '2026-01-01' }),
    ['deprecated-sunset-passed:breaking'],
    ['deprecated-sunset-passed:breaking'],
  ],
  [
    'property deprecated with a future sunset',
    prop({}),
    prop({ deprecated: true, 'x-sunset': '2027-06-01' }),
    [],
    [],
  ],
  [
    'property sunset not a date',
    prop({}),
    prop({ deprecated: true, 'x-sunset': 'next spring' }),
    ['invalid-sunset-date:breaking'],
    ['invalid-sunset-date:breaking'],
  ],
  [
    'const dropped',
    { type: 'string', const: 'a' },
    { type: 'string' },
    ['request-type-widened:info'],
    ['response-type-changed:breaking'],
  ],
  [
    'prefixItems removed: the position falls to a stricter items',
    { type: 'array', prefixItems: [str], items: { type: 'integer' } },
    { type: 'array', items: { type: 'integer' } },
    ['request-type-changed:breaking'],
    ['response-type-changed:breaking'],
  ],
  [
    'prefixItems removed with no items: anything goes at that position',
    { type: 'array', prefixItems: [str] },
    { type: 'array' },
    ['request-schema-keyword-removed:info'],
    ['response-schema-keyword-removed:breaking'],
  ],
  [
    'prefixItems added under a looser items',
    { type: 'array', items: { type: ['string', 'integer'] } },
    { type: 'array', prefixItems: [str], items: { type: ['string', 'integer'] } },
    ['request-type-changed:breaking'],
    ['response-type-narrowed:info'],
  ],
  [
    'maxContains lowered',
    { type: 'array', contains: { const: 'a' }, maxContains: 3 },
    { type: 'array', contains: { const: 'a' }, maxContains: 2 },
    ['request-max-contains-decreased:breaking'],
    ['response-max-contains-decreased:info'],
  ],
  [
    'maxContains raised',
    { type: 'array', contains: { const: 'a' }, maxContains: 2 },
    { type: 'array', contains: { const: 'a' }, maxContains: 3 },
    ['request-max-contains-increased:info'],
    ['response-max-contains-increased:breaking'],
  ],
  [
    'minContains lowered',
    { type: 'array', contains: { const: 'a' }, minContains: 2 },
    { type: 'array', contains: { const: 'a' }, minContains: 1 },
    ['request-min-contains-decreased:info'],
    ['response-min-contains-decreased:breaking'],
  ],
  [
    'minItems removed',
    { type: 'array', items: str, minItems: 2 },
    { type: 'array', items: str },
    ['request-min-items-decreased:info'],
    ['response-min-items-decreased:breaking'],
  ],
  [
    'minLength lowered',
    { type: 'string', minLength: 3 },
    { type: 'string', minLength: 1 },
    ['request-min-length-decreased:info'],
    ['response-min-length-decreased:breaking'],
  ],
  [
    'required property made optional',
    { type: 'object', required: ['id'], properties: { id: str } },
    { type: 'object', properties: { id: str } },
    ['request-field-made-optional:info'],
    ['response-field-made-optional:breaking'],
  ],
];

describe('schema cases from the oasdiff coverage table, request and response, 3.0 and 3.1', () => {
  for (const openapi of VERSIONS) {
    for (const [name, base, head, request, response] of CASES) {
      it(`${openapi} ${name}`, () => {
        expect(
          changes(document(openapi, bodyOf(base, 'request')), document(openapi, bodyOf(head, 'request'))),
        ).toEqual(request);
        expect(
          changes(document(openapi, bodyOf(base, 'response')), document(openapi, bodyOf(head, 'response'))),
        ).toEqual(response);
      });
    }
  }

  it('names the property and the dates in the message', () => {
    const base = document('3.1.0', bodyOf(prop({ deprecated: true, 'x-sunset': '2030-01-01' }), 'response'));
    const head = document('3.1.0', bodyOf(prop({ deprecated: true }), 'response'));
    expect(messages(base, head)).toEqual([
      'POST /p: response 200 property "note" sunset 2030-01-01 was removed while still deprecated: clients lost the date they plan by',
    ]);
  });
});

describe('oneOf members by reference, both sides', () => {
  const cat = { type: 'object', properties: { meow: str } };
  const dog = { type: 'object', properties: { bark: str } };
  const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
  for (const openapi of VERSIONS) {
    it(`${openapi} a member removed: request breaks, response is info`, () => {
      const schemas = { components: { schemas: { Cat: cat, Dog: dog } } };
      const at = (schema: Json, side: 'request' | 'response') => ({
        ...document(openapi, bodyOf(schema, side)),
        ...schemas,
      });
      const before = { oneOf: [ref('Cat'), ref('Dog')] };
      const after = { oneOf: [ref('Cat')] };
      expect(changes(at(before, 'request'), at(after, 'request'))).toEqual([
        'request-variant-removed:breaking',
      ]);
      expect(changes(at(before, 'response'), at(after, 'response'))).toEqual([
        'response-variant-removed:info',
      ]);
      expect(changes(at(after, 'response'), at(before, 'response'))).toEqual([
        'response-variant-added:breaking',
      ]);
    });
  }
});

describe('composition members beside ones kept under the same reference', () => {
  // Two components with the same content: a member added or removed beside a kept one is still
  // a member added or removed, even though the kept one would accept its values.
  const pet = { type: 'object', properties: { name: str } };
  const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
  const schemas = {
    schemas: { Cat: pet, Dog: pet, Tagged: { required: ['tag'], properties: { tag: str } } },
  };
  const at = (openapi: string, schema: Json, side: 'request' | 'response') =>
    document(openapi, bodyOf(schema, side), schemas);
  const pair = (openapi: string, side: 'request' | 'response', base: Json, head: Json) =>
    changes(at(openapi, base, side), at(openapi, head, side));
  for (const openapi of VERSIONS) {
    it(`${openapi} a oneOf or anyOf member removed from a request breaks; one added is info, unless a oneOf now matches twice`, () => {
      for (const of of ['oneOf', 'anyOf']) {
        const two = { [of]: [ref('Cat'), ref('Dog')] };
        const one = { [of]: [ref('Cat')] };
        expect(pair(openapi, 'request', two, one)).toEqual(['request-variant-removed:breaking']);
        // Dog has Cat's content: every value Cat accepted matches both now, which a oneOf refuses.
        expect(pair(openapi, 'request', one, two)).toEqual(
          of === 'oneOf'
            ? ['request-one-of-overlap:breaking', 'request-variant-added:info']
            : ['request-variant-added:info'],
        );
        expect(pair(openapi, 'request', two, two)).toEqual([]);
      }
    });

    it(`${openapi} a oneOf member added to a response breaks; an anyOf one a kept member accepts does not`, () => {
      const one = (of: string) => ({ [of]: [ref('Cat')] });
      const two = (of: string) => ({ [of]: [ref('Cat'), ref('Dog')] });
      // A value of Dog now matches two oneOf members: clients that require exactly one fail.
      expect(pair(openapi, 'response', one('oneOf'), two('oneOf'))).toEqual([
        'response-variant-added:breaking',
      ]);
      expect(pair(openapi, 'response', one('anyOf'), two('anyOf'))).toEqual([]);
      expect(pair(openapi, 'response', two('oneOf'), one('oneOf'))).toEqual([
        'response-variant-removed:info',
      ]);
    });

    it(`${openapi} two members merged into one that accepts both are still not reported`, () => {
      const merged = { type: 'object', properties: { name: str, bark: str } };
      const base = { oneOf: [ref('Cat'), { type: 'object', properties: { bark: str } }] };
      expect(pair(openapi, 'request', base, { oneOf: [merged] })).toEqual([
        'request-field-added-optional:info',
      ]);
    });

    it(`${openapi} a request allOf that gains a reference breaks; a response one does not`, () => {
      const before = { allOf: [ref('Cat')] };
      const after = { allOf: [ref('Cat'), ref('Tagged')] };
      // All Tagged asks is a new required property: reported once, by the more specific rule (src/oas31.test.ts).
      expect(pair(openapi, 'request', before, after)).toEqual(['request-body-required-field-added:breaking']);
      expect(pair(openapi, 'response', before, after).filter((c) => c.endsWith(':breaking'))).toEqual([]);
    });

    it(`${openapi} an allOf that only gains an annotation, or is unchanged, or renames its member, is no break`, () => {
      const withNote = document(openapi, bodyOf({ allOf: [ref('Cat'), ref('Note')] }, 'request'), {
        schemas: { ...schemas.schemas, Note: { description: 'a pet', 'x-internal': true } },
      });
      expect(changes(at(openapi, { allOf: [ref('Cat')] }, 'request'), withNote)).toEqual([]);
      expect(pair(openapi, 'request', { allOf: [ref('Cat')] }, { allOf: [ref('Cat')] })).toEqual([]);
      expect(pair(openapi, 'request', { allOf: [ref('Cat')] }, { allOf: [ref('Dog')] })).toEqual([]);
    });
  }
});

describe('keywords beside a $ref', () => {
  const code = { type: 'string', maxLength: 10 };
  const at = (openapi: string, side: 'request' | 'response', beside: Json) =>
    document(
      openapi,
      bodyOf(
        { type: 'object', properties: { code: { $ref: '#/components/schemas/Code', ...beside } } },
        side,
      ),
      { schemas: { Code: code } },
    );
  const pair = (openapi: string, side: 'request' | 'response', b: Json, h: Json) =>
    changes(at(openapi, side, b), at(openapi, side, h));

  it('3.1.0 applies them, as JSON Schema 2020-12 does: tightening a request, loosening a response', () => {
    expect(pair('3.1.0', 'request', {}, { maxLength: 5 })).toEqual(['request-max-length-decreased:breaking']);
    expect(pair('3.1.0', 'request', {}, { enum: ['a'] })).toEqual(['request-type-changed:breaking']);
    expect(pair('3.1.0', 'response', { maxLength: 5 }, {})).toEqual([
      'response-max-length-increased:breaking',
    ]);
    expect(pair('3.1.0', 'request', {}, { readOnly: true })).toEqual([
      'request-field-became-read-only:warning',
    ]);
  });

  it('3.1.0 reports nothing for the same keywords on both sides, or a description beside the $ref', () => {
    expect(pair('3.1.0', 'request', { maxLength: 5 }, { maxLength: 5 })).toEqual([]);
    expect(pair('3.1.0', 'response', { maxLength: 5 }, { maxLength: 5 })).toEqual([]);
    expect(pair('3.1.0', 'request', {}, { description: 'the code', title: 'Code' })).toEqual([]);
  });

  it('3.0.3 ignores them, as the 3.0 specification says', () => {
    expect(pair('3.0.3', 'request', {}, { maxLength: 5 })).toEqual([]);
    expect(pair('3.0.3', 'response', { maxLength: 5 }, {})).toEqual([]);
  });

  // A component that is itself a `$ref` with constraints beside it, reached through another `$ref`.
  const aliased = (openapi: string, side: 'request' | 'response', maxLength: number) =>
    document(openapi, bodyOf({ $ref: '#/components/schemas/Alias' }, side), {
      schemas: { Code: code, Alias: { $ref: '#/components/schemas/Code', maxLength } },
    });

  it('3.1.0 applies them in a component reached through a $ref too', () => {
    const request = changes(aliased('3.1.0', 'request', 5), aliased('3.1.0', 'request', 3));
    expect(request).toEqual(['request-max-length-decreased:breaking']);
    const response = changes(aliased('3.1.0', 'response', 3), aliased('3.1.0', 'response', 5));
    expect(response).toEqual(['response-max-length-increased:breaking']);
    expect(changes(aliased('3.1.0', 'request', 5), aliased('3.1.0', 'request', 5))).toEqual([]);
    expect(changes(aliased('3.0.3', 'request', 5), aliased('3.0.3', 'request', 3))).toEqual([]);
  });

  it('a 3.0 base and a 3.1 revision of the same text: the keywords the revision now applies count', () => {
    // Equal text reads differently in the two versions, so no shortcut may call it unchanged.
    const request = changes(
      at('3.0.3', 'request', { maxLength: 5 }),
      at('3.1.0', 'request', { maxLength: 5 }),
    );
    expect(request).toEqual(['request-max-length-decreased:breaking']);
    const viaAlias = changes(aliased('3.0.3', 'request', 5), aliased('3.1.0', 'request', 5));
    expect(viaAlias).toEqual(['request-max-length-decreased:breaking']);
    expect(changes(at('3.0.3', 'request', {}), at('3.1.0', 'request', {}))).toEqual([]);
  });
});

describe('patterns that match every string', () => {
  const s = (pattern?: string) => ({
    type: 'object',
    properties: { code: pattern === undefined ? str : { ...str, pattern } },
  });
  for (const openapi of VERSIONS) {
    it(`${openapi} an empty pattern constrains nothing: a real one replacing it is added`, () => {
      const req = (b: Json, h: Json) =>
        changes(document(openapi, bodyOf(b, 'request')), document(openapi, bodyOf(h, 'request')));
      const res = (b: Json, h: Json) =>
        changes(document(openapi, bodyOf(b, 'response')), document(openapi, bodyOf(h, 'response')));
      expect(req(s(''), s('^[A-Z]+$'))).toEqual(['request-pattern-added:breaking']);
      expect(res(s('^[A-Z]+$'), s(''))).toEqual(['response-pattern-removed:breaking']);
      expect(req(s('^[A-Z]+$'), s('.*'))).toEqual(['request-pattern-removed:info']);
      // From one universal spelling to another, or to none: nothing changed.
      expect(req(s(''), s('.*'))).toEqual([]);
      expect(res(s('.*'), s())).toEqual([]);
      expect(req(s('^.*'), s())).toEqual([]);
    });
  }
});

describe('operation and parameter lifecycle', () => {
  const ok = { '200': { description: 'OK' } };
  const op = (extra: Json) => ({ get: { responses: ok, ...extra } });
  const param = (extra: Json) => ({
    get: {
      parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' }, ...extra }],
      responses: ok,
    },
  });
  for (const openapi of VERSIONS) {
    const pair = (b: Json, h: Json) =>
      changes(document(openapi, { '/p': b }), document(openapi, { '/p': h }));
    it(`${openapi} an operation's sunset removed, or set in the past when deprecating`, () => {
      expect(pair(op({ deprecated: true, 'x-sunset': '2030-01-01' }), op({ deprecated: true }))).toEqual([
        'sunset-date-removed:breaking',
      ]);
      expect(pair(op({}), op({ deprecated: true, 'x-sunset': '2026-12-01' }))).toEqual([
        'deprecated-sunset-passed:breaking',
        'operation-deprecated:info',
      ]);
      expect(pair(op({}), op({ deprecated: true, 'x-sunset': '2027-12-01' }))).toEqual([
        'operation-deprecated:info',
      ]);
    });

    it(`${openapi} a parameter's sunset removed, moved earlier, past, or not a date`, () => {
      expect(
        pair(param({ deprecated: true, 'x-sunset': '2030-01-01' }), param({ deprecated: true })),
      ).toEqual(['sunset-date-removed:breaking']);
      expect(
        pair(
          param({ deprecated: true, 'x-sunset': '2030-01-01' }),
          param({ deprecated: true, 'x-sunset': '2029-01-01' }),
        ),
      ).toEqual(['sunset-date-earlier:breaking']);
      expect(pair(param({}), param({ deprecated: true, 'x-sunset': '2025-01-01' }))).toEqual([
        'deprecated-sunset-passed:breaking',
        'parameter-deprecated:info',
      ]);
      expect(pair(param({}), param({ deprecated: true, 'x-sunset': 'soon' }))).toEqual([
        'invalid-sunset-date:breaking',
        'parameter-deprecated:info',
      ]);
    });

    it(`${openapi} a parameter gaining a default breaks, as oasdiff says`, () => {
      expect(pair(param({}), param({ schema: { type: 'integer', default: 1 } }))).toEqual([
        'parameter-default-added:breaking',
      ]);
    });

    it(`${openapi} a required parameter's default is never applied: changing, adding or removing it is no change`, () => {
      const required = (schema: Json, where = 'header') => ({
        get: { parameters: [{ name: 'page', in: where, required: true, schema }], responses: ok },
      });
      const int = (extra: Json) => ({ type: 'integer', ...extra });
      expect(pair(required(int({ default: 1 })), required(int({ default: 2 })))).toEqual([]);
      expect(pair(required(int({})), required(int({ default: 2 })))).toEqual([]);
      expect(pair(required(int({ default: 1 })), required(int({})))).toEqual([]);
      // A path parameter marked required likewise; one that does not say so (an invalid
      // document) keeps its default compared, as oasdiff does.
      const path = (extra: Json) => param({ in: 'path', name: 'id', ...extra });
      expect(pair(path({ required: true }), path({ required: true, schema: int({ default: 3 }) }))).toEqual(
        [],
      );
      expect(pair(path({ schema: int({ default: 2 }) }), path({ schema: int({ default: 3 }) }))).toEqual([
        'parameter-default-changed:breaking',
      ]);
      // Optional on one side only: the client may leave it out, so the default matters once it is optional.
      expect(pair(required(int({ default: 1 }), 'query'), param({ schema: int({ default: 2 }) }))).toEqual([
        'parameter-made-optional:info',
      ]);
      // Still reported for an optional parameter, and for a default inside a required object parameter.
      expect(pair(param({ schema: int({ default: 1 }) }), param({ schema: int({ default: 2 }) }))).toEqual([
        'parameter-default-changed:breaking',
      ]);
      const obj = (d: number) => ({ type: 'object', properties: { size: int({ default: d }) } });
      expect(pair(required(obj(1), 'query'), required(obj(2), 'query'))).toEqual([
        'parameter-default-changed:breaking',
      ]);
      // Through a $ref to a component schema too.
      const viaRef = (d: number) =>
        changes(
          document(
            openapi,
            { '/p': required({ $ref: '#/components/schemas/Page' }) },
            { schemas: { Page: int({ default: 1 }) } },
          ),
          document(
            openapi,
            { '/p': required({ $ref: '#/components/schemas/Page' }) },
            { schemas: { Page: int({ default: d }) } },
          ),
        );
      expect(viaRef(5)).toEqual([]);
    });

    it(`${openapi} a removed request body breaks`, () => {
      const withBody = {
        post: { requestBody: { content: { 'application/json': { schema: str } } }, responses: ok },
      };
      expect(pair(withBody, { post: { responses: ok } })).toEqual(['request-body-removed:breaking']);
    });

    it(`${openapi} a path whose operations were all deprecated follows their sunsets`, () => {
      const paths = (p: Json) => document(openapi, { '/keep': op({}), ...p });
      const gone = paths({});
      expect(changes(paths({ '/old': op({ deprecated: true, 'x-sunset': '2026-01-01' }) }), gone)).toEqual([
        'deprecated-operation-removed:info',
      ]);
      expect(changes(paths({ '/old': op({ deprecated: true, 'x-sunset': '2030-01-01' }) }), gone)).toEqual([
        'operation-removed-before-sunset:breaking',
      ]);
      const mixed = { ...op({ deprecated: true }), post: { responses: ok } };
      expect(changes(paths({ '/old': mixed }), gone)).toEqual(['path-removed:breaking']);
    });
  }
});

describe('values carried as text: a type that becomes a string (request) or stops being one (response)', () => {
  const int = { type: 'integer' };
  const body = (schema: Json, side: 'request' | 'response', media: string) => {
    const content = { [media]: { schema } };
    return side === 'request'
      ? { '/p': { post: { requestBody: { content }, responses: { '204': { description: 'OK' } } } } }
      : { '/p': { post: { responses: { '200': { description: 'OK', content } } } } };
  };
  for (const openapi of VERSIONS) {
    const pair = (b: Json, h: Json, side: 'request' | 'response', media: string) =>
      changes(document(openapi, body(b, side, media)), document(openapi, body(h, side, media)));

    it(`${openapi} request bodies in XML, form data or plain text: any one type may become a string`, () => {
      for (const media of [
        'application/xml',
        'application/x-www-form-urlencoded',
        'text/plain; charset=utf-8',
      ]) {
        expect(pair(int, str, 'request', media)).toEqual(['request-type-widened:info']);
        // The whole body is one text, whatever its root's type was (as oasdiff says).
        expect(pair({ type: 'object' }, str, 'request', media)).toEqual(['request-type-widened:info']);
        expect(pair({ type: 'array', items: int }, str, 'request', media)).toEqual([
          'request-type-widened:info',
        ]);
        // The other way, or to a string with a format, still refuses what clients sent.
        expect(pair(str, int, 'request', media)).toEqual(['request-type-changed:breaking']);
        expect(pair(int, { type: 'string', format: 'date' }, 'request', media)).toEqual([
          'request-type-changed:breaking',
        ]);
      }
      // Properties inside the body too.
      const withId = (id: Json) => ({ type: 'object', properties: { id } });
      expect(pair(withId(int), withId(str), 'request', 'application/xml')).toEqual([
        'request-type-widened:info',
      ]);
    });

    it(`${openapi} response bodies in XML: a string may become any one type, not the other way`, () => {
      expect(pair(str, int, 'response', 'application/xml')).toEqual(['response-type-narrowed:info']);
      expect(pair(int, str, 'response', 'application/xml')).toEqual(['response-type-changed:breaking']);
    });

    it(`${openapi} JSON keeps every type apart (1 is not "1")`, () => {
      for (const media of [
        'application/json',
        'application/problem+json',
        'application/json; charset=utf-8',
      ]) {
        expect(pair(int, str, 'request', media)).toEqual(['request-type-changed:breaking']);
        expect(pair(str, int, 'response', media)).toEqual(['response-type-changed:breaking']);
      }
    });

    it(`${openapi} a parameter described by a schema is text all the way down; one with JSON content only as a whole`, () => {
      const param = (schema: Json, extra: Json = {}) => ({
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema, ...extra }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const p = (b: Json, h: Json, extra: Json = {}) =>
        changes(document(openapi, param(b, extra)), document(openapi, param(h, extra)));
      expect(p(int, str)).toEqual(['request-type-widened:info']);
      expect(p(str, int)).toEqual(['parameter-type-changed:breaking']);
      const list = (items: Json) => ({ type: 'array', items });
      const obj = (a: Json) => ({ type: 'object', properties: { a } });
      expect(p(list(int), list(str), { explode: false })).toEqual(['request-type-widened:info']);
      expect(p(obj({ type: 'number' }), obj(str), { style: 'deepObject' })).toEqual([
        'request-type-widened:info',
      ]);
      expect(p(list(str), list(int), { explode: false })).toEqual(['parameter-type-changed:breaking']);
      // A value that could be null can no longer be; null kept on both sides is no change.
      const nullable = (type: string) =>
        openapi === '3.0.3' ? { type, nullable: true } : { type: [type, 'null'] };
      expect(p(nullable('integer'), str)).toEqual(['parameter-type-changed:breaking']);
      expect(p(obj(nullable('number')), obj(nullable('string')), { style: 'deepObject' })).toEqual([
        'request-type-widened:info',
      ]);
      // Sent as JSON: the value as a whole is still text in the URL, what is inside it is JSON.
      const json = (schema: Json) => ({
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', content: { 'application/json': { schema } } }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const j = (b: Json, h: Json) => changes(document(openapi, json(b)), document(openapi, json(h)));
      expect(j(obj({ type: 'number' }), obj(str))).toEqual(['parameter-type-changed:breaking']);
      // The whole value is JSON too: `3` is no `"3"`.
      expect(j(int, str)).toEqual(['parameter-type-changed:breaking']);
    });

    it(`${openapi} in text, a list of scalar types may become a string (request) or a string a list of them (response)`, () => {
      // A list of types is OpenAPI 3.1's; in 3.0 a schema has one type (or none): one type, as above.
      const types = (...t: string[]) =>
        openapi === '3.0.3' ? { type: t.find((x) => x !== 'string') } : { type: t };
      const header = (schema: Json) => ({
        '/p': {
          get: { responses: { '200': { description: 'OK', headers: { 'X-Rate': { schema } } } } },
        },
      });
      const query = (schema: Json) => ({
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const said = (b: Json, h: Json, paths: (schema: Json) => Json = query) =>
        diffOpenApi(document(openapi, paths(b)), document(openapi, paths(h)), { today: TODAY }).changes.map(
          (c) => `${c.rule}:${c.level}: ${c.message}`,
        );
      const both = openapi === '3.0.3' ? 'integer' : 'integer | string';
      expect(said(types('string', 'integer'), str)).toEqual([
        `request-type-widened:info: GET /p: query parameter "q" type changed from ${both} to string`,
      ]);
      // `?q=3` and `?q=abc` are both one text; so is a list of one under form, exploded.
      expect(said(types('string', 'integer'), { type: 'array', items: str })).toEqual([
        'request-type-widened:info: GET /p: query parameter "q" now takes a list of values (form, exploded): one value is a list of one',
        `request-type-widened:info: GET /p: query parameter "q" type changed from ${both} to string`,
      ]);
      // A response header: a string that may now be one of several scalar types still reads as text.
      const many = openapi === '3.0.3' ? 'boolean' : 'boolean | integer';
      expect(said(str, types('boolean', 'integer'), header)).toEqual([
        `response-type-narrowed:info: GET /p: response 200 header "x-rate" type changed from string to ${many}`,
      ]);
      expect(said(types('boolean', 'integer'), str, header)).toEqual([
        `response-type-changed:breaking: GET /p: response 200 header "x-rate" type changed from ${many} to string`,
      ]);
      if (openapi === '3.0.3') return;
      // The string branch gone, or null no longer taken: values clients sent are refused.
      expect(said(types('string', 'integer'), int)).toEqual([
        'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from integer | string to integer',
      ]);
      expect(said(types('integer', 'null'), str)).toEqual([
        'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from integer | null to string',
      ]);
      // An array among the types is several values, never one string.
      expect(said({ type: ['integer', 'array'], items: str }, str)).toEqual([
        'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from array | integer to string',
      ]);
      // JSON keeps them apart: a request body of a list of types that became a string breaks.
      const json = (schema: Json) => ({
        '/p': {
          post: {
            requestBody: { content: { 'application/json': { schema } } },
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      expect(
        changes(document(openapi, json(types('boolean', 'integer'))), document(openapi, json(str))),
      ).toEqual(['request-type-changed:breaking']);
    });

    it(`${openapi} a parameter described by text content is text; one described by another type is not`, () => {
      const param = (media: string, schema: Json) => ({
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', content: { [media]: { schema } } }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const c = (media: string, b: Json, h: Json) =>
        changes(document(openapi, param(media, b)), document(openapi, param(media, h)));
      expect(c('text/plain', int, str)).toEqual(['request-type-widened:info']);
      for (const media of ['application/json', 'application/vnd.api+json', 'application/yaml', '*/*'])
        expect(c(media, int, str), media).toEqual(['parameter-type-changed:breaking']);
    });

    it(`${openapi} an array or an object that becomes a string still breaks: it is several values`, () => {
      const param = (schema: Json, place = 'query') => ({
        '/p': {
          get: {
            parameters: [{ name: 'ids', in: place, schema }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const p = (b: Json, h: Json, place?: string) =>
        changes(document(openapi, param(b, place)), document(openapi, param(h, place)));
      const ints = { type: 'array', items: int };
      expect(p(ints, str)).toEqual(['parameter-type-changed:breaking']);
      expect(p(ints, str, 'header')).toEqual(['parameter-type-changed:breaking']);
      expect(p({ type: 'object' }, str, 'cookie')).toEqual(['parameter-type-changed:breaking']);
      // A form body's array property (`tags=a&tags=b`) too.
      const tags = (t: Json) => ({ type: 'object', properties: { tags: t } });
      const form = 'application/x-www-form-urlencoded';
      expect(pair(tags({ type: 'array', items: str }), tags(str), 'request', form)).toEqual([
        'request-type-changed:breaking',
      ]);
      // Inside a body, a response string that becomes an array or an object is no longer one
      // string either; the whole body's text still is.
      const note = (t: Json) => ({ type: 'object', properties: { note: t } });
      for (const changed of [{ type: 'array', items: str }, { type: 'object' }]) {
        expect(pair(note(str), note(changed), 'response', 'application/xml')).toEqual([
          'response-type-changed:breaking',
        ]);
        expect(pair(str, changed, 'response', 'application/xml')).toEqual(['response-type-narrowed:info']);
      }
      // In a multipart body, an object part is JSON, not one string.
      expect(pair(note({ type: 'object' }), note(str), 'request', 'multipart/form-data')).toEqual([
        'request-type-changed:breaking',
      ]);
    });

    it(`${openapi} only text media types carry text: the wildcard, NDJSON, YAML, binary and JSON-like types keep types apart`, () => {
      for (const media of [
        '*/*',
        'application/*',
        'application/x-ndjson',
        'application/jsonl',
        'application/json-seq',
        'application/geo+json-seq',
        'application/yaml',
        'application/x-yaml',
        'text/yaml',
        'text/json',
        'text/x-json',
        'application/msgpack',
        'application/cbor',
        'application/octet-stream',
      ]) {
        const withCount = (count: Json) => ({ type: 'object', properties: { count } });
        expect(pair(withCount(int), withCount(str), 'request', media), media).toEqual([
          'request-type-changed:breaking',
        ]);
        expect(pair(withCount(str), withCount(int), 'response', media), media).toEqual([
          'response-type-changed:breaking',
        ]);
      }
      for (const media of ['text/xml', 'application/atom+xml', 'text/csv', 'text/html; charset=utf-8']) {
        expect(pair(int, str, 'request', media), media).toEqual(['request-type-widened:info']);
        expect(pair(str, int, 'response', media), media).toEqual(['response-type-narrowed:info']);
      }
    });

    it(`${openapi} a multipart body: scalar parts are text, what is inside an object part is JSON`, () => {
      const form = 'multipart/form-data';
      const upload = (meta: Json, note: Json) => ({
        type: 'object',
        properties: { file: { type: 'string', format: 'binary' }, meta, note },
      });
      const counted = (count: Json) => ({ type: 'object', properties: { count } });
      // A scalar part (text/plain by default) may become a string.
      expect(pair(upload(counted(int), int), upload(counted(int), str), 'request', form)).toEqual([
        'request-type-widened:info',
      ]);
      expect(pair(upload(counted(int), str), upload(counted(int), int), 'response', form)).toEqual([
        'response-type-narrowed:info',
      ]);
      // Each item of an array part is a part of its own.
      const list = (items: Json) => ({ type: 'array', items });
      expect(pair(upload(counted(int), list(int)), upload(counted(int), list(str)), 'request', form)).toEqual(
        ['request-type-widened:info'],
      );
      // An object part is application/json: its properties keep their types.
      expect(pair(upload(counted(int), int), upload(counted(str), int), 'request', form)).toEqual([
        'request-type-changed:breaking',
      ]);
      // An object part by reference too: the part reached is not text inside.
      const meta = { $ref: '#/components/schemas/Meta' };
      const referenced = (count: Json) =>
        changes(
          document(openapi, body(upload(meta, int), 'request', form), { schemas: { Meta: counted(int) } }),
          document(openapi, body(upload(meta, int), 'request', form), { schemas: { Meta: counted(count) } }),
        );
      expect(referenced(str)).toEqual(['request-type-changed:breaking']);
      // An encoding that sends a part as JSON makes the body typed.
      const encoded = (schema: Json) => ({
        '/p': {
          post: {
            requestBody: {
              content: { [form]: { schema, encoding: { note: { contentType: 'application/json' } } } },
            },
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      expect(
        changes(
          document(openapi, encoded(upload(counted(int), int))),
          document(openapi, encoded(upload(counted(int), str))),
        ),
      ).toEqual(['request-type-changed:breaking']);
    });

    it(`${openapi} a scalar query parameter that became a form, exploded array keeps its single values`, () => {
      const param = (schema: Json, extra: Json = {}) => ({
        '/p': {
          get: {
            parameters: [{ name: 'q', ...extra, schema }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const p = (b: Json, h: Json, extra: Json = { in: 'query' }) =>
        changes(document(openapi, param(b, extra)), document(openapi, param(h, extra)));
      const list = (items: Json) => ({ type: 'array', items });
      // `?q=3` is a list of one under form, exploded (the default for query and cookie).
      expect(p(int, list(int))).toEqual(['request-type-widened:info']);
      expect(p(int, list(int), { in: 'cookie' })).toEqual(['request-type-widened:info']);
      // The items are compared with the old value: a tighter item still breaks.
      expect(p(int, list({ type: 'integer', maximum: 10 }))).toEqual([
        'request-maximum-decreased:breaking',
        'request-type-widened:info',
      ]);
      expect(p(str, list(int))).toEqual(['parameter-type-changed:breaking', 'request-type-widened:info']);
      // Not exploded (`?q=1,2`), or another style: a changed type.
      expect(p(int, list(int), { in: 'query', explode: false })).toEqual(['parameter-type-changed:breaking']);
      expect(p(int, list(int), { in: 'header' })).toEqual(['parameter-type-changed:breaking']);
    });

    it(`${openapi} the list's own keywords apply to that list of one`, () => {
      const param = (schema: Json) => ({
        '/p': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema }],
            responses: { '204': { description: 'OK' } },
          },
        },
      });
      const p = (b: Json, h: Json) => changes(document(openapi, param(b)), document(openapi, param(h)));
      const m = (b: Json, h: Json) => messages(document(openapi, param(b)), document(openapi, param(h)));
      const list = (extra: Json, items: Json = str) => ({ type: 'array', items, ...extra });
      // One value is too few for two at least, too many for none at most.
      expect(m(str, list({ minItems: 2 }))).toEqual([
        'GET /p: query parameter "q" minItems changed from 1 (a single value) to 2',
        'GET /p: query parameter "q" now takes a list of values (form, exploded): one value is a list of one',
      ]);
      expect(p(str, list({ minItems: 2 }))).toEqual([
        'request-min-items-increased:breaking',
        'request-type-widened:info',
      ]);
      expect(p(str, list({ maxItems: 0 }))).toEqual([
        'request-max-items-decreased:breaking',
        'request-type-widened:info',
      ]);
      expect(p(str, list({ minItems: 1, maxItems: 5 }))).toEqual(['request-type-widened:info']);
      // `default: [name]` is the old `default: name` as a list of one; another list is another default.
      const sort = { type: 'string', enum: ['name', 'date'] };
      expect(p({ ...sort, default: 'name' }, list({ default: ['name'] }, sort))).toEqual([
        'request-type-widened:info',
      ]);
      expect(p({ ...sort, default: 'name' }, list({ default: ['date'] }, sort))).toEqual([
        'parameter-default-changed:breaking',
        'request-type-widened:info',
      ]);
      expect(p({ ...sort, default: 'name' }, list({ default: ['name', 'date'] }, sort))).toEqual([
        'parameter-default-changed:breaking',
        'request-type-widened:info',
      ]);
      // Items by reference, with the array's default over theirs.
      const sorted = (schema: Json, Sort: Json) => document(openapi, param(schema), { schemas: { Sort } });
      const sortRef = { $ref: '#/components/schemas/Sort' };
      expect(
        changes(
          sorted({ ...sort, default: 'name' }, sort),
          sorted(list({ default: ['name'] }, sortRef), sort),
        ),
      ).toEqual(['request-type-widened:info']);
    });

    it(`${openapi} a response header's value is text`, () => {
      const header = (schema: Json) => ({
        '/p': {
          get: { responses: { '200': { description: 'OK', headers: { 'X-Count': { schema } } } } },
        },
      });
      const h = (b: Json, hd: Json) => changes(document(openapi, header(b)), document(openapi, header(hd)));
      expect(h(str, int)).toEqual(['response-type-narrowed:info']);
      expect(h(int, str)).toEqual(['response-type-changed:breaking']);
    });
  }
});

describe('readOnly properties in requests (documented differences from oasdiff)', () => {
  for (const openapi of VERSIONS) {
    const pair = (b: Json, h: Json, side: 'request' | 'response') =>
      changes(document(openapi, bodyOf(b, side)), document(openapi, bodyOf(h, side)));
    const obj = (id: Json, required: string[] = []) => ({ type: 'object', properties: { id }, required });

    it(`${openapi} a pattern added to a readOnly property does not break requests; it is info in responses`, () => {
      const ro = (extra: Json) => obj({ type: 'string', readOnly: true, ...extra });
      expect(pair(ro({}), ro({ pattern: '^[a-z]+$' }), 'request')).toEqual([]);
      expect(pair(ro({}), ro({ pattern: '^[a-z]+$' }), 'response')).toEqual(['response-pattern-added:info']);
      // Not readOnly: the request breaks.
      expect(pair(obj(str), obj({ type: 'string', pattern: '^[a-z]+$' }), 'request')).toEqual([
        'request-pattern-added:breaking',
      ]);
    });

    it(`${openapi} a required readOnly property that clients must now send breaks requests`, () => {
      const base = obj({ type: 'string', readOnly: true }, ['id']);
      const head = obj(str, ['id']);
      expect(pair(base, head, 'request')).toEqual(['request-body-required-field-added:breaking']);
    });
  }
});

describe('a response media type refined or given parameters stays the same media type', () => {
  const pet = (extra: Json = {}) => ({
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'integer' }, ...extra },
  });
  for (const openapi of VERSIONS) {
    const said = (paths: (c: Json) => Json, b: Json, h: Json) =>
      diffOpenApi(document(openapi, paths(b)), document(openapi, paths(h)), { today: TODAY }).changes.map(
        (c) => `${c.rule}:${c.level}: ${c.message}`,
      );

    it(`${openapi} application/json → application/problem+json in a response: info, the schemas still compared`, () => {
      expect(
        said(
          responding,
          { 'application/json': { schema: pet({ name: { type: 'string' } }) } },
          { 'application/problem+json': { schema: pet() } },
        ),
      ).toEqual([
        'response-optional-field-removed:warning: GET /p: response 200 property "name" was removed',
        'response-media-type-specialized:info: GET /p: response 200 now comes as application/problem+json instead of application/json',
      ]);
      // With parameters too, and XML refined the same way.
      expect(
        said(
          responding,
          { 'application/xml': { schema: pet() } },
          { 'application/atom+xml; charset=utf-8': { schema: pet() } },
        ),
      ).toEqual([
        'response-media-type-specialized:info: GET /p: response 200 now comes as application/atom+xml; charset=utf-8 instead of application/xml',
      ]);
    });

    it(`${openapi} only the parameters changed, in a response or a request body: info, the schemas compared`, () => {
      expect(
        said(
          responding,
          { 'application/json': { schema: pet() } },
          { 'application/json; charset=utf-8': { schema: pet() } },
        ),
      ).toEqual([
        'media-type-parameters-changed:info: GET /p: response 200 now comes as application/json; charset=utf-8 instead of application/json',
      ]);
      expect(
        said(
          sending,
          { 'application/json; charset=utf-8': { schema: pet() } },
          { 'application/json': { schema: pet({ name: { type: 'string' } }) } },
        ),
      ).toEqual([
        'media-type-parameters-changed:info: POST /p: request body now accepts application/json instead of application/json; charset=utf-8',
        'request-field-added-optional:info: POST /p: request body property "name" was added (optional)',
      ]);
    });

    it(`${openapi} a response media type that lost its schema: a warning; a request one: nothing`, () => {
      expect(said(responding, { 'application/json': { schema: pet() } }, { 'application/json': {} })).toEqual(
        [
          'response-media-type-schema-removed:warning: GET /p: response 200 (application/json) no longer has a schema: what comes is not described',
        ],
      );
      // Refined and undescribed at once: both said.
      expect(
        said(responding, { 'application/json': { schema: pet() } }, { 'application/problem+json': {} }),
      ).toEqual([
        'response-media-type-schema-removed:warning: GET /p: response 200 (application/problem+json) no longer has a schema: what comes is not described',
        'response-media-type-specialized:info: GET /p: response 200 now comes as application/problem+json instead of application/json',
      ]);
      // A request that takes anything now accepts what clients sent; gaining a schema breaks.
      expect(said(sending, { 'application/json': { schema: pet() } }, { 'application/json': {} })).toEqual(
        [],
      );
      expect(said(sending, { 'application/json': {} }, { 'application/json': { schema: pet() } })).toEqual([
        'request-media-type-schema-added:breaking: POST /p: request body (application/json) now has a schema',
      ]);
    });

    it(`${openapi} generalised, another type, or a request body: the media type is removed`, () => {
      expect(
        said(
          responding,
          { 'application/problem+json': { schema: pet() } },
          { 'application/json': { schema: pet() } },
        ),
      ).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as application/problem+json',
        'media-type-added:info: GET /p: response 200 now comes as application/json',
      ]);
      expect(said(responding, { 'text/plain': { schema: str } }, { 'text/csv': { schema: str } })).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as text/plain',
        'media-type-added:info: GET /p: response 200 now comes as text/csv',
      ]);
      // Clients still send application/json, which the server no longer lists.
      expect(
        said(
          sending,
          { 'application/json': { schema: pet() } },
          { 'application/problem+json': { schema: pet() } },
        ),
      ).toEqual([
        'request-media-type-removed:breaking: POST /p: request body no longer accepts application/json',
        'media-type-added:info: POST /p: request body now accepts application/problem+json',
      ]);
      // A refined type that was already listed beside the one removed: that one is simply gone.
      expect(
        said(
          responding,
          { 'application/json': { schema: pet() }, 'application/problem+json': { schema: pet() } },
          { 'application/problem+json': { schema: pet() } },
        ),
      ).toEqual([
        'response-media-type-removed:breaking: GET /p: response 200 no longer comes as application/json',
      ]);
    });
  }
});

describe('a schema that declares no type lets null through (JSON Schema; OpenAPI 3.0.3 on nullable)', () => {
  const props = { properties: { name: { type: 'string' } } };
  for (const openapi of VERSIONS) {
    const nullable = (type: string, extra: Json = {}) =>
      openapi === '3.0.3' ? { type, nullable: true, ...extra } : { type: [type, 'null'], ...extra };
    const said = (b: Json, h: Json, side: 'request' | 'response') =>
      diffOpenApi(document(openapi, bodyOf(b, side)), document(openapi, bodyOf(h, side)), {
        today: TODAY,
      }).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);

    it(`${openapi} a request that dropped the type of a nullable object or array still takes null`, () => {
      expect(said(nullable('object', props), props, 'request')).toEqual([]);
      expect(said(nullable('array', { items: str }), { items: str }, 'request')).toEqual([]);
      // Declared without null, it no longer takes null.
      expect(said(nullable('object', props), { type: 'object', ...props }, 'request')).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from null | object to object',
      ]);
    });

    it(`${openapi} a response that declares null where it declared no type promises what it did`, () => {
      expect(said(props, nullable('object', props), 'response')).toEqual([]);
      // Where the type was declared, null is new.
      expect(said({ type: 'object', ...props }, nullable('object', props), 'response')).toEqual([
        'response-type-changed:breaking: POST /p: response 200 type changed from object to null | object',
      ]);
    });
  }
});

describe("oasdiff's TestRequestPropertyAllOfAdded_WithSources_Inline (request_property_all_of_inline_added_*.yaml)", () => {
  const member = (name: string, type: string) => ({ type: 'object', properties: { [name]: { type } } });
  const base = { allOf: [member('prop1', 'string'), member('prop2', 'boolean')] };
  const head = { allOf: [member('prop1', 'string'), member('prop2', 'boolean'), member('prop3', 'integer')] };
  for (const openapi of VERSIONS) {
    it(`${openapi} an inline member adding only an optional property is judged as that property added (info; oasdiff: ERR)`, () => {
      const at = (schema: Json) => document(openapi, bodyOf(schema, 'request'));
      expect(changes(at(base), at(head))).toEqual(['request-field-added-optional:info']);
      // The same property added directly: the same verdict.
      const direct = (props: string[]) => ({
        type: 'object',
        properties: Object.fromEntries(
          props.map((p, i) => [p, { type: ['string', 'boolean', 'integer'][i] }]),
        ),
      });
      expect(changes(at(direct(['prop1', 'prop2'])), at(direct(['prop1', 'prop2', 'prop3'])))).toEqual([
        'request-field-added-optional:info',
      ]);
    });
  }
});

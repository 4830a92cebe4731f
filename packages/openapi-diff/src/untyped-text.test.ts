/**
 * Review of decisions 77 and 79: in text, `oneOf`/`anyOf` members removed still break a request
 * when the new schema is a string; a schema without `type` admits null however it is written
 * (plain, or through `allOf` members and `$ref`s), and one that gets a type from its members does not.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { bodyOf } from './test-docs';

type Json = Record<string, unknown>;
const TODAY = '2026-12-08';
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };

const query = (schema: Json) => ({
  '/p': {
    get: { parameters: [{ name: 'q', in: 'query', schema }], responses: { '204': { description: 'OK' } } },
  },
});
const body = (side: 'request' | 'response') => (schema: Json) => bodyOf(schema, side);

for (const openapi of VERSIONS) {
  const said = (paths: (s: Json) => Json, b: Json, h: Json, components: Json = {}) =>
    diffOpenApi(
      { openapi, info: { title: 't', version: '1' }, paths: paths(b), components },
      { openapi, info: { title: 't', version: '1' }, paths: paths(h), components },
      { today: TODAY },
    ).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);

  describe(`${openapi} in text, oneOf/anyOf members removed for a string still break a request`, () => {
    for (const keyword of ['oneOf', 'anyOf']) {
      it(`${keyword}: [integer, boolean] → string`, () => {
        expect(said(query, { [keyword]: [int, bool] }, str)).toEqual([
          'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from boolean | integer to string',
        ]);
      });

      it(`${keyword}: [string, integer] → string`, () => {
        expect(said(query, { [keyword]: [str, int] }, str)).toEqual([
          'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from integer | string to string',
        ]);
      });
    }

    it('a plain type still becomes a string as info', () => {
      expect(said(query, int, str)).toEqual([
        'request-type-widened:info: GET /p: query parameter "q" type changed from integer to string',
      ]);
    });
  });

  describe(`${openapi} a schema without type anywhere admits null, written plain or through allOf`, () => {
    const props = { properties: { name: str } };
    const nullableObject =
      openapi === '3.0.3'
        ? { type: 'object', nullable: true, ...props }
        : { type: ['object', 'null'], ...props };
    const request = body('request');
    const response = body('response');

    it('a request whose nullable object became an untyped allOf still takes null', () => {
      expect(said(request, nullableObject, props)).toEqual([]);
      expect(said(request, nullableObject, { allOf: [props] })).toEqual([]);
      expect(said(request, nullableObject, { ...props, allOf: [{ required: ['name'] }] })).toEqual([
        'request-body-required-field-added:breaking: POST /p: request body property "name" is now required',
      ]);
      // Through a reference member without type.
      const components = { schemas: { Named: props } };
      expect(
        said(request, nullableObject, { allOf: [{ $ref: '#/components/schemas/Named' }] }, components),
      ).toEqual([]);
    });

    it('a response that declares null where its untyped allOf declared nothing promises what it did', () => {
      expect(said(response, { allOf: [props] }, nullableObject)).toEqual([]);
    });

    it('properties added to a schema without type change no type: a required name gets its own schema', () => {
      // `5` is accepted before and after: no type changed from any to object. `a` was already
      // required (of any value): it was not added, it narrowed from any to string.
      expect(said(request, { required: ['a'] }, { required: ['a'], properties: { a: str } })).toEqual([
        'request-type-changed:breaking: POST /p: request body property "a" type changed from any to string (required before without a schema of its own: it was there, of any value)',
      ]);
      // Against listed values the reading stays: their types are declared by them (decision 82).
      expect(said(request, { enum: [1, 2] }, { properties: { a: str } })).toContain(
        'request-type-changed:breaking: POST /p: request body type changed from integer to object',
      );
      expect(said(response, { required: ['a'] }, { properties: { a: str } })).toEqual([
        'response-field-made-optional:breaking: POST /p: response 200 property "a" may now be absent',
        'response-type-narrowed:info: POST /p: response 200 property "a" type changed from any to string (required before without a schema of its own: it was there, of any value)',
      ]);
    });

    it('a type in an allOf member, plain or referenced, still refuses null', () => {
      expect(said(request, nullableObject, { allOf: [{ type: 'object' }, props] })).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from null | object to object',
      ]);
      const components = { schemas: { Typed: { type: 'object', ...props } } };
      expect(
        said(
          request,
          nullableObject,
          { ...props, allOf: [{ $ref: '#/components/schemas/Typed' }] },
          components,
        ),
      ).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from null | object to object',
      ]);
    });
  });

  describe(`${openapi} listed values without type: null dropped with the type, values read by their types`, () => {
    const nullableEnum =
      openapi === '3.0.3'
        ? { type: 'string', nullable: true, enum: ['a', null] }
        : { type: ['string', 'null'], enum: ['a', null] };
    const request = body('request');
    const response = body('response');

    it('a request whose nullable enum lost its type and null no longer accepts null', () => {
      expect(said(request, nullableEnum, { enum: ['a'] })).toEqual([
        'request-enum-value-removed:breaking: POST /p: request body no longer accepts null',
      ]);
      // A response that may now be null where its untyped values did not list it.
      expect(said(response, { enum: ['a'] }, nullableEnum)).toEqual([
        'response-type-changed:breaking: POST /p: response 200 may now be null',
      ]);
    });

    it('an untyped enum of numbers sent as a query parameter may become a string', () => {
      expect(said(query, { enum: [1, 2] }, str)).toEqual([
        'request-type-widened:info: GET /p: query parameter "q" is no longer limited to 1, 2',
        'request-type-widened:info: GET /p: query parameter "q" type changed from integer to string',
      ]);
      // Null among the values stays apart: a string does not take it.
      expect(said(query, { enum: [1, null] }, str)).toEqual([
        'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from integer | null to string',
        'request-type-widened:info: GET /p: query parameter "q" is no longer limited to 1',
      ]);
    });

    it("in JSON, the values' types decide: integers still accepted as integers, not as strings", () => {
      expect(said(request, { enum: [1, 2] }, int)).toEqual([
        'request-type-widened:info: POST /p: request body is no longer limited to 1, 2',
      ]);
      expect(said(request, { enum: [1, 2] }, str)).toEqual([
        'request-type-changed:breaking: POST /p: request body type changed from integer to string',
        'request-type-widened:info: POST /p: request body is no longer limited to 1, 2',
      ]);
      // Two lists of values without type: the values alone say what changed, no type finding.
      expect(said(response, { enum: [1, 2] }, { enum: [1, 'a'] })).toEqual([
        'response-enum-value-added:warning: POST /p: response 200 may now be "a"',
        'response-enum-value-removed:info: POST /p: response 200 will no longer be 2',
      ]);
      expect(said(response, int, { enum: [1, 2] })).toEqual([
        'response-type-narrowed:info: POST /p: response 200 is now limited to 1, 2',
      ]);
    });
  });
}

/**
 * No false reports from ordering, $ref indirection or composition: each pair below describes the
 * same API twice, written differently, and must report nothing, as a request body and as a
 * response, in OpenAPI 3.0 and 3.1.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';

type Json = Record<string, unknown>;
const VERSIONS = ['3.0.3', '3.1.0'] as const;
const S = { type: 'string' };
const I = { type: 'integer' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const CAT = { type: 'object', required: ['meow'], properties: { meow: S, lives: { ...I, minimum: 0 } } };
const DOG = { type: 'object', required: ['bark'], properties: { bark: S, good: { type: 'boolean' } } };

/** [name, base schema, head schema, base components.schemas, head components.schemas]. */
const SAME: [string, Json, Json, Json?, Json?][] = [
  ['oneOf of types reordered', { oneOf: [S, I] }, { oneOf: [I, S] }],
  ['anyOf of objects reordered', { anyOf: [CAT, DOG] }, { anyOf: [DOG, CAT] }],
  [
    'oneOf of references reordered',
    { oneOf: [ref('Cat'), ref('Dog')] },
    { oneOf: [ref('Dog'), ref('Cat')] },
    { Cat: CAT, Dog: DOG },
    { Cat: CAT, Dog: DOG },
  ],
  [
    'oneOf member by reference in one, inline (same content) in the other, reordered',
    { oneOf: [ref('Cat'), ref('Dog')] },
    { oneOf: [DOG, ref('Cat')] },
    { Cat: CAT, Dog: DOG },
    { Cat: CAT },
  ],
  [
    'allOf gains a reference that only annotates',
    { allOf: [ref('Cat')] },
    { allOf: [ref('Cat'), ref('Note')] },
    { Cat: CAT },
    { Cat: CAT, Note: { description: 'a cat', 'x-owner': 'pets' } },
  ],
  [
    'a description and title beside a $ref',
    { type: 'object', properties: { cat: ref('Cat') } },
    { type: 'object', properties: { cat: { ...ref('Cat'), description: 'the cat', title: 'Cat' } } },
    { Cat: CAT },
    { Cat: CAT },
  ],
  [
    'the same keywords beside a $ref on both sides, the component renamed',
    { type: 'object', properties: { cat: { ...ref('Cat'), maxProperties: 3 } } },
    { type: 'object', properties: { cat: { ...ref('Feline'), maxProperties: 3 } } },
    { Cat: CAT },
    { Feline: CAT },
  ],
  ['a pattern that matches everything, dropped', { ...S, pattern: '.*' }, S],
  ['an empty pattern, spelled .*', { ...S, pattern: '' }, { ...S, pattern: '.*' }],
  ['enum reordered', { ...S, enum: ['a', 'b', 'c'] }, { ...S, enum: ['c', 'a', 'b'] }],
  [
    'x-extensible-enum reordered',
    { ...S, 'x-extensible-enum': ['a', 'b'] },
    { ...S, 'x-extensible-enum': ['b', 'a'] },
  ],
  [
    'required and properties reordered',
    { type: 'object', required: ['a', 'b'], properties: { a: S, b: I } },
    { type: 'object', properties: { b: I, a: S }, required: ['b', 'a'] },
  ],
  ['schema inlined, then by reference', CAT, ref('Cat'), {}, { Cat: CAT }],
  ['schema by reference, then inlined', ref('Cat'), CAT, { Cat: CAT }, {}],
  [
    'nested property by reference through two hops, then inlined',
    { type: 'object', properties: { pet: ref('Pet') } },
    { type: 'object', properties: { pet: CAT } },
    { Pet: ref('Cat'), Cat: CAT },
    {},
  ],
  [
    'component renamed',
    { type: 'array', items: ref('Cat') },
    { type: 'array', items: ref('Feline') },
    { Cat: CAT },
    { Feline: CAT },
  ],
  [
    'allOf split differently',
    { allOf: [{ type: 'object', required: ['a'], properties: { a: S, b: I } }] },
    { allOf: [{ type: 'object', required: ['a'], properties: { a: S } }, { properties: { b: I } }] },
  ],
  [
    'allOf of two references, then the same schema merged inline',
    { allOf: [ref('Named'), ref('Aged')] },
    { type: 'object', required: ['name'], properties: { name: S, age: I } },
    {
      Named: { type: 'object', required: ['name'], properties: { name: S } },
      Aged: { type: 'object', properties: { age: I } },
    },
    {},
  ],
  [
    'nullable wrapper members reordered',
    { oneOf: [{ type: 'null' }, ref('Cat')] },
    { oneOf: [ref('Cat'), { type: 'null' }] },
    { Cat: CAT },
    { Cat: CAT },
  ],
  [
    'allOf of a reference and an extension, reordered',
    { allOf: [ref('Cat'), { properties: { name: S } }] },
    { allOf: [{ properties: { name: S } }, ref('Cat')] },
    { Cat: CAT },
    { Cat: CAT },
  ],
  [
    'a single allOf member, then the schema itself',
    { allOf: [ref('Cat')] },
    ref('Cat'),
    { Cat: CAT },
    { Cat: CAT },
  ],
];

function document(openapi: string, side: 'request' | 'response', schema: Json, schemas: Json = {}): Json {
  const content = { 'application/json': { schema } };
  const operation =
    side === 'request'
      ? { requestBody: { required: true, content }, responses: { '204': { description: 'OK' } } }
      : { responses: { '200': { description: 'OK', content } } };
  return {
    openapi,
    info: { title: 't', version: '1' },
    paths: { '/p': { post: operation } },
    components: { schemas },
  };
}

describe('the same API written differently reports nothing', () => {
  for (const openapi of VERSIONS) {
    for (const [name, base, head, bs, hs] of SAME) {
      for (const side of ['request', 'response'] as const) {
        it(`${openapi} ${side}: ${name}`, () => {
          const result = diffOpenApi(document(openapi, side, base, bs), document(openapi, side, head, hs));
          expect(result.changes.map((c) => `${c.rule}: ${c.message}`)).toEqual([]);
        });
      }
    }
  }

  for (const openapi of VERSIONS) {
    it(`${openapi} reordered members with one real change report that change only`, () => {
      const dog2 = { ...DOG, properties: { ...DOG.properties, bark: { ...S, maxLength: 5 } } };
      const pair = (side: 'request' | 'response') =>
        diffOpenApi(
          document(openapi, side, { oneOf: [ref('Cat'), DOG] }, { Cat: CAT }),
          document(openapi, side, { oneOf: [dog2, ref('Cat')] }, { Cat: CAT }),
        ).changes.map((c) => `${c.rule}:${c.level}`);
      expect(pair('request')).toEqual(['request-max-length-decreased:breaking']);
      expect(pair('response')).toEqual(['response-max-length-decreased:info']);
    });

    it(`${openapi} parameters, request bodies and responses moved to components`, () => {
      const inline = {
        openapi,
        info: { title: 't', version: '1' },
        paths: {
          '/p': {
            post: {
              parameters: [{ name: 'page', in: 'query', schema: { ...I, minimum: 1 } }],
              requestBody: { required: true, content: { 'application/json': { schema: CAT } } },
              responses: { '200': { description: 'OK', content: { 'application/json': { schema: DOG } } } },
            },
          },
        },
      };
      const viaRefs = {
        openapi,
        info: { title: 't', version: '1' },
        paths: {
          '/p': {
            post: {
              parameters: [{ $ref: '#/components/parameters/Page' }],
              requestBody: { $ref: '#/components/requestBodies/NewCat' },
              responses: { '200': { $ref: '#/components/responses/ADog' } },
            },
          },
        },
        components: {
          schemas: { Cat: CAT, Dog: DOG },
          parameters: { Page: { name: 'page', in: 'query', schema: { ...I, minimum: 1 } } },
          requestBodies: {
            NewCat: { required: true, content: { 'application/json': { schema: ref('Cat') } } },
          },
          responses: { ADog: { description: 'OK', content: { 'application/json': { schema: ref('Dog') } } } },
        },
      };
      expect(diffOpenApi(inline, viaRefs).changes.map((c) => c.message)).toEqual([]);
      expect(diffOpenApi(viaRefs, inline).changes.map((c) => c.message)).toEqual([]);
    });
  }
});

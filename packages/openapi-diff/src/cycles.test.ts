/**
 * No document stops the engine: generated documents whose schemas refer to themselves and each
 * other through every keyword that holds a schema, deep and wide, diffed against themselves and
 * against a changed copy. The work (pairs of schema nodes compared) must grow linearly.
 */
import { describe, expect, it } from 'vitest';
import { diffWithStats } from './diff';

type Json = Record<string, unknown>;

/** Every keyword of OpenAPI 3.0 / 3.1 (JSON Schema 2020-12) under which a schema holds schemas. */
const KEYWORDS = [
  'allOf',
  'oneOf',
  'anyOf',
  'items',
  'properties',
  'additionalProperties',
  'not',
  'prefixItems',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'contains',
  'patternProperties',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema',
] as const;

const ref = (i: number): Json => ({ $ref: `#/components/schemas/S${i}` });

/** `target` reached from a schema through `keyword`. */
function wrap(keyword: (typeof KEYWORDS)[number], target: Json): Json {
  switch (keyword) {
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
    case 'prefixItems':
      return { [keyword]: [target, { type: 'string' }] };
    case 'properties':
    case 'patternProperties':
    case 'dependentSchemas':
      return { type: 'object', [keyword]: { k: target } };
    default:
      return { [keyword]: target };
  }
}

/** A nesting of `depth` inline schemas through the keywords in turn, whose innermost refers to `inner`. */
function deepInline(depth: number, inner: Json): Json {
  let node = inner;
  for (let d = 0; d < depth; d++) node = wrap(KEYWORDS[d % KEYWORDS.length]!, node);
  return node;
}

/**
 * `n` schemas of `width` properties each, every property reaching another schema (or itself)
 * through one keyword; every schema also holds the knot (`x.allOf: [$ref self]` with
 * `oneOf`, `anyOf` and `items` around it); `S0` holds an inline nesting `depth` deep; and a chain
 * of `n` references (`C0 -> C1 -> ...`) through `allOf` ends back at `C0`.
 */
function cyclicDocument(n: number, width: number, depth: number, openapi = '3.1.0'): Json {
  const schemas: Json = {};
  for (let i = 0; i < n; i++) {
    const properties: Json = {
      x: { allOf: [ref(i)], oneOf: [ref(i), { items: ref(i) }], anyOf: [{ items: ref(i) }], items: ref(i) },
    };
    for (let k = 0; k < width; k++) {
      const target = k % 3 === 0 ? ref(i) : ref((i * 7 + k + 1) % n);
      properties[`p${k}`] = wrap(KEYWORDS[(i + k) % KEYWORDS.length]!, target);
    }
    schemas[`S${i}`] = { type: 'object', required: ['p0'], properties, allOf: [ref((i + 1) % n)] };
  }
  (schemas.S0 as { properties: Json }).properties.deep = deepInline(depth, ref(0));
  for (let i = 0; i < n; i++)
    schemas[`C${i}`] = { allOf: [{ $ref: `#/components/schemas/C${(i + 1) % n}` }] };
  const paths: Json = {};
  for (let i = 0; i < n; i += 40) {
    const content = (schema: Json) => ({ content: { 'application/json': { schema } } });
    paths[`/things${i}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: ref(i) }],
      post: {
        requestBody: { required: true, ...content(ref(i)) },
        responses: {
          '200': {
            description: 'OK',
            ...content({ allOf: [ref(i + 1), { $ref: '#/components/schemas/C0' }] }),
          },
        },
      },
    };
  }
  return { openapi, info: { title: 'Cycles', version: '1' }, paths, components: { schemas } };
}

/** The same document with a few schemas changed: a property type, a required name, a removed property. */
function changed(copy: Json): Json {
  const schemas = (copy.components as { schemas: Record<string, { properties: Json; required: string[] }> })
    .schemas;
  const n = Object.keys(schemas).length / 2;
  for (let i = 0; i < n; i += 97) {
    schemas[`S${i}`]!.properties.p1 = { type: 'integer' };
    schemas[`S${i}`]!.required.push('p2');
    delete schemas[`S${i}`]!.properties.x;
  }
  return copy;
}

function nodes(value: unknown): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    count++;
    if (typeof node === 'object' && node !== null) stack.push(...Object.values(node));
  }
  return count;
}

describe('cyclic documents', () => {
  it("ends on the issue's knot (allOf, oneOf, anyOf and items back to the schema) diffed against itself", () => {
    const knot = {
      openapi: '3.0.3',
      info: { title: 'Knot', version: '1' },
      paths: {
        '/b': {
          get: {
            responses: {
              '200': {
                description: 'OK',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/B' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          B: {
            type: 'object',
            properties: {
              x: {
                allOf: [{ $ref: '#/components/schemas/B' }],
                oneOf: [{ $ref: '#/components/schemas/B' }, { type: 'string' }],
                anyOf: [{ items: { $ref: '#/components/schemas/B' } }],
                items: { $ref: '#/components/schemas/B' },
              },
            },
          },
        },
      },
    };
    expect(diffWithStats(knot, structuredClone(knot)).result.changes).toEqual([]);
    // One side inline where the other refers: the cycle runs through the mixed pair too.
    const inlined = structuredClone(knot) as unknown as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, Json> }> } }>;
      components: { schemas: { B: Json } };
    };
    inlined.paths['/b']!.get.responses['200']!.content['application/json']!.schema =
      inlined.components.schemas.B;
    expect(diffWithStats(knot, inlined).result.changes).toEqual([]);
    expect(diffWithStats(inlined, knot).result.changes).toEqual([]);
  });

  it('ends on a chain of 20,000 references and an inline nesting 20,000 deep', () => {
    // Built twice rather than cloned: structuredClone itself gives up on such depths.
    const build = () => {
      const schemas: Json = {};
      for (let i = 0; i < 20_000; i++) schemas[`R${i}`] = { $ref: `#/components/schemas/R${i + 1}` };
      schemas.R20000 = { type: 'object', properties: { deep: deepInline(20_000, { type: 'string' }) } };
      const doc = {
        openapi: '3.1.0',
        info: { title: 'Deep', version: '1' },
        paths: {
          '/r': {
            get: {
              responses: {
                '200': {
                  description: 'OK',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/R0' } } },
                },
              },
            },
          },
        },
        components: { schemas },
      };
      return doc;
    };
    expect(diffWithStats(build(), build()).result.changes).toEqual([]);
  });

  for (const openapi of ['3.0.3', '3.1.0']) {
    it(`diffs ${openapi} documents of 1,200 cyclic schemas (600 S + 600 C, 16 properties each, a 2,000-deep nesting): none against itself, the edits against a changed copy, in linear work`, () => {
      const small = () => cyclicDocument(300, 16, 1000, openapi);
      const large = () => cyclicDocument(600, 16, 2000, openapi);
      const same = diffWithStats(large(), large());
      expect(same.result.changes).toEqual([]);

      const edits = diffWithStats(large(), changed(large()));
      expect(edits.result.counts.breaking).toBeGreaterThan(0);
      const reverse = diffWithStats(changed(large()), large());
      expect(reverse.result.changes.length).toBeGreaterThan(0);

      // Linear: twice the document, about twice the work, and a small multiple of its node count.
      const smallWork = diffWithStats(small(), changed(small())).comparisons;
      expect(edits.comparisons / smallWork).toBeLessThan(2.5);
      const size = nodes(large());
      expect(edits.comparisons).toBeLessThan(size * 4);
      expect(same.comparisons).toBeLessThan(size * 4);
    }, 60_000);
  }
});

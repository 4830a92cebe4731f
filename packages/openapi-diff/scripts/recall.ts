/**
 * A recall/precision estimate on a case set kept apart from the rule tests: each case is a
 * base → revision edit as teams make them (through $refs, parameters in components, 3.0 and
 * 3.1 spellings), labelled breaking or not by reading the specs the way oasdiff's checks do.
 * Run: pnpm exec tsx packages/openapi-diff/scripts/recall.ts
 */
import { diffOpenApi } from '../src/diff';

type Json = Record<string, unknown>;
const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });

function api(openapi: string, op: Json, schemas: Json = {}, extra: Json = {}): Json {
  return {
    openapi,
    info: { title: 'c', version: '1' },
    paths: {
      '/items/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        ...op,
      },
    },
    components: { schemas, ...extra },
  };
}
const body = (schema: unknown) => ({
  post: {
    requestBody: { required: true, content: { 'application/json': { schema } } },
    responses: { '201': { description: 'ok' } },
  },
});
const returns = (schema: unknown) => ({
  get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } },
});

/** [name, breaking?, base, revision] */
const CASES: [string, boolean, (v: string) => Json, (v: string) => Json][] = [
  [
    'request ref target gains required field',
    true,
    (v) => api(v, body(ref('In')), { In: { type: 'object', properties: { a: { type: 'string' } } } }),
    (v) =>
      api(v, body(ref('In')), {
        In: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
      }),
  ],
  [
    'response enum through allOf ref loses nothing, gains value',
    false,
    (v) => api(v, returns({ allOf: [ref('E')] }), { E: { type: 'string', enum: ['a'] } }),
    (v) => api(v, returns({ allOf: [ref('E')] }), { E: { type: 'string', enum: ['a', 'b'] } }),
  ],
  [
    'request nested array item maxLength lowered',
    true,
    (v) => api(v, body({ type: 'array', items: { type: 'string', maxLength: 10 } })),
    (v) => api(v, body({ type: 'array', items: { type: 'string', maxLength: 5 } })),
  ],
  [
    'response nested property becomes nullable (3.1 type array)',
    true,
    (v) => api(v, returns({ type: 'object', properties: { a: { type: 'string' } } })),
    (v) =>
      api(
        v,
        returns({
          type: 'object',
          properties: {
            a: v.startsWith('3.1') ? { type: ['string', 'null'] } : { type: 'string', nullable: true },
          },
        }),
      ),
  ],
  [
    'request property moved into allOf member (same content)',
    false,
    (v) => api(v, body({ type: 'object', properties: { a: { type: 'string' } } })),
    (v) => api(v, body({ allOf: [{ type: 'object', properties: { a: { type: 'string' } } }] })),
  ],
  [
    'request oneOf reordered',
    false,
    (v) => api(v, body({ oneOf: [ref('A'), ref('B')] }), { A: { type: 'string' }, B: { type: 'integer' } }),
    (v) => api(v, body({ oneOf: [ref('B'), ref('A')] }), { A: { type: 'string' }, B: { type: 'integer' } }),
  ],
  [
    'request oneOf loses a member',
    true,
    (v) => api(v, body({ oneOf: [ref('A'), ref('B')] }), { A: { type: 'string' }, B: { type: 'integer' } }),
    (v) => api(v, body({ oneOf: [ref('A')] }), { A: { type: 'string' }, B: { type: 'integer' } }),
  ],
  [
    'response gains oneOf member of same type',
    false,
    (v) =>
      api(v, returns({ oneOf: [ref('A')] }), {
        A: { type: 'object', properties: { x: { type: 'string' } } },
      }),
    (v) =>
      api(v, returns({ oneOf: [ref('A')] }), {
        A: { type: 'object', properties: { x: { type: 'string' } } },
      }),
  ],
  [
    'component parameter becomes required',
    true,
    (v) =>
      api(
        v,
        {
          get: {
            parameters: [{ $ref: '#/components/parameters/Q' }],
            responses: { '200': { description: 'ok' } },
          },
        },
        {},
        { parameters: { Q: { name: 'q', in: 'query', schema: { type: 'string' } } } },
      ),
    (v) =>
      api(
        v,
        {
          get: {
            parameters: [{ $ref: '#/components/parameters/Q' }],
            responses: { '200': { description: 'ok' } },
          },
        },
        {},
        { parameters: { Q: { name: 'q', in: 'query', required: true, schema: { type: 'string' } } } },
      ),
  ],
  [
    'query parameter enum loses value',
    true,
    (v) =>
      api(v, {
        get: {
          parameters: [{ name: 's', in: 'query', schema: { type: 'string', enum: ['a', 'b'] } }],
          responses: { '200': { description: 'ok' } },
        },
      }),
    (v) =>
      api(v, {
        get: {
          parameters: [{ name: 's', in: 'query', schema: { type: 'string', enum: ['a'] } }],
          responses: { '200': { description: 'ok' } },
        },
      }),
  ],
  [
    'path parameter renamed only',
    false,
    (v) => api(v, returns({ type: 'string' })),
    (v) => {
      const d = api(v, returns({ type: 'string' })) as { paths: Record<string, Json> };
      d.paths = {
        '/items/{pk}': {
          ...d.paths['/items/{id}'],
          parameters: [{ name: 'pk', in: 'path', required: true, schema: { type: 'integer' } }],
        },
      };
      return d;
    },
  ],
  [
    'response integer maximum raised',
    true,
    (v) => api(v, returns({ type: 'integer', maximum: 100 })),
    (v) => api(v, returns({ type: 'integer', maximum: 1000 })),
  ],
  [
    'request exclusiveMinimum boolean to number form, same meaning',
    false,
    (v) => api(v, body({ type: 'number', minimum: 0, exclusiveMinimum: true })),
    (v) =>
      api(
        v,
        body(
          v.startsWith('3.1')
            ? { type: 'number', exclusiveMinimum: 0 }
            : { type: 'number', minimum: 0, exclusiveMinimum: true },
        ),
      ),
  ],
  [
    'request string gains pattern',
    true,
    (v) => api(v, body({ type: 'string' })),
    (v) => api(v, body({ type: 'string', pattern: '^[a-z]+$' })),
  ],
  [
    'response required property removed via ref',
    true,
    (v) =>
      api(v, returns(ref('Out')), {
        Out: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
      }),
    (v) => api(v, returns(ref('Out')), { Out: { type: 'object', properties: {} } }),
  ],
  [
    'response optional property removed',
    false,
    (v) => api(v, returns(ref('Out')), { Out: { type: 'object', properties: { n: { type: 'string' } } } }),
    (v) => api(v, returns(ref('Out')), { Out: { type: 'object', properties: {} } }),
  ],
  [
    'request body media type removed',
    true,
    (v) =>
      api(v, {
        post: {
          requestBody: {
            content: {
              'application/json': { schema: { type: 'object' } },
              'application/xml': { schema: { type: 'object' } },
            },
          },
          responses: { '201': { description: 'ok' } },
        },
      }),
    (v) =>
      api(v, {
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '201': { description: 'ok' } },
        },
      }),
  ],
  [
    'success status removed',
    true,
    (v) => api(v, { get: { responses: { '200': { description: 'ok' }, '404': { description: 'no' } } } }),
    (v) => api(v, { get: { responses: { '204': { description: 'ok' }, '404': { description: 'no' } } } }),
  ],
  [
    'error status removed',
    false,
    (v) => api(v, { get: { responses: { '200': { description: 'ok' }, '404': { description: 'no' } } } }),
    (v) => api(v, { get: { responses: { '200': { description: 'ok' } } } }),
  ],
  [
    'request additionalProperties closed',
    true,
    (v) => api(v, body({ type: 'object', properties: { a: { type: 'string' } } })),
    (v) =>
      api(v, body({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false })),
  ],
  [
    '3.1 request prefixItems position type changed',
    true,
    (v) => api(v, body({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] })),
    (v) => api(v, body({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'string' }] })),
  ],
  [
    '3.1 request dependentRequired added',
    true,
    (v) => api(v, body({ type: 'object' })),
    (v) => api(v, body({ type: 'object', dependentRequired: { a: ['b'] } })),
  ],
  [
    '3.1 response const changed',
    true,
    (v) => api(v, returns({ const: 'v1' })),
    (v) => api(v, returns({ const: 'v2' })),
  ],
  [
    'response header removed (required)',
    true,
    (v) =>
      api(v, {
        get: {
          responses: {
            '200': {
              description: 'ok',
              headers: { 'X-Total': { required: true, schema: { type: 'integer' } } },
            },
          },
        },
      }),
    (v) => api(v, { get: { responses: { '200': { description: 'ok' } } } }),
  ],
  [
    'operation removed after sunset',
    false,
    (v) =>
      api(v, {
        get: { deprecated: true, 'x-sunset': '2020-01-01', responses: { '200': { description: 'ok' } } },
        post: { responses: { '200': { description: 'ok' } } },
      }),
    (v) => api(v, { post: { responses: { '200': { description: 'ok' } } } }),
  ],
  [
    'operation removed before sunset',
    true,
    (v) =>
      api(v, {
        get: { deprecated: true, 'x-sunset': '2999-01-01', responses: { '200': { description: 'ok' } } },
        post: { responses: { '200': { description: 'ok' } } },
      }),
    (v) => api(v, { post: { responses: { '200': { description: 'ok' } } } }),
  ],
  [
    'oauth scope added',
    true,
    (v) => api(v, { get: { security: [{ o: ['r'] }], responses: { '200': { description: 'ok' } } } }),
    (v) => api(v, { get: { security: [{ o: ['r', 'w'] }], responses: { '200': { description: 'ok' } } } }),
  ],
  [
    'self-referencing tree unchanged',
    false,
    (v) =>
      api(v, returns(ref('T')), {
        T: {
          type: 'object',
          properties: { kids: { type: 'array', items: ref('T') }, p: { allOf: [ref('T')] } },
        },
      }),
    (v) =>
      api(v, returns(ref('T')), {
        T: {
          type: 'object',
          properties: { kids: { type: 'array', items: ref('T') }, p: { allOf: [ref('T')] } },
        },
      }),
  ],
  [
    'deep in a cycle: request property type changed',
    true,
    (v) =>
      api(v, body(ref('T')), {
        T: {
          type: 'object',
          properties: { kids: { type: 'array', items: ref('T') }, n: { type: 'string' } },
        },
      }),
    (v) =>
      api(v, body(ref('T')), {
        T: {
          type: 'object',
          properties: { kids: { type: 'array', items: ref('T') }, n: { type: 'integer' } },
        },
      }),
  ],
  [
    'request multipleOf coarser',
    true,
    (v) => api(v, body({ type: 'number', multipleOf: 0.5 })),
    (v) => api(v, body({ type: 'number', multipleOf: 1 })),
  ],
];

let tp = 0;
let fn = 0;
let fp = 0;
let tn = 0;
const misses: string[] = [];
for (const version of ['3.0.3', '3.1.0']) {
  for (const [name, breaking, base, head] of CASES) {
    const found = diffOpenApi(base(version), head(version), { today: '2026-12-07' }).counts.breaking > 0;
    if (breaking && found) tp++;
    else if (breaking) {
      fn++;
      misses.push(`missed: ${version} ${name}`);
    } else if (found) {
      fp++;
      misses.push(`false: ${version} ${name}`);
    } else tn++;
  }
}
console.log(
  `cases: ${CASES.length * 2}; recall ${(tp / (tp + fn)).toFixed(2)}, precision ${(tp / Math.max(1, tp + fp)).toFixed(2)} (tp ${tp}, fn ${fn}, fp ${fp}, tn ${tn})`,
);
for (const m of misses) console.log(m);

/** Small builders for the OpenAPI documents the tests compare. */

type Json = Record<string, unknown>;

/** A whole document around `paths`; `extra` adds top-level keys such as `components`. */
export function doc(paths: Json, extra: Json = {}, openapi = '3.0.3'): Json {
  return { openapi, info: { title: 'Submissions', version: '1.0.0' }, paths, ...extra };
}

/** An object schema. */
export function obj(properties: Json, required?: string[]): Json {
  return { type: 'object', properties, ...(required ? { required } : {}) };
}

/** `content` with one JSON media type. */
export function json(schema: unknown): Json {
  return { content: { 'application/json': { schema } } };
}

export const str = { type: 'string' };
export const int = { type: 'integer' };

/** A document with `POST /api/submissions/` taking `schema` as its (required) JSON body. */
export function postBody(schema: unknown, extra: Json = {}): Json {
  const post = {
    requestBody: { required: true, ...json(schema) },
    responses: { '201': { description: 'Created' } },
  };
  return doc({ '/api/submissions/': { post } }, extra);
}

/** A document with `GET /api/submissions/` returning `schema` as JSON with status 200. */
export function getReturns(schema: unknown, extra: Json = {}): Json {
  return doc(
    { '/api/submissions/': { get: { responses: { '200': { description: 'OK', ...json(schema) } } } } },
    extra,
  );
}

/** Paths with `GET /p` returning `content` with status 200. */
export function responding(content: Json): Json {
  return { '/p': { get: { responses: { '200': { description: 'OK', content } } } } };
}

/** Paths with `POST /p` taking `content` as its required body. */
export function sending(content: Json): Json {
  return {
    '/p': { post: { requestBody: { required: true, content }, responses: { '204': { description: 'OK' } } } },
  };
}

/** Paths with `POST /p` taking `schema` as its JSON body (request) or returning it (response). */
export function bodyOf(schema: unknown, side: 'request' | 'response'): Json {
  const content = { 'application/json': { schema } };
  return side === 'request'
    ? sending(content)
    : { '/p': { post: { responses: { '200': { description: 'OK', content } } } } };
}

/** A document with one operation, given whole. */
export function withOperation(operation: Json, path = '/api/submissions/', method = 'get'): Json {
  return doc({ [path]: { [method]: { responses: { '200': { description: 'OK' } }, ...operation } } });
}

/** `#/components/schemas/<name>`. */
export function ref(name: string): Json {
  return { $ref: `#/components/schemas/${name}` };
}

export function components(schemas: Json): Json {
  return { components: { schemas } };
}

/** mulberry32: a small seeded generator, so every run builds the same cases. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

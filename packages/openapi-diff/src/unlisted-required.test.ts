/**
 * A property taken out of `properties` (or put in) while its name stays in `required`: JSON
 * Schema still asks for the name, with whatever value the names the object does not list may
 * have. So it is not removed: its schema changed, to any value (no `additionalProperties`), to
 * the `additionalProperties` (or 3.1 `unevaluatedProperties`) schema, or to nothing at all
 * where those are `false`. Request and response side, OpenAPI 3.0 and 3.1.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { doc, getReturns, postBody } from './test-docs';

type Json = Record<string, unknown>;

/** Rule, level and message of each change, on the request side (POST body) or the response side (GET 200). */
function changes(side: 'request' | 'response', base: Json, head: Json, openapi: string): string[] {
  const build = side === 'request' ? postBody : getReturns;
  const open = (schema: Json) => ({ ...build(schema), openapi });
  return diffOpenApi(open(base), open(head)).changes.map(
    (c) => `${c.rule}:${c.level}: ${c.message.replace(/^[A-Z]+ \/api\/submissions\/: /, '')}`,
  );
}

const object = (properties: Json, required: string[], extra: Json = {}) => ({
  type: 'object',
  properties,
  required,
  ...extra,
});
const a = { a: { type: 'string' } };
const b = { b: { type: 'integer' } };

describe.each(['3.0.3', '3.1.0'])('a required name no longer listed, OpenAPI %s', (openapi) => {
  it('is still there, of any value: a request accepts more, a response may send anything', () => {
    const listed = object({ ...a, ...b }, ['a']);
    const unlisted = object(b, ['a']);
    expect(changes('request', listed, unlisted, openapi)).toEqual([
      'request-type-widened:info: request body property "a" type changed from string to any (no longer listed but still required: it is still there, of any value)',
    ]);
    expect(changes('response', listed, unlisted, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "a" type changed from string to any (no longer listed but still required: it is still there, of any value)',
    ]);
    // The counterpart: listed again, it narrows from any value to its schema.
    expect(changes('request', unlisted, listed, openapi)).toEqual([
      'request-type-changed:breaking: request body property "a" type changed from any to string (required before without a schema of its own: it was there, of any value)',
    ]);
    expect(changes('response', unlisted, listed, openapi)).toEqual([
      'response-type-narrowed:info: response 200 property "a" type changed from any to string (required before without a schema of its own: it was there, of any value)',
    ]);
  });

  it('its value now follows additionalProperties, compared with what it was', () => {
    const typed = { additionalProperties: { type: 'integer' } };
    const listed = object(a, ['a'], typed);
    const unlisted = object({}, ['a'], typed);
    expect(changes('request', listed, unlisted, openapi)).toEqual([
      'request-type-changed:breaking: request body property "a" type changed from string to integer (no longer listed but still required: its value now follows additionalProperties)',
    ]);
    expect(changes('response', listed, unlisted, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "a" type changed from string to integer (no longer listed but still required: its value now follows additionalProperties)',
    ]);
    expect(changes('response', unlisted, listed, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "a" type changed from integer to string (required before without a schema of its own: its value followed additionalProperties)',
    ]);
  });

  it('with additionalProperties: false no value is valid any more; listed again, some are', () => {
    const closed = { additionalProperties: false };
    const listed = object(a, ['a'], closed);
    const unlisted = object({}, ['a'], closed);
    expect(changes('request', listed, unlisted, openapi)).toEqual([
      'request-type-changed:breaking: request body property "a" is no longer listed but still required, and not allowed (additionalProperties: false): no value is valid',
    ]);
    expect(changes('response', listed, unlisted, openapi)).toEqual([
      'response-field-removed:breaking: response 200 property "a" is no longer listed but still required, and not allowed (additionalProperties: false): no value is valid',
    ]);
    expect(changes('request', unlisted, listed, openapi)).toEqual([
      'request-type-widened:info: request body property "a" was required but not allowed (additionalProperties: false), so no value was valid; now it is described',
    ]);
    expect(changes('response', unlisted, listed, openapi)).toEqual([
      'response-field-added:info: response 200 property "a" was required but not allowed (additionalProperties: false), so no value was valid; now it is described',
    ]);
  });

  it('newly required as it leaves properties: it must be sent, and is always returned, of any value', () => {
    const optional = object(a, []);
    const unlisted = object({}, ['a']);
    expect(changes('request', optional, unlisted, openapi)).toEqual([
      'request-body-required-field-added:breaking: request body property "a" is now required',
      'request-type-widened:info: request body property "a" type changed from string to any (no longer listed but still required: it is still there, of any value)',
    ]);
    expect(changes('response', optional, unlisted, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "a" type changed from string to any (no longer listed but still required: it is still there, of any value)',
      'response-field-made-required:info: response 200 property "a" is now always present',
    ]);
  });

  it('beside patternProperties its new schema is not known: the removal rules, saying why', () => {
    const patterned = { patternProperties: { '^x': { type: 'integer' } } };
    const listed = object(a, ['a'], patterned);
    const unlisted = object({}, ['a'], patterned);
    expect(changes('request', listed, unlisted, openapi)).toEqual([
      'request-field-removed:warning: request body property "a" is no longer listed but still required: its value now follows patternProperties or the schema of unlisted names, not compared here',
    ]);
    expect(changes('response', listed, unlisted, openapi)).toEqual([
      'response-field-removed:breaking: response 200 property "a" is no longer listed but still required: its value now follows patternProperties or the schema of unlisted names, not compared here',
    ]);
    // Listed again: not new, and not compared either.
    expect(changes('request', unlisted, listed, openapi)).toEqual([
      'request-body-required-field-added:breaking: request body property "a" was required before, its value following patternProperties or the schema of unlisted names; now it is listed (not compared)',
    ]);
    expect(changes('response', unlisted, listed, openapi)).toEqual([
      'response-field-added:info: response 200 property "a" was required before, its value following patternProperties or the schema of unlisted names; now it is listed (not compared)',
    ]);
  });

  it('no longer required as it leaves properties: it was removed, as before', () => {
    const listed = object(a, ['a']);
    const gone = object({}, []);
    expect(changes('request', listed, gone, openapi)).toEqual([
      'request-field-removed:warning: request body property "a" was removed',
    ]);
    expect(changes('response', listed, gone, openapi)).toEqual([
      'response-field-removed:breaking: response 200 property "a" was removed',
    ]);
  });
});

describe('unevaluatedProperties governs a required name no longer listed (OpenAPI 3.1)', () => {
  it('false: no value is valid; a schema: the value follows it', () => {
    const listed = object(a, ['a'], { unevaluatedProperties: false });
    const unlisted = object({}, ['a'], { unevaluatedProperties: false });
    expect(changes('request', listed, unlisted, '3.1.0')).toEqual([
      'request-type-changed:breaking: request body property "a" is no longer listed but still required, and not allowed (unevaluatedProperties: false): no value is valid',
    ]);
    const typed = { unevaluatedProperties: { type: 'integer' } };
    expect(changes('response', object(a, ['a'], typed), object({}, ['a'], typed), '3.1.0')).toEqual([
      'response-type-changed:breaking: response 200 property "a" type changed from string to integer (no longer listed but still required: its value now follows unevaluatedProperties)',
    ]);
  });
});

describe('a deepObject query parameter whose required name is no longer listed', () => {
  const op = (schema: Json) =>
    doc({
      '/p': {
        get: {
          parameters: [{ name: 'f', in: 'query', style: 'deepObject', schema }],
          responses: { '204': { description: 'none' } },
        },
      },
    });
  const said = (base: Json, head: Json) =>
    diffOpenApi(op(base), op(head)).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);

  it('takes any value there, or none where additionalProperties is false (a parameter rule)', () => {
    expect(said(object(a, ['a']), object({}, ['a']))).toEqual([
      'request-type-widened:info: GET /p: query parameter "f" property "a" type changed from string to any (no longer listed but still required: it is still there, of any value)',
    ]);
    const closed = { additionalProperties: false };
    expect(said(object(a, ['a'], closed), object({}, ['a'], closed))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "f" property "a" is no longer listed but still required, and not allowed (additionalProperties: false): no value is valid',
    ]);
  });
});

describe('many required names no longer listed, each a reference to one large schema', () => {
  it('compare that schema with any value once: the findings grow with the documents, not their product', () => {
    const n = 300;
    const big = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, { type: 'string' }])),
    };
    const names = Array.from({ length: n }, (_, i) => `p${i}`);
    const base = {
      type: 'object',
      properties: Object.fromEntries(names.map((name) => [name, { $ref: '#/components/schemas/Big' }])),
      required: names,
    };
    const head = { type: 'object', required: names };
    const open = (schema: Json) => getReturns(schema, { components: { schemas: { Big: big } } });
    const found = diffOpenApi(open(base), open(head)).changes;
    // Once: its type, and each of its properties, at the first name that reaches it.
    expect(found.length).toBe(n + 1);
    expect(found.filter((c) => c.rule === 'response-type-changed').map((c) => c.message)).toEqual([
      'GET /api/submissions/: response 200 property "p0" type changed from object to any',
    ]);
    // The counterpart, listed again: once too (it was n × n + n).
    expect(diffOpenApi(open(head), open(base)).changes.length).toBe(n + 1);
  });
});

/**
 * `diffOpenApi` given objects rather than text (decision 76): objects that stand at several
 * places (as YAML aliases make, or a DAG built by hand) are counted once each, never expanded,
 * and a document they make larger than the reader's limit for YAML text is refused with the
 * same advice. Real shared parts stay welcome.
 */
import { describe, expect, it } from 'vitest';
import { ALIAS_EXPANSION_LIMIT } from './aliases';
import { diffOpenApi, InvalidDocumentError } from './diff';
import { parseDocumentText } from './load';

type Json = Record<string, unknown>;

/** `levels` levels of ten references each to the level below, over ten strings: 10^(levels+1) values written out. */
function laughs(levels: number): unknown[] {
  let level: unknown[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
  for (let i = 0; i < levels; i++) level = Array(10).fill(level);
  return level;
}

function api(openapi: string, schema: unknown, operations = 1): Json {
  const paths: Json = {};
  for (let i = 0; i < operations; i++)
    paths[`/p${i}`] = {
      get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } } },
    };
  return { openapi, info: { title: 't', version: '1' }, paths };
}

const REFUSED = `has objects shared at several places that stand for more than ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes beyond those given (as YAML aliases make: an alias bomb?); give shared parts once under components and refer to them with $ref`;

describe.each(['3.0.3', '3.1.0'])('objects shared at several places, OpenAPI %s', (openapi) => {
  it('a billion laughs built as objects is refused, naming the side, after bounded work', () => {
    const bomb = api(openapi, { type: 'array', items: { type: 'string' }, example: laughs(9) });
    const plain = api(openapi, { type: 'array', items: { type: 'string' } });
    const started = performance.now();
    expect(() => diffOpenApi(plain, bomb)).toThrow(new InvalidDocumentError('head', REFUSED));
    expect(() => diffOpenApi(bomb, plain)).toThrow(`the base document ${REFUSED}`);
    // 10^10 values are never walked: each shared array is sized once.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('below the limit, shared objects are read as the tree they stand for', () => {
    // Four levels: 111,111 arrays and 100,000 strings written out, from five arrays as given.
    const small = (value: string) => ({ type: 'string', enum: [value], example: laughs(4) });
    expect(diffOpenApi(api(openapi, small('a')), api(openapi, small('a'))).changes).toEqual([]);
    expect(
      diffOpenApi(api(openapi, small('a')), api(openapi, small('b'))).changes.map((c) => c.rule),
    ).toEqual(['response-enum-value-added', 'response-enum-value-removed']);
  });

  it('one schema object shared by many operations is a shared part, not a bomb: each operation is compared', () => {
    const pet = (type: string) => ({ type: 'object', properties: { id: { type } } });
    const changes = diffOpenApi(
      api(openapi, pet('string'), 2000),
      api(openapi, pet('integer'), 2000),
    ).changes;
    expect(changes).toHaveLength(2000);
    expect(changes[0]!.message).toBe(
      'GET /p0: response 200 property "id" type changed from string to integer',
    );
  });

  it('a document the reader returned is not sized again: the reader did', () => {
    const text = JSON.stringify(api(openapi, { type: 'string' }));
    const read = parseDocumentText(text, 'api.json') as Json;
    const fresh = JSON.parse(text) as Json;
    // The same objects grafted onto both: only the one the reader did not return is walked.
    read['x-shared'] = laughs(9);
    fresh['x-shared'] = laughs(9);
    expect(diffOpenApi(read, read).changes).toEqual([]);
    expect(() => diffOpenApi(fresh, read)).toThrow(`the base document ${REFUSED}`);
  });
});

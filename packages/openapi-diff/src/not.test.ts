/**
 * Changes under `not` (decision 73): the negated schema is walked from the other side, and what
 * it finds is named for the side of the value around it, at the level of what it does there.
 * Request and response side, OpenAPI 3.0 and 3.1, inline and through a `$ref`.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { components, doc, getReturns, postBody, ref } from './test-docs';

type Json = Record<string, unknown>;

const VERSIONS = ['3.0.3', '3.1.0'] as const;

/** Rule, level and message of each change, on the request side (POST body) or the response side (GET 200). */
function changes(
  side: 'request' | 'response',
  base: unknown,
  head: unknown,
  openapi: string,
  schemas: [Json, Json] = [{}, {}],
): string[] {
  const build = side === 'request' ? postBody : getReturns;
  const open = (schema: unknown, extra: Json) => ({ ...build(schema, components(extra)), openapi });
  return diffOpenApi(open(base, schemas[0]), open(head, schemas[1]), { today: '2026-12-07' }).changes.map(
    (c) => `${c.rule}:${c.level}: ${c.message.replace(/^[A-Z]+ \/api\/submissions\/: /, '')}`,
  );
}

const excluding = (...values: string[]) => ({ type: 'string', not: { enum: values } });

describe.each(VERSIONS)('a change under not, OpenAPI %s', (openapi) => {
  it('a not that excludes one value more: the request accepts less, the response promises more', () => {
    expect(changes('request', excluding('a'), excluding('a', 'b'), openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not)" may now be "b" (under not: fewer values are accepted)',
    ]);
    expect(changes('response', excluding('a'), excluding('a', 'b'), openapi)).toEqual([
      'response-type-narrowed:info: response 200 property "(not)" now also accepts "b" (under not: fewer values may come)',
    ]);
  });

  it('a not that excludes one value fewer: the request accepts more, the response may be that value', () => {
    expect(changes('request', excluding('a', 'b'), excluding('a'), openapi)).toEqual([
      'request-type-widened:info: request body property "(not)" will no longer be "b" (under not: more values are accepted)',
    ]);
    expect(changes('response', excluding('a', 'b'), excluding('a'), openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not)" no longer accepts "b" (under not: more values may come)',
    ]);
  });

  it('a bound under not: a lower minimum excludes more', () => {
    const base = { type: 'integer', not: { minimum: 5 } };
    const head = { type: 'integer', not: { minimum: 3 } };
    expect(changes('request', base, head, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not)" minimum changed from 5 to 3 (under not: fewer values are accepted)',
    ]);
    expect(changes('response', base, head, openapi)).toEqual([
      'response-type-narrowed:info: response 200 property "(not)" minimum changed from 5 to 3 (under not: fewer values may come)',
    ]);
    expect(changes('response', head, base, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not)" minimum changed from 3 to 5 (under not: more values may come)',
    ]);
  });

  it('a property required under not: requiring more excludes fewer objects, requiring less excludes more', () => {
    const base = { type: 'object', not: { required: ['a'] } };
    const head = { type: 'object', not: { required: ['a', 'b'] } };
    expect(changes('response', base, head, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" is now required (under not: more values may come)',
    ]);
    expect(changes('request', head, base, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not).b" may now be absent (under not: fewer values are accepted)',
    ]);
  });

  it('through a $ref, and the same component reached outside not keeps its own rule', () => {
    const tag = (...values: string[]) => ({ Tag: { type: 'string', enum: values } });
    const schema = {
      type: 'object',
      properties: { tag: ref('Tag'), other: { type: 'string', not: ref('Tag') } },
    };
    expect(changes('response', schema, schema, openapi, [tag('a'), tag('a', 'b')])).toEqual([
      'response-enum-value-added:warning: response 200 property "tag" may now be "b"',
      'response-type-narrowed:info: response 200 property "other.(not)" now also accepts "b" (under not: fewer values may come)',
    ]);
    expect(changes('request', schema, schema, openapi, [tag('a'), tag('a', 'b')])).toEqual([
      'request-type-changed:breaking: request body property "other.(not)" may now be "b" (under not: fewer values are accepted)',
      'request-enum-value-added:info: request body property "tag" now also accepts "b"',
    ]);
  });

  it('two nots cancel: the change is named as outside them', () => {
    const twice = (...values: string[]) => ({ not: { not: { type: 'string', enum: values } } });
    expect(changes('request', twice('a'), twice('a', 'b'), openapi)).toEqual([
      'request-enum-value-added:info: request body property "(not).(not)" now also accepts "b"',
    ]);
    expect(changes('response', twice('a'), twice('a', 'b'), openapi)).toEqual([
      'response-enum-value-added:warning: response 200 property "(not).(not)" may now be "b"',
    ]);
  });

  it('a changed pattern under not tells no direction: a warning of the side meant', () => {
    const base = { type: 'string', not: { pattern: '^a' } };
    const head = { type: 'string', not: { pattern: '^b' } };
    expect(changes('request', base, head, openapi)).toEqual([
      'request-pattern-changed:warning: request body property "(not)" pattern changed from ^a to ^b (under not)',
    ]);
    expect(changes('response', base, head, openapi)).toEqual([
      'response-pattern-changed:warning: response 200 property "(not)" pattern changed from ^a to ^b (under not)',
    ]);
  });

  it('an annotation under not (a default) changes no value: nothing reported', () => {
    const base = { type: 'string', not: { type: 'string', default: 'a', enum: ['a'] } };
    const head = { type: 'string', not: { type: 'string', default: 'b', enum: ['a'] } };
    expect(changes('request', base, head, openapi)).toEqual([]);
    expect(changes('response', base, head, openapi)).toEqual([]);
  });

  it('a property added under not to a closed object admits more: the request accepts less', () => {
    const closed = (properties: Json) => ({
      type: 'object',
      not: { type: 'object', properties, additionalProperties: false },
    });
    const a = closed({ a: { type: 'string' } });
    const ab = closed({ a: { type: 'string' }, b: { type: 'integer' } });
    // {b: 1} was accepted (the negated schema refused it); now it is refused.
    expect(changes('request', a, ab, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not).b" was added (under not: fewer values are accepted)',
    ]);
    expect(changes('request', ab, a, openapi)).toEqual([
      'request-type-widened:info: request body property "(not).b" was removed (under not: more values are accepted)',
    ]);
    expect(changes('response', a, ab, openapi)).toEqual([
      'response-type-narrowed:info: response 200 property "(not).b" was added (optional) (under not: fewer values may come)',
    ]);
    expect(changes('response', ab, a, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" was removed (under not: more values may come)',
    ]);
    // Added and required: objects without it are no longer refused by the negated schema, those
    // with it are: both ways, which breaks either side.
    const required = {
      type: 'object',
      not: {
        type: 'object',
        properties: { b: { type: 'integer' } },
        required: ['b'],
        additionalProperties: false,
      },
    };
    expect(changes('response', closed({}), required, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" was added and is required (under not: more values may come)',
    ]);
  });

  it('a property added under not to an open object constrains it: the response may send more', () => {
    const open = (properties: Json) => ({ type: 'object', not: { type: 'object', properties } });
    const a = open({ a: { type: 'string' } });
    const ab = open({ a: { type: 'string' }, b: { type: 'integer' } });
    // {b: "x"} was refused (the negated schema admitted it); now it may come.
    expect(changes('response', a, ab, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" was added (optional) (under not: more values may come)',
    ]);
    expect(changes('request', a, ab, openapi)).toEqual([
      'request-type-widened:info: request body property "(not).b" was added (under not: more values are accepted)',
    ]);
    expect(changes('request', ab, a, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not).b" was removed (under not: fewer values are accepted)',
    ]);
  });

  it('a property added under not beside an additionalProperties schema is a warning: its direction is not told', () => {
    const typed = (properties: Json) => ({
      type: 'object',
      not: { type: 'object', properties, additionalProperties: { type: 'string' } },
    });
    const base = typed({});
    const head = typed({ b: { type: 'integer' } });
    expect(changes('request', base, head, openapi)).toEqual([
      'negated-property-changed:warning: request body property "(not).b" was added (under not: the values accepted may change either way)',
    ]);
    expect(changes('response', head, base, openapi)).toEqual([
      'negated-property-changed:warning: response 200 property "(not).b" was removed (under not: the values that may come may change either way)',
    ]);
  });

  it('readOnly and writeOnly under not are annotations: the property still counts on either side', () => {
    const typed = (a: Json) => ({ type: 'object', not: { type: 'object', properties: { a } } });
    expect(
      changes('request', typed({ type: 'string' }), typed({ type: 'integer', writeOnly: true }), openapi),
    ).toEqual([
      'request-type-changed:breaking: request body property "(not).a" type changed from string to integer (under not: fewer values are accepted)',
    ]);
    expect(
      changes(
        'request',
        typed({ type: 'string', writeOnly: true }),
        typed({ type: 'integer', writeOnly: true }),
        openapi,
      ),
    ).toEqual([
      'request-type-changed:breaking: request body property "(not).a" type changed from string to integer (under not: fewer values are accepted)',
    ]);
    const closed = (properties: Json) => ({
      type: 'object',
      not: { type: 'object', properties, additionalProperties: false },
    });
    const a = { a: { type: 'string' } };
    const readOnlyB = closed({ ...a, b: { type: 'string', readOnly: true } });
    const writeOnlyB = closed({ ...a, b: { type: 'string', writeOnly: true } });
    expect(changes('response', readOnlyB, closed(a), openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" was removed (under not: more values may come)',
    ]);
    expect(changes('request', writeOnlyB, closed(a), openapi)).toEqual([
      'request-type-widened:info: request body property "(not).b" was removed (under not: more values are accepted)',
    ]);
    expect(changes('request', closed(a), writeOnlyB, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not).b" was added (under not: fewer values are accepted)',
    ]);
  });

  it('a property added or removed under not counts what `required` said of its name, base and head', () => {
    const negated = (schema: Json) => ({ type: 'object', not: { type: 'object', ...schema } });
    const requiredA = negated({ required: ['a'] });
    // {} was refused by the value around (the negated schema admitted it), then {a: 1}: only
    // objects with a were refused before; now the negated schema admits all objects, or all
    // but those with a non-string a.
    expect(changes('request', requiredA, negated({ properties: { a: {} } }), openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not).a" was added (under not: fewer values are accepted)',
    ]);
    expect(
      changes('request', requiredA, negated({ properties: { a: { type: 'string' } } }), openapi),
    ).toEqual([
      'request-type-changed:breaking: request body property "(not).a" was added (under not: fewer values are accepted)',
    ]);
    expect(
      changes('response', requiredA, negated({ properties: { a: { type: 'string' } } }), openapi),
    ).toEqual([
      'response-type-changed:breaking: response 200 property "(not).a" was added (optional) (under not: more values may come)',
    ]);
    // Closed, a required on both sides: listed, a admits strings; unlisted, nothing at all.
    const closedA = negated({
      properties: { a: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    });
    const closedNone = negated({ required: ['a'], additionalProperties: false });
    expect(changes('request', closedA, closedNone, openapi)).toEqual([
      'request-type-widened:info: request body property "(not).a" was removed (under not: more values are accepted)',
    ]);
    expect(changes('response', closedNone, closedA, openapi)).toEqual([
      'response-type-narrowed:info: response 200 property "(not).a" was added and is required (under not: fewer values may come)',
    ]);
    // A name only required, listed nowhere: the negated schema admits fewer objects.
    const listed = negated({ properties: { a: { type: 'string' } } });
    const requiresB = negated({ properties: { a: { type: 'string' } }, required: ['b'] });
    expect(changes('request', listed, requiresB, openapi)).toEqual([
      'request-type-widened:info: request body property "(not).b" is now required (under not: more values are accepted)',
    ]);
    expect(changes('response', listed, requiresB, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" is now required (under not: more values may come)',
    ]);
  });

  it('a property added under not beside patternProperties is a warning: patterns are not run', () => {
    const patterned = (properties: Json) => ({
      type: 'object',
      not: {
        type: 'object',
        properties,
        patternProperties: { '^b': { type: 'string' } },
        additionalProperties: false,
      },
    });
    expect(
      changes('request', patterned({}), patterned({ b: { type: 'string', minLength: 1 } }), openapi),
    ).toEqual([
      'negated-property-changed:warning: request body property "(not).b" was added (under not: the values accepted may change either way)',
    ]);
  });

  it('lifecycle markers under not (x-stability-level, deprecated with x-sunset) change no value', () => {
    const marked = (extra: Json) => ({
      type: 'object',
      not: { type: 'object', properties: { a: { type: 'string', ...extra } } },
    });
    const stable = marked({ 'x-stability-level': 'stable' });
    const beta = marked({ 'x-stability-level': 'beta' });
    const later = marked({ deprecated: true, 'x-sunset': '2999-01-01' });
    const earlier = marked({ deprecated: true, 'x-sunset': '2998-01-01' });
    for (const side of ['request', 'response'] as const) {
      expect(changes(side, stable, beta, openapi)).toEqual([]);
      expect(changes(side, later, earlier, openapi)).toEqual([]);
      expect(changes(side, later, marked({ deprecated: true }), openapi)).toEqual([]);
    }
    // Outside not, the same change is reported.
    const plain = (level: string) => ({
      type: 'object',
      properties: { a: { type: 'string', 'x-stability-level': level } },
    });
    expect(changes('request', plain('stable'), plain('beta'), openapi)).toEqual([
      'property-stability-decreased:breaking: request body property "a" stability went down from stable to beta',
    ]);
  });

  it('an untyped schema under not takes every type: dropping `type: object` there refuses the strings it took', () => {
    const typed = { not: { type: 'object', properties: { a: { type: 'string' } } } };
    const untyped = { not: { properties: { a: { type: 'string' } } } };
    expect(changes('request', typed, untyped, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not)" type changed from object to any (under not: fewer values are accepted)',
    ]);
    expect(changes('request', untyped, typed, openapi)).toEqual([
      'request-type-widened:info: request body property "(not)" type changed from any to object (under not: more values are accepted)',
    ]);
    // Both untyped under not: the properties alone changed nothing of the types.
    const other = { not: { properties: { a: { type: 'string' }, b: {} } } };
    expect(changes('request', untyped, other, openapi).filter((c) => c.includes('type changed'))).toEqual([]);
  });

  it('a query parameter under not keeps the parameter rule', () => {
    const op = (...values: string[]) =>
      doc(
        {
          '/p': {
            get: {
              parameters: [{ name: 'q', in: 'query', schema: excluding(...values) }],
              responses: { '204': { description: 'none' } },
            },
          },
        },
        {},
        openapi,
      );
    expect(
      diffOpenApi(op('a'), op('a', 'b')).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`),
    ).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" property "(not)" may now be "b" (under not: fewer values are accepted)',
    ]);
  });
});

describe('unevaluatedProperties under not (OpenAPI 3.1)', () => {
  it('a property added beside an unevaluatedProperties schema is a warning, as beside an additionalProperties one', () => {
    const base = { type: 'object', not: { type: 'object', unevaluatedProperties: { type: 'string' } } };
    const head = {
      type: 'object',
      not: {
        type: 'object',
        properties: { a: { type: 'integer' } },
        unevaluatedProperties: { type: 'string' },
      },
    };
    expect(changes('request', base, head, '3.1.0')).toEqual([
      'negated-property-changed:warning: request body property "(not).a" was added (under not: the values accepted may change either way)',
    ]);
    expect(changes('response', base, head, '3.1.0')).toEqual([
      'negated-property-changed:warning: response 200 property "(not).a" was added (optional) (under not: the values that may come may change either way)',
    ]);
  });
});

describe.each(VERSIONS)('property counts under not, OpenAPI %s', (openapi) => {
  const negated = (schema: Json) => ({ type: 'object', not: { type: 'object', ...schema } });

  it('maxProperties raised under not admits more objects there: the request accepts fewer', () => {
    const base = negated({ maxProperties: 1 });
    const head = negated({ maxProperties: 2 });
    expect(changes('request', base, head, openapi)).toEqual([
      'request-type-changed:breaking: request body property "(not)" maxProperties changed from 1 to 2 (under not: fewer values are accepted)',
    ]);
    expect(changes('response', base, head, openapi)).toEqual([
      'response-type-narrowed:info: response 200 property "(not)" maxProperties changed from 1 to 2 (under not: fewer values may come)',
    ]);
    expect(changes('response', head, base, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not)" maxProperties changed from 2 to 1 (under not: more values may come)',
    ]);
  });

  it('minProperties raised under not admits fewer objects there: the response may send more', () => {
    const base = negated({ minProperties: 1 });
    const head = negated({ minProperties: 2 });
    expect(changes('response', base, head, openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not)" minProperties changed from 1 to 2 (under not: more values may come)',
    ]);
    expect(changes('request', base, head, openapi)).toEqual([
      'request-type-widened:info: request body property "(not)" minProperties changed from 1 to 2 (under not: more values are accepted)',
    ]);
  });

  it('a count no object there can have changes nothing: maxProperties raised past the names a closed object lists', () => {
    const closed = (maxProperties: number) =>
      negated({ properties: { a: { type: 'string' } }, additionalProperties: false, maxProperties });
    for (const side of ['request', 'response'] as const) {
      expect(changes(side, closed(1), closed(3), openapi)).toEqual([]);
    }
    // Lowered below the one name it lists, the count matters again.
    expect(changes('request', closed(1), closed(0), openapi)).toEqual([
      'request-type-widened:info: request body property "(not)" maxProperties changed from 1 to 0 (under not: more values are accepted)',
    ]);
  });

  it('a property added where maxProperties 0 lets no name be present changes nothing', () => {
    const base = negated({ maxProperties: 0 });
    const head = negated({ maxProperties: 0, properties: { b: { type: 'integer' } } });
    for (const side of ['request', 'response'] as const) {
      expect(changes(side, base, head, openapi)).toEqual([]);
      expect(changes(side, head, base, openapi)).toEqual([]);
    }
  });

  it('a name required where no object can lack it changes nothing; where one can, it counts', () => {
    // Closed, b the only name, at least one property: every object there has b.
    const only = (extra: Json) =>
      negated({
        properties: { b: { type: 'integer' } },
        additionalProperties: false,
        minProperties: 1,
        ...extra,
      });
    for (const side of ['request', 'response'] as const) {
      expect(changes(side, only({}), only({ required: ['b'] }), openapi)).toEqual([]);
    }
    const two = (extra: Json) =>
      negated({
        properties: { a: { type: 'string' }, b: { type: 'integer' } },
        additionalProperties: false,
        minProperties: 1,
        ...extra,
      });
    expect(changes('response', two({}), two({ required: ['b'] }), openapi)).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" is now required (under not: more values may come)',
    ]);
  });
});

describe('propertyNames under not (OpenAPI 3.1)', () => {
  const negated = (schema: Json) => ({ type: 'object', not: { type: 'object', ...schema } });
  const only = (...names: string[]) => ({ propertyNames: { enum: names } });
  const a = { a: { type: 'string' } };

  it('a property added whose name propertyNames refuses changes nothing; one it allows counts', () => {
    const base = negated({ ...only('a'), properties: a });
    const head = negated({ ...only('a'), properties: { ...a, b: { type: 'integer' } } });
    for (const side of ['request', 'response'] as const)
      expect(changes(side, base, head, '3.1.0')).toEqual([]);
    const allowed = negated({ ...only('a', 'b'), properties: a });
    const added = negated({ ...only('a', 'b'), properties: { ...a, b: { type: 'integer' } } });
    expect(changes('response', allowed, added, '3.1.0')).toEqual([
      'response-type-changed:breaking: response 200 property "(not).b" was added (optional) (under not: more values may come)',
    ]);
    expect(changes('request', allowed, added, '3.1.0')).toEqual([
      'request-type-widened:info: request body property "(not).b" was added (under not: more values are accepted)',
    ]);
  });

  it('a property whose name propertyNames refuses (const, type, maxLength) may change its schema: nothing', () => {
    const typed = (names: Json, type: string) =>
      negated({ propertyNames: names, properties: { bb: { type } } });
    for (const names of [{ const: 'a' }, { type: 'integer' }, { maxLength: 1 }])
      for (const side of ['request', 'response'] as const)
        expect(changes(side, typed(names, 'string'), typed(names, 'integer'), '3.1.0')).toEqual([]);
  });

  it('a propertyNames pattern is never run: what depends on it is the undecided warning', () => {
    const pattern = { propertyNames: { pattern: '^(a+)+$' } };
    const added = negated({ ...pattern, properties: { b: { type: 'integer' } } });
    expect(changes('request', negated(pattern), added, '3.1.0')).toEqual([
      'negated-property-changed:warning: request body property "(not).b" was added (under not: the values accepted may change either way)',
    ]);
    const typed = (type: string) => negated({ ...pattern, properties: { b: { type } } });
    expect(changes('response', typed('string'), typed('integer'), '3.1.0')).toEqual([
      'negated-property-changed:warning: response 200 property "(not).b" type changed from string to integer (under not: the values that may come may change either way)',
    ]);
    // Two or more names: how many names the pattern allows is not known.
    expect(
      changes(
        'request',
        negated({ ...pattern, maxProperties: 1 }),
        negated({ ...pattern, maxProperties: 3 }),
        '3.1.0',
      ),
    ).toEqual([
      'negated-property-changed:warning: request body property "(not)" maxProperties changed from 1 to 3 (under not: the values accepted may change either way)',
    ]);
    // The empty object matches any propertyNames: a minProperties from 0 to 1 is decided.
    expect(changes('request', negated(pattern), negated({ ...pattern, minProperties: 1 }), '3.1.0')).toEqual([
      'request-type-widened:info: request body property "(not)" minProperties changed from none to 1 (under not: more values are accepted)',
    ]);
  });

  it('through a $ref, a property whose name may not be allowed is one undecided warning', () => {
    const pattern = { propertyNames: { pattern: '^a' } };
    const schema = negated({ ...pattern, properties: { b: ref('B') } });
    expect(
      changes('request', schema, schema, '3.1.0', [{ B: { type: 'string' } }, { B: { type: 'integer' } }]),
    ).toEqual([
      'negated-property-changed:warning: request body property "(not).b" changed, and whether its name may be present is not known (under not: the values accepted may change either way)',
    ]);
  });
});

/**
 * A scalar query or cookie parameter that became a `form`, exploded array (decision 70): `?q=a`
 * is a list of one, so the array's own `enum` and `const` constrain that single value as the
 * lists of one they hold (`enum: [[a], [b]]` allows a and b alone), and its `contains` (3.1,
 * with `minContains`/`maxContains`) asks the single value to match it, or not to, or refuses it
 * (decision 74). OpenAPI 3.0 and 3.1.
 */
import { describe, expect, it } from 'vitest';
import { diffOpenApi } from './diff';
import { doc } from './test-docs';

type Json = Record<string, unknown>;

const str = { type: 'string' };
const list = (extra: Json, items: Json = str) => ({ type: 'array', items, ...extra });
const letters = (...values: string[]) => ({ type: 'string', enum: values });

function changes(openapi: string, base: Json, head: Json, where = 'query', schemas: Json = {}): string[] {
  const open = (schema: Json) =>
    doc(
      {
        '/p': {
          get: {
            parameters: [{ name: 'q', in: where, schema }],
            responses: { '204': { description: 'none' } },
          },
        },
      },
      { components: { schemas } },
      openapi,
    );
  return diffOpenApi(open(base), open(head)).changes.map((c) => `${c.rule}:${c.level}: ${c.message}`);
}

const WIDENED =
  'request-type-widened:info: GET /p: query parameter "q" now takes a list of values (form, exploded): one value is a list of one';

describe.each(['3.0.3', '3.1.0'])('the array-level enum of a list of one, OpenAPI %s', (openapi) => {
  it('an enum of lists of one allows their items: a value no list holds is no longer accepted', () => {
    expect(changes(openapi, letters('a', 'b', 'c'), list({ enum: [['a'], ['b']] }))).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "c"',
      WIDENED,
    ]);
    // Lists of other lengths allow no single value, but take none away either.
    expect(changes(openapi, letters('a', 'b'), list({ enum: [['a'], ['b'], ['a', 'b']] }))).toEqual([
      WIDENED,
    ]);
  });

  it('a free value that became an array with an enum of lists is now limited', () => {
    expect(changes(openapi, str, list({ enum: [['a'], ['b']] }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" is now limited to "a", "b"',
      WIDENED,
    ]);
  });

  it("both the items' enum and the array's apply", () => {
    expect(
      changes(openapi, letters('a', 'b', 'c'), list({ enum: [['b'], ['c'], ['d']] }, letters('a', 'b', 'c'))),
    ).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "a"',
      WIDENED,
    ]);
  });

  it('an enum holding no list of one refuses every single value', () => {
    expect(changes(openapi, letters('a'), list({ enum: [['a', 'b']] }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" enum lists no list of one value: a single value is refused',
    ]);
  });

  it("says so when the enum's lists of one hold only values the items refuse", () => {
    expect(changes(openapi, letters('a', 'b'), list({ enum: [['c']] }, letters('a', 'b')))).toEqual([
      `parameter-type-changed:breaking: GET /p: query parameter "q" no list of one value of the array's enum is also allowed by its items: a single value is refused`,
    ]);
  });

  it('a cookie parameter, and items by reference', () => {
    expect(
      changes(
        openapi,
        letters('a', 'b'),
        list({ enum: [['a']] }, { $ref: '#/components/schemas/Letter' }),
        'cookie',
        { Letter: letters('a', 'b') },
      ),
    ).toEqual([
      'request-enum-value-removed:breaking: GET /p: cookie parameter "q" no longer accepts "b"',
      WIDENED.replace('query', 'cookie'),
    ]);
  });

  it('not exploded, the array is not a list of one: a changed type as before', () => {
    const notExploded = (schema: Json) =>
      doc(
        {
          '/p': {
            get: {
              parameters: [{ name: 'q', in: 'query', explode: false, schema }],
              responses: { '204': { description: 'none' } },
            },
          },
        },
        {},
        openapi,
      );
    const rules = diffOpenApi(notExploded(letters('a')), notExploded(list({ enum: [['a']] }))).changes.map(
      (c) => c.rule,
    );
    expect(rules).toContain('parameter-type-changed');
    expect(rules).not.toContain('request-type-widened');
  });
});

describe('the array-level const of a list of one, OpenAPI 3.1', () => {
  const openapi = '3.1.0';

  it('const: [x] is the value x', () => {
    expect(changes(openapi, letters('x'), list({ const: ['x'] }))).toEqual([WIDENED]);
    expect(changes(openapi, letters('x', 'y'), list({ const: ['x'] }))).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "y"',
      WIDENED,
    ]);
    expect(changes(openapi, str, list({ const: ['x'] }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" is now limited to "x"',
      WIDENED,
    ]);
  });

  it('const of a longer list refuses a single value; beside an enum, both apply', () => {
    expect(changes(openapi, letters('x'), list({ const: ['x', 'y'] }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" const is no list of one value: a single value is refused',
    ]);
    expect(changes(openapi, letters('x', 'y'), list({ enum: [['x'], ['y']], const: ['y'] }))).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "x"',
      WIDENED,
    ]);
  });

  it('const and enum that each hold a list of one, but not the same, refuse every single value', () => {
    expect(changes(openapi, letters('a', 'b'), list({ enum: [['b']], const: ['a'] }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" no list of one value is allowed by both enum and const: a single value is refused',
    ]);
    expect(changes(openapi, letters('a', 'b'), list({ enum: [['a']], const: ['a'] }, letters('b')))).toEqual([
      `parameter-type-changed:breaking: GET /p: query parameter "q" no list of one value of the array's enum and const is also allowed by its items: a single value is refused`,
    ]);
  });
});

describe('the array-level contains of a list of one, OpenAPI 3.1', () => {
  const openapi = '3.1.0';
  const PATTERN_UNDECIDED =
    'parameter-list-contains-undecided:warning: GET /p: query parameter "q": a single value must match both the array\'s items and its contains, which both set pattern; these are not combined here, so the value is compared without the contains\' pattern';

  it('the single value must match contains (minContains 1 by default)', () => {
    expect(changes(openapi, letters('a', 'b', 'c'), list({ contains: { enum: ['a', 'b'] } }))).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "c"',
      WIDENED,
    ]);
    expect(changes(openapi, str, list({ contains: { pattern: 'b$' } }))).toEqual([
      'request-pattern-added:breaking: GET /p: query parameter "q" must now match b$',
      WIDENED,
    ]);
    // By reference, and with minContains: 1 spelled out.
    expect(
      changes(
        openapi,
        letters('a', 'b'),
        list({ contains: { $ref: '#/components/schemas/A' }, minContains: 1, maxContains: 5 }),
        'query',
        { A: letters('a') },
      ),
    ).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "b"',
      WIDENED,
    ]);
    // A contains every value matches asks nothing.
    expect(changes(openapi, letters('a'), list({ contains: true }, letters('a')))).toEqual([WIDENED]);
  });

  it("the items' enum and contains' enum are intersected, not the first one kept", () => {
    expect(
      changes(
        openapi,
        letters('a', 'b', 'c'),
        list({ contains: { enum: ['b', 'c', 'd'] } }, letters('a', 'b')),
      ),
    ).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "a", "c"',
      WIDENED,
    ]);
    expect(
      changes(openapi, letters('a', 'b'), list({ contains: { enum: ['c'] } }, letters('a', 'b'))),
    ).toEqual([
      `parameter-type-changed:breaking: GET /p: query parameter "q" no value the array's items allow also matches its contains (they list no value in common of a type both allow): a single value is refused`,
    ]);
  });

  it('types are intersected, an integer being a number; disjoint types refuse every single value', () => {
    expect(
      changes(
        openapi,
        { type: ['integer', 'string'] },
        list({ contains: { type: 'number' } }, { type: ['integer', 'string'] }),
      ),
    ).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" type changed from integer | string to integer',
      WIDENED,
    ]);
    expect(
      changes(openapi, { type: 'integer' }, list({ contains: { type: 'string' } }, { type: 'integer' })),
    ).toEqual([
      `parameter-type-changed:breaking: GET /p: query parameter "q" no value the array's items allow also matches its contains (items of type "integer", contains of type "string"): a single value is refused`,
    ]);
  });

  it('bounds take the tighter value', () => {
    expect(
      changes(openapi, str, list({ contains: { maxLength: 3 } }, { type: 'string', maxLength: 5 })),
    ).toEqual([
      'request-max-length-decreased:breaking: GET /p: query parameter "q" maxLength changed from none to 3',
      WIDENED,
    ]);
  });

  it('minContains above 1, or above maxContains, refuses every single value; minContains 0 asks nothing', () => {
    expect(changes(openapi, letters('a'), list({ contains: { enum: ['a'] }, minContains: 2 }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" minContains is 2, more items than a list of one holds: a single value is refused',
    ]);
    expect(changes(openapi, letters('a'), list({ contains: { enum: ['b'] }, maxContains: 0 }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" minContains 1 is above maxContains 0: a single value is refused',
    ]);
    expect(changes(openapi, letters('a'), list({ contains: false }))).toEqual([
      'parameter-type-changed:breaking: GET /p: query parameter "q" contains matches no value: a single value is refused',
    ]);
    expect(
      changes(
        openapi,
        letters('a', 'b'),
        list({ contains: { enum: ['a'] }, minContains: 0 }, letters('a', 'b')),
      ),
    ).toEqual([WIDENED]);
  });

  it('maxContains: 0 (with minContains: 0): the single value must not match contains', () => {
    expect(
      changes(
        openapi,
        letters('a', 'b'),
        list({ contains: { const: 'b' }, minContains: 0, maxContains: 0 }, letters('a', 'b')),
      ),
    ).toEqual(['request-schema-keyword-added:breaking: GET /p: query parameter "q" gained not', WIDENED]);
    // Nothing matches contains: not matching it is no limit.
    expect(
      changes(openapi, letters('a'), list({ contains: false, minContains: 0, maxContains: 0 }, letters('a'))),
    ).toEqual([WIDENED]);
  });

  it('a keyword both set that cannot be combined is a warning, and the items are compared with their own', () => {
    expect(
      changes(openapi, str, list({ contains: { pattern: 'b$' } }, { type: 'string', pattern: '^a' })),
    ).toEqual([
      'request-pattern-added:breaking: GET /p: query parameter "q" must now match ^a',
      PATTERN_UNDECIDED,
      WIDENED,
    ]);
    // Unchanged items and a contains that cannot be combined: no verdict, only the warning.
    const items = { type: 'string', pattern: '^a' };
    expect(changes(openapi, items, list({ contains: { pattern: 'b$' } }, items))).toEqual([
      PATTERN_UNDECIDED,
      WIDENED,
    ]);
  });
});

describe('contains the list of one cannot combine exactly, OpenAPI 3.1', () => {
  const openapi = '3.1.0';

  it("an enum in the items' inline allOf is intersected too, not dropped for the contains' one", () => {
    expect(
      changes(
        openapi,
        letters('a', 'b', 'c'),
        list({ contains: { enum: ['b', 'c'] } }, { type: 'string', allOf: [{ enum: ['a', 'b'] }] }),
      ),
    ).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "a", "c"',
      WIDENED,
    ]);
  });

  it("a contains that must not match, beside the items' own not, is a warning", () => {
    expect(
      changes(
        openapi,
        letters('a', 'b'),
        list(
          { contains: { const: 'b' }, minContains: 0, maxContains: 0 },
          { ...letters('a', 'b'), not: { const: 'c' } },
        ),
      ),
    ).toEqual([
      'request-schema-keyword-added:breaking: GET /p: query parameter "q" gained not',
      'parameter-list-contains-undecided:warning: GET /p: query parameter "q": a single value must not match the array\'s contains (maxContains: 0), and its items have a not of their own; the two are not combined here, so the value is compared without the contains',
      WIDENED,
    ]);
  });

  it('a contains whose $ref leads nowhere is a warning; the items are compared as before', () => {
    expect(
      changes(
        openapi,
        letters('a', 'b'),
        list({ contains: { $ref: '#/components/schemas/Missing' } }, letters('a')),
      ),
    ).toEqual([
      'request-enum-value-removed:breaking: GET /p: query parameter "q" no longer accepts "b"',
      'parameter-list-contains-undecided:warning: GET /p: query parameter "q": a single value must match the array\'s contains, whose $ref #/components/schemas/Missing cannot be resolved here; the value is compared without it',
      WIDENED,
    ]);
  });
});

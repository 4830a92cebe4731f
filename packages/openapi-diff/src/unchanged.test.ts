/**
 * Schemas that did not change are skipped without building their views (the fast path of
 * GitHub's description, where nine comparisons in ten were of equal schemas), and so are `$ref`s
 * whose targets are equal in both documents all the way down: an equal schema whose references
 * lead to a changed component still reports.
 */
import { describe, expect, it } from 'vitest';
import { diffWithStats } from './diff';
import { doc, int, json, obj, postBody, str } from './test-docs';

/** An inline object schema `depth` levels deep, `width` string properties on each level. */
function tree(depth: number, width: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < width; i++) properties[`p${i}`] = { type: 'string', maxLength: 10 + i };
  if (depth > 0) properties.next = tree(depth - 1, width);
  return obj(properties, ['p0']);
}

describe('unchanged schemas', () => {
  it('compares no schema nodes of two equal inline bodies, key order aside', () => {
    const base = postBody(tree(6, 5));
    const reordered = structuredClone(tree(6, 5)) as { properties: Record<string, unknown> };
    reordered.properties = Object.fromEntries(Object.entries(reordered.properties).reverse());
    const { result, comparisons } = diffWithStats(base, postBody(reordered));
    expect(result.changes).toEqual([]);
    expect(comparisons).toBe(0);
  });

  it('still compares an equal inline schema whose $ref now points at a changed component', () => {
    const body = obj({ owner: { $ref: '#/components/schemas/User' }, title: str }, ['title']);
    const base = postBody(body, { components: { schemas: { User: obj({ id: int }) } } });
    const head = postBody(structuredClone(body), { components: { schemas: { User: obj({ id: str }) } } });
    const { result } = diffWithStats(base, head);
    expect(result.changes.map((c) => c.message)).toEqual([
      'POST /api/submissions/: request body property "owner.id" type changed from integer to string',
    ]);
  });

  it('follows equal $refs through a cycle without comparing a node, and finds a change inside one', () => {
    const components = (xType: unknown) => ({
      components: {
        schemas: {
          A: obj({ b: { $ref: '#/components/schemas/B' }, name: str }),
          B: obj({
            a: { $ref: '#/components/schemas/A' },
            x: xType,
            list: { type: 'array', items: { $ref: '#/components/schemas/B' } },
          }),
        },
      },
    });
    const api = (xType: unknown) => postBody({ $ref: '#/components/schemas/A' }, components(xType));
    const same = diffWithStats(api(int), api(int));
    expect(same.result.changes).toEqual([]);
    expect(same.comparisons).toBe(0);
    expect(diffWithStats(api(int), api(str)).result.changes.map((c) => c.message)).toEqual([
      'POST /api/submissions/: request body property "b.x" type changed from integer to string',
    ]);
  });

  it('still reports a change deep inside an otherwise equal tree, and an array reordered', () => {
    const head = tree(6, 5) as { properties: { next: { properties: Record<string, unknown> } } };
    head.properties.next.properties.p3 = { type: 'string', maxLength: 5 };
    const enums = (values: string[]) =>
      doc({ '/a': { get: { responses: { '200': json({ enum: values }) } } } });
    expect(diffWithStats(postBody(tree(6, 5)), postBody(head)).result.changes.map((c) => c.message)).toEqual([
      'POST /api/submissions/: request body property "next.p3" maxLength changed from 13 to 5',
    ]);
    // Same values in another order: not equal as written, and the comparison finds nothing.
    expect(diffWithStats(enums(['a', 'b']), enums(['b', 'a'])).result.changes).toEqual([]);
  });
});

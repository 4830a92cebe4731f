import { describe, expect, it } from 'vitest';
import { appendPointer, escapeSegment, isPointer, resolvePointer, unescapeSegment } from './json-pointer';

describe('JSON pointers', () => {
  const document = { items: [{ name: 'a/b~c' }], 'a/b': { '~': 1 } };

  it('resolves keys, array indexes and escaped segments; a missing step is not found', () => {
    expect(resolvePointer(document, '')).toEqual({ found: true, value: document });
    expect(resolvePointer(document, '/items/0/name')).toEqual({ found: true, value: 'a/b~c' });
    expect(resolvePointer(document, '/a~1b/~0')).toEqual({ found: true, value: 1 });
    expect(resolvePointer(document, '/items/01')).toEqual({ found: false });
    expect(resolvePointer(document, '/items/1')).toEqual({ found: false });
    expect(resolvePointer(document, '/toString')).toEqual({ found: false });
  });

  it('escapes what it appends and reads it back', () => {
    expect(appendPointer('/paths', '/users/{id}')).toBe('/paths/~1users~1{id}');
    expect(escapeSegment('a~/b')).toBe('a~0~1b');
    expect(unescapeSegment('a~0~1b')).toBe('a~/b');
    expect(isPointer('/x')).toBe(true);
    expect(isPointer('x')).toBe(false);
  });
});

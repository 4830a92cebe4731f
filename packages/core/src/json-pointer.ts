/** JSON pointers (RFC 6901), the one implementation (smoke-test-gate's expectations, openapi-diff's `$ref`s): `/items/0/name`, with `~1` for `/` and `~0` for `~`. */

/** Whether `pointer` is a JSON pointer (empty, or starting with `/`). */
export function isPointer(pointer: string): boolean {
  return pointer === '' || pointer.startsWith('/');
}

/** The value at `pointer` in `document`, or `{ found: false }`. */
export function resolvePointer(
  document: unknown,
  pointer: string,
): { found: true; value: unknown } | { found: false } {
  if (pointer === '') return { found: true, value: document };
  let value: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = unescapeSegment(raw);
    if (Array.isArray(value) && /^(0|[1-9]\d*)$/.test(key) && Number(key) < value.length) {
      value = value[Number(key)];
    } else if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.hasOwn(value, key)
    ) {
      value = (value as Record<string, unknown>)[key];
    } else {
      return { found: false };
    }
  }
  return { found: true, value };
}

/** One JSON pointer segment escaped: `~` as `~0`, `/` as `~1`. */
export function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/')
    ? segment.replaceAll('~', '~0').replaceAll('/', '~1')
    : segment;
}

/** One JSON pointer segment read back: `~1` as `/`, `~0` as `~`. */
export function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** `pointer` for one more key: escapes `~` and `/`. */
export function appendPointer(pointer: string, key: string): string {
  return `${pointer}/${escapeSegment(key)}`;
}

/**
 * A parsed document may hold an object inside itself: YAML aliases to an enclosing anchor
 * (`schema: &node {properties: {child: *node}}`) parse so with js-yaml and the `yaml` package.
 * The engine compares trees, so such a document is first given back as one where each
 * back-reference is a local `$ref` to the place the object was first met at: the same schema,
 * in the form the engine's reference handling ends cycles in. Looking for object cycles costs
 * about three JSON parses of the document, so the engine only looks when a walk goes deeper than
 * any real schema nests (`checkObjectCycles`), and then starts again on the converted documents.
 */
import { appendPointer } from '@maint-actions/core/json-pointer';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** True when some object or array of `root` contains itself. */
export function hasObjectCycle(root: unknown): boolean {
  if (!isContainer(root)) return false;
  // Iterative depth-first walk: `open` holds the objects on the current path, `done` the finished.
  const open = new Set<unknown>();
  const done = new Set<unknown>();
  const stack: [Container, unknown[]][] = [[root, Object.values(root)]];
  open.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top[1].pop();
    if (next === undefined && top[1].length === 0) {
      open.delete(top[0]);
      done.add(top[0]);
      stack.pop();
      continue;
    }
    if (!isContainer(next) || done.has(next)) continue;
    if (open.has(next)) return true;
    open.add(next);
    stack.push([next, Object.values(next)]);
  }
  return false;
}

/** `root` with every object that contains itself reached again as a `$ref` (see the module comment). */
export function withoutObjectCycles<T>(root: T): T {
  if (!isContainer(root) || !hasObjectCycle(root)) return root;
  const firstPointer = new Map<unknown, string>();
  const open = new Set<unknown>();
  const copies = new Map<unknown, Container>();
  const start = (value: Container, pointer: string): Frame => {
    firstPointer.set(value, pointer);
    open.add(value);
    const out: Container = Array.isArray(value) ? [] : {};
    copies.set(value, out);
    return { source: value, out, pointer, entries: Object.entries(value), index: 0 };
  };
  // Copied depth-first on an explicit stack (no document is too deep); an object met while it
  // is open (being copied above) becomes a reference to where it was first met.
  const stack: Frame[] = [start(root, '')];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.entries.length) {
      open.delete(frame.source);
      stack.pop();
      continue;
    }
    const [key, value] = frame.entries[frame.index++]!;
    // Defined, not assigned: a key `__proto__` (a property so named) assigned would set the
    // copy's prototype and be lost.
    const put = (copy: unknown) =>
      Object.defineProperty(frame.out, key, {
        value: copy,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    if (!isContainer(value)) put(value);
    else if (open.has(value)) put({ $ref: `#${firstPointer.get(value)}` });
    else if (copies.has(value)) put(copies.get(value));
    else {
      const next = start(value, appendPointer(frame.pointer, key));
      put(next.out);
      stack.push(next);
    }
  }
  return copies.get(root) as T;
}

interface Frame {
  readonly source: Container;
  readonly out: Container;
  readonly pointer: string;
  readonly entries: [string, unknown][];
  index: number;
}

/** Thrown inside the engine when a document holds an object cycle; the diff starts again without. */
export class ObjectCycleFound extends Error {
  override readonly name = 'ObjectCycleFound';
}

const checked = new WeakMap<object, boolean>();

/** Called where a walk went unusually deep: throws `ObjectCycleFound` when `root` has an object cycle. */
export function checkObjectCycles(root: object): void {
  let cyclic = checked.get(root);
  if (cyclic === undefined) {
    cyclic = hasObjectCycle(root);
    checked.set(root, cyclic);
  }
  if (cyclic) throw new ObjectCycleFound('an object of the document contains itself');
}

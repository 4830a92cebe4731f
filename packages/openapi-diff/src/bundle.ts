/**
 * Bundling at load time: `$ref`s that name another file (`./schemas/pet.yaml`,
 * `common.yaml#/components/schemas/Error`) are followed once, the files' contents placed in the
 * document under `components.x-maint-external`, keyed by their path relative to the root
 * document's directory, and every such `$ref` rewritten to a local pointer into that place. The
 * engine then sees one document, as it always did: a change inside a referenced file is compared
 * as content, and the same file in base and revision lands at the same place in both.
 *
 * Files are read through a `FileSource` whose paths are relative to a boundary (the git
 * repository, the working directory, or a ref's tree): a `$ref` that leads outside it, an
 * absolute path and a URL are never read; they stay unresolved with one warning each.
 */
import path from 'node:path';
import { escapeSegment, unescapeSegment } from '@maint-actions/core/json-pointer';
import { mapLimit } from '@maint-actions/core/pool';
import { safeDecode } from './document';
import { DocumentParseError, readDocumentText } from './json-text';
import { indexRefs, internalRefs } from './resources';

/** The reserved key of `components` where the referenced files' contents are placed. */
export const EXTERNAL_KEY = 'x-maint-external';
const EXTERNAL_POINTER = `/components/${EXTERNAL_KEY}/`;

/** What reading one file gave: its text, or why there is none (`does not exist`, …). */
export type ReadOutcome = { readonly text: string } | { readonly problem: string };

/** Files relative to the boundary, as posix paths without `..` (`api/schemas/pet.yaml`). */
export interface FileSource {
  read(file: string): Promise<ReadOutcome>;
  /** How the boundary is named in a warning: `the git repository`, `the tree of main`, … */
  readonly boundary: string;
}

export interface BundleInput {
  /** The parsed root document; its `$ref`s are rewritten in place. */
  readonly document: unknown;
  /** The root's path relative to the boundary; undefined for stdin. */
  readonly rootFile: string | undefined;
  /** The directory relative refs of the root start from, relative to the boundary (`''` for the boundary itself). */
  readonly rootDir: string;
  /** How the root is named in warnings (its path, `git:REF:PATH`, `stdin`). */
  readonly rootName: string;
  readonly source: FileSource;
}

export interface BundleResult {
  /** One line per distinct reference that was not followed, and why. */
  readonly warnings: string[];
  /** The number of files read and placed. */
  readonly files: number;
}

/**
 * Whether any `$ref` in `text` may name another file: a regular-expression scan for a `$ref`
 * that is not written as `$ref: '#…'` / `"$ref": "#…"`, or any escaped `$`. False only when
 * every `$ref` is local; a `$ref` word elsewhere (a description) only costs the exact walk.
 */
export function mayHaveExternalRefs(text: string): boolean {
  // A `$` written as an escape (`"\u0024ref"` in JSON, `"\x24ref"` in YAML) is caught too.
  return /\$ref(?!["']?[ \t]*:[ \t]*["']?#)|\\(?:u0024|x24|U00000024)/.test(text);
}

const READ_CONCURRENCY = 8;

interface Pending {
  readonly holder: Record<string, unknown>;
  readonly file: string;
  readonly ref: string;
  /** Where the `$ref` is written, as warnings name it. */
  readonly where: string;
}

/**
 * A warning held until every file is read: a reference (`holder`) not followed, or a file that
 * could not be read. One whose reference names an `$id` (or an anchor in it) of a bundled file
 * is no warning: that schema is in the document.
 */
type Note =
  | { readonly where: string; readonly ref: string; readonly why: string; readonly holder: object }
  | { readonly file: string; readonly why: string };

/**
 * Follows the `$ref`s to other files of `input.document`; see the module comment. It walks the
 * whole document: call it only when `mayHaveExternalRefs` of the document's text is true.
 */
export async function bundleExternalRefs(input: BundleInput): Promise<BundleResult> {
  const warnings: string[] = [];
  const said = new Set<string>();
  const warn = (where: string, ref: string, why: string) => {
    const line = `${where}: $ref "${ref}" not followed: ${why}; it stays unresolved`;
    if (said.has(line)) return;
    said.add(line);
    warnings.push(line);
  };
  const notes: Note[] = [];
  /** Says the notes held, but those of references that name a schema by `$id` (`byId`). */
  const sayNotes = (byId: (holder: object) => boolean) => {
    const firstRef = new Map<string, Pending>();
    for (const p of pending) if (!firstRef.has(p.file) && !byId(p.holder)) firstRef.set(p.file, p);
    for (const note of notes) {
      if ('holder' in note) {
        if (!byId(note.holder)) warn(note.where, note.ref, note.why);
        continue;
      }
      // Said once, at the first reference to the file that is a file name.
      const first = firstRef.get(note.file);
      if (first) warn(first.where, originalOf(first), note.why);
    }
  };
  const root = input.document;
  if (!isRecord(root)) return { warnings, files: 0 };

  /** Every file met: its content once read, or undefined when it could not be. */
  const files = new Map<string, { content: unknown } | undefined>();
  const pending: Pending[] = [];
  const seen = new Set<object>();
  let queue: string[] = [];

  const visit = (node: unknown, file: string | undefined, where: string) => {
    // A reference to a schema of the same file by its `$id` or anchor is no file name (src/resources.ts).
    const internal = internalRefs(node, file !== undefined);
    const stack: unknown[] = [node];
    const dir = file === undefined ? input.rootDir : path.posix.dirname(file);
    while (stack.length > 0) {
      const current = stack.pop();
      if (typeof current !== 'object' || current === null || seen.has(current)) continue;
      seen.add(current);
      // Children are pushed last first, so the walk (and the warnings) go in document order.
      if (Array.isArray(current)) {
        for (let i = current.length - 1; i >= 0; i--) stack.push(current[i]);
        continue;
      }
      const record = current as Record<string, unknown>;
      const keys = Object.keys(record);
      const note = (w: string, ref: string, why: string) =>
        notes.push({ where: w, ref, why, holder: record });
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const value = record[key];
        if (key === '$ref' && typeof value === 'string') {
          if (internal.has(record)) continue;
          const target = classify(value, file, dir, input, where, note);
          if (target === undefined) continue;
          if (target.file === undefined) {
            // A pointer into the root document, named by its file: a local one.
            record.$ref = `#${target.fragment}`;
            continue;
          }
          if (!files.has(target.file)) {
            files.set(target.file, undefined);
            queue.push(target.file);
          }
          pending.push({ holder: record, file: target.file, ref: localRef(input.rootDir, target), where });
        } else if (typeof value === 'object' && value !== null) stack.push(value);
      }
    }
  };

  visit(root, undefined, input.rootName);
  // With no file to read, the root's own `$id`s are all there is, and `internalRefs` read them.
  const none = (_holder: object) => false;
  if (queue.length === 0) {
    sayNotes(none);
    return { warnings, files: 0 };
  }
  const components = root.components ?? {};
  if (!isRecord(components)) {
    sayNotes(none);
    warnings.push(
      `${input.rootName}: components is not a mapping, so the files its $refs name cannot be placed; they stay unresolved`,
    );
    return { warnings, files: 0 };
  }
  const placed: Record<string, unknown> = {};

  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    const outcomes = await mapLimit(batch, READ_CONCURRENCY, (file) => input.source.read(file));
    for (let index = 0; index < batch.length; index++) {
      const file = batch[index] as string;
      const outcome = outcomes[index] as ReadOutcome;
      const problem = (why: string) => notes.push({ file, why });
      if ('problem' in outcome) {
        problem(`${file} ${outcome.problem}`);
        continue;
      }
      let content: unknown;
      try {
        content = await readDocumentText(outcome.text, file);
      } catch (error) {
        if (!(error instanceof DocumentParseError)) throw error;
        problem(error.message);
        continue;
      }
      files.set(file, { content });
      // Defined, not assigned: a file named `__proto__` is a key like any other.
      Object.defineProperty(placed, path.posix.relative(input.rootDir, file), {
        value: content,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      visit(content, file, file);
    }
  }

  let count = 0;
  for (const [, loaded] of files) if (loaded) count++;
  // Every file read: a reference by `$id` or anchor to a schema of any of them, or of the root
  // (`https://example.com/schemas/pet`, or `pet` under an `$id`), means that schema, as the
  // engine's index of the bundled document reads it (src/resources.ts). It is left as written,
  // never taken for a file name, and not warned of. A `$id` declared twice still names nothing.
  let byId = none;
  if (count > 0) {
    const bundled = { ...root, components: { ...components, [EXTERNAL_KEY]: placed } };
    const index = indexRefs(bundled).holders;
    byId = (holder) => {
      const ref = (holder as Record<string, unknown>).$ref;
      return typeof ref === 'string' && !ref.startsWith('#') && (index.get(holder) ?? null) !== null;
    };
  }
  sayNotes(byId);
  for (const p of pending) if (files.get(p.file) && !byId(p.holder)) p.holder.$ref = p.ref;
  if (count > 0) {
    if (Object.hasOwn(components, EXTERNAL_KEY)) {
      warnings.push(
        `${input.rootName}: components.${EXTERNAL_KEY} is reserved for the files $refs name; what the document had there is replaced`,
      );
    }
    (components as Record<string, unknown>)[EXTERNAL_KEY] = placed;
    root.components = components;
  }
  return { warnings, files: count };
}

/** The `$ref` as written, kept beside the rewrite until the file is known to be readable. */
function originalOf(p: Pending): string {
  return p.holder.$ref as string;
}

interface Target {
  /** The file relative to the boundary, or undefined for the root document itself. */
  readonly file: string | undefined;
  /** A JSON pointer (`''` for the whole file), canonically escaped. */
  readonly fragment: string;
}

/** Where `ref`, written in `file` (undefined: the root), leads; undefined when it is not followed. */
function classify(
  ref: string,
  file: string | undefined,
  dir: string,
  input: BundleInput,
  where: string,
  warn: (where: string, ref: string, why: string) => void,
): Target | undefined {
  const hash = ref.indexOf('#');
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const rawFragment = hash < 0 ? '' : ref.slice(hash + 1);
  if (filePart === '') {
    // Local to the file it is written in; the root's own local refs stay as they are.
    if (file === undefined) return undefined;
    const fragment = canonicalFragment(rawFragment);
    if (fragment === undefined) return undefined;
    return { file, fragment };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) {
    warn(
      where,
      ref,
      'a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path)',
    );
    return undefined;
  }
  const name = safeDecode(filePart);
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-z]:[\\/]/i.test(name)) {
    warn(where, ref, 'an absolute path (only paths relative to the file are followed)');
    return undefined;
  }
  if (name.includes('\0')) {
    warn(where, ref, 'not a file name');
    return undefined;
  }
  const joined = path.posix.normalize(path.posix.join(dir, name));
  if (joined === '..' || joined.startsWith('../')) {
    warn(where, ref, `it leads outside ${input.source.boundary}`);
    return undefined;
  }
  const fragment = canonicalFragment(rawFragment);
  if (fragment === undefined) {
    warn(where, ref, 'only JSON pointer fragments (#/...) are followed');
    return undefined;
  }
  if (joined === input.rootFile) return { file: undefined, fragment };
  return { file: joined, fragment };
}

/** The fragment as a JSON pointer with each segment in one spelling; undefined when it is not a pointer. */
function canonicalFragment(raw: string): string | undefined {
  if (raw === '') return '';
  if (!raw.startsWith('/')) return undefined;
  return raw
    .split('/')
    .map((segment) => encodePercent(escapeSegment(unescapeSegment(safeDecode(segment)))))
    .join('/');
}

/** The local `$ref` to `target` once its file is placed under `components.x-maint-external`. */
function localRef(rootDir: string, target: Target): string {
  const key = path.posix.relative(rootDir, target.file as string);
  return `#${EXTERNAL_POINTER}${encodePercent(escapeSegment(key))}${target.fragment}`;
}

/** `%` as `%25`, so the engine's percent-decoding of a segment gives it back. */
function encodePercent(segment: string): string {
  return segment.includes('%') ? segment.replaceAll('%', '%25') : segment;
}

/**
 * A change's `location` as the reader knows it: a pointer into a referenced file is shown as
 * `schemas/pet.yaml#/properties/name` (the file relative to the root document's directory);
 * any other location as it is.
 */
export function displayLocation(location: string): string {
  if (!location.startsWith(EXTERNAL_POINTER)) return location;
  const rest = location.slice(EXTERNAL_POINTER.length);
  const slash = rest.indexOf('/');
  const key = unescapeSegment(slash < 0 ? rest : rest.slice(0, slash));
  return `${key}#${slash < 0 ? '' : rest.slice(slash)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

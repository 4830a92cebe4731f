/**
 * References by `$id` across the files bundled at load time (decision 75): a URL, or a reference
 * relative to an enclosing `$id`, that names a schema declared in another bundled file (or in
 * the root) is that schema: no file looked for, nothing fetched, no warning. A `$id` declared
 * twice still names nothing. Real files in temp directories, through the command.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOpenapiDiffCommand } from './command';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'openapi-bundle-ids-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Writes `base/…` and `head/…` (path → text) under a new directory and returns it. */
async function sides(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'ws-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

async function diff(cwd: string, root = 'openapi.yaml'): Promise<{ stderr: string; changes: string[] }> {
  let stdout = '';
  let stderr = '';
  await runOpenapiDiffCommand([`base/${root}`, `head/${root}`, '--format', 'json', '--fail-on', 'none'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readStdin: async () => '',
    today: '2026-12-07',
  });
  const json = JSON.parse(stdout) as {
    changes: { id: string; level: string; message: string; location: string }[];
  };
  return { stderr, changes: json.changes.map((c) => `${c.id}:${c.level}: ${c.message} @ ${c.location}`) };
}

/** A root whose POST /pets body has these properties (each a `$ref`), and `extra` YAML after `paths`. */
const rootDoc = (refs: Record<string, string>, extra = '') => `openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
${Object.entries(refs)
  .map(([name, ref]) => `                ${name}: {$ref: '${ref}'}`)
  .join('\n')}
      responses:
        '200': {description: OK}
${extra}`;

const petFile = (idType: string, id = 'https://example.com/schemas/pet') => `$id: ${id}
type: object
properties:
  id: {type: ${idType}}
  tag: {$anchor: tag, type: string, maxLength: 10}
`;

const orderFile = `$id: https://example.com/schemas/order
type: object
properties:
  relative: {$ref: pet}
  pointer: {$ref: 'https://example.com/schemas/pet#/properties/id'}
  anchor: {$ref: 'pet#tag'}
`;

describe('a $id declared in another bundled file', () => {
  it('is reached by URL, relative to an enclosing $id, with a pointer or an anchor: no warning, the change found', async () => {
    const files: Record<string, string> = {};
    for (const [side, idType] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = rootDoc({
        order: './order.yaml',
        pet: './pet.yaml',
        byUrl: 'https://example.com/schemas/pet',
      });
      files[`${side}/order.yaml`] = orderFile;
      files[`${side}/pet.yaml`] = petFile(idType);
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    // The pet schema is one pair, reported once per operation where first reached
    // (`order.relative`); the pointer into it is a pair of its own.
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /pets: request body property "order.pointer" type changed from string to integer @ pet.yaml#/properties/id',
      'request-type-changed:breaking: POST /pets: request body property "order.relative.id" type changed from string to integer @ pet.yaml#/properties/id',
    ]);
  });

  it('an anchor in another file, changed, is found through it', async () => {
    const files: Record<string, string> = {};
    for (const [side, max] of [
      ['base', '10'],
      ['head', '5'],
    ] as const) {
      files[`${side}/openapi.yaml`] = rootDoc({ order: './order.yaml', pet: './pet.yaml' });
      files[`${side}/order.yaml`] = orderFile;
      files[`${side}/pet.yaml`] = petFile('string').replace('maxLength: 10', `maxLength: ${max}`);
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-max-length-decreased:breaking: POST /pets: request body property "order.anchor" maxLength changed from 10 to 5 @ pet.yaml#/properties/tag',
      'request-max-length-decreased:breaking: POST /pets: request body property "order.relative.tag" maxLength changed from 10 to 5 @ pet.yaml#/properties/tag',
    ]);
  });

  it('a relative reference under a $id means the schema of that $id, not a file of that name beside it', async () => {
    const files: Record<string, string> = {};
    for (const [side, idType] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = rootDoc({ order: './order.yaml', pet: './pet.yaml' });
      files[`${side}/order.yaml`] = orderFile;
      files[`${side}/pet.yaml`] = petFile(idType);
      // A file named `pet` beside order.yaml, changed the other way: not what `$ref: pet` means.
      files[`${side}/pet`] = `type: ${idType === 'string' ? 'boolean' : 'number'}\n`;
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /pets: request body property "order.pointer" type changed from string to integer @ pet.yaml#/properties/id',
      'request-type-changed:breaking: POST /pets: request body property "order.relative.id" type changed from string to integer @ pet.yaml#/properties/id',
    ]);
  });

  it("a file's URL reference to a $id of the root document", async () => {
    const files: Record<string, string> = {};
    for (const [side, idType] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = rootDoc(
        { owner: './owner.yaml' },
        `components:\n  schemas:\n    Pet: {$id: 'https://example.com/schemas/pet', type: ${idType}}\n`,
      );
      files[`${side}/owner.yaml`] =
        'type: object\nproperties:\n  pet: {$ref: "https://example.com/schemas/pet"}\n';
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /pets: request body property "owner.pet" type changed from string to integer @ /components/schemas/Pet',
    ]);
  });

  it('a $id declared by two bundled files names neither: the URL is warned of and stays unresolved', async () => {
    const files: Record<string, string> = {};
    const dup = 'https://example.com/schemas/dup';
    for (const [side, idType] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = rootDoc({ a: './a.yaml', b: './b.yaml', byUrl: dup });
      files[`${side}/a.yaml`] = petFile(idType, dup);
      files[`${side}/b.yaml`] = petFile('string', dup);
    }
    const { stderr, changes } = await diff(await sides(files));
    const warning = (side: string, label: string) =>
      `maint-actions openapi-diff: warning: ${side}/openapi.yaml: $ref "${dup}" not followed: a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path); it stays unresolved (${label})\n`;
    expect(stderr).toBe(warning('base', 'base') + warning('head', 'revision'));
    // The files are still reached by their paths; the URL leads nowhere on either side.
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /pets: request body property "a.id" type changed from string to integer @ a.yaml#/properties/id',
    ]);
  });

  it('a URL no bundled file declares is warned of as before', async () => {
    const files: Record<string, string> = {};
    for (const side of ['base', 'head']) {
      files[`${side}/openapi.yaml`] = rootDoc({
        pet: './pet.yaml',
        ghost: 'https://example.com/schemas/ghost',
      });
      files[`${side}/pet.yaml`] = petFile('string');
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe(
      'maint-actions openapi-diff: warning: base/openapi.yaml: $ref "https://example.com/schemas/ghost" not followed: a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path); it stays unresolved (base)\n' +
        'maint-actions openapi-diff: warning: head/openapi.yaml: $ref "https://example.com/schemas/ghost" not followed: a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path); it stays unresolved (revision)\n',
    );
    expect(changes).toEqual([]);
  });
});

/** A root with POST operations whose bodies are these `$ref`s (path → ref), and `extra` YAML after `paths`. */
const bodies = (refs: Record<string, string>, extra = '') => `openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
${Object.entries(refs)
  .map(
    ([p, ref]) => `  ${p}:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '${ref}'}
      responses:
        '200': {description: OK}`,
  )
  .join('\n')}
${extra}`;

describe('bundled files in different directories (each resolves against its own place)', () => {
  it("a file's relative $ref is the file beside it, not another directory's file whose relative $id reads the same", async () => {
    const files: Record<string, string> = {};
    for (const [side, type] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = bodies({ '/orders': './a/order.yaml', '/cats': './c/pet.yaml' });
      files[`${side}/a/order.yaml`] = "type: object\nproperties:\n  pet: {$ref: '../pet.yaml'}\n";
      files[`${side}/pet.yaml`] = 'type: string\n';
      // `$id: pet.yaml` in c/ is c/pet.yaml itself: not the pet.yaml order.yaml means.
      files[`${side}/c/pet.yaml`] = `$id: pet.yaml\ntype: ${type}\n`;
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /cats: request body type changed from string to integer @ c/pet.yaml#',
    ]);
  });

  it('a $ref to a name in its own directory is that file, whatever $id another directory declares', async () => {
    const files: Record<string, string> = {};
    for (const [side, type] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = bodies(
        { '/orders': 'a/order.yaml' },
        "components:\n  schemas:\n    Cat: {$ref: 'c/pet.yaml'}\n",
      );
      files[`${side}/a/order.yaml`] = 'type: object\nproperties:\n  pet: {$ref: pet.yaml}\n';
      files[`${side}/a/pet.yaml`] = `type: ${type}\n`;
      files[`${side}/c/pet.yaml`] = '$id: pet.yaml\ntype: boolean\n';
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /orders: request body property "pet" type changed from string to integer @ a/pet.yaml#',
    ]);
  });

  it("a file above the root's directory resolves from there, apart from the root directory's files", async () => {
    const files: Record<string, string> = {};
    for (const [side, type] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/api/openapi.yaml`] = bodies({
        '/orders': '../shared/order.yaml',
        '/cats': './pet.yaml',
      });
      files[`${side}/shared/order.yaml`] = 'type: object\nproperties:\n  pet: {$ref: pet.yaml}\n';
      files[`${side}/shared/pet.yaml`] = `type: ${type}\n`;
      // In the root's directory, `$id: pet.yaml` is api/pet.yaml: not shared/pet.yaml.
      files[`${side}/api/pet.yaml`] = '$id: pet.yaml\ntype: boolean\n';
    }
    const { stderr, changes } = await diff(await sides(files), 'api/openapi.yaml');
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /orders: request body property "pet" type changed from string to integer @ ../shared/pet.yaml#',
    ]);
  });

  it("an anchor in a file of its directory: resolved there when that file is read, else warned of, never another directory's anchor", async () => {
    const files: Record<string, string> = {};
    for (const [side, type] of [
      ['base', 'boolean'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = bodies(
        { '/orders': 'a/order.yaml' },
        "components:\n  schemas:\n    Top: {$ref: 'x.yaml'}\n",
      );
      files[`${side}/a/order.yaml`] = 'type: object\nproperties:\n  tag: {$ref: "x.yaml#tag"}\n';
      files[`${side}/a/x.yaml`] = 'type: object\nproperties:\n  t: {$anchor: tag, type: string}\n';
      // The same anchor in x.yaml above, changed: not what a/order.yaml means.
      files[`${side}/x.yaml`] = `type: object\nproperties:\n  t: {$anchor: tag, type: ${type}}\n`;
    }
    const dir = await sides(files);
    const { stderr, changes } = await diff(dir);
    const warning = (side: string, label: string) =>
      `maint-actions openapi-diff: warning: ${side}/a/order.yaml: $ref "x.yaml#tag" not followed: only JSON pointer fragments (#/...) are followed; it stays unresolved (${label})\n`;
    expect(stderr).toBe(warning('base', 'base') + warning('head', 'revision'));
    expect(changes).toEqual([]);

    // With a/x.yaml read for another reference, the anchor is found in it and compared there.
    for (const [side, max] of [
      ['base', 10],
      ['head', 5],
    ] as const) {
      await writeFile(
        path.join(dir, side, 'openapi.yaml'),
        bodies(
          { '/orders': 'a/order.yaml' },
          "components:\n  schemas:\n    Top: {$ref: 'x.yaml'}\n    Near: {$ref: 'a/x.yaml'}\n",
        ),
      );
      await writeFile(
        path.join(dir, side, 'a/x.yaml'),
        `type: object\nproperties:\n  t: {$anchor: tag, type: string, maxLength: ${max}}\n`,
      );
    }
    const read = await diff(dir);
    expect(read.stderr).toBe('');
    expect(read.changes).toEqual([
      'request-max-length-decreased:breaking: POST /orders: request body property "tag" maxLength changed from 10 to 5 @ a/x.yaml#/properties/t',
    ]);
  });

  it('a $ref that climbs above every read file stays unresolved, whatever other files were read', async () => {
    const anchored = (type: string) => `$defs:\n  t: {$anchor: tag, type: ${type}}\ntype: object\n`;
    for (const above of [false, true]) {
      const files: Record<string, string> = {};
      for (const [side, type] of [
        ['base', 'string'],
        ['head', 'integer'],
      ] as const) {
        const refs: Record<string, string> = { p: 'pet.yaml', q: 'x.yaml' };
        // A file above the root's directory, read for an unrelated reference.
        if (above) refs.o = '../other.yaml';
        files[`${side}/api/openapi.yaml`] = rootDoc(refs);
        // `../x.yaml` from api/ is the x.yaml above, never read: not api/x.yaml.
        files[`${side}/api/pet.yaml`] = "type: object\nproperties:\n  t: {$ref: '../x.yaml#tag'}\n";
        files[`${side}/api/x.yaml`] = anchored(type);
        files[`${side}/x.yaml`] = anchored('boolean');
        files[`${side}/other.yaml`] = 'type: string\n';
      }
      const { stderr, changes } = await diff(await sides(files), 'api/openapi.yaml');
      const warning = (side: string, label: string) =>
        `maint-actions openapi-diff: warning: ${side}/api/pet.yaml: $ref "../x.yaml#tag" not followed: only JSON pointer fragments (#/...) are followed; it stays unresolved (${label})\n`;
      expect(stderr).toBe(warning('base', 'base') + warning('head', 'revision'));
      expect(changes).toEqual([]);
    }
  });

  it("the root and its directory's files are one URI space: a root $id is what a file's ../ path names", async () => {
    const files: Record<string, string> = {};
    for (const [side, type] of [
      ['base', 'string'],
      ['head', 'integer'],
    ] as const) {
      files[`${side}/openapi.yaml`] = rootDoc(
        { o: 'a/order.yaml' },
        `components:\n  schemas:\n    Pet: {$id: 'schemas/pet.yaml', type: ${type}}\n`,
      );
      files[`${side}/a/order.yaml`] = "type: object\nproperties:\n  q: {$ref: '../schemas/pet.yaml'}\n";
    }
    const { stderr, changes } = await diff(await sides(files));
    expect(stderr).toBe('');
    expect(changes).toEqual([
      'request-type-changed:breaking: POST /pets: request body property "o.q" type changed from string to integer @ /components/schemas/Pet',
    ]);
  });

  it("the root's anchor reference into a file read for another reference resolves, file names with @ too", async () => {
    for (const name of ['x.yaml', 'x@v2.yaml', 'x+1,a;b=c:d$e&f.yaml']) {
      const files: Record<string, string> = {};
      for (const [side, type] of [
        ['base', 'string'],
        ['head', 'integer'],
      ] as const) {
        files[`${side}/openapi.yaml`] = rootDoc({ whole: name, tag: `${name}#tag` });
        files[`${side}/${name}`] = `$defs:\n  t: {$anchor: tag, type: ${type}}\ntype: object\n`;
      }
      const { stderr, changes } = await diff(await sides(files));
      expect(stderr).toBe('');
      expect(changes).toEqual([
        `request-type-changed:breaking: POST /pets: request body property "tag" type changed from string to integer @ ${name}#/$defs/t`,
      ]);
    }
  });
});

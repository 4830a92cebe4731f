/**
 * `$ref`s to other files, followed at load time by the command (src/bundle.ts, src/files.ts):
 * real files in temp directories, real git repositories for git:REF:PATH, a real HTTP server on
 * loopback to prove a URL is never fetched.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleExternalRefs, displayLocation, mayHaveExternalRefs } from './bundle';
import { runOpenapiDiffCommand } from './command';
import { diskSource } from './files';
import { parseDocumentText } from './load';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'openapi-bundle-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Writes `files` (path → text) under a new directory and returns it. */
async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'ws-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

interface Outcome {
  exitCode: number;
  stderr: string;
  json: {
    counts: { breaking: number; warning: number; info: number };
    changes: { id: string; level: string; operation: string; location: string; message: string }[];
  };
}

async function diff(cwd: string, base: string, revision: string, stdin?: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runOpenapiDiffCommand([base, revision, '--format', 'json', '--fail-on', 'none'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readStdin: async () => stdin ?? '',
    today: '2026-12-07',
  });
  return { exitCode, stderr, json: stdout ? JSON.parse(stdout) : undefined };
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

/** A root document: POST /pets takes `request`, GET /pets/{id} returns `response` (both `$ref` values). */
const root = (version: string, request: string, response: string) => `openapi: ${version}
info: {title: Pets, version: '1'}
paths:
  /pets:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '${request}'}
      responses:
        '201': {description: Created}
  /pets/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: '${response}'}
`;

const PET = `type: object
required: [name]
properties:
  name: {type: string}
  tag: {type: string}
`;

describe.each(['3.0.3', '3.1.0'])('OpenAPI %s: a breaking change inside a referenced file', (version) => {
  it('is reported as breaking, request side and response side, with the file in its location', async () => {
    const doc = root(version, './schemas/new-pet.yaml', 'schemas/pet.yaml#');
    const ws = await tree({
      'base/openapi.yaml': doc,
      'base/schemas/pet.yaml': PET,
      'base/schemas/new-pet.yaml': PET,
      'head/openapi.yaml': doc,
      // The response lost "name"; the request now requires "tag".
      'head/schemas/pet.yaml': 'type: object\nproperties:\n  tag: {type: string}\n',
      'head/schemas/new-pet.yaml': PET.replace('[name]', '[name, tag]'),
    });
    const run = await diff(ws, 'base/openapi.yaml', 'head/openapi.yaml');
    expect(run.stderr).toBe('');
    expect(run.json.counts.breaking).toBe(2);
    const breaking = run.json.changes.filter((c) => c.level === 'breaking');
    expect(breaking.map((c) => [c.id, c.operation, c.location])).toEqual([
      ['request-body-required-field-added', 'POST /pets', 'schemas/new-pet.yaml#/properties/tag'],
      ['response-field-removed', 'GET /pets/{id}', 'schemas/pet.yaml#/properties/name'],
    ]);
  });

  it('reports nothing for identical files, nor for a file moved elsewhere with the same content', async () => {
    const ws = await tree({
      'base/openapi.yaml': root(version, './schemas/pet.yaml', './schemas/pet.yaml'),
      'base/schemas/pet.yaml': PET,
      'head/openapi.yaml': root(version, 'models/pet.yaml', './models/pet.yaml#'),
      'head/models/pet.yaml': PET,
    });
    expect((await diff(ws, 'base/openapi.yaml', 'base/openapi.yaml')).json.changes).toEqual([]);
    const moved = await diff(ws, 'base/openapi.yaml', 'head/openapi.yaml');
    expect(moved.stderr).toBe('');
    expect(moved.json.changes).toEqual([]);
  });
});

describe('following references', () => {
  it('a schema moved from inline to a file with the same content is no change', async () => {
    const inline = root('3.1.0', '#/components/schemas/Pet', '#/components/schemas/Pet').concat(
      `components:\n  schemas:\n    Pet:\n${PET.replace(/^/gm, '      ')}`,
    );
    const ws = await tree({
      'base.yaml': inline,
      'head.yaml': root('3.1.0', 'pet.yaml', 'pet.yaml'),
      'pet.yaml': PET,
    });
    const run = await diff(ws, 'base.yaml', 'head.yaml');
    expect(run.stderr).toBe('');
    expect(run.json.changes).toEqual([]);
  });

  it('resolves refs relative to the nested file they are written in, and local refs inside it', async () => {
    const pet = (ownerName: string) => `type: object
properties:
  owner: {$ref: './owner.yaml'}
  error: {$ref: '../common/errors.json#/components/schemas/Error'}
  kind: {$ref: '#/$defs/Kind'}
$defs:
  Kind: {type: string, enum: [cat, dog]}
owner: ${ownerName}
`;
    const owner = (required: string) =>
      `type: object\nrequired: [${required}]\nproperties:\n  name: {type: string}\n  email: {type: string}\n`;
    const errors = (type: string) =>
      JSON.stringify({
        components: { schemas: { Error: { type: 'object', properties: { code: { type } } } } },
      });
    const ws = await tree({
      'base/openapi.yaml': root('3.1.0', './schemas/pet.yaml', './schemas/pet.yaml'),
      'base/schemas/pet.yaml': pet('a'),
      'base/schemas/owner.yaml': owner('name'),
      'base/common/errors.json': errors('integer'),
      'head/openapi.yaml': root('3.1.0', './schemas/pet.yaml', './schemas/pet.yaml'),
      'head/schemas/pet.yaml': pet('a').replace('[cat, dog]', '[cat]'),
      'head/schemas/owner.yaml': owner('name, email'),
      'head/common/errors.json': errors('string'),
    });
    const run = await diff(ws, 'base/openapi.yaml', 'head/openapi.yaml');
    expect(run.stderr).toBe('');
    const breaking = run.json.changes.filter((c) => c.level === 'breaking');
    expect(breaking.map((c) => `${c.id} ${c.operation} ${c.location}`).sort()).toEqual([
      'request-body-required-field-added POST /pets schemas/owner.yaml#/properties/email',
      'request-enum-value-removed POST /pets schemas/pet.yaml#/$defs/Kind',
      'request-type-changed POST /pets common/errors.json#/components/schemas/Error/properties/code',
      'response-type-changed GET /pets/{id} common/errors.json#/components/schemas/Error/properties/code',
    ]);
  });

  it("follows a ref up out of the document's directory while it stays in the repository", async () => {
    const api = `openapi: 3.0.3
info: {title: Pets, version: '1'}
paths:
  /pets:
    get:
      parameters: [{$ref: '../shared/params.json#/Limit'}]
      responses: {'200': {description: OK}}
`;
    const params = (maximum: number) =>
      JSON.stringify({ Limit: { name: 'limit', in: 'query', schema: { type: 'integer', maximum } } });
    const ws = await tree({ 'api/openapi.yaml': api, 'shared/params.json': params(100) });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws });
    git(ws, 'add', '.');
    git(ws, 'commit', '-qm', 'v1');
    await writeFile(path.join(ws, 'shared/params.json'), params(50));
    const run = await diff(path.join(ws, 'api'), 'git:main:api/openapi.yaml', 'openapi.yaml');
    expect(run.stderr).toBe('');
    expect(run.json.changes.map((c) => `${c.id} ${c.level} ${c.operation} ${c.location}`)).toEqual([
      'request-maximum-decreased breaking GET /pets ../shared/params.json#/Limit/schema',
    ]);
  });

  it('ends on a cycle between two files, and reports a change inside it', async () => {
    const a = 'type: object\nproperties:\n  b: {$ref: "b.yaml"}\n  name: {type: string}\n';
    const b = (type: string) =>
      `type: object\nproperties:\n  a: {$ref: "./a.yaml#"}\n  size: {type: ${type}}\n`;
    const ws = await tree({
      'base/openapi.yaml': root('3.0.3', 'a.yaml', 'b.yaml'),
      'base/a.yaml': a,
      'base/b.yaml': b('integer'),
      'head/openapi.yaml': root('3.0.3', 'a.yaml', 'b.yaml'),
      'head/a.yaml': a,
      'head/b.yaml': b('string'),
    });
    const run = await diff(ws, 'base/openapi.yaml', 'head/openapi.yaml');
    expect(run.stderr).toBe('');
    expect(run.json.changes.map((c) => `${c.id} ${c.operation} ${c.location}`)).toEqual([
      'request-type-changed POST /pets b.yaml#/properties/size',
      'response-type-changed GET /pets/{id} b.yaml#/properties/size',
    ]);
  });

  it('reads the files of git:REF:PATH from the same ref, and those of stdin from the working directory', async () => {
    const ws = await tree({
      'api/openapi.yaml': root('3.0.3', './schemas/pet.yaml', './schemas/pet.yaml'),
      'api/schemas/pet.yaml': PET,
    });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws });
    git(ws, 'add', '.');
    git(ws, 'commit', '-qm', 'v1');
    // The work tree's file loses "name": only a side read from the work tree sees it.
    await writeFile(
      path.join(ws, 'api/schemas/pet.yaml'),
      'type: object\nproperties:\n  tag: {type: string}\n',
    );
    const same = await diff(ws, 'git:HEAD:api/openapi.yaml', 'git:main:api/openapi.yaml');
    expect(same.stderr).toBe('');
    expect(same.json.changes).toEqual([]);
    const run = await diff(ws, 'git:HEAD:api/openapi.yaml', 'api/openapi.yaml');
    expect(run.stderr).toBe('');
    expect(run.json.changes.filter((c) => c.level === 'breaking').map((c) => c.id)).toEqual([
      'response-field-removed',
    ]);
    // From a subdirectory, git:REF:./PATH is relative to it, as git takes it.
    const sub = await diff(path.join(ws, 'api'), 'git:HEAD:./openapi.yaml', 'openapi.yaml');
    expect(sub.json.counts.breaking).toBe(1);
    const stdin = await diff(
      path.join(ws, 'api'),
      '-',
      'git:HEAD:api/openapi.yaml',
      root('3.0.3', './schemas/pet.yaml', './schemas/pet.yaml'),
    );
    expect(stdin.stderr).toBe('');
    expect(stdin.json.counts.breaking).toBe(1);
  });
});

describe('many files', () => {
  it('reads each file once, however many refs and files name it', async () => {
    const files: Record<string, string> = { 'shared.yaml': 'Id: {type: integer}\nName: {type: string}\n' };
    const properties: string[] = [];
    for (let i = 0; i < 150; i++) {
      files[`models/m${i}.yaml`] =
        `type: object\nproperties:\n  id: {$ref: '../shared.yaml#/Id'}\n  name: {$ref: '../shared.yaml#/Name'}\n` +
        `  next: {$ref: './m${(i + 1) % 150}.yaml'}\n`;
      properties.push(`        m${i}: {$ref: './models/m${i}.yaml'}`);
    }
    const text = `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    All:\n      properties:\n${properties.join('\n')}\n`;
    const ws = await tree({ ...files, 'openapi.yaml': text });
    const reads = new Map<string, number>();
    const disk = diskSource({ dir: ws, name: 'the working directory' });
    const document = parseDocumentText(text, 'openapi.yaml') as {
      components: { schemas: { All: { properties: Record<string, { $ref: string }> } } } & Record<
        string,
        unknown
      >;
    };
    const result = await bundleExternalRefs({
      document,
      rootFile: 'openapi.yaml',
      rootDir: '',
      rootName: 'openapi.yaml',
      source: {
        boundary: disk.boundary,
        read: (file) => {
          reads.set(file, (reads.get(file) ?? 0) + 1);
          return disk.read(file);
        },
      },
    });
    expect(result).toEqual({ warnings: [], files: 151 });
    expect(reads.size).toBe(151);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(document.components.schemas.All.properties.m7).toEqual({
      $ref: '#/components/x-maint-external/models~1m7.yaml',
    });
    const placed = document.components['x-maint-external'] as Record<string, { properties: unknown }>;
    expect(placed['models/m149.yaml']?.properties).toEqual({
      id: { $ref: '#/components/x-maint-external/shared.yaml/Id' },
      name: { $ref: '#/components/x-maint-external/shared.yaml/Name' },
      next: { $ref: '#/components/x-maint-external/models~1m0.yaml' },
    });
  });
});

describe('references that are not followed', () => {
  let server: Server;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      requests++;
      response.end('type: object\nproperties:\n  tag: {type: string}\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('a ref leading outside the git repository is not read: one warning for both sides', async () => {
    // Two repositories whose documents both refer to ../pet.yaml, outside each; the two outside
    // files differ by a breaking change, which would be reported if they were read.
    const ws = await tree({
      'b/repo/openapi.yaml': root('3.0.3', '../pet.yaml', '../pet.yaml'),
      'b/pet.yaml': PET,
      'h/repo/openapi.yaml': root('3.0.3', '../pet.yaml', '../pet.yaml'),
      'h/pet.yaml': 'type: object\nproperties:\n  tag: {type: integer}\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: path.join(ws, 'b/repo') });
    execFileSync('git', ['init', '-q'], { cwd: path.join(ws, 'h/repo') });
    const run = await diff(ws, 'b/repo/openapi.yaml', 'h/repo/openapi.yaml');
    expect(run.stderr).toBe(
      'maint-actions openapi-diff: warning: openapi.yaml: $ref "../pet.yaml" not followed: it leads outside the git repository; it stays unresolved (base and revision)\n',
    );
    expect(run.json.changes).toEqual([]);
  });

  it('for git:REF:PATH, a ref leading out of the tree of REF is not read', async () => {
    const ws = await tree({
      'repo/api/openapi.yaml': root('3.0.3', '../../pet.yaml', 'ok.yaml'),
      'repo/api/ok.yaml': PET,
      'pet.yaml': PET,
    });
    const repo = path.join(ws, 'repo');
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'v1');
    const run = await diff(repo, 'git:main:api/openapi.yaml', 'api/openapi.yaml');
    expect(run.stderr.split('\n')).toEqual([
      'maint-actions openapi-diff: warning: api/openapi.yaml: $ref "../../pet.yaml" not followed: it leads outside the tree of main; it stays unresolved (base)',
      'maint-actions openapi-diff: warning: api/openapi.yaml: $ref "../../pet.yaml" not followed: it leads outside the git repository; it stays unresolved (revision)',
      '',
    ]);
    expect(run.json.changes).toEqual([]);
  });

  it('outside any repository, the working directory is the boundary; a link out of it is not followed', async () => {
    const ws = await tree({
      'outside/pet.yaml': 'type: object\nproperties:\n  tag: {type: integer}\n',
      'work/base.yaml': root('3.0.3', 'pet.yaml', 'pet.yaml'),
      'work/pet.yaml': PET,
      'work/head.yaml': root('3.0.3', 'link/pet.yaml', '../outside/pet.yaml'),
    });
    await symlink(path.join(ws, 'outside'), path.join(ws, 'work/link'));
    const run = await diff(path.join(ws, 'work'), 'base.yaml', 'head.yaml');
    expect(run.stderr.split('\n')).toEqual([
      'maint-actions openapi-diff: warning: head.yaml: $ref "../outside/pet.yaml" not followed: it leads outside the working directory; it stays unresolved (revision)',
      'maint-actions openapi-diff: warning: head.yaml: $ref "link/pet.yaml" not followed: link/pet.yaml is a link to outside the working directory; it stays unresolved (revision)',
      '',
    ]);
    expect(run.json.changes.some((c) => c.message.includes('integer'))).toBe(false);
  });

  it('an absolute path and a URL are never read or fetched; one warning per distinct ref', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pet.yaml`;
    const ws = await tree({ 'absolute.yaml': 'this: [is not: valid' });
    const absolute = path.join(ws, 'absolute.yaml');
    await writeFile(path.join(ws, 'base.yaml'), root('3.1.0', absolute, url));
    await writeFile(path.join(ws, 'head.yaml'), root('3.1.0', absolute, url));
    const run = await diff(ws, 'base.yaml', 'head.yaml');
    expect(run.stderr.split('\n')).toEqual([
      `maint-actions openapi-diff: warning: base.yaml: $ref "${absolute}" not followed: an absolute path (only paths relative to the file are followed); it stays unresolved (base)`,
      `maint-actions openapi-diff: warning: base.yaml: $ref "${url}" not followed: a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path); it stays unresolved (base)`,
      `maint-actions openapi-diff: warning: head.yaml: $ref "${absolute}" not followed: an absolute path (only paths relative to the file are followed); it stays unresolved (revision)`,
      `maint-actions openapi-diff: warning: head.yaml: $ref "${url}" not followed: a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path); it stays unresolved (revision)`,
      '',
    ]);
    expect(requests).toBe(0);
    expect(run.json.changes).toEqual([]);
  });

  it('a missing file: one warning naming the ref and the file, the ref stays unresolved', async () => {
    const ws = await tree({
      'api/openapi.yaml': root('3.0.3', './schemas/pet.yaml', 'schemas/pet.yaml#/x'),
    });
    const run = await diff(ws, 'api/openapi.yaml', 'api/openapi.yaml');
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      'maint-actions openapi-diff: warning: api/openapi.yaml: $ref "./schemas/pet.yaml" not followed: api/schemas/pet.yaml does not exist; it stays unresolved (base and revision)\n',
    );
    expect(run.json.changes).toEqual([]);
  });

  it('components.x-maint-external is reserved: what a document had there is replaced, with a warning', async () => {
    const doc = root('3.0.3', 'pet.yaml', 'pet.yaml').concat(
      'components:\n  x-maint-external:\n    pet.yaml: {type: object, required: [forged], properties: {forged: {type: string}}}\n',
    );
    const ws = await tree({
      'base.yaml': root('3.0.3', 'pet.yaml', 'pet.yaml'),
      'head.yaml': doc,
      'pet.yaml': PET,
    });
    const run = await diff(ws, 'base.yaml', 'head.yaml');
    expect(run.stderr).toBe(
      'maint-actions openapi-diff: warning: head.yaml: components.x-maint-external is reserved for the files $refs name; what the document had there is replaced (revision)\n',
    );
    expect(run.json.changes).toEqual([]);
  });

  it('a file that is not valid YAML: one warning with the parser reason', async () => {
    const ws = await tree({ 'openapi.yaml': root('3.0.3', 'pet.yaml', 'pet.yaml'), 'pet.yaml': 'a: [1,' });
    const run = await diff(ws, 'openapi.yaml', 'openapi.yaml');
    expect(run.stderr).toMatch(
      /^maint-actions openapi-diff: warning: openapi\.yaml: \$ref "pet\.yaml" not followed: pet\.yaml is not valid YAML: .+; it stays unresolved \(base and revision\)\n$/,
    );
  });
});

describe('the cheap check and the reported location', () => {
  it('mayHaveExternalRefs is false only when every $ref is local', () => {
    expect(mayHaveExternalRefs('{"$ref": "#/components/schemas/A", "b": {"$ref":"#/x"}}')).toBe(false);
    expect(mayHaveExternalRefs('a:\n  $ref: \'#/x\'\nb: {$ref: "#/y"}\n')).toBe(false);
    expect(mayHaveExternalRefs('{"$ref": "pet.json"}')).toBe(true);
    expect(mayHaveExternalRefs('a:\n  $ref: ./pet.yaml\n')).toBe(true);
    expect(mayHaveExternalRefs("a:\n  $ref:\n    '#/x'\n")).toBe(true);
    expect(mayHaveExternalRefs('{"\\u0024ref": "pet.json"}')).toBe(true);
    expect(mayHaveExternalRefs('a: {"\\x24ref": pet.yaml}')).toBe(true);
  });

  it('displayLocation names the file of a pointer into a referenced file', () => {
    expect(displayLocation('/components/x-maint-external/schemas~1pet.yaml/properties/name')).toBe(
      'schemas/pet.yaml#/properties/name',
    );
    expect(displayLocation('/components/x-maint-external/pet.yaml')).toBe('pet.yaml#');
    expect(displayLocation('/components/schemas/Pet')).toBe('/components/schemas/Pet');
  });
});

/**
 * `maint-actions openapi-diff` through the bundled CLI: files, stdin and git:REF:PATH, the three
 * formats, --fail-on and its exit codes, and the per-rule levels and owned ignores of
 * .maint-actions.yml.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CommandRun, runCli } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let ws: string;

const tool = (args: string[], stdin?: string): Promise<CommandRun> =>
  runCli(['openapi-diff', ...args], { cwd: ws, stdin: stdin ?? '' });

const spec = (userProperties: string, status = "'200'", required = 'required: [id]') => `openapi: 3.0.3
info: {title: Users, version: '1'}
paths:
  /users/{id}:
    get:
      responses:
        ${status}:
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/User'}
components:
  schemas:
    User:
      type: object
      ${required}
      properties:
${userProperties}
`;
const BASE = spec(
  '        id: {type: integer}\n        email: {type: string}\n        role: {type: string, enum: [admin, user]}',
);
// \`id\` leaves \`required\` with its property: a name still required would still be sent (decision 85).
const HEAD = spec(
  '        email: {type: string}\n        role: {type: string, enum: [admin, user, guest]}',
  "'200'",
  'description: a user',
);

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'openapi-diff-cli-'));
  await writeFile(path.join(ws, 'base.yml'), BASE);
  await writeFile(path.join(ws, 'head.yml'), HEAD);
  await writeFile(
    path.join(ws, 'head.json'),
    JSON.stringify({ openapi: '3.0.3', info: { title: 'Users', version: '1' }, paths: {} }),
  );
});
afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('maint-actions openapi-diff', () => {
  it('prints JSON with counts, bump and changes, and exits 1 on a breaking change', async () => {
    const run = await tool(['base.yml', 'head.yml', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.counts).toEqual({ breaking: 1, warning: 1, info: 0 });
    expect(out.bump).toBe('major');
    expect(out.changes[0]).toEqual({
      id: 'response-field-removed',
      level: 'breaking',
      operation: 'GET /users/{id}',
      location: '/components/schemas/User/properties/id',
      message: 'GET /users/{id}: response 200 property "id" was removed',
    });
    expect(out.changes[1].id).toBe('response-enum-value-added');
  }, 30_000);

  it('--fail-on none exits 0, --fail-on warning counts warnings; text and markdown formats', async () => {
    expect((await tool(['base.yml', 'head.yml', '--fail-on', 'none'])).exitCode).toBe(0);
    const text = await tool(['base.yml', 'head.yml']);
    expect(text.stdout.split('\n')[0]).toBe('1 breaking, 1 warning, 0 info; suggested version bump: major');
    expect(text.stdout).toContain(
      'breaking  GET /users/{id}: response 200 property "id" was removed  [response-field-removed]',
    );
    const md = await tool(['base.yml', 'head.yml', '--format', 'markdown']);
    expect(md.stdout).toContain('**1 breaking change**, 1 warning');
  }, 30_000);

  it('reads the base from stdin and the revision from git:REF:PATH', async () => {
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws });
    execFileSync('git', ['add', 'head.yml'], { cwd: ws });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'head'], {
      cwd: ws,
    });
    const run = await tool(['-', 'git:HEAD:head.yml', '--format', 'json'], BASE);
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout).counts.breaking).toBe(1);
    const missing = await tool(['base.yml', 'git:HEAD:nope.yml']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(
      /^maint-actions openapi-diff: git:HEAD:nope\.yml: git could not read nope\.yml at HEAD/,
    );
  }, 30_000);

  it('applies per-rule levels and owned ignores from .maint-actions.yml, and reports expired ones', async () => {
    await writeFile(
      path.join(ws, '.maint-actions.yml'),
      `openapi-diff:
  levels:
    response-enum-value-added: info
  ignore:
    - rule: response-field-removed
      operation: GET /users/{id}
      reason: the app stopped reading it
      owner: "@api-team"
      expires: 2999-12-31
    - rule: response-enum-value-added
      operation: GET /users/{id}
      reason: old
      owner: "@api-team"
      expires: 2001-01-01
`,
    );
    const run = await tool(['base.yml', 'head.yml', '--format', 'json', '--fail-on', 'warning']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).counts).toEqual({ breaking: 0, warning: 0, info: 1 });
    expect(run.stderr).toContain(
      'the ignore of response-enum-value-added on GET /users/{id} (owner @api-team) expired on 2001-01-01; renew or remove it.',
    );
    await writeFile(
      path.join(ws, '.maint-actions.yml'),
      'openapi-diff:\n  levels:\n    no-such-rule: info\n',
    );
    const bad = await tool(['base.yml', 'head.yml']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe(
      'maint-actions openapi-diff: .maint-actions.yml: openapi-diff.levels: "no-such-rule" is not a rule (see docs/openapi-rules.md).\n',
    );
    await rm(path.join(ws, '.maint-actions.yml'));
  }, 30_000);

  it('exits 2 with a one-line message for bad usage and bad documents', async () => {
    const usage = await tool(['base.yml']);
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toBe(
      'maint-actions openapi-diff: expected BASE and REVISION (files, - or git:REF:PATH), got 1 argument.\n',
    );
    const format = await tool(['base.yml', 'head.yml', '--format', 'xml']);
    expect(format.stderr).toBe(
      'maint-actions openapi-diff: --format must be text, markdown or json (got "xml").\n',
    );
    const missing = await tool(['nope.yml', 'head.yml']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(
      'maint-actions openapi-diff: nope.yml: no such file; give a file, - for stdin, or git:REF:PATH.\n',
    );
    await writeFile(path.join(ws, 'swagger.json'), '{"swagger": "2.0"}');
    const swagger = await tool(['swagger.json', 'head.json']);
    expect(swagger.exitCode).toBe(2);
    expect(swagger.stderr).toBe(
      'maint-actions openapi-diff: the base document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported\n',
    );
    const help = await tool(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: maint-actions openapi-diff BASE REVISION [options]');
  }, 30_000);

  it('a hostile document on stdin (an alias bomb) is refused in one line; one nested 10,000 deep is diffed', async () => {
    let bomb =
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-l0: &l0 [a, b, c, d, e, f, g, h, i, j]\n";
    for (let i = 1; i <= 9; i++)
      bomb += `x-l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`;
    const refused = await tool(['-', 'head.json'], bomb);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(
      'maint-actions openapi-diff: stdin: its YAML aliases (*name) stand for more than 1,000,000 nodes beyond those written (an alias bomb?); write shared parts once under components and refer to them with $ref\n',
    );
    const deep = `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"x","content":{"application/json":{"schema":${'{"type":"array","items":'.repeat(10_000)}{"enum":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}${'}'.repeat(10_000)}}}}}}}}}`;
    await writeFile(path.join(ws, 'deep.json'), deep);
    const same = await tool(['deep.json', '-', '--format', 'json'], deep);
    expect(same.stderr).toBe('');
    expect(same.exitCode).toBe(0);
    expect(JSON.parse(same.stdout).changes).toEqual([]);
  }, 30_000);

  it('follows $refs to other files, from the same commit for git:REF:PATH, and warns about a URL', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'openapi-diff-split-'));
    try {
      await mkdir(path.join(repo, 'api', 'schemas'), { recursive: true });
      await writeFile(
        path.join(repo, 'api', 'openapi.yaml'),
        spec(
          "        pet: {$ref: './schemas/pet.yaml'}\n        link: {$ref: 'https://example.com/link.yaml'}",
        ),
      );
      const pet =
        'type: object\nrequired: [name]\nproperties:\n  name: {type: string}\n  tag: {type: string}\n';
      await writeFile(path.join(repo, 'api', 'schemas', 'pet.yaml'), pet);
      execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
      execFileSync('git', ['add', '.'], { cwd: repo });
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'v1'], {
        cwd: repo,
      });
      // Only the referenced file changes, in the work tree: the pet's name is gone (from
      // \`required\` too: a name still required would still be sent, decision 85).
      await writeFile(
        path.join(repo, 'api', 'schemas', 'pet.yaml'),
        pet.replace('  name: {type: string}\n', '').replace('required: [name]\n', ''),
      );
      const run = await runCli(
        ['openapi-diff', 'git:main:api/openapi.yaml', 'api/openapi.yaml', '--format', 'json'],
        {
          cwd: repo,
          stdin: '',
        },
      );
      expect(run.stderr).toBe(
        'maint-actions openapi-diff: warning: api/openapi.yaml: $ref "https://example.com/link.yaml" not followed: a URL, and URLs are never fetched (keep a copy in the repository and refer to it by a relative path); it stays unresolved (base and revision)\n',
      );
      expect(run.exitCode).toBe(1);
      expect(JSON.parse(run.stdout).changes).toEqual([
        {
          id: 'response-field-removed',
          level: 'breaking',
          operation: 'GET /users/{id}',
          location: 'schemas/pet.yaml#/properties/name',
          message: 'GET /users/{id}: response 200 property "pet.name" was removed',
        },
      ]);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  }, 30_000);

  it('loads only what a JSON diff uses: no YAML parser, no node:crypto or node:child_process', async () => {
    // A preload records every file the tool imports and, at exit, the built-in modules it loaded.
    const probe = path.join(ws, 'probe.mjs');
    await writeFile(
      probe,
      `import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
const out = process.env.PROBE_OUT;
const hook = \`import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(\${JSON.stringify(out + '.files')}, url + '\\\\n'); return next(url, context); }\`;
register('data:text/javascript,' + encodeURIComponent(hook));
process.on('exit', () => writeFileSync(out + '.builtins', process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join('\\n')));
`,
    );
    const loaded = async (name: string, args: string[]) => {
      const out = path.join(ws, name);
      const run = await runCli(['openapi-diff', ...args], {
        cwd: ws,
        env: { NODE_OPTIONS: `--import ${pathToFileURL(probe).href}`, PROBE_OUT: out },
      });
      expect(run.stderr).toBe('');
      const files = (await readFile(`${out}.files`, 'utf8')).trim().split('\n');
      const texts = await Promise.all(files.map((url) => readFile(new URL(url), 'utf8')));
      return {
        builtins: (await readFile(`${out}.builtins`, 'utf8')).split('\n'),
        // js-yaml's and yaml's error classes, as their bundled code names them.
        yaml: texts.some((text) => /YAMLException|YAMLParseError/.test(text)),
      };
    };
    const json = await loaded('json', ['head.json', 'head.json']);
    expect(json.yaml).toBe(false);
    expect(json.builtins).not.toContain('crypto');
    expect(json.builtins).not.toContain('child_process');
    // The probe sees them when they are used: js-yaml for YAML, git's runner for git:REF:PATH.
    expect((await loaded('yaml', ['base.yml', 'head.json'])).yaml).toBe(true);
    execFileSync('git', ['init', '-q'], { cwd: ws });
    execFileSync('git', ['add', 'head.json'], { cwd: ws });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'json'], {
      cwd: ws,
    });
    expect((await loaded('git', ['git:HEAD:head.json', 'head.json'])).builtins).toContain('child_process');
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { renderChangelog } from './changelog';
import { diffOpenApi } from './diff';
import { RULES } from './rules';
import { components, doc, getReturns, int, json, obj, postBody, ref, str, withOperation } from './test-docs';

const ok = { '200': { description: 'OK' } };

describe('bump', () => {
  it('is none without changes, major with anything breaking', () => {
    expect(diffOpenApi(postBody(obj({ a: str })), postBody(obj({ a: str }))).bump).toBe('none');
    expect(diffOpenApi(postBody(obj({ a: str })), postBody(obj({ a: str }, ['a']))).bump).toBe('major');
  });

  it('is minor when something is added, patch for other non-breaking changes', () => {
    expect(diffOpenApi(getReturns(obj({ a: str })), getReturns(obj({ a: str, b: str }))).bump).toBe('minor');
    expect(diffOpenApi(withOperation({}), withOperation({ deprecated: true })).bump).toBe('patch');
    expect(diffOpenApi(getReturns(obj({ a: { type: 'number' } })), getReturns(obj({ a: int }))).bump).toBe(
      'patch',
    );
  });

  it('follows levels overridden in the options', () => {
    const base = getReturns(obj({ s: { type: 'string', enum: ['a'] } }));
    const head = getReturns(obj({ s: { type: 'string', enum: ['a', 'b'] } }));
    expect(diffOpenApi(base, head).bump).toBe('patch');
    const strict = diffOpenApi(base, head, { levels: { 'response-enum-value-added': 'breaking' } });
    expect(strict.changes.map((c) => c.level)).toEqual(['breaking']);
    expect(strict.counts).toEqual({ breaking: 1, warning: 0, info: 0 });
    expect(strict.bump).toBe('major');
  });
});

describe('order and counts', () => {
  it('sorts breaking, then warnings, then info; within a level by path, method and location', () => {
    const base = doc({
      '/b/': { get: { responses: ok }, post: { responses: ok } },
      '/a/': { get: { parameters: [{ name: 'old', in: 'query' }], responses: ok } },
    });
    const head = doc({
      '/a/': { get: { parameters: [{ name: 'z', in: 'query', required: true }], responses: ok } },
      '/b/': { post: { responses: ok }, get: { responses: ok } },
      '/0/': { delete: { responses: ok }, get: { responses: ok } },
    });
    const result = diffOpenApi(base, head);
    expect(result.changes.map((c) => `${c.level} ${c.method} ${c.path} ${c.rule}`)).toEqual([
      'breaking GET /a/ parameter-added-required',
      'warning GET /a/ parameter-removed',
      'info DELETE /0/ endpoint-added',
      'info GET /0/ endpoint-added',
    ]);
    expect(result.counts).toEqual({ breaking: 1, warning: 1, info: 2 });
  });
});

describe('renderChangelog', () => {
  it('renders a headline and one section per level', () => {
    const base = doc({
      '/api/submissions/': {
        post: {
          requestBody: { content: { 'application/json': { schema: obj({ email: str, old: str }) } } },
          responses: ok,
        },
      },
    });
    const head = doc({
      '/api/submissions/': {
        post: {
          deprecated: true,
          requestBody: {
            content: { 'application/json': { schema: obj({ email: str, note_md: str }, ['email']) } },
          },
          responses: ok,
        },
      },
      '/api/reports/': { get: { responses: ok } },
    });
    expect(renderChangelog(diffOpenApi(base, head), { title: 'API changes' })).toBe(
      [
        '## API changes',
        '',
        '**1 breaking change**, 1 warning, 2 additions, 1 other change (suggested version bump: major)',
        '',
        '### Breaking',
        '',
        '- `POST /api/submissions/`: request body property "email" is now required (`request-body-required-field-added`)',
        '',
        '### Warnings',
        '',
        '- `POST /api/submissions/`: request body property "old" was removed (`request-field-removed`)',
        '',
        '### Other',
        '',
        '- `GET /api/reports/`: endpoint was added (`endpoint-added`)',
        '- `POST /api/submissions/`: operation is deprecated (`operation-deprecated`)',
        '- `POST /api/submissions/`: request body property "note\\_md" was added (optional) (`request-field-added-optional`)',
        '',
      ].join('\n'),
    );
  });

  it('renders a path-level change and plural counts without a title', () => {
    const base = doc({ '/a/': { get: { responses: ok } }, '/b/': { get: { responses: ok } } });
    expect(renderChangelog(diffOpenApi(base, doc({})))).toBe(
      [
        '**2 breaking changes** (suggested version bump: major)',
        '',
        '### Breaking',
        '',
        '- `/a/`: path was removed (GET) (`path-removed`)',
        '- `/b/`: path was removed (GET) (`path-removed`)',
        '',
      ].join('\n'),
    );
  });

  it('renders a change in a shared component once, naming the other endpoints, with the counts of the diff', () => {
    const make = (email: unknown) => {
      const paths: Record<string, unknown> = {};
      for (let i = 10; i < 22; i++) {
        paths[`/r${i}/`] = { get: { responses: { '200': { description: 'OK', ...json(ref('User')) } } } };
      }
      return doc(paths, components({ User: obj({ email }) }));
    };
    const result = diffOpenApi(make(str), make(int));
    expect(result.counts.breaking).toBe(12);
    const others = Array.from({ length: 10 }, (_, i) => `\`GET /r${i + 11}/\``).join(', ');
    expect(renderChangelog(result)).toBe(
      [
        '**12 breaking changes** (suggested version bump: major)',
        '',
        '### Breaking',
        '',
        `- \`GET /r10/\`: response 200 property "email" type changed from string to integer (\`response-type-changed\`); also ${others} and 1 more (12 changes)`,
        '',
      ].join('\n'),
    );
  });

  it('says which media types a bullet folded (form-urlencoded and multipart variants of one body)', () => {
    const make = (email: unknown) => {
      const content = Object.fromEntries(
        ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'].map((m) => [
          m,
          { schema: ref('User') },
        ]),
      );
      const post = { requestBody: { required: true, content }, responses: { '201': { description: 'OK' } } };
      return doc({ '/users/': { post } }, components({ User: obj({ email }) }));
    };
    const result = diffOpenApi(make(str), make(int));
    expect(result.counts.breaking).toBe(3);
    expect(renderChangelog(result)).toContain(
      '(`request-type-changed`); also as `application/x-www-form-urlencoded`, `multipart/form-data` (3 changes)',
    );
    expect(renderChangelog(result)).toContain('**3 breaking changes**');
  });

  it('says so when nothing changed', () => {
    expect(renderChangelog(diffOpenApi(doc({}), doc({})))).toBe('No API changes.\n');
    expect(renderChangelog(diffOpenApi(doc({}), doc({})), { title: 'API' })).toBe(
      '## API\n\nNo API changes.\n',
    );
  });
});

describe('RULES', () => {
  it('documents every rule in docs/openapi-rules.md with its level, as the table generates it', async () => {
    const { readFile } = await import('node:fs/promises');
    const { renderRulesDoc } = await import('../scripts/rules-doc');
    const doc = await readFile(new URL('../../../docs/openapi-rules.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderRulesDoc());
    for (const [id, info] of Object.entries(RULES)) {
      expect(doc, id).toMatch(new RegExp(`\\| \`${id}\` \\| ${info.level} \\|`));
    }
  });
});

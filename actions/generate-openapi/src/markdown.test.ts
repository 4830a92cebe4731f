import { LIMITS } from '@maint-actions/core';
import { diffOpenApi } from '@maint-actions/openapi-diff';
import { describe, expect, it } from 'vitest';
import { parseEnvInput } from './env-input';
import { cutLines, renderComment, type SchemaState } from './markdown';
import { markerFor } from './run';

/** A document with `count` GET endpoints, each returning an object with `fields`. */
function api(count: number, fields: readonly string[]): Record<string, unknown> {
  const properties = Object.fromEntries(fields.map((name) => [name, { type: 'string' }]));
  const paths = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `/api/items-${i}/`,
      {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': { schema: { type: 'object', properties, required: [...fields] } },
              },
            },
          },
        },
      },
    ]),
  );
  return { openapi: '3.0.3', info: { title: 'Items', version: '1' }, paths };
}

const state = (overrides: Partial<SchemaState>): SchemaState => ({
  schema: 'backend/schema.yml',
  problem: undefined,
  drift: { stale: false, diff: '', fix: '' },
  api: undefined,
  failed: false,
  runUrl: 'https://ci.example.test/runs/1',
  ...overrides,
});

describe('renderComment', () => {
  it('puts breaking changes first and stays within the comment limit for a huge change', () => {
    const result = diffOpenApi(api(3000, ['id', 'name', 'owner']), {
      ...api(3000, ['id', 'name']),
      paths: {
        ...(api(3000, ['id', 'name']).paths as object),
        '/api/new/': { get: { responses: { '200': { description: 'ok' } } } },
      },
    });
    const diff = `--- a\n+++ b\n${'-removed line\n'.repeat(50_000)}`;
    const body = renderComment(markerFor('backend/schema.yml'), {
      ...state({ failed: true }),
      api: { result, base: 'origin/main (abc1234)', accepted: false },
      drift: { stale: true, diff, fix: 'Apply the patch.' },
    });

    expect(body.length).toBeLessThanOrEqual(LIMITS.commentChars);
    expect(body.split('\n', 2)).toEqual([
      '<!-- maint-actions:generate-openapi:backend/schema.yml -->',
      '## ❌ OpenAPI schema `backend/schema.yml`',
    ]);
    // 3,000 breaking bullets fill the budget: what is cut is the less severe rest.
    expect(body.indexOf('### Breaking')).toBeGreaterThan(0);
    expect(body).not.toContain('### Other');
    expect(body).toContain('API changes against `origin/main (abc1234)`');
    expect(body).toContain('✂️ Cut to fit the comment');
    expect(body.endsWith('[Job](https://ci.example.test/runs/1) · maint-actions generate-openapi\n')).toBe(
      true,
    );
  });

  it('says resolved when nothing is left to report, and shows a failed generator as text', () => {
    const none = diffOpenApi(api(1, ['id']), api(1, ['id']));
    expect(
      renderComment('m', state({ api: { result: none, base: 'main (1234567)', accepted: false } })),
    ).toContain(
      '## ✅ OpenAPI schema `backend/schema.yml`: resolved\n\nThe committed schema matches the code and the API has no changes against `main (1234567)`.',
    );
    const failed = renderComment('m', state({ problem: 'CommandError: <b>boom</b>', failed: true }));
    expect(failed).toContain('```text\nCommandError: <b>boom</b>\n```');
  });

  it('marks accepted breaking changes', () => {
    const result = diffOpenApi(api(1, ['id', 'name']), api(1, ['id']));
    const body = renderComment('m', state({ api: { result, base: 'main (1234567)', accepted: true } }));
    expect(body).toContain('## ⚠️ OpenAPI schema');
    expect(body).toContain('Breaking changes are accepted for this run (`fail-on-breaking: false`).');
  });
});

describe('cutLines', () => {
  it('keeps whole lines within the budget and counts the rest', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const cut = cutLines(text, 200, 'chars');
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/^line 0\nline 1\n/);
    expect(cut).toMatch(/\n… \d+ more lines \(see schema\.patch\)\n$/);
    expect(cutLines('short', 200, 'chars')).toBe('short');
  });
});

describe('markerFor', () => {
  it('names the schema and replaces what a marker cannot hold', () => {
    expect(markerFor('backend/schema.yml')).toBe('generate-openapi:backend/schema.yml');
    expect(markerFor('api docs/--v2--/schema.yml')).toBe('generate-openapi:api_docs/-v2-/schema.yml');
  });
});

describe('parseEnvInput', () => {
  it('reads KEY=value lines, skipping comments and blank lines, keeping values as written', () => {
    expect(parseEnvInput('# settings\nDJANGO_DEBUG=0\n\nDATABASE_URL=sqlite:///x.db?a=b\nEMPTY=\n')).toEqual({
      DJANGO_DEBUG: '0',
      DATABASE_URL: 'sqlite:///x.db?a=b',
      EMPTY: '',
    });
    expect(parseEnvInput(undefined)).toEqual({});
  });

  it('names the line and not its value when a line is not KEY=value', () => {
    expect(() => parseEnvInput('OK=1\n=secret-value')).toThrow(
      'Input "env", line 2: write KEY=value with a KEY of letters, digits and _ (such as DJANGO_DEBUG=0).',
    );
    expect(() => parseEnvInput('1BAD=x')).toThrow(/line 1/);
  });
});

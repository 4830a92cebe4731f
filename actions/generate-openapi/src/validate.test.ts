import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleServiceDir } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import { parseSchemaText } from './document';
import { validateOpenApi } from './validate';

const example = (): Record<string, unknown> =>
  parseSchemaText(readFileSync(path.join(exampleServiceDir, 'schema.yml'), 'utf8'), 'schema.yml') as Record<
    string,
    unknown
  >;

const minimal31 = {
  openapi: '3.1.0',
  info: { title: 'Uploads', version: '2' },
  paths: {
    '/uploads/': {
      post: {
        responses: {
          '201': {
            description: 'created',
            content: { 'application/json': { schema: { type: ['string', 'null'] } } },
          },
        },
      },
    },
  },
};

describe('validateOpenApi', () => {
  it("accepts the example service's OpenAPI 3.0 schema and a 3.1 document", async () => {
    expect(await validateOpenApi(example(), 'schema.yml')).toEqual({ version: '3.0', findings: [] });
    expect(await validateOpenApi(minimal31, 'schema.yml')).toEqual({ version: '3.1', findings: [] });
  });

  it('lists every problem with where it is in the document', async () => {
    const doc = example();
    (doc.info as Record<string, unknown>).version = 3;
    (doc.paths as Record<string, Record<string, unknown>>)['/api/usage/']!.get = { responses: 'none' };

    const { version, findings } = await validateOpenApi(doc, 'backend/schema.yml');

    expect(version).toBeUndefined();
    expect(findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        '/info/version: must be string',
        '/paths/~1api~1usage~1/get/responses: must be object',
      ]),
    );
    expect(findings.every((f) => f.file === 'backend/schema.yml' && f.severity === 'error')).toBe(true);
  });

  it('reports a $ref that points nowhere', async () => {
    const doc = structuredClone(minimal31);
    const created = doc.paths['/uploads/'].post.responses['201'].content['application/json'] as {
      schema: unknown;
    };
    created.schema = { $ref: '#/components/schemas/Missing' };
    const { findings } = await validateOpenApi(doc, 'schema.yml');
    expect(findings.map((f) => f.message).join('\n')).toContain('#/components/schemas/Missing');
  });

  it('refuses Swagger 2.0 and documents without a version', async () => {
    expect(
      (await validateOpenApi({ swagger: '2.0', info: {}, paths: {} }, 's.yml')).findings[0]?.message,
    ).toBe('OpenAPI 2.0 is not supported: generate OpenAPI 3.0 or 3.1');
    expect((await validateOpenApi(['not', 'a', 'map'], 's.yml')).findings[0]?.message).toBe(
      'the document has no "openapi" version field: it is not an OpenAPI 3 document',
    );
  });
});

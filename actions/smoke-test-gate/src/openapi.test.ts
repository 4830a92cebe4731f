import path from 'node:path';
import { ConfigError } from '@maint-actions/core';
import { exampleServiceDir } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import { loadOpenapiChecks, openapiChecks } from './openapi';

describe('checks derived from an OpenAPI schema', () => {
  it('takes the GET operations without required parameters of the example service, with their response schemas', async () => {
    const checks = await loadOpenapiChecks(path.join(exampleServiceDir, 'schema.yml'), 'schema.yml');

    expect(checks.map((c) => [c.name, c.path, c.expect.status])).toEqual([
      ['GET /api/questionnaires/', '/api/questionnaires/', [{ min: 200, max: 200 }]],
      ['GET /api/usage/', '/api/usage/', [{ min: 200, max: 200 }]],
    ]);
    const list = checks[0]?.expect.schema;
    const summary = { slug: 'kyc-basic', title: 'KYC', version: 1, description: '', step_count: 5 };
    expect(list?.([summary])).toBe(true);
    expect(list?.([{ ...summary, slug: 7 }])).toBe(false);
    expect(list?.errors?.[0]).toMatchObject({ instancePath: '/0/slug', message: 'must be string' });
  });

  it('follows $ref responses and parameters, and understands nullable', () => {
    const checks = openapiChecks(
      {
        openapi: '3.0.3',
        paths: {
          '/a': {
            get: {
              parameters: [{ $ref: '#/components/parameters/Page' }],
              responses: { '200': { $ref: '#/components/responses/A' } },
            },
          },
          '/b': { get: { parameters: [{ in: 'query', name: 'q', required: true }], responses: {} } },
          '/c/{id}': { get: { responses: {} } },
          '/d': { post: { responses: {} } },
        },
        components: {
          parameters: { Page: { in: 'query', name: 'page', required: false } },
          responses: {
            A: {
              description: '',
              content: { 'application/json': { schema: { type: 'string', nullable: true } } },
            },
          },
        },
      },
      'api.yml',
    );
    expect(checks.map((c) => c.name)).toEqual(['GET /a']);
    expect(checks[0]?.expect.schema?.(null)).toBe(true);
    expect(checks[0]?.expect.schema?.(3)).toBe(false);
  });

  it('refuses a document that is not OpenAPI 3', () => {
    expect(() => openapiChecks({ swagger: '2.0', paths: {} }, 'api.yml')).toThrow(ConfigError);
    expect(() => openapiChecks({ swagger: '2.0', paths: {} }, 'api.yml')).toThrow(
      'Input "openapi": api.yml is not an OpenAPI 3.0 or 3.1 document with paths.',
    );
  });
});

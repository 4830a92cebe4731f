import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalJson, loadSchema } from './schema';
import { exampleSchema, type Temp, tempDir } from './test-support';

let temp: Temp;
beforeEach(async () => {
  temp = await tempDir('publish-schema-');
});
afterEach(async () => temp.cleanup());

describe('loadSchema', () => {
  it('keeps the YAML file as it is, renders JSON, and hashes the content', async () => {
    const schema = await loadSchema(exampleSchema, 'schema.yml');
    expect(schema.yaml).toBe(await readFile(exampleSchema, 'utf8'));
    expect(JSON.parse(schema.json)).toEqual(parse(schema.yaml));
    expect(schema.title).toBe('Onboarding service API');
    expect(schema.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash to the same document in JSON, with other key order and formatting', async () => {
    const yamlSchema = await loadSchema(exampleSchema, 'schema.yml');
    const document = parse(await readFile(exampleSchema, 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(document).reverse());
    const json = path.join(temp.dir, 'schema.json');
    await writeFile(json, JSON.stringify(reordered));
    const jsonSchema = await loadSchema(json, 'schema.json');
    expect(jsonSchema.sha256).toBe(yamlSchema.sha256);
    expect(parse(jsonSchema.yaml)).toEqual(document);
  });

  it('gives another hash when the content changes', async () => {
    const changed = path.join(temp.dir, 'schema.yml');
    await writeFile(
      changed,
      (await readFile(exampleSchema, 'utf8')).replace('title: Onboarding', 'title: Boarding'),
    );
    expect((await loadSchema(changed, 'x')).sha256).not.toBe((await loadSchema(exampleSchema, 'y')).sha256);
  });

  it('names the schema input when the file is missing, broken or not OpenAPI', async () => {
    await expect(loadSchema(path.join(temp.dir, 'nope.yml'), 'api/nope.yml')).rejects.toThrow(
      new ConfigError(
        'Input "schema": api/nope.yml is not a file; point it at the OpenAPI schema (such as the one generate-openapi writes).',
        { input: 'schema' },
      ),
    );
    const broken = path.join(temp.dir, 'broken.yml');
    await writeFile(broken, 'openapi: [3.0\n');
    await expect(loadSchema(broken, 'broken.yml')).rejects.toThrow(
      /^Input "schema": broken.yml is not valid YAML or JSON \(/,
    );
    const other = path.join(temp.dir, 'other.yml');
    await writeFile(other, 'name: not an api\n');
    await expect(loadSchema(other, 'other.yml')).rejects.toThrow(
      'Input "schema": other.yml is not an OpenAPI document (no top-level "openapi" or "swagger" version).',
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('keeps a __proto__ key as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });
});

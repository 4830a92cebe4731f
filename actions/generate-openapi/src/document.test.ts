import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalYaml, parseSchemaText, SchemaParseError } from './document';

describe('schema documents as data', () => {
  it('finds YAML and JSON with other key order and formatting equal', () => {
    const yaml = "openapi: 3.0.3\ninfo:\n  version: '1'\n  title: API\npaths: {}\n";
    const json = '{"paths": {}, "info": {"title": "API", "version": "1"}, "openapi": "3.0.3"}';
    expect(canonicalJson(parseSchemaText(yaml, 'a.yml'))).toBe(
      canonicalJson(parseSchemaText(json, 'a.json')),
    );
    expect(canonicalJson(parseSchemaText(yaml.replace("'1'", "'2'"), 'a.yml'))).not.toBe(
      canonicalJson(parseSchemaText(json, 'a.json')),
    );
  });

  it('keeps array order and writes sorted YAML', () => {
    expect(canonicalYaml({ b: [2, 1], a: { d: 1, c: 2 } })).toBe('a:\n  c: 2\n  d: 1\nb:\n  - 2\n  - 1\n');
  });

  it('names the file and line of a syntax error', () => {
    let error: unknown;
    try {
      parseSchemaText('openapi: 3.0.3\ninfo: [unclosed\n', 'backend/schema.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaParseError);
    expect((error as SchemaParseError).message).toMatch(/^backend\/schema\.yml is not valid YAML or JSON: /);
    expect((error as SchemaParseError).line).toBeGreaterThanOrEqual(2);
  });
});

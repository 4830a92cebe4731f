import { describe, expect, it } from 'vitest';
import { DocumentParseError, parseDocumentText } from './load';

describe('parseDocumentText', () => {
  it('reads YAML with anchors, aliases and merge keys, as OpenAPI documents written by hand use them', () => {
    const text = [
      'openapi: 3.1.0',
      'x-page: &page',
      '  name: page',
      '  in: query',
      '  schema: {type: integer, minimum: 1}',
      'paths:',
      '  /pets:',
      '    get:',
      '      parameters:',
      '        - *page',
      '        - <<: *page',
      '          name: size',
      '          schema: {type: integer, maximum: 100}',
    ].join('\n');
    const doc = parseDocumentText(text, 'api.yaml') as {
      paths: { '/pets': { get: { parameters: Record<string, unknown>[] } } };
    };
    expect(doc.paths['/pets'].get.parameters).toEqual([
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      { name: 'size', in: 'query', schema: { type: 'integer', maximum: 100 } },
    ]);
  });

  it("keeps YAML 1.2 core scalars: dates stay text, 'yes' stays a string, 0o17 is octal", () => {
    const doc = parseDocumentText('x-sunset: 2027-01-31\nflag: yes\nmode: 0o17\nnothing: ~\n', 'a.yml');
    expect(doc).toEqual({ 'x-sunset': '2027-01-31', flag: 'yes', mode: 15, nothing: null });
  });

  it('reads JSON with JSON.parse and names a file that is neither', () => {
    expect(parseDocumentText('{"openapi": "3.0.3"}', 'api.json')).toEqual({ openapi: '3.0.3' });
    expect(() => parseDocumentText('{"openapi": ', 'api.json')).toThrow(DocumentParseError);
    expect(() => parseDocumentText('a: [1,', 'api.yaml')).toThrow(/^api\.yaml is not valid YAML: /);
  });
});

/**
 * Reads an OpenAPI document from text: JSON with `JSON.parse` (by extension, or when the text
 * starts with `{`), anything else as YAML with js-yaml and the YAML 1.2 core schema, which
 * parses GitHub's 10 MB description several times faster than the `yaml` package here
 * (docs/benchmarks.md).
 */
import { CORE_SCHEMA, load, Type } from 'js-yaml';

/**
 * YAML 1.2's core schema (null, booleans, integers, floats; no timestamps, so an x-sunset date
 * stays the text written) plus merge keys (`<<: *base`), which OpenAPI documents written by hand
 * use to share fragments: without them `<<` would be read as a property name.
 */
const MERGE = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: unknown) => data === '<<' || data === null,
});
const OPENAPI_YAML = CORE_SCHEMA.extend({ implicit: [MERGE] });

export class DocumentParseError extends Error {
  override readonly name = 'DocumentParseError';
}

/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
export function parseDocumentText(text: string, name: string): unknown {
  const json = /\.json$/i.test(name) || /^\s*[{[]/.test(text.slice(0, 256));
  if (json) {
    try {
      return JSON.parse(text);
    } catch (error) {
      // A YAML flow mapping also starts with `{`: fall back to YAML unless the name says JSON.
      if (/\.json$/i.test(name))
        throw new DocumentParseError(`${name} is not valid JSON: ${(error as Error).message}`);
    }
  }
  try {
    // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
    return load(text, { json: true, schema: OPENAPI_YAML });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new DocumentParseError(`${name} is not valid YAML: ${reason}`);
  }
}

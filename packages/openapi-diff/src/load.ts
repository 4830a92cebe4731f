/**
 * Reads an OpenAPI document from text: JSON with `JSON.parse` (by extension, or when the text
 * starts with `{`), anything else as YAML with js-yaml and the YAML 1.2 core schema, which
 * parses GitHub's 10 MB description several times faster than the `yaml` package here
 * (docs/benchmarks.md).
 */
import { CORE_SCHEMA, load, Type } from 'js-yaml';
import { aliasExpansionProblem } from './aliases';
import { DocumentParseError, NOT_JSON, parseJsonText } from './json-text';

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

export { DocumentParseError };

/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
export function parseDocumentText(text: string, name: string): unknown {
  const json = parseJsonText(text, name);
  return json === NOT_JSON ? parseYamlText(text, name) : json;
}

/** Parses `text` as YAML; `name` names errors. */
export function parseYamlText(text: string, name: string): unknown {
  let document: unknown;
  try {
    // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
    document = load(text, { json: true, schema: OPENAPI_YAML });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new DocumentParseError(`${name} is not valid YAML: ${reason}`);
  }
  const problem = aliasExpansionProblem(document, text);
  if (problem) throw new DocumentParseError(`${name}: ${problem}`);
  return document;
}

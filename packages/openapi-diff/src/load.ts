/**
 * Reads an OpenAPI document from text: JSON with `JSON.parse` (by extension, or when the text
 * starts with `{`), anything else as YAML with js-yaml, which parses GitHub's 10 MB description
 * about 6× faster than the `yaml` package here (docs/benchmarks.md).
 */
import { load } from 'js-yaml';

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
    return load(text, { json: true });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new DocumentParseError(`${name} is not valid YAML: ${reason}`);
  }
}

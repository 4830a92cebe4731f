/** Whether a response is what a check expects: status, body text, JSON values and JSON Schema. */
import { isDeepStrictEqual } from 'node:util';
import { resolvePointer } from '@maint-actions/core';
import { describeErrors } from './ajv';
import { type Expectation, formatStatus } from './checks';
import type { HttpResponse } from './http';

/** What is wrong with `response`, one line each; empty when it is as expected. */
export function unmetExpectations(response: HttpResponse, expect: Expectation): string[] {
  const problems: string[] = [];
  const { status } = response;
  if (!expect.status.some((r) => status >= r.min && status <= r.max)) {
    problems.push(`status ${status}, expected ${formatStatus(expect.status)}`);
  }
  const text = response.body.toString('utf8');
  for (const needle of expect.bodyContains) {
    if (!text.includes(needle)) problems.push(`the body does not contain ${JSON.stringify(needle)}`);
  }
  if (expect.json.length === 0 && !expect.schema) return problems;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = response.truncated ? ' (it was cut at the size limit)' : '';
    problems.push(`the body is not valid JSON${truncated}: ${reason}`);
    return problems;
  }
  for (const [pointer, expected] of expect.json) {
    const found = resolvePointer(document, pointer);
    if (!found.found)
      problems.push(`${pointer || '(the body)'} is missing, expected ${JSON.stringify(expected)}`);
    else if (!isDeepStrictEqual(found.value, expected)) {
      problems.push(`${pointer || '(the body)'} is ${short(found.value)}, expected ${short(expected)}`);
    }
  }
  if (expect.schema && !expect.schema(document)) {
    problems.push(`the body does not match the schema: ${describeErrors(expect.schema.errors)}`);
  }
  return problems;
}

/** A value as JSON, at most 80 characters. */
function short(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

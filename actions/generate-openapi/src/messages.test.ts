import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalError, parseGeneratorOutput } from './messages';

const fixture = (name: string): string => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
// Where the fixtures were captured: the copy's root and its Django project.
const where = { workspace: '/tmp/spec-probe', cwd: '/tmp/spec-probe/svc' };

describe('parseGeneratorOutput', () => {
  it("reads drf-spectacular's errors and warnings with their file and line", () => {
    const findings = parseGeneratorOutput(fixture('spectacular-fail-on-warn.txt'), where);

    expect(findings).toEqual([
      {
        severity: 'error',
        file: 'svc/onboarding/interfaces/api/views.py',
        line: 161,
        rule: 'drf-spectacular',
        message: expect.stringMatching(/^HalfView: exception raised while getting serializer\. Hint:/),
      },
      {
        severity: 'warning',
        file: 'svc/onboarding/interfaces/api/views.py',
        line: 171,
        rule: 'drf-spectacular',
        message: expect.stringMatching(
          /^MethodView > MethodFieldSerializer: unable to resolve type hint for function "get_thing"/,
        ),
      },
      {
        severity: 'error',
        file: 'svc/onboarding/interfaces/api/views.py',
        line: 156,
        rule: 'drf-spectacular',
        message: expect.stringMatching(/^OpaqueView: unable to guess serializer\./),
      },
      {
        severity: 'warning',
        rule: 'drf-spectacular',
        message: expect.stringMatching(/^operationId "usage_retrieve" has collisions/),
      },
    ]);
    expect(finalError(fixture('spectacular-fail-on-warn.txt'))).toBe(
      'SchemaGenerationError: Failing as requested due to warnings',
    );
  });

  it("reads DRF's Python warning, its tab-indented lines included, and keeps a library location in the message", () => {
    const findings = parseGeneratorOutput(fixture('drf-duplicate-operation-id.txt'), where);

    expect(findings).toEqual([
      {
        severity: 'warning',
        rule: 'UserWarning',
        message:
          '/usr/lib/python3/dist-packages/rest_framework/schemas/openapi.py:49: You have a duplicated operationId in your OpenAPI schema: listUsages Route: /api/usage/, Method: get Route: /api/usage-again/, Method: get An operationId has to be unique across your schema. Your schema may not work in other tools.',
      },
    ]);
  });

  it('resolves relative paths against the working directory and drops colour codes and repeats', () => {
    const output =
      '\x1b[0;34mapi/views.py:3: \x1b[0;33mWarning [V]: \x1b[0mfirst\napi/views.py:3: Warning [V]: first\nplain text\n';
    expect(parseGeneratorOutput(output, where)).toEqual([
      {
        severity: 'warning',
        file: 'svc/api/views.py',
        line: 3,
        rule: 'drf-spectacular',
        message: 'V: first',
      },
    ]);
  });

  it('finds no final error in a clean run', () => {
    expect(finalError('Schema generation summary:\nWarnings: 0\n')).toBeUndefined();
  });
});

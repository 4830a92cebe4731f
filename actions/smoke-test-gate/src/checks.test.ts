import { ConfigError } from '@maint-actions/core';
import { describe, expect, it } from 'vitest';
import { parseChecks } from './checks';

const errorOf = (yaml: string): string => {
  try {
    parseChecks(yaml, 'smoke.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('parseChecks accepted the file');
};

describe('the checks file', () => {
  it('reads every field of a check', () => {
    const [check] = parseChecks(
      [
        'checks:',
        '  - name: create',
        '    path: /api/items/?dry=1',
        '    method: POST',
        '    headers: {X-Trace: smoke}',
        '    body: {name: smoke}',
        '    expect:',
        '      status: [201, "200-204"]',
        '      body-contains: created',
        '      json: {/name: smoke, /tags: [a, b]}',
        '      schema: {type: object, required: [name]}',
        '    max-latency-ms: {p95: 300, max: 900}',
        '    samples: 60',
        '    repeatable: true',
      ].join('\n'),
      'smoke.yml',
    );
    expect(check).toMatchObject({
      name: 'create',
      path: '/api/items/?dry=1',
      method: 'POST',
      headers: { 'X-Trace': 'smoke', 'Content-Type': 'application/json' },
      body: '{"name":"smoke"}',
      expect: {
        status: [
          { min: 201, max: 201 },
          { min: 200, max: 204 },
        ],
        bodyContains: ['created'],
        json: [
          ['/name', 'smoke'],
          ['/tags', ['a', 'b']],
        ],
      },
      maxLatency: { p95: 300, max: 900 },
      samples: 60,
      repeatable: true,
      origin: 'checks',
    });
    expect(check?.expect.schema?.({ name: 'x' })).toBe(true);
    expect(check?.expect.schema?.({})).toBe(false);
  });

  it('defaults to GET, any 2xx, and a number as the limit of every sample', () => {
    const [check] = parseChecks('checks:\n  - name: h\n    path: /h\n    max-latency-ms: 250\n', 'smoke.yml');
    expect(check).toMatchObject({
      method: 'GET',
      expect: { status: [{ min: 200, max: 299 }] },
      maxLatency: { max: 250 },
    });
  });

  it('names the file, the check and the field of a mistake', () => {
    expect(errorOf('checks:\n  - name: a\n    path: /a\n    expect: {stauts: 200}\n')).toBe(
      'smoke.yml: check "a" (checks[0]): field "expect" has an unknown field "stauts".',
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n  - name: b\n    path: b\n')).toBe(
      'smoke.yml: check "b" (checks[1]): field "path" must start with "/" (it is relative to base-url).',
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n    method: FETCH\n')).toBe(
      'smoke.yml: check "a" (checks[0]): field "method" must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS.',
    );
    expect(errorOf('checks:\n  - path: /a\n')).toBe(
      'smoke.yml: checks[0]: the check is missing the field "name".',
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n    samples: 0\n')).toBe(
      'smoke.yml: check "a" (checks[0]): field "samples" must be >= 1.',
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n    expect: {status: "299-200"}\n')).toBe(
      'smoke.yml: check "a" (checks[0]): field "expect.status": the range "299-200" is backwards; write it low-high.',
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n  - name: a\n    path: /b\n')).toBe(
      'smoke.yml: check "a" (checks[1]): the name is used by checks[0] too; names must be unique.',
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n    expect: {schema: {type: strin}}\n')).toMatch(
      /^smoke\.yml: check "a" \(checks\[0\]\): field "expect\.schema" is not a valid JSON Schema: /,
    );
    expect(errorOf('checks:\n  - name: a\n    path: /a\n    expect: {json: {status: ok}}\n')).toBe(
      'smoke.yml: check "a" (checks[0]): field "expect.json" has the key "status", which is not a JSON pointer (write "/status").',
    );
    expect(errorOf('checks: []\n')).toBe('smoke.yml: field "checks" must NOT have fewer than 1 items.');
    expect(errorOf('checks: [\n')).toMatch(/^smoke\.yml is not valid YAML: /);
  });
});

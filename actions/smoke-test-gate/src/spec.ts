import { defineAction } from '@maint-actions/core';

export const spec = defineAction({
  name: 'smoke-test-gate',
  title: 'Smoke test gate',
  description:
    'Wait until a deployed environment serves the expected version, run a smoke suite against it (hand-written checks and checks derived from the OpenAPI schema), measure latency, and pass or fail the gate in front of production.',
  branding: { icon: 'activity', color: 'orange' },
  inputs: {
    'base-url': {
      type: 'string',
      description:
        'URL of the deployed service, such as `https://staging.example.com`. Check paths are relative to it.',
      required: true,
    },
    checks: {
      type: 'path',
      description:
        'The smoke checks file (YAML, see `schemas/smoke-checks.schema.json`), relative to the repository root. A missing file is an error unless `openapi` gives the checks.',
      default: 'smoke.yml',
    },
    openapi: {
      type: 'path',
      description:
        'OpenAPI schema (YAML or JSON) to derive checks from: every GET operation without required parameters, its response validated against the schema of its documented 2xx response.',
    },
    'ready-path': {
      type: 'string',
      description: 'Readiness URL polled before any check, relative to `base-url`, until it answers 2xx.',
      default: '/healthz',
    },
    'expect-version': {
      type: 'string',
      description:
        'The version or commit SHA the service must report before the checks run (a short SHA matches the full one). Unset: any 2xx is ready.',
    },
    'version-pointer': {
      type: 'string',
      description: 'JSON pointer to the version in the readiness response body, such as `/commit`.',
      default: '/version',
    },
    'version-header': {
      type: 'string',
      description: 'Response header holding the version instead of the body, such as `X-App-Version`.',
    },
    'ready-timeout': {
      type: 'number',
      description:
        'Seconds to wait for readiness (and the expected version). A service still starting, or still serving the old version, fails the gate only when this runs out.',
      default: 300,
    },
    timeout: {
      type: 'number',
      description: 'Seconds for the whole gate: readiness and every check. Checks not finished by then fail.',
      default: 600,
    },
    'request-timeout': {
      type: 'number',
      description:
        'Seconds for one request, until its whole body has arrived. A timed-out request is not retried.',
      default: 10,
    },
    retries: {
      type: 'number',
      description:
        'Retries of a request after a connection error, 408, 429 (after its `Retry-After`), 502, 503 or 504, with exponential backoff and jitter. Any other status is final. POST, PUT, PATCH and DELETE are never retried unless the check says `repeatable: true`.',
      default: 3,
    },
    concurrency: {
      type: 'number',
      description: 'Checks running at once (the samples of one check run one after another).',
      default: 4,
    },
    samples: {
      type: 'number',
      description:
        'Measured requests per check, unless the check sets `samples`. Percentile thresholds need enough of them: p50 20, p95 50, p99 100. A POST, PUT, PATCH or DELETE check is sent once unless it says `repeatable: true`.',
      default: 1,
    },
    warmup: {
      type: 'number',
      description:
        'Unmeasured requests per check before its samples (connections, caches); none for a POST, PUT, PATCH or DELETE check unless it says `repeatable: true`.',
      default: 1,
    },
    'auth-header': {
      type: 'string',
      description:
        'A header sent with every request, as `Name: value`, such as `Authorization: Bearer <token>`. Secret: masked and redacted from every report.',
      secret: true,
    },
    'ca-file': {
      type: 'path',
      description:
        'PEM file of the certificate authority of the service (a private CA), in addition to the system ones.',
    },
    'baseline-report': {
      type: 'path',
      description:
        "The JSON report of a previous run (its `report` output): each check's p95 is compared with that run's, within `max-regression`.",
    },
    'max-regression': {
      type: 'number',
      description:
        "With `baseline-report`: how many percent slower than the previous run a check's p95 may be. Judged only with 50 samples or more on both runs.",
      default: 20,
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (JSON, summary) and `smoke-result.json`. Default `.maint-actions/reports/smoke-test-gate`.',
    },
  },
  outputs: {
    passed: { description: '`true` when the service was ready and every check passed, else `false`.' },
    'failed-checks': {
      description: 'Comma-separated names of the checks that failed (`ready` when readiness did).',
    },
    'p95-ms': {
      description:
        'The p95 latency over every measured sample of every check, in milliseconds; empty (never missing) when no sample was measured, such as on a failed run.',
    },
    report: { description: 'Path of the JSON report.' },
  },
});

export type SmokeTestGateSpec = typeof spec;

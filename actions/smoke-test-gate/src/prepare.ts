/**
 * What smoke-test-gate checks and reads before it sends a request: the inputs, the auth header
 * (masked), the CA file, the checks (file and OpenAPI schema) and the latency baselines.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ActionContext, ConfigError, isPointer, type Platform, secrets } from '@maint-actions/core';
import { loadChecksFile, type SmokeCheck } from './checks';
import type { Baseline } from './latency';
import { loadOpenapiChecks } from './openapi';
import type { SmokeTestGateSpec } from './spec';

export type SmokeInputs = ActionContext<SmokeTestGateSpec>['inputs'];

/** The run's checked set-up. */
export interface Prepared {
  readonly baseUrl: URL;
  /** Sent with every request: the user agent and the auth header. */
  readonly headers: Record<string, string>;
  readonly ca: string | undefined;
  readonly checks: SmokeCheck[];
  readonly baselines: Map<string, Baseline> | undefined;
}

/** Checks every input and reads what the run needs. @throws ConfigError naming the input. */
export async function prepare(platform: Platform, workspace: string, inputs: SmokeInputs): Promise<Prepared> {
  const { baseUrl } = checkInputs(inputs);
  const headers: Record<string, string> = { 'User-Agent': 'maint-actions-smoke-test-gate' };
  if (inputs.authHeader) {
    const { name, value } = parseAuthHeader(inputs.authHeader);
    // The value, and its credentials alone (`Bearer <token>`), which a service may echo.
    for (const secret of new Set([value, value.replace(/^[A-Za-z][\w-]* +/, '')])) {
      platform.setSecret(secret);
      secrets.add(secret);
    }
    headers[name] = value;
  }
  const ca = inputs.caFile ? await readInput(workspace, inputs.caFile, 'ca-file') : undefined;
  const checks = await loadChecks(platform, workspace, inputs);
  const baselines = inputs.baselineReport
    ? await readBaselines(platform, workspace, inputs.baselineReport)
    : undefined;
  return { baseUrl, headers, ca, checks, baselines };
}

/** The parsed `base-url`, after every number input was checked. @throws ConfigError naming the input. */
function checkInputs(inputs: SmokeInputs): { baseUrl: URL } {
  let baseUrl: URL | undefined;
  try {
    baseUrl = new URL(inputs.baseUrl);
  } catch {
    baseUrl = undefined;
  }
  if (baseUrl?.protocol !== 'http:' && baseUrl?.protocol !== 'https:') {
    throw new ConfigError(`Input "base-url" must be an http:// or https:// URL (got "${inputs.baseUrl}").`, {
      input: 'base-url',
    });
  }
  const positive = {
    'ready-timeout': inputs.readyTimeout,
    timeout: inputs.timeout,
    'request-timeout': inputs.requestTimeout,
  };
  for (const [name, value] of Object.entries(positive)) {
    if (!(value > 0))
      throw new ConfigError(`Input "${name}" must be more than 0 seconds (got ${value}).`, { input: name });
  }
  const whole = {
    concurrency: [inputs.concurrency, 1],
    samples: [inputs.samples, 1],
    warmup: [inputs.warmup, 0],
    retries: [inputs.retries, 0],
  } as const;
  for (const [name, [value, min]] of Object.entries(whole)) {
    if (!Number.isInteger(value) || value < min) {
      throw new ConfigError(`Input "${name}" must be a whole number of at least ${min} (got ${value}).`, {
        input: name,
      });
    }
  }
  if (!(inputs.maxRegression >= 0)) {
    throw new ConfigError(
      `Input "max-regression" must be a percentage of 0 or more (got ${inputs.maxRegression}).`,
      {
        input: 'max-regression',
      },
    );
  }
  if (!inputs.readyPath.startsWith('/')) {
    throw new ConfigError(`Input "ready-path" must start with "/" (got "${inputs.readyPath}").`, {
      input: 'ready-path',
    });
  }
  if (!isPointer(inputs.versionPointer)) {
    throw new ConfigError(
      `Input "version-pointer" must be a JSON pointer such as "/version" or "/build/commit" (got "${inputs.versionPointer}").`,
      { input: 'version-pointer' },
    );
  }
  return { baseUrl };
}

/** `Name: value` of the `auth-header` input. @throws ConfigError that never echoes the value (a secret). */
export function parseAuthHeader(text: string): { name: string; value: string } {
  const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(\S.*?)\s*$/s.exec(text);
  if (!match || /[\r\n]/.test(match[2] as string)) {
    throw new ConfigError(
      'Input "auth-header" must be one header as "Name: value", such as "Authorization: Bearer <token>".',
      {
        input: 'auth-header',
      },
    );
  }
  return { name: match[1] as string, value: match[2] as string };
}

async function readInput(workspace: string, file: string, input: string): Promise<string> {
  try {
    return await readFile(path.resolve(workspace, file), 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Input "${input}": ${file} cannot be read (${(error as { code?: string }).code ?? 'error'}).`,
      {
        input,
        cause: error,
      },
    );
  }
}

/**
 * The checks of the checks file and of the OpenAPI schema. A derived check named like one of the
 * file (`GET /path`) gives way to it. @throws ConfigError when there is no check at all.
 */
async function loadChecks(platform: Platform, workspace: string, inputs: SmokeInputs): Promise<SmokeCheck[]> {
  const file = path.resolve(workspace, inputs.checks);
  const fromFile = existsSync(file) || !inputs.openapi ? await loadChecksFile(file, inputs.checks) : [];
  if (!inputs.openapi) return fromFile;
  if (fromFile.length === 0)
    platform.log.info(`${inputs.checks} not found: the checks come from ${inputs.openapi} only.`);
  const names = new Set(fromFile.map((c) => c.name));
  const derived = (await loadOpenapiChecks(path.resolve(workspace, inputs.openapi), inputs.openapi)).filter(
    (c) => !names.has(c.name),
  );
  const checks = [...fromFile, ...derived];
  if (checks.length === 0) {
    throw new ConfigError(
      `Input "openapi": ${inputs.openapi} has no GET operation without required parameters; write checks in "${inputs.checks}".`,
      { input: 'openapi' },
    );
  }
  return checks;
}

/**
 * Each check's p95 and samples in a previous JSON report. A missing file (a first run) warns and
 * judges no regression. @throws ConfigError naming `baseline-report` for a file that is no report.
 */
async function readBaselines(
  platform: Platform,
  workspace: string,
  file: string,
): Promise<Map<string, Baseline>> {
  const full = path.resolve(workspace, file);
  if (!existsSync(full)) {
    platform.log.warning(`baseline-report ${file} does not exist (a first run?): no regression is judged.`);
    return new Map();
  }
  let checks: unknown;
  try {
    checks = (JSON.parse(await readFile(full, 'utf8')) as { checks?: unknown }).checks;
  } catch {
    checks = undefined;
  }
  if (!Array.isArray(checks)) {
    throw new ConfigError(
      `Input "baseline-report": ${file} is not a JSON report of smoke-test-gate (its "report" output).`,
      {
        input: 'baseline-report',
      },
    );
  }
  const baselines = new Map<string, Baseline>();
  for (const check of checks as { name?: unknown; counts?: Record<string, unknown> }[]) {
    const p95 = check.counts?.p95Ms;
    const samples = check.counts?.samples;
    if (typeof check.name === 'string' && typeof p95 === 'number' && typeof samples === 'number') {
      baselines.set(check.name, { p95, samples });
    }
  }
  return baselines;
}

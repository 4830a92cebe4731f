/**
 * The requests of a smoke-test-gate run: wait until the service is ready (and serves the expected
 * version), then probe every check, a few at a time, within the gate's deadline.
 */
import { mapLimit, type Platform } from '@maint-actions/core';
import { HttpClient } from './http';
import type { Prepared, SmokeInputs } from './prepare';
import { type Probe, probe, urlOf } from './probe';
import { type ReadyOutcome, waitForReady } from './ready';
import { type Deadline, earliest, RETRY_BACKOFF } from './retry';
import { READY_CHECK } from './verdict';

/** What the service answered: readiness, and the probes (none when it never got ready). */
export interface Exercised {
  readonly ready: ReadyOutcome;
  readonly probes: Probe[];
}

export async function exercise(
  platform: Platform,
  inputs: SmokeInputs,
  prepared: Prepared,
): Promise<Exercised> {
  const { baseUrl, headers, ca, checks } = prepared;
  const now = performance.now();
  const gateDeadline: Deadline = { at: now + inputs.timeout * 1000, label: `timeout (${inputs.timeout} s)` };
  const readyDeadline = earliest(gateDeadline, {
    at: now + inputs.readyTimeout * 1000,
    label: `ready-timeout (${inputs.readyTimeout} s)`,
  });
  const policy = {
    retries: inputs.retries,
    requestTimeoutMs: inputs.requestTimeout * 1000,
    backoff: RETRY_BACKOFF,
  };
  const client = new HttpClient({ maxSockets: inputs.concurrency, ...(ca ? { ca } : {}) });
  try {
    platform.progress({ id: READY_CHECK, label: `Ready: ${inputs.readyPath}`, state: 'running' });
    const ready = await waitForReady(client, {
      url: urlOf(baseUrl, inputs.readyPath),
      path: inputs.readyPath,
      headers,
      ...(inputs.expectVersion ? { expectVersion: inputs.expectVersion } : {}),
      source: {
        pointer: inputs.versionPointer,
        ...(inputs.versionHeader ? { header: inputs.versionHeader } : {}),
      },
      requestTimeoutMs: policy.requestTimeoutMs,
      deadline: readyDeadline,
    });
    platform.progress({
      id: READY_CHECK,
      label: `Ready: ${inputs.readyPath}`,
      state: ready.ready ? 'passed' : 'failed',
      detail: ready.reason,
    });
    if (!ready.ready) return { ready, probes: [] };
    for (const check of checks) platform.progress({ id: check.name, label: check.name, state: 'queued' });
    const probes = await mapLimit(checks, inputs.concurrency, async (check) => {
      platform.progress({ id: check.name, label: check.name, state: 'running' });
      const result = await probe(client, check, {
        baseUrl,
        headers,
        samples: inputs.samples,
        warmup: inputs.warmup,
        policy,
        deadline: gateDeadline,
      });
      platform.progress({
        id: check.name,
        label: check.name,
        state: result.problems.length ? 'failed' : 'passed',
        detail: result.problems[0],
      });
      return result;
    });
    return { ready, probes };
  } finally {
    client.close();
  }
}

/**
 * Latency as smoke-test-gate measures it (its `probe`: the keep-alive client, retries policy and
 * expectations the action runs) against a reference measurement of the same requests: a plain
 * `node:http` GET timed with `process.hrtime` from the call to the body's last byte, in the same
 * process, on the same local server (about 10 ms of work and a 16 KiB JSON body per request).
 * Target: the two p50s within 5 ms.
 *
 * Run: pnpm exec tsx bench/smoke-test-gate.ts
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { ANY_2XX, type SmokeCheck } from '../actions/smoke-test-gate/src/checks';
import { HttpClient } from '../actions/smoke-test-gate/src/http';
import { latencyStats } from '../actions/smoke-test-gate/src/latency';
import { probe } from '../actions/smoke-test-gate/src/probe';
import { RETRY_BACKOFF } from '../actions/smoke-test-gate/src/retry';
import { type Figure, interleave, median, printFigure } from './lib';

const ROUNDS = 10;
const SAMPLES = 30;
const TARGET_MS = 5;
const WORK_MS = 10;
const BODY = JSON.stringify(
  Array.from({ length: 200 }, (_, i) => ({ id: i, slug: `item-${i}`, title: 'x'.repeat(40) })),
);

const CHECK: SmokeCheck = {
  name: 'bench',
  path: '/api/items/',
  method: 'GET',
  headers: {},
  expect: { status: ANY_2XX, bodyContains: ['item-199'], json: [] },
  repeatable: true,
  origin: 'checks',
};

/** Runs the bench and prints its figure. */
export async function bench(): Promise<Figure> {
  const server = http.createServer((_req, res) => {
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(BODY), WORK_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const client = new HttpClient({ maxSockets: 1 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const gate = async (): Promise<number> => {
      const result = await probe(client, CHECK, {
        baseUrl: base,
        headers: {},
        samples: SAMPLES,
        warmup: 1,
        policy: { retries: 0, requestTimeoutMs: 10_000, backoff: RETRY_BACKOFF },
        deadline: { at: performance.now() + 60_000, label: 'bench' },
      });
      if (result.problems.length > 0)
        throw new Error(`the gate's check failed: ${result.problems.join('; ')}`);
      return latencyStats(result.latencies)?.p50 ?? Number.NaN;
    };
    const reference = async (): Promise<number> => {
      const url = new URL(CHECK.path, base);
      await timedGet(url, agent);
      const latencies: number[] = [];
      for (let i = 0; i < SAMPLES; i++) latencies.push(await timedGet(url, agent));
      return latencyStats(latencies)?.p50 ?? Number.NaN;
    };
    const { subject, baseline } = await interleave(ROUNDS, gate, reference);
    const subjectMs = median(subject);
    const baselineMs = median(baseline);
    const figure: Figure = {
      name: 'smoke-test-gate latency vs a plain node:http request',
      measure: `median over ${ROUNDS} rounds of each side's p50 of ${SAMPLES} samples, local server (${WORK_MS} ms, ${Math.round(BODY.length / 1024)} KiB)`,
      subjectMs,
      baselineMs,
      value: Math.abs(subjectMs - baselineMs),
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms at p50`,
      ok: Math.abs(subjectMs - baselineMs) <= TARGET_MS,
    };
    printFigure(figure);
    return figure;
  } finally {
    client.close();
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** One GET timed with `process.hrtime` from the call to the body's last byte. */
function timedGet(url: URL, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`reference request answered ${res.statusCode}`));
          else resolve(Number(process.hrtime.bigint() - start) / 1e6);
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();

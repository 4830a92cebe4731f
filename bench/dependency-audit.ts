/**
 * Rating vulnerabilities from OSV: the action's way (one `querybatch`, then the records fetched
 * 16 at a time) against one request at a time (`POST /v1/query` then `GET /v1/vulns/{id}` for
 * each package in turn), for 200 vulnerable packages on a loopback OSV-shaped server that adds
 * 50 ms to every request, as a distant API would. Target: at most 0.1 × one at a time.
 *
 * Run: pnpm exec tsx bench/dependency-audit.ts
 */
import { pathToFileURL } from 'node:url';
import { rateVulnerabilities } from '../actions/dependency-audit/src/osv';
import { type OsvTestRecord, startOsvServer } from '../actions/dependency-audit/src/test-support/osv-server';
import { type Figure, interleave, median, printFigure, timeFn } from './lib';

const PACKAGES = 200;
const DELAY_MS = 50;
const ROUNDS = 3;
const TARGET = 0.1;

const records: OsvTestRecord[] = Array.from({ length: PACKAGES }, (_, i) => ({
  id: `GHSA-bench-${i}`,
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
  affected: [{ package: { name: `pkg-${i}`, ecosystem: 'PyPI' }, versions: ['1.0.0'] }],
}));
const vulns = records.map((r, i) => ({ package: `pkg-${i}`, version: '1.0.0', id: r.id, aliases: [] }));

/** Runs the bench and prints its figure. */
export async function bench(): Promise<Figure> {
  const server = await startOsvServer({ records, delayMs: DELAY_MS });
  try {
    const { subject, baseline } = await interleave(
      ROUNDS,
      () => timeFn(async () => expectAllRated(await rateVulnerabilities(vulns, { url: server.url }))),
      () => timeFn(() => oneAtATime(server.url)),
      0,
    );
    const subjectMs = median(subject);
    const baselineMs = median(baseline);
    const figure: Figure = {
      name: 'OSV severities, batched and concurrent vs one request at a time',
      measure: `median of ${ROUNDS}, ${PACKAGES} packages, ${DELAY_MS} ms per request`,
      subjectMs,
      baselineMs,
      value: subjectMs / baselineMs,
      unit: 'ratio',
      target: `≤ ${TARGET}`,
      ok: subjectMs / baselineMs <= TARGET,
    };
    printFigure(figure);
    return figure;
  } finally {
    await server.close();
  }
}

/** Each package in turn: its query, then its record, as a client without batching does. */
async function oneAtATime(url: string): Promise<void> {
  for (const v of vulns) {
    const query = await fetch(`${url}/v1/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ package: { name: v.package, ecosystem: 'PyPI' }, version: v.version }),
    });
    const found = (await query.json()) as { vulns?: { id: string }[] };
    for (const { id } of found.vulns ?? []) {
      const record = await fetch(`${url}/v1/vulns/${encodeURIComponent(id)}`);
      if (!record.ok) throw new Error(`GET /v1/vulns/${id}: HTTP ${record.status}`);
      await record.json();
    }
  }
}

/** A side that rates nothing would be timing something else. */
function expectAllRated(rated: readonly { severity: string }[]): void {
  if (rated.length !== PACKAGES || rated.some((r) => r.severity !== 'high')) {
    throw new Error('rateVulnerabilities did not rate every package as the records say');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();

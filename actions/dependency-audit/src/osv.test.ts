import { forgetUnreachableHosts } from '@maint-actions/core';
import {
  FAST_NETWORK,
  FAST_NETWORK_DEADLINE_MS,
  HOSTILE_CASES,
  startHostileServer,
  startRecordingProxy,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { rateRecord, rateVulnerabilities } from './osv';
import { FIXTURE_RECORDS, type OsvServer, startOsvServer } from './test-support/osv-server';

let server: OsvServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FIXTURE_VULNS = [
  {
    package: 'django',
    version: '3.2.0',
    id: 'PYSEC-2021-439',
    aliases: ['CVE-2021-44420', 'GHSA-v6rh-hp5x-86rv'],
  },
  { package: 'django', version: '3.2.0', id: 'GHSA-2gwj-7jmv-h26r', aliases: ['CVE-2022-34265'] },
  { package: 'requests', version: '2.25.0', id: 'GHSA-j8r2-6x86-q33q', aliases: [] },
];

describe('rateVulnerabilities against a local OSV API', () => {
  it('batches the query, fetches the listed records and rates each vulnerability by its most severe alias', async () => {
    server = await startOsvServer({ records: FIXTURE_RECORDS });
    const rated = await rateVulnerabilities(FIXTURE_VULNS, { url: `${server.url}/` });

    expect(rated).toEqual([
      { severity: 'high', score: 7.3 }, // the PYSEC record has no score; its GHSA alias has CVSS 3.1
      { severity: 'critical', score: 9.8 },
      { severity: 'medium', score: 6 }, // CVSS 4.0 by the v4.0 method (mapped onto v3.1 it was 5.3)
    ]);
    expect(server.batchSizes).toEqual([2]); // one query per package version
    expect(server.requests.filter((r) => r.startsWith('GET')).sort()).toEqual([
      'GET /v1/vulns/GHSA-2gwj-7jmv-h26r',
      'GET /v1/vulns/GHSA-j8r2-6x86-q33q',
      'GET /v1/vulns/GHSA-v6rh-hp5x-86rv',
      'GET /v1/vulns/PYSEC-2021-439',
    ]);
  });

  it('splits more than 1,000 package versions into batches and fetches under the concurrency limit', async () => {
    server = await startOsvServer({ records: [], delayMs: 5 });
    const vulns = Array.from({ length: 1_234 }, (_, i) => ({
      package: `pkg${i}`,
      version: '1.0',
      id: `OSV-${i}`,
      aliases: [],
    }));
    const rated = await rateVulnerabilities(vulns, { url: server.url, concurrency: 8 });

    expect(server.batchSizes).toEqual([1000, 234]);
    // OSV lists none of them, so each ID is fetched by itself: unknown to OSV is an unknown severity.
    expect(rated.every((r) => r.severity === 'unknown')).toBe(true);
    expect(server.requests.filter((r) => r.startsWith('GET'))).toHaveLength(1_234);
    expect(server.maxInFlight()).toBeLessThanOrEqual(8);
  });

  it('fails with the path and status when OSV keeps answering with an error', async () => {
    server = await startOsvServer({ records: FIXTURE_RECORDS, fail: { '/v1/querybatch': 503 } });
    await expect(
      rateVulnerabilities(FIXTURE_VULNS, { url: server.url, policy: FAST_NETWORK }),
    ).rejects.toThrow(
      `OSV POST /v1/querybatch failed: ${new URL(server.url).host}: answered HTTP 503 Service Unavailable: internal error (3 attempts in`,
    );
    expect(server.requests).toEqual(Array(3).fill('POST /v1/querybatch'));
  });
});

describe('rateVulnerabilities against OSV endpoints that do not answer', () => {
  afterEach(() => forgetUnreachableHosts());

  for (const { mode, options, says } of HOSTILE_CASES) {
    it(`${mode}: fails naming the host, within the budget`, async () => {
      const hostile = await startHostileServer(mode, options);
      try {
        const started = Date.now();
        const error = (await rateVulnerabilities(FIXTURE_VULNS, {
          url: hostile.url,
          policy: FAST_NETWORK,
        }).catch((e: unknown) => e)) as Error;
        expect(error.message).toMatch(new RegExp(`^OSV POST /v1/querybatch failed: ${hostile.host}: `));
        expect(error.message).toMatch(says);
        expect(Date.now() - started).toBeLessThan(FAST_NETWORK_DEADLINE_MS);
      } finally {
        await hostile.close();
      }
    });
  }

  it('goes through HTTPS_PROXY/HTTP_PROXY, and straight to a NO_PROXY host', async () => {
    server = await startOsvServer({ records: FIXTURE_RECORDS });
    const proxy = await startRecordingProxy();
    const saved = { ...process.env };
    try {
      process.env.http_proxy = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      await rateVulnerabilities(FIXTURE_VULNS, { url: server.url, policy: FAST_NETWORK });
      expect(proxy.requests).toContain(`POST ${server.url}/v1/querybatch`);
      expect(proxy.requests).toContain(`GET ${server.url}/v1/vulns/PYSEC-2021-439`);
      const through = proxy.requests.length;
      process.env.NO_PROXY = new URL(server.url).host;
      await rateVulnerabilities(FIXTURE_VULNS, { url: server.url, policy: FAST_NETWORK });
      expect(proxy.requests).toHaveLength(through);
    } finally {
      process.env = saved;
      await proxy.close();
    }
  });
});

describe('rateRecord', () => {
  it('prefers CVSS v3, then the database rating, then CVSS v4', () => {
    expect(rateRecord({ id: 'A', database_specific: { severity: 'MODERATE' } })).toEqual({
      severity: 'medium',
    });
    expect(
      rateRecord({
        id: 'B',
        severity: [
          { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
        ],
        database_specific: { severity: 'LOW' },
      }),
    ).toEqual({ severity: 'low' });
    expect(
      rateRecord({ id: 'C', severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }] }),
    ).toEqual({
      severity: 'unknown',
    });
  });
});

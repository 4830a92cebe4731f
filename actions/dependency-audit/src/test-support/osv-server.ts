/**
 * A local HTTP server shaped like the OSV API (https://google.github.io/osv.dev/api/):
 * `POST /v1/query`, `POST /v1/querybatch` (IDs and modified dates only, as OSV answers it) and
 * `GET /v1/vulns/{id}`, over records given by the test. It can add a delay to every request
 * and answer chosen paths with an error status, and it records what was asked.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An OSV record with the affected versions the server matches queries against. */
export interface OsvTestRecord {
  readonly id: string;
  readonly aliases?: readonly string[];
  readonly modified?: string;
  readonly severity?: readonly { readonly type: string; readonly score: string }[];
  readonly database_specific?: Record<string, unknown>;
  readonly affected: readonly {
    readonly package: { readonly name: string; readonly ecosystem: string };
    readonly versions: readonly string[];
  }[];
}

export interface OsvServerOptions {
  readonly records: readonly OsvTestRecord[];
  /** Milliseconds added before each answer. */
  readonly delayMs?: number;
  /** Status to answer for every request whose path starts with the key. */
  readonly fail?: Readonly<Record<string, number>>;
}

export interface OsvServer {
  readonly url: string;
  /** `METHOD path` of each request, in order. */
  readonly requests: string[];
  /** Query counts of each querybatch request. */
  readonly batchSizes: number[];
  /** The most requests in flight at once. */
  readonly maxInFlight: () => number;
  close(): Promise<void>;
}

interface Query {
  package?: { name?: string; ecosystem?: string };
  version?: string;
}

/** Starts the server on 127.0.0.1 and an ephemeral port. */
export async function startOsvServer(options: OsvServerOptions): Promise<OsvServer> {
  const requests: string[] = [];
  const batchSizes: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
  const matching = (q: Query): OsvTestRecord[] =>
    options.records.filter((r) =>
      r.affected.some(
        (a) =>
          a.package.ecosystem === (q.package?.ecosystem ?? '') &&
          normalize(a.package.name) === normalize(q.package?.name ?? '') &&
          a.versions.includes(q.version ?? ''),
      ),
    );
  const modified = (r: OsvTestRecord): string => r.modified ?? '2024-01-01T00:00:00Z';

  const server = http.createServer(async (req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      inFlight--;
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.method} ${path}`);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const failure = Object.entries(options.fail ?? {}).find(([prefix]) => path.startsWith(prefix));
    if (failure) return send(failure[1], { code: 13, message: 'internal error' });
    const body =
      chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown) : undefined;
    if (req.method === 'POST' && path === '/v1/querybatch') {
      const queries = (body as { queries?: Query[] }).queries ?? [];
      if (queries.length > 1000) return send(400, { code: 3, message: 'Too many queries.' });
      batchSizes.push(queries.length);
      const results = queries.map((q) => {
        const found = matching(q);
        return found.length > 0 ? { vulns: found.map((r) => ({ id: r.id, modified: modified(r) })) } : {};
      });
      return send(200, { results });
    }
    if (req.method === 'POST' && path === '/v1/query') {
      const found = matching(body as Query);
      return send(
        200,
        found.length > 0 ? { vulns: found.map(({ affected, ...r }) => ({ ...r, affected })) } : {},
      );
    }
    const vuln = /^\/v1\/vulns\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && vuln) {
      const record = options.records.find((r) => r.id === decodeURIComponent(vuln[1] ?? ''));
      return record
        ? send(200, { ...record, modified: modified(record) })
        : send(404, { code: 5, message: 'Bug not found.' });
    }
    return send(404, { code: 5, message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    batchSizes,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** OSV records for the vulnerabilities of `packages/testing/fixtures/pip-audit/vulnerable.json`. */
export const FIXTURE_RECORDS: readonly OsvTestRecord[] = [
  {
    id: 'PYSEC-2021-439',
    aliases: ['CVE-2021-44420', 'GHSA-v6rh-hp5x-86rv'],
    affected: [{ package: { name: 'django', ecosystem: 'PyPI' }, versions: ['3.2.0'] }],
  },
  {
    id: 'GHSA-v6rh-hp5x-86rv',
    aliases: ['CVE-2021-44420', 'PYSEC-2021-439'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L' }],
    database_specific: { severity: 'HIGH' },
    affected: [{ package: { name: 'Django', ecosystem: 'PyPI' }, versions: ['3.2.0'] }],
  },
  {
    id: 'GHSA-2gwj-7jmv-h26r',
    aliases: ['CVE-2022-34265', 'PYSEC-2022-213'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [{ package: { name: 'Django', ecosystem: 'PyPI' }, versions: ['3.2.0'] }],
  },
  {
    id: 'GHSA-j8r2-6x86-q33q',
    aliases: ['CVE-2023-32681', 'PYSEC-2023-74'],
    severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:P/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N' }],
    affected: [{ package: { name: 'requests', ecosystem: 'PyPI' }, versions: ['2.25.0'] }],
  },
];

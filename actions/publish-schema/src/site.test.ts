import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  decide,
  nextIndex,
  type Publication,
  parseIndex,
  publishSite,
  type SiteFile,
  type SiteIndex,
  type SiteStore,
} from './site';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function publication(version: string, sha256 = SHA_A): Publication {
  return {
    version,
    sha256,
    title: 'Orders',
    date: '2025-01-02T03:04:05.000Z',
    files: [
      { path: 'schema.yml', content: 'openapi: 3.0.3\n', contentType: 'application/yaml' },
      { path: 'schema.json', content: '{}', contentType: 'application/json' },
      { path: 'index.html', content: '<html></html>', contentType: 'text/html' },
    ],
  };
}

function index(latest: string, ...versions: [string, string][]): SiteIndex {
  return {
    title: 'Orders',
    latest,
    versions: versions.map(([version, sha256]) => ({
      version,
      sha256,
      date: '2025-01-01T00:00:00Z',
      url: `${version}/index.html`,
    })),
  };
}

/** A store in memory that records the order of writes and can fail one path. */
function memoryStore(failOn?: string): SiteStore & { files: Map<string, string>; order: string[] } {
  const files = new Map<string, string>();
  const order: string[] = [];
  return {
    files,
    order,
    read: async (file) => files.get(file),
    async write(file: SiteFile) {
      if (file.path === failOn) throw new Error(`cannot write ${file.path}`);
      order.push(file.path);
      files.set(file.path, file.content);
    },
  };
}

describe('decide', () => {
  it('publishes into an empty target', () => {
    expect(decide(undefined, '1.0.0', SHA_A)).toEqual({ kind: 'publish' });
  });

  it('publishes a new version with a new schema', () => {
    expect(decide(index('1.0.0', ['1.0.0', SHA_A]), '1.1.0', SHA_B)).toEqual({ kind: 'publish' });
  });

  it('finds the same version with the same schema unchanged', () => {
    expect(decide(index('1.0.0', ['1.0.0', SHA_A]), '1.0.0', SHA_A)).toEqual({
      kind: 'unchanged',
      version: '1.0.0',
    });
  });

  it('finds a new version whose schema is the latest one unchanged', () => {
    expect(decide(index('1.0.0', ['1.0.0', SHA_A]), '1.0.1', SHA_A)).toEqual({
      kind: 'unchanged',
      version: '1.0.0',
    });
  });

  it('publishes a schema equal to an older, not latest, version under the new version', () => {
    const idx = index('1.1.0', ['1.1.0', SHA_B], ['1.0.0', SHA_A]);
    expect(decide(idx, '1.2.0', SHA_A)).toEqual({ kind: 'publish' });
  });

  it('reports the same version with another schema as a conflict', () => {
    expect(decide(index('1.0.0', ['1.0.0', SHA_A]), '1.0.0', SHA_B)).toEqual({
      kind: 'conflict',
      publishedSha256: SHA_A,
    });
  });
});

describe('nextIndex', () => {
  it('adds the version highest first and moves latest to it', () => {
    const next = nextIndex(index('1.0.0', ['1.0.0', SHA_A]), publication('1.10.0', SHA_B));
    expect(next.latest).toBe('1.10.0');
    expect(next.versions.map((v) => v.version)).toEqual(['1.10.0', '1.0.0']);
    expect(next.versions[0]).toEqual({
      version: '1.10.0',
      sha256: SHA_B,
      date: '2025-01-02T03:04:05.000Z',
      url: '1.10.0/index.html',
    });
  });

  it('keeps latest on a hotfix of an older line', () => {
    const next = nextIndex(index('2.0.0', ['2.0.0', SHA_A]), publication('1.9.1', SHA_B));
    expect(next.latest).toBe('2.0.0');
    expect(next.versions.map((v) => v.version)).toEqual(['2.0.0', '1.9.1']);
  });

  it('never lets a prerelease replace a release as latest, but a release replaces a prerelease', () => {
    expect(nextIndex(index('1.0.0', ['1.0.0', SHA_A]), publication('2.0.0-rc.1', SHA_B)).latest).toBe(
      '1.0.0',
    );
    expect(nextIndex(index('2.0.0-rc.1', ['2.0.0-rc.1', SHA_A]), publication('2.0.0', SHA_B)).latest).toBe(
      '2.0.0',
    );
  });

  it('starts an index', () => {
    expect(nextIndex(undefined, publication('0.1.0'))).toMatchObject({ title: 'Orders', latest: '0.1.0' });
  });
});

describe('compareVersions', () => {
  it('orders by semver precedence', () => {
    const sorted = [
      '1.0.0',
      '1.0.0-rc.1',
      '1.0.0-alpha',
      '1.0.0-alpha.10',
      '1.0.0-alpha.2',
      '0.9.0',
      '1.10.0',
      '1.2.0',
    ].sort(compareVersions);
    expect(sorted).toEqual([
      '0.9.0',
      '1.0.0-alpha',
      '1.0.0-alpha.2',
      '1.0.0-alpha.10',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
    ]);
  });

  it('ranks versions that are not semver above, by name', () => {
    expect(['2024-06', '1.0.0', '2024-05'].sort(compareVersions)).toEqual(['1.0.0', '2024-05', '2024-06']);
  });
});

describe('publishSite', () => {
  it('writes the version, then latest, then index.html, and index.json last', async () => {
    const store = memoryStore();
    const result = await publishSite(store, publication('1.0.0'), undefined);
    expect(store.order).toEqual([
      '1.0.0/schema.yml',
      '1.0.0/schema.json',
      '1.0.0/index.html',
      'latest/schema.yml',
      'latest/schema.json',
      'latest/index.html',
      'index.html',
      'index.json',
    ]);
    expect(result).toMatchObject({ files: 8, movedLatest: true });
    expect(parseIndex(store.files.get('index.json') as string)).toEqual(result.index);
    expect(store.files.get('index.html')).toContain(
      '<a href="1.0.0/index.html">1.0.0</a> <strong>(latest)</strong>',
    );
  });

  it('leaves latest alone when the version is not the highest', async () => {
    const store = memoryStore();
    const result = await publishSite(store, publication('0.9.0'), index('1.0.0', ['1.0.0', SHA_B]));
    expect(store.order).toEqual([
      '0.9.0/schema.yml',
      '0.9.0/schema.json',
      '0.9.0/index.html',
      'index.html',
      'index.json',
    ]);
    expect(result.movedLatest).toBe(false);
  });

  it('moves neither latest nor the index when a version file fails', async () => {
    const store = memoryStore('1.1.0/index.html');
    await expect(publishSite(store, publication('1.1.0'), undefined)).rejects.toThrow(
      'cannot write 1.1.0/index.html',
    );
    expect(store.order).toEqual(['1.1.0/schema.yml', '1.1.0/schema.json']);
  });
});

describe('parseIndex', () => {
  it('rejects what is not an index', () => {
    expect(() => parseIndex('<html>')).toThrow('index.json is not JSON; fix or remove it');
    expect(() => parseIndex('{"versions":[{"version":"1"}]}')).toThrow(
      'index.json has no valid "versions" list (version, sha256, date, url); fix or remove it',
    );
  });
});

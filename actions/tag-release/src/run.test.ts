import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FakePlatform } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, gitEnv, makeRepo, type Repo, release } from './test-support';

let repo: Repo;

beforeEach(async () => {
  repo = await makeRepo();
});
afterEach(async () => repo.cleanup());

const errorsOf = (platform: FakePlatform) =>
  platform.lines.filter((l) => l.level === 'error').map((l) => l.message);

describe('tag-release with git', () => {
  it('releases the first version, then the next one from the commits, with notes, a moving tag and a release', async () => {
    const host = new FakePlatform();
    const first = await release(
      repo.workspace,
      { 'moving-tags': 'major', token: 'ghs_secret-token' },
      { host },
    );
    expect(first.exitCode, first.text).toBe(0);
    const start = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(Object.fromEntries(first.platform.outputs)).toMatchObject({
      version: '0.1.0',
      tag: 'v0.1.0',
      'previous-version': '',
      bump: 'none',
    });

    await repo.commit('feat(api): export as CSV (#12)\n\nDeploy-Notes: set EXPORT_BUCKET first', {
      'onboarding/migrations/0002_export.py': '# migration\n',
      'onboarding/migrations/__init__.py': '',
    });
    const head = await repo.commit('fix: keep the order of exports');
    const second = await release(
      repo.workspace,
      { 'moving-tags': 'major', token: 'ghs_secret-token' },
      {
        host,
        kind: 'github',
        context: { repository: 'acme/backend', webUrl: 'https://github.example/acme/backend' },
      },
    );

    expect(second.exitCode, second.text).toBe(0);
    expect(Object.fromEntries(second.platform.outputs)).toMatchObject({
      version: '0.2.0',
      tag: 'v0.2.0',
      'previous-version': '0.1.0',
      bump: 'minor',
      'release-url': 'https://example.test/releases/tag/v0.2.0',
    });
    expect(await repo.remoteTags()).toEqual({ 'v0.1.0': start, 'v0.2.0': head, v0: head });
    expect(await git(repo.remote, 'cat-file', '-t', 'v0.2.0')).toBe('tag');
    expect(await git(repo.remote, 'tag', '-l', '--format=%(taggername) %(taggeremail)', 'v0.2.0')).toBe(
      'maint-actions <maint-actions@users.noreply.github.com>',
    );
    const notes = host.releases.get('v0.2.0')?.body ?? '';
    expect(notes).toContain(
      '### Deployment notes\n\n- set EXPORT_BUCKET first ([#12](https://github.example/acme/backend/pull/12)',
    );
    expect(notes).toContain('### New migrations\n\n- `onboarding/migrations/0002_export.py`\n');
    expect(notes).toContain('### Features\n\n- **api:** export as CSV');
    expect(notes).toContain('### Fixes\n\n- keep the order of exports');
    expect(notes).not.toContain('chore: start');
    const file = second.platform.outputs.get('changelog') ?? '';
    expect(await readFile(file, 'utf8')).toBe(`# v0.2.0\n\n${notes}`);
    expect(second.platform.summaries.join('')).toContain('## Release notes of v0.2.0');
    expect(second.text + (await readFile(file, 'utf8'))).not.toContain('ghs_secret-token');
  });

  it('succeeds on a re-run at the same commit and reports the existing release', async () => {
    const host = new FakePlatform();
    await repo.commit('feat: a');
    expect((await release(repo.workspace, {}, { host })).exitCode).toBe(0);
    const again = await release(repo.workspace, {}, { host });

    expect(again.exitCode, again.text).toBe(0);
    expect(again.platform.outputs.get('version')).toBe('0.1.0');
    expect(again.platform.outputs.get('release-url')).toBe('https://example.test/releases/tag/v0.1.0');
    const summary = again.platform.summaries.join('');
    expect(summary).toContain('| Release | enforce | ✅ passed |');
    expect(summary).toContain('exists already: https://example.test/releases/tag/v0.1.0');
    expect(host.releases.size).toBe(1);
    expect(Object.keys(await repo.remoteTags())).toEqual(['v0.1.0']);
  });

  it('fails, naming both commits, when the version is tagged at another commit on the remote', async () => {
    const host = new FakePlatform();
    expect((await release(repo.workspace, { 'create-release': 'false' }, { host })).exitCode).toBe(0);
    const other = await repo.clone('other');
    await git(other, 'fetch', '--tags', '--quiet');
    const theirs = await repo.commit('fix: theirs', undefined, other);
    expect((await release(other, { 'create-release': 'false' })).exitCode).toBe(0);
    await git(repo.workspace, 'reset', '--quiet', '--hard', 'HEAD');
    await writeFile(path.join(repo.workspace, 'ours.txt'), 'ours');
    await git(repo.workspace, 'add', 'ours.txt');
    await git(repo.workspace, 'commit', '--quiet', '-m', 'fix: ours');
    const ours = await git(repo.workspace, 'rev-parse', 'HEAD');

    const run = await release(repo.workspace, {}, { host });

    expect(run.exitCode).toBe(1);
    expect(errorsOf(run.platform)).toEqual([
      `v0.1.1: tag v0.1.1 already exists at commit ${theirs}, not at ${ours} which this run releases: release another version, or delete the tag if it is wrong`,
    ]);
    expect((await repo.remoteTags())['v0.1.1']).toBe(theirs);
    expect(await git(repo.workspace, 'rev-parse', 'v0.1.1^{commit}')).toBe(theirs);
    expect(host.releases.size).toBe(0);
  });

  it('fails clearly on a protected tag refused by the remote, and leaves no local tag', async () => {
    await repo.hook(
      'while read old new ref; do case "$ref" in refs/tags/v*) echo "GL-HOOK-ERR: tags matching v* are protected" >&2; exit 1;; esac; done',
    );
    const host = new FakePlatform();
    await repo.commit('feat: a');
    const run = await release(
      repo.workspace,
      { 'moving-tags': 'major', 'changelog-file': 'CHANGELOG.md' },
      { host },
    );

    expect(run.exitCode).toBe(1);
    const [message] = errorsOf(run.platform);
    expect(message).toMatch(
      /^v0\.1\.0: git push of v0\.1\.0 to origin was refused: remote: GL-HOOK-ERR: tags matching v\* are protected \/ /,
    );
    expect(message).toContain('pre-receive hook declined');
    expect(await git(repo.workspace, 'tag', '--list')).toBe('');
    expect(await repo.remoteTags()).toEqual({});
    expect(existsSync(path.join(repo.workspace, 'CHANGELOG.md'))).toBe(false);
    expect(host.releases.size).toBe(0);
  });

  it('makes exactly one tag and one release when two runs race against a slow remote', async () => {
    await repo.hook('sleep 1');
    const host = new FakePlatform();
    await repo.commit('feat: a');
    const second = await repo.clone('second');
    const runs = await Promise.all([
      release(repo.workspace, { 'moving-tags': 'major' }, { host }),
      release(second, { 'moving-tags': 'major' }, { host }),
    ]);

    expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(await repo.remoteTags()).toEqual({ 'v0.1.0': head, v0: head });
    const tagChecks = runs.map((r) => r.platform.summaries.join('')).join('\n');
    expect(tagChecks).toContain('pushed to origin; moved v0');
    expect(tagChecks).toContain('already on origin at this commit (tagged by another run); moved v0');
    expect(host.releases.size).toBe(1);
  });

  it('moves moving tags only forward, and never for a pre-release', async () => {
    const host = new FakePlatform();
    await repo.commit('feat: a');
    expect(
      (await release(repo.workspace, { version: '1.2.0', 'moving-tags': 'major,minor' }, { host })).exitCode,
    ).toBe(0);
    const v120 = await git(repo.workspace, 'rev-parse', 'HEAD');
    const rc = await repo.commit('feat: b');
    const pre = await release(repo.workspace, { prerelease: 'rc', 'moving-tags': 'major,minor' }, { host });
    expect(pre.exitCode, pre.text).toBe(0);
    expect(pre.platform.outputs.get('version')).toBe('1.3.0-rc.1');
    expect(host.releases.get('v1.3.0-rc.1')?.prerelease).toBe(true);
    await repo.commit('fix: c');
    expect(
      (
        await release(repo.workspace, { prerelease: 'rc', 'moving-tags': 'major' }, { host })
      ).platform.outputs.get('version'),
    ).toBe('1.3.0-rc.2');
    expect(await repo.remoteTags()).toMatchObject({ v1: v120, 'v1.2': v120, 'v1.3.0-rc.1': rc });
  });

  it('prepends the notes to the changelog file once', async () => {
    await writeFile(
      path.join(repo.workspace, 'CHANGELOG.md'),
      '# Changelog\n\n## 0.0.1 (2020-01-01)\n\n- old\n',
    );
    await repo.commit('fix: a');
    const inputs = { 'changelog-file': 'CHANGELOG.md', 'initial-version': '1.0.0' };
    const first = await release(repo.workspace, inputs);
    expect(first.exitCode, first.text).toBe(0);
    const once = await readFile(path.join(repo.workspace, 'CHANGELOG.md'), 'utf8');
    expect(once).toMatch(
      /^# Changelog\n\n## 1\.0\.0 \(\d{4}-\d\d-\d\d\)\n\n### Fixes\n\n- a \([0-9a-f]{7}\)\n/,
    );
    expect(once).toContain('\n## 0.0.1 (2020-01-01)\n\n- old\n');
    const again = await release(repo.workspace, inputs);
    expect(again.platform.summaries.join('')).toContain('CHANGELOG.md has 1.0.0 already; unchanged');
    expect(await readFile(path.join(repo.workspace, 'CHANGELOG.md'), 'utf8')).toBe(once);
  });

  it('releases nothing when no commit calls for it', async () => {
    const first = await release(repo.workspace, {});
    expect(first.exitCode, first.text).toBe(0);
    await repo.commit('docs: typo');
    const run = await release(repo.workspace, {});
    expect(run.exitCode).toBe(0);
    expect(Object.fromEntries(run.platform.outputs)).toEqual({
      version: '',
      tag: '',
      'previous-version': '0.1.0',
      bump: 'none',
      'release-url': '',
      changelog: '',
      status: 'skipped',
    });
    expect(run.platform.summaries.join('')).toContain(
      'nothing to release: no commit calls for a release (docs)',
    );
    expect(Object.keys(await repo.remoteTags())).toEqual(['v0.1.0']);
  });
});

describe('tag-release through the host API', () => {
  it('creates the tag and moves the major tag through the API, without pushing', async () => {
    const host = new FakePlatform();
    await repo.commit('feat: a');
    const run = await release(
      repo.workspace,
      { push: 'api', 'moving-tags': 'major', assets: 'schema.yml' },
      { host },
    );
    expect(run.exitCode).toBe(2);
    expect(errorsOf(run.platform)).toEqual(['Input "assets": schema.yml does not exist or cannot be read.']);

    await repo.commit('docs: schema', { 'schema.yml': 'openapi: 3.1.0\n' });
    const ok = await release(
      repo.workspace,
      { push: 'api', 'moving-tags': 'major', assets: 'schema.yml' },
      { host },
    );
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(ok.exitCode, ok.text).toBe(0);
    expect(host.tags.get('v0.1.0')).toEqual({ sha: head, message: 'Release 0.1.0\n' });
    expect(host.tags.get('v0')).toEqual({ sha: head });
    expect(host.releases.get('v0.1.0')?.assets).toEqual(['schema.yml']);
    expect(await repo.remoteTags()).toEqual({});
    expect(await git(repo.workspace, 'tag', '--list')).toBe('');
  });

  it('fails on a tag the host has at another commit', async () => {
    const host = new FakePlatform();
    host.tags.set('v0.1.0', { sha: 'f'.repeat(40) });
    const run = await release(repo.workspace, { push: 'api' }, { host });
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run.platform)).toEqual([
      `v0.1.0: tag v0.1.0 already exists at another commit than ${head} which this run releases: release another version, or delete the tag if it is wrong (the host says: tag v0.1.0 exists at ${'f'.repeat(40)})`,
    ]);
    expect(host.releases.size).toBe(0);
  });
});

describe('tag-release configuration and dry run', () => {
  it('changes nothing in a dry run, even without a remote or a host', async () => {
    await repo.commit('feat: a');
    await git(repo.workspace, 'remote', 'remove', 'origin');
    const run = await release(repo.workspace, {
      'dry-run': 'true',
      'changelog-file': 'CHANGELOG.md',
      'moving-tags': 'major',
    });

    expect(run.exitCode, run.text).toBe(0);
    expect(Object.fromEntries(run.platform.outputs)).toMatchObject({
      version: '0.1.0',
      tag: 'v0.1.0',
      'release-url': '',
    });
    const summary = run.platform.summaries.join('');
    expect(summary).toContain('Tag release (dry run)');
    expect(summary).toMatch(
      /dry run: would create v0\.1\.0 at [0-9a-f]{12} with git tag -a and git push --atomic to origin, moving v0/,
    );
    expect(summary).toContain('dry run: would prepend the notes to CHANGELOG.md');
    expect(summary).toContain('dry run: would create the release v0.1.0');
    expect(await git(repo.workspace, 'tag', '--list')).toBe('');
    expect(await repo.remoteTags()).toEqual({});
    expect(existsSync(path.join(repo.workspace, 'CHANGELOG.md'))).toBe(false);
    expect(
      await git(
        repo.workspace,
        'status',
        '--porcelain',
        '--untracked-files=all',
        '--',
        '.',
        ':!.maint-actions',
      ),
    ).toBe('');
  });

  it('stops with one line naming the input to change', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { 'moving-tags': 'none,major' },
        'Input "moving-tags" must be none, major, or major,minor; none goes alone.',
      ],
      [
        { 'tag-prefix': 'v*' },
        'Input "tag-prefix" must be letters, digits, ".", "_", "/" or "-", or none (got "v*").',
      ],
      [{ target: 'no-such-branch' }, 'Input "target": "no-such-branch" is not a commit of the checkout.'],
      [{ 'git-remote': 'upstream' }, 'Input "git-remote": the checkout has no remote "upstream".'],
    ];
    for (const [inputs, message] of cases) {
      const run = await release(repo.workspace, inputs);
      expect(run.exitCode, run.text).toBe(2);
      expect(errorsOf(run.platform)).toEqual([message]);
    }
    const noHost = new FakePlatform();
    Object.assign(noHost, { repoHost: () => undefined });
    const run = await release(repo.workspace, {}, { host: noHost });
    expect(run.exitCode).toBe(2);
    expect(errorsOf(run.platform)[0]).toMatch(
      /^Input "token": creating the release needs the repository host's API/,
    );
    expect(await repo.remoteTags()).toEqual({});
  });

  it('refuses a shallow checkout, which hides the last tag', async () => {
    const shallow = path.join(repo.root, 'shallow');
    await git(repo.root, 'clone', '--quiet', '--depth', '1', `file://${repo.remote}`, shallow);
    const run = await release(shallow, { 'dry-run': 'true' }, { env: gitEnv });
    expect(run.exitCode).toBe(2);
    expect(errorsOf(run.platform)).toEqual([
      'The checkout is shallow, so the last release tag and the commits since cannot be found: check out the full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0).',
    ]);
  });
});

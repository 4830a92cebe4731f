/**
 * Releasing maint-actions itself: the npm package packed, installed offline and run; the GitHub
 * release workflow's shape; the GitLab mirror's release pipeline (parsed, listed by
 * gitlab-ci-local, its tag rule and version mapping run); the runtime image's Dockerfile, checked
 * statically (nothing runs Docker here), and its entrypoint run by a real shell.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packNpm } from '../scripts/pack-npm';
import {
  npmDistTag,
  pinDefaultImage,
  pinOwnReferences,
  releaseBranchProblem,
  releaseCommit,
  reusableWorkflows,
} from '../scripts/release-refs';
import { repoVersion } from '../scripts/version';

const version = repoVersion(repoRoot);
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8' });
}

function git(cwd: string, ...args: string[]): void {
  const result = run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], cwd);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

describe('the npm package maint-actions', () => {
  let dir: string;
  let tarball: string;
  let project: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-npm-'));
    tarball = await packNpm(repoRoot, path.join(dir, 'out'));
    project = path.join(dir, 'project');
    await mkdir(project);
    await writeFile(path.join(project, 'package.json'), '{"name": "uses-maint-actions", "private": true}\n');
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    expect(install.status, install.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is the bundle and its metadata only, at the repo version, with no dependencies', () => {
    expect(path.basename(tarball)).toBe(`maint-actions-${version}.tgz`);
    const files = run('tar', ['-tzf', tarball], dir).stdout.trim().split('\n').sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/LICENSE',
        'package/dist/index.js',
      ]),
    );
    expect(
      files.filter((file) => !/^package\/(package\.json|README\.md|LICENSE|dist\/[^/]+)$/.test(file)),
    ).toEqual([]);
    const meta = JSON.parse(
      readFileSync(path.join(project, 'node_modules/maint-actions/package.json'), 'utf8'),
    );
    expect(meta).toMatchObject({
      name: 'maint-actions',
      version,
      bin: { 'maint-actions': 'dist/index.js' },
      engines: { node: '>=20' },
      license: 'MIT',
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\//) },
    });
    expect(meta.dependencies).toBeUndefined();
    expect(meta.private).toBeUndefined();
  });

  it('runs with npx: --version is the repo version, --help lists the actions', () => {
    const printed = run('npx', ['--offline', 'maint-actions', '--version'], project);
    expect(printed.stdout.trim()).toBe(version);
    expect(printed.status).toBe(0);
    const help = run('npx', ['--offline', 'maint-actions', '--help'], project);
    expect(help.stdout).toMatch(/^Usage: maint-actions <action>/);
    expect(help.stdout).toContain('quality-gates');
    expect(help.stdout).toContain('tag-release');
  });

  it('runs an action: tag-release --dry-run in a git repository', async () => {
    const repo = path.join(dir, 'repo');
    await mkdir(repo);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'feat: the first feature');
    const bin = path.join(project, 'node_modules', '.bin', 'maint-actions');
    const result = run(bin, ['tag-release', '--dry-run'], repo, { ...process.env, NO_COLOR: '1' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('would create v0.1.0');
    expect(result.stdout).toContain('- the first feature');
  });

  it('refuses to pack a bundle built at another version', async () => {
    const root = path.join(dir, 'stale');
    await mkdir(path.join(root, 'npm'), { recursive: true });
    await symlink(path.join(repoRoot, 'dist'), path.join(root, 'dist'));
    const pkg = JSON.parse(read('npm/package.json'));
    await writeFile(path.join(root, 'npm', 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9' }));
    await expect(packNpm(root, path.join(dir, 'stale-out'))).rejects.toThrow(
      `dist/cli/index.js is version ${version}, npm/package.json 9.9.9: run pnpm build cli`,
    );
  });
});

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  permissions?: Record<string, string>;
  steps: Step[];
}

describe('the release workflow', () => {
  const workflow = parse(read('.github/workflows/release.yml')) as {
    on: { workflow_dispatch: { inputs: { version: { required: boolean } } } };
    permissions: unknown;
    jobs: Record<string, Job>;
  };
  const { verify, tag, npm } = workflow.jobs;
  const runs = (job: Job | undefined): string => (job?.steps ?? []).map((step) => step.run ?? '').join('\n');

  it('is started by hand with a required version, and holds no permission by default', () => {
    expect(workflow.on.workflow_dispatch.inputs.version.required).toBe(true);
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.jobs)).toEqual(['verify', 'image', 'tag', 'npm']);
  });

  it('verifies before it tags, and tags before it publishes', () => {
    expect(verify?.permissions).toEqual({ contents: 'read' });
    expect(runs(verify)).toContain('bash scripts/test.sh');
    expect(read('scripts/test.sh')).toContain('bash scripts/check-fresh.sh');
    expect(runs(verify)).toContain('pnpm release:check "$VERSION"');
    expect(workflow.jobs.image?.needs).toBe('verify');
    expect(tag?.needs).toEqual(['verify', 'image']);
    expect(npm?.needs).toEqual(['verify', 'tag']);
  });

  it('tags the commit verify made (references pinned), pushing it with the tags; a maintenance release is not latest', () => {
    expect(runs(verify)).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a template
      'pnpm --silent release:refs branch "${REF#refs/heads/}" "$DEFAULT_BRANCH" "$VERSION"',
    );
    const image = workflow.jobs.image;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a template
    expect(runs(image)).toContain('image="ghcr.io/${REPOSITORY,,}@$DIGEST"');
    expect(runs(image)).toContain('commit=$(pnpm --silent release:refs commit "$VERSION" "$image")');
    expect(runs(image)).toContain(
      'git bundle create "release-commit/release-commit.bundle" "refs/release/v$VERSION" ^HEAD',
    );
    const pin = image?.steps.find((s) => s.id === 'commit');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(pin?.env?.DIGEST).toBe('${{ steps.build.outputs.digest }}');
    // A re-run after the tag was made builds nothing: every step after the check is skipped.
    const checked = image?.steps.findIndex((s) => s.id === 'released') ?? -1;
    expect(checked).toBe(1);
    for (const step of image?.steps.slice(checked + 1) ?? [])
      expect(String(step.if), step.name ?? step.uses).toContain("steps.released.outputs.commit == ''");
    const step = tag?.steps.find((s) => s.uses === './tag-release');
    expect(step?.with).toMatchObject({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      target: '${{ needs.image.outputs.commit }}',
      push: 'git',
    });
    const checkout = tag?.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': true, 'fetch-depth': 0 });
    expect(runs(tag)).toContain('git fetch --quiet release/release-commit.bundle');
    expect(runs(tag)).toContain('--latest="$LATEST"');
    const release = tag?.steps.find((s) => s.run?.includes('gh release create'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(release?.env?.LATEST).toBe("${{ needs.verify.outputs.dist-tag == 'latest' }}");
    const publish = npm?.steps.find((s) => s.run?.includes('npm publish'));
    expect(publish?.run).toContain('--tag "$DIST_TAG"');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(publish?.env?.DIST_TAG).toBe('${{ needs.verify.outputs.dist-tag }}');
  });

  it('tags vX.Y.Z and moves vX with this repository’s tag-release, and releases the CHANGELOG section', () => {
    expect(tag?.permissions).toEqual({ contents: 'write' });
    const step = tag?.steps.find((s) => s.uses === './tag-release');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(step?.with).toMatchObject({ version: '${{ inputs.version }}', 'moving-tags': 'major' });
    expect(runs(tag)).toContain('--notes-file release/notes.md');
    expect(runs(verify)).toContain('pnpm --silent release:notes "$VERSION" > release/notes.md');
  });

  it('publishes to npm with provenance; id-token: write and the npm token are in that job only', () => {
    expect(npm?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'npm') expect(job.permissions?.['id-token'], name).toBeUndefined();
    }
    expect(runs(npm)).toContain(
      'npm publish "release/maint-actions-$VERSION.tgz" --provenance --access public',
    );
    const publish = npm?.steps.find((s) => s.run?.includes('npm publish'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(publish?.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    // The npm token, and the GitLab registry's token in the image job: nothing else.
    expect(read('.github/workflows/release.yml').match(/secrets\.[A-Z_]+/g)).toEqual([
      'secrets.GITLAB_REGISTRY_TOKEN',
      'secrets.NPM_TOKEN',
    ]);
  });

  it('builds the runtime image from the tested tarball: multi-arch, provenance, SBOM, to ghcr.io and GitLab', () => {
    const image = workflow.jobs.image as Job & { concurrency?: unknown };
    expect(image.needs).toBe('verify');
    expect(image.permissions).toEqual({ contents: 'read', packages: 'write' });
    const build = image.steps.find((s) => s.uses?.startsWith('docker/build-push-action@'));
    expect(build?.with).toMatchObject({
      context: '.',
      platforms: 'linux/amd64,linux/arm64',
      provenance: 'mode=max',
      sbom: true,
      push: true,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'build-args': 'VERSION=${{ inputs.version }}',
    });
    expect(image.steps.some((s) => s.uses?.startsWith('docker/setup-qemu-action@'))).toBe(true);
    expect(runs(image)).toContain('cp "release/maint-actions-$VERSION.tgz" .');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, not a template
    expect(runs(image)).toContain('echo "ghcr.io/${REPOSITORY,,}"');
    expect(runs(image)).toContain('if [ -n "$GITLAB_IMAGE" ]; then echo "$GITLAB_IMAGE"; fi');
    const logins = image.steps
      .filter((s) => s.uses?.startsWith('docker/login-action@'))
      .map((s) => s.with?.registry);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(logins).toEqual(['ghcr.io', '${{ steps.where.outputs.gitlab-registry }}']);
    const meta = image.steps.find((s) => s.uses?.startsWith('docker/metadata-action@'));
    expect(String(meta?.with?.tags)).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      "type=raw,value=latest,enable=${{ needs.verify.outputs.dist-tag == 'latest' }}",
    );
    expect(meta?.with?.flavor).toBe('latest=false');
    // The Dockerfile reads the tarball from the build context, which .dockerignore lets in.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Dockerfile variable, not a template
    expect(read('Dockerfile')).toContain('/tmp/pkg/maint-actions-${VERSION}.tgz');
    expect(read('.dockerignore')).toContain('!maint-actions-*.tgz');
  });
});

interface GitlabJob {
  image?: string;
  script?: string[];
  rules?: { if: string }[];
  needs?: { job: string; artifacts: boolean }[];
  release?: { tag_name: string; ref: string; description: string; name: string };
  id_tokens?: Record<string, { aud: string }>;
}

describe('the GitLab mirror’s pipeline', () => {
  const text = read('.gitlab-ci.yml');
  const pipeline = parse(text) as Record<string, unknown> & {
    workflow: { rules: { if: string }[] };
    variables: Record<string, string>;
  };
  const job = (name: string): GitlabJob => pipeline[name] as GitlabJob;

  it('runs for version tags vX.Y.Z only (not the X.Y.Z tag its release makes)', () => {
    expect(pipeline.workflow.rules).toHaveLength(1);
    const rule = /^\$CI_COMMIT_TAG =~ \/(.+)\/$/.exec(pipeline.workflow.rules[0]!.if);
    expect(rule, pipeline.workflow.rules[0]!.if).not.toBeNull();
    const tagPattern = new RegExp(rule![1]!);
    for (const tag of ['v0.1.0', 'v1.4.2', 'v10.20.30']) expect(tagPattern.test(tag), tag).toBe(true);
    for (const tag of ['1.4.2', 'v1', 'v1.4', 'v1.4.2-rc.1', 'main', 'v1.4.2x'])
      expect(tagPattern.test(tag), tag).toBe(false);
  });

  it('releases X.Y.Z with the release: keyword, the CHANGELOG section as its description', () => {
    const release = job('gitlab-release');
    expect(release.release).toMatchObject({
      tag_name: '$RELEASE_VERSION',
      ref: '$CI_COMMIT_SHA',
      description: './release-notes.md',
    });
    expect(release.needs).toEqual([{ job: 'verify', artifacts: true }]);
    expect(release.image).toMatch(/^registry\.gitlab\.com\/gitlab-org\/release-cli:v\d+\.\d+\.\d+$/);
    expect(job('verify').script).toContain('pnpm --silent release:notes "$CI_COMMIT_TAG" > release-notes.md');
  });

  it('maps the tag vX.Y.Z to the Catalog version X.Y.Z (the verify job’s line, run by sh)', async () => {
    const line = job('verify').script?.find((l) => l.includes('RELEASE_VERSION='));
    expect(line).toBeDefined();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-gitlab-'));
    try {
      const result = run('sh', ['-c', line!], dir, { PATH: process.env.PATH, CI_COMMIT_TAG: 'v1.4.2' });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(path.join(dir, 'release.env'), 'utf8')).toBe('RELEASE_VERSION=1.4.2\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('verifies the version and the freshness of dist/ before anything is released', () => {
    const script = job('verify').script ?? [];
    expect(script.slice(0, 2)).toEqual([
      'pnpm release:check "$CI_COMMIT_TAG"',
      'bash scripts/check-fresh.sh',
    ]);
    expect(pipeline.variables.NODE_IMAGE).toMatch(/^node:24\.\d+\.\d+-[a-z]+-slim@sha256:[0-9a-f]{64}$/);
  });

  it('publishes to npm only when asked, with provenance, the token never in a file', () => {
    const npm = job('npm-publish');
    expect(npm.rules).toEqual([{ if: '$MAINT_PUBLISH_NPM == "true"' }]);
    expect(npm.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
    const script = (npm.script ?? []).join('\n');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a variable npm expands, not a template
    expect(script).toContain("npm config set '//registry.npmjs.org/:_authToken' '${NPM_TOKEN}'");
    expect(script).toContain('--provenance --access public');
  });

  it('passes gitlab-ci-local: valid, three jobs, npm-publish only with MAINT_PUBLISH_NPM', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-gitlab-ci-'));
    try {
      await cp(path.join(repoRoot, '.gitlab-ci.yml'), path.join(dir, '.gitlab-ci.yml'));
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/maint-actions.git');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'init');
      git(dir, 'tag', `v${version}`);
      const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
      const list = (...variables: string[]) => {
        const args = ['--list-json', ...variables.flatMap((v) => ['--variable', v])];
        const result = run(bin, args, dir);
        expect(result.status, result.stderr).toBe(0);
        const jobs = JSON.parse(result.stdout) as { name: string; when: string; stage: string }[];
        return Object.fromEntries(jobs.map((j) => [j.name, `${j.stage}/${j.when}`]));
      };
      expect(list(`CI_COMMIT_TAG=v${version}`)).toEqual({
        verify: 'verify/on_success',
        'gitlab-release': 'release/on_success',
        'npm-publish': 'release/never',
      });
      expect(list(`CI_COMMIT_TAG=v${version}`, 'MAINT_PUBLISH_NPM=true')['npm-publish']).toBe(
        'release/on_success',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the runtime image', () => {
  /** Dockerfile instructions, continuation lines joined, comments left out. */
  const instructions = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
  const all = (keyword: string) => instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

  it('pins its base image by exact version and digest', () => {
    const bases = all('FROM');
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toMatch(/^node:24\.\d+\.\d+-[a-z]+-slim@sha256:[0-9a-f]{64}$/);
    expect(bases[0]).toBe(pipelineNodeImage());
  });

  it('installs the tool from the tarball, copies only its entrypoint, and ends as a non-root user', () => {
    expect(all('ADD')).toEqual([]);
    expect(all('COPY')).toEqual(['--chmod=755 docker/entrypoint.sh /usr/local/bin/maint-actions-entrypoint']);
    expect(all('RUN').join('\n')).toContain('npm install --global --offline');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Dockerfile variable, not a template
    expect(all('RUN').join('\n')).toContain('/tmp/pkg/maint-actions-${VERSION}.tgz');
    const user = instructions.filter((i) => i.keyword === 'USER').at(-1);
    expect(user?.args).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
    expect(instructions.findLastIndex((i) => i.keyword === 'USER')).toBeGreaterThan(
      instructions.findLastIndex((i) => i.keyword === 'RUN'),
    );
    expect(
      read('.dockerignore')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual(['*', '!maint-actions-*.tgz', '!docker/entrypoint.sh']);
  });

  it('has the tool as its entrypoint and carries the OCI labels', () => {
    expect(all('ENTRYPOINT')).toEqual(['["/usr/local/bin/maint-actions-entrypoint"]']);
    const labels = all('LABEL').join(' ');
    for (const key of ['title', 'description', 'version', 'licenses', 'source', 'documentation', 'base.name'])
      expect(labels, key).toContain(`org.opencontainers.image.${key}=`);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Dockerfile variable, not a template
    expect(labels).toContain('org.opencontainers.image.version="${VERSION}"');
  });

  it('entrypoint: arguments go to maint-actions, a command on PATH runs as itself', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-entrypoint-'));
    try {
      const fake = path.join(dir, 'maint-actions');
      await writeFile(fake, '#!/bin/sh\necho "tool: $*"\n');
      await chmod(fake, 0o755);
      const env = { PATH: `${dir}:${process.env.PATH}` };
      const entrypoint = path.join(repoRoot, 'docker', 'entrypoint.sh');
      expect(run(entrypoint, ['quality-gates', '--gates', 'pytest'], dir, env).stdout).toBe(
        'tool: quality-gates --gates pytest\n',
      );
      expect(run(entrypoint, [], dir, env).stdout).toBe('tool: \n');
      expect(run(entrypoint, ['sh', '-c', 'echo job shell'], dir, env).stdout).toBe('job shell\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The Node image of the GitLab pipeline, which the runtime image shares. */
function pipelineNodeImage(): string {
  return (parse(read('.gitlab-ci.yml')) as { variables: { NODE_IMAGE: string } }).variables.NODE_IMAGE;
}

describe('release commits and maintenance releases, on a local bare remote', () => {
  let dir: string;
  let work: string;
  let remote: string;
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
  const out = (cwd: string, ...args: string[]): string => {
    const result = run('git', args, cwd);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  /** tag-release from this tree's CLI bundle, as the release workflow's tag job runs it. */
  const tagRelease = (version: string, target: string) =>
    run(
      'node',
      [
        cli,
        'tag-release',
        '--version',
        version,
        '--target',
        target,
        '--moving-tags',
        'major',
        '--push',
        'git',
        '--create-release',
        'false',
      ],
      work,
      { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', GITLAB_CI: '' },
    );
  const remoteTag = (tag: string): string => out(remote, 'rev-parse', `${tag}^{commit}`);
  const ownRefs = (text: string): string[] =>
    [...text.matchAll(/uses: org\/maint-actions\/[^@\s]+@(\S+)/g)].map((m) => m[1] ?? '');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-release-refs-'));
    remote = path.join(dir, 'remote.git');
    work = path.join(dir, 'work');
    git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
    await mkdir(path.join(work, '.github', 'workflows'), { recursive: true });
    for (const file of ['django-ci.yml', 'django-deploy.yml', 'django-maintenance.yml', 'ci.yml'])
      await cp(
        path.join(repoRoot, '.github', 'workflows', file),
        path.join(work, '.github', 'workflows', file),
      );
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'remote', 'add', 'origin', remote);
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', 'feat: the workflows');
    git(work, 'push', '-q', 'origin', 'main');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('pins only this repository’s references of the release’s major, in a commit off the branch', () => {
    const text = [
      '      - uses: org/maint-actions/quality-gates@v1',
      "      - uses: 'acme/maint-actions/generate-openapi@v1' # a fork",
      '      - uses: org/maint-actions/tag-release@v1.4.1',
      '      - uses: org/maint-actions/quality-gates@v2',
      '      - uses: org/maint-actions/quality-gates@v10',
      '      - uses: actions/checkout@v1',
      '    uses: org/maint-actions/.github/workflows/django-ci.yml@v1',
    ].join('\n');
    expect(pinOwnReferences(text, '1.4.2')).toEqual({
      count: 4,
      otherMajors: ['org/maint-actions/quality-gates@v2', 'org/maint-actions/quality-gates@v10'],
      text: [
        '      - uses: org/maint-actions/quality-gates@v1.4.2',
        "      - uses: 'acme/maint-actions/generate-openapi@v1.4.2' # a fork",
        '      - uses: org/maint-actions/tag-release@v1.4.2',
        '      - uses: org/maint-actions/quality-gates@v2',
        '      - uses: org/maint-actions/quality-gates@v10',
        '      - uses: actions/checkout@v1',
        '    uses: org/maint-actions/.github/workflows/django-ci.yml@v1.4.2',
      ].join('\n'),
    });
    expect(reusableWorkflows(repoRoot)).toEqual([
      '.github/workflows/django-ci.yml',
      '.github/workflows/django-deploy.yml',
      '.github/workflows/django-maintenance.yml',
      '.github/workflows/django-rollback.yml',
    ]);
  });

  it('tags v1.4.2 at the pinned commit and moves v1 there; the default branch keeps @v1; a re-run is the same commit', () => {
    const head = out(work, 'rev-parse', 'HEAD');
    const commit = releaseCommit(work, '1.4.2');
    expect(commit).not.toBe(head);
    expect(out(work, 'rev-parse', `${commit}^`)).toBe(head);
    expect(out(work, 'status', '--porcelain')).toBe('');
    expect(out(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(releaseCommit(work, '1.4.2')).toBe(commit);

    const tagged = tagRelease('1.4.2', commit);
    expect(tagged.status, tagged.stdout + tagged.stderr).toBe(0);
    expect(remoteTag('v1.4.2')).toBe(commit);
    expect(remoteTag('v1')).toBe(commit);
    expect(out(remote, 'rev-parse', 'main')).toBe(head);

    const released = out(remote, 'show', 'v1.4.2:.github/workflows/django-ci.yml');
    expect(ownRefs(released).length).toBeGreaterThan(3);
    expect(new Set(ownRefs(released))).toEqual(new Set(['v1.4.2']));
    expect(new Set(ownRefs(out(remote, 'show', 'main:.github/workflows/django-ci.yml')))).toEqual(
      new Set(['v1']),
    );
    // This repository's own CI is not a reusable workflow: it stays as it is.
    expect(out(remote, 'show', 'v1.4.2:.github/workflows/ci.yml')).toBe(
      out(remote, 'show', 'main:.github/workflows/ci.yml'),
    );
    const changed = out(remote, 'diff', '--name-only', 'main', 'v1.4.2').split('\n').sort();
    expect(changed).toEqual(reusableWorkflows(work));

    // The release workflow re-run: the same commit, the tags already there.
    const again = tagRelease('1.4.2', releaseCommit(work, '1.4.2'));
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(remoteTag('v1.4.2')).toBe(commit);
  });

  it('a maintenance release from releases/v1 moves v1 only: never v2, never npm’s latest', async () => {
    // v2.0.0 ships from the default branch, once its workflows call @v2.
    expect(() => releaseCommit(work, '2.0.0')).toThrow(
      /^\.github\/workflows\/django-ci\.yml calls org\/maint-actions\/[\w./-]+@v1, another major than 2\.0\.0: change its references to @v2 first$/,
    );
    for (const file of reusableWorkflows(work)) {
      const full = path.join(work, file);
      await writeFile(full, readFileSync(full, 'utf8').replace(/(org\/maint-actions\/\S+)@v1\b/g, '$1@v2'));
    }
    git(work, 'commit', '-qam', 'feat!: v2');
    git(work, 'push', '-q', 'origin', 'main');
    const v2 = releaseCommit(work, '2.0.0');
    expect(tagRelease('2.0.0', v2).status).toBe(0);
    expect(remoteTag('v2')).toBe(v2);
    expect(out(remote, 'show', 'v2.0.0:.github/workflows/django-ci.yml')).toContain('quality-gates@v2.0.0');

    // releases/v1 starts at the commit v1.4.2 was made from (it keeps @v1), and gets a fix.
    git(work, 'switch', '-q', '-c', 'releases/v1', 'v1.4.2^');
    git(work, 'commit', '-q', '--allow-empty', '-m', 'fix: a v1 fix');
    git(work, 'push', '-q', 'origin', 'releases/v1');
    expect(releaseBranchProblem('releases/v1', 'main', '1.4.3')).toBeUndefined();
    const fix = releaseCommit(work, '1.4.3');
    const tagged = tagRelease('1.4.3', fix);
    expect(tagged.status, tagged.stdout + tagged.stderr).toBe(0);
    expect(remoteTag('v1.4.3')).toBe(fix);
    expect(remoteTag('v1')).toBe(fix);
    expect(remoteTag('v2')).toBe(v2);
    expect(remoteTag('v2.0.0')).toBe(v2);
    expect(out(remote, 'show', 'v1.4.3:.github/workflows/django-ci.yml')).toContain('quality-gates@v1.4.3');
    expect(out(remote, 'show', 'v1.4.3:.github/workflows/django-ci.yml')).not.toContain('@v1.4.2');

    expect(npmDistTag('releases/v1', 'main', '1.4.3')).toBe('v1');
    expect(npmDistTag('main', 'main', '2.0.1')).toBe('latest');
  });

  it('refuses a branch that may not release the version, saying where to run it', () => {
    expect(releaseBranchProblem('feature/x', 'main', '1.4.3')).toBe(
      'Run the release on main, or on releases/v1 for a maintenance release of v1, not on feature/x.',
    );
    expect(releaseBranchProblem('releases/v1', 'main', '2.0.1')).toBe(
      'releases/v1 releases v1.x.y only, not 2.0.1: run it on releases/v2 or main.',
    );
    expect(() => npmDistTag('releases/v2', 'main', '1.4.3')).toThrow(
      'releases/v2 releases v2.x.y only, not 1.4.3: run it on releases/v1 or main.',
    );
    const cliRun = run(
      path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [path.join(repoRoot, 'scripts', 'release-refs.ts'), 'branch', 'feature/x', 'main', '1.4.3'],
      work,
    );
    expect(cliRun.status).toBe(1);
    expect(cliRun.stderr.trim()).toBe(
      'release: Run the release on main, or on releases/v1 for a maintenance release of v1, not on feature/x.',
    );
  });
});

describe('the release pins the components’ default image by digest', () => {
  const DIGEST = `sha256:${'4f'.repeat(32)}`;
  const IMAGE = `ghcr.io/acme/maint-actions@${DIGEST}`;
  let dir: string;
  let work: string;
  let remote: string;
  const out = (cwd: string, ...args: string[]): string => {
    const result = run('git', args, cwd);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  /** The default of the `image` input of a component's spec header. */
  const imageDefault = (text: string): string | undefined =>
    /^ {4}image:\n(?: {6}(?!default:).*\n)*? {6}default: (.*)$/m.exec(
      text.slice(0, text.search(/^---$/m)),
    )?.[1];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-release-image-'));
    remote = path.join(dir, 'remote.git');
    work = path.join(dir, 'work');
    git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
    await mkdir(path.join(work, '.github', 'workflows'), { recursive: true });
    await cp(path.join(repoRoot, 'templates'), path.join(work, 'templates'), { recursive: true });
    for (const file of reusableWorkflows(repoRoot))
      await cp(path.join(repoRoot, file), path.join(work, file));
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'remote', 'add', 'origin', remote);
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', 'feat: the components');
    git(work, 'push', '-q', 'origin', 'main');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rewrites only the `image` input’s default of the spec header', () => {
    const template = [
      'spec:',
      '  inputs:',
      '    dast-image:',
      '      default: ghcr.io/zaproxy/zaproxy:2.17.0',
      '    image:',
      '      description: Image of the job.',
      '      default: ghcr.io/org/maint-actions:1.4.2',
      '    stage:',
      '      default: test',
      '---',
      'maint-quality-gates:',
      '  image: $[[ inputs.image ]]',
      '',
    ].join('\n');
    const { text, pinned } = pinDefaultImage(template, IMAGE);
    expect(pinned).toBe(true);
    expect(text).toBe(template.replace('default: ghcr.io/org/maint-actions:1.4.2', `default: ${IMAGE}`));
    expect(
      pinDefaultImage('spec:\n  inputs:\n    stage:\n      default: test\n---\njob: {}\n', IMAGE).pinned,
    ).toBe(false);
    expect(() => pinDefaultImage(template, 'ghcr.io/acme/maint-actions:1.4.2')).toThrow(
      "ghcr.io/acme/maint-actions:1.4.2 is not an image pinned by digest: give registry/path@sha256:<64 hex digits>, as docker/build-push-action's digest output makes it",
    );
  });

  it('pins every component’s default image in the tagged commit; the branch keeps the tag; a re-run is the same commit', () => {
    const head = out(work, 'rev-parse', 'HEAD');
    const commit = releaseCommit(work, '1.4.2', IMAGE);
    expect(out(work, 'rev-parse', `${commit}^`)).toBe(head);
    expect(out(work, 'status', '--porcelain')).toBe('');
    expect(releaseCommit(work, '1.4.2', IMAGE)).toBe(commit);
    out(work, 'push', '-q', 'origin', `${commit}:refs/tags/v1.4.2`);

    const components = out(remote, 'ls-tree', '--name-only', 'v1.4.2:templates').split('\n');
    expect(components.length).toBeGreaterThanOrEqual(12);
    for (const name of components) {
      const released = out(remote, 'show', `v1.4.2:templates/${name}`);
      const branch = out(remote, 'show', `main:templates/${name}`);
      expect(imageDefault(released), name).toBe(IMAGE);
      expect(imageDefault(branch), name).toMatch(/^ghcr\.io\/org\/maint-actions:\d+\.\d+\.\d+$/);
      // Nothing else of a component changes: not the jobs' `image:` keyword, not `dast-image`.
      expect(released.replace(IMAGE, imageDefault(branch) ?? ''), name).toBe(branch);
    }
    expect(out(remote, 'log', '-1', '--format=%B', 'v1.4.2')).toContain(
      `The GitLab components' default image is ${IMAGE} in this commit (${components.length} components), the image this release pushed.`,
    );
    // The reusable workflows are pinned in the same commit.
    expect(out(remote, 'show', 'v1.4.2:.github/workflows/django-ci.yml')).toContain('@v1.4.2');
  });

  it('refuses an image without a digest before it makes a commit', () => {
    const refs = out(work, 'for-each-ref', 'refs/release');
    expect(() => releaseCommit(work, '1.4.3', 'ghcr.io/acme/maint-actions:latest')).toThrow(
      /^ghcr\.io\/acme\/maint-actions:latest is not an image pinned by digest/,
    );
    expect(out(work, 'for-each-ref', 'refs/release')).toBe(refs);
  });
});

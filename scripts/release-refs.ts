/**
 * What the release workflow does to the commit it tags, and which branch may be released.
 *
 * - The reusable workflows call this repository's actions as `org/maint-actions/<action>@v1`:
 *   a caller that pins `django-ci.yml@v1.4.2` (or its SHA) would still run whatever `v1` is
 *   today. The release therefore tags a commit of its own: the verified commit with every such
 *   reference rewritten to the exact release tag (`@v1.4.2`), made with `git commit-tree` as a
 *   child of the verified commit. The branch keeps `@v1`; the commit is deterministic (author,
 *   committer and dates are the verified commit's committer date), so a re-run makes the very
 *   same commit and tag-release finds its tag where it left it.
 * - Releases come from the default branch (the newest major, npm dist-tag `latest`) or from a
 *   maintenance branch `releases/vN` for an older major N (dist-tag `vN`; only `vN` moves).
 *
 * - The GitLab components' default `image` (the project's runtime image, by tag on the branch)
 *   is pinned in the same commit to the digest of the image the release just pushed
 *   (`ghcr.io/<owner>/maint-actions@sha256:…`), so a component included at vX.Y.Z runs exactly
 *   the image built from vX.Y.Z's tarball, even if the tag is pushed again later.
 *
 * `pnpm release:refs commit X.Y.Z [IMAGE@sha256:DIGEST]` prints the commit to tag (and keeps it
 * as refs/release/vX.Y.Z);
 * `pnpm release:refs branch <branch> <default-branch> X.Y.Z` fails unless the branch may release
 * X.Y.Z and prints the npm dist-tag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVersion, VersionError } from './version';

/**
 * `uses: <owner>/maint-actions/<path>@v<major>` or `@v<major>.<minor>.<patch>`: a reference to
 * this repository's own action or reusable workflow, at a major or at an earlier release.
 */
const OWN_REFERENCE =
  /(\buses:[ \t]*['"]?)([\w.-]+\/maint-actions\/[^@\s'"]+)@v(\d+)(?:\.\d+\.\d+)?(?=['"]?(?:[ \t#]|$))/gm;

/**
 * `text` with this repository's references of `version`'s major pinned to `v<version>`, how many,
 * and the references of another major it left (`quality-gates@v1` in a 2.0.0 release).
 */
export function pinOwnReferences(
  text: string,
  version: string,
): { text: string; count: number; otherMajors: string[] } {
  const [major] = parseVersion(version);
  let count = 0;
  const otherMajors: string[] = [];
  const pinned = text.replace(OWN_REFERENCE, (whole, head: string, target: string, refMajor: string) => {
    if (Number(refMajor) !== major) {
      otherMajors.push(whole.slice(head.length));
      return whole;
    }
    count += 1;
    return `${head}${target}@v${version}`;
  });
  return { text: pinned, count, otherMajors };
}

/**
 * An image reference pinned by digest: `registry[:port]/path@sha256:<64 hex digits>`, a tag
 * before the digest allowed (`…/maint-actions:1.4.2@sha256:…`; the digest is what is pulled).
 */
const PINNED_IMAGE =
  /^[a-z0-9]+(?:[.-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::\w[\w.-]{0,127})?@sha256:[0-9a-f]{64}$/;

/** The `default:` of the `image` input in a component's `spec: inputs` header. */
const IMAGE_DEFAULT = /^( {4}image:\n(?: {6}(?!default:)[^\n]*\n)*? {6}default: )([^\n]*)$/m;

/**
 * `text` (a templates/*.yml component) with the default of its `image` input set to `image`,
 * which must be pinned by digest, and whether it had one. Only the `spec:` header (before the
 * first `---`) is read: a job's own `image:` keyword and other inputs (`dast-image`) stay.
 */
export function pinDefaultImage(text: string, image: string): { text: string; pinned: boolean } {
  if (!PINNED_IMAGE.test(image))
    throw new VersionError(
      `${image} is not an image pinned by digest: give registry/path@sha256:<64 hex digits>, as docker/build-push-action's digest output makes it`,
    );
  const end = text.search(/^---$/m);
  if (end < 0) return { text, pinned: false };
  const header = text.slice(0, end);
  if (!IMAGE_DEFAULT.test(header)) return { text, pinned: false };
  return { text: header.replace(IMAGE_DEFAULT, `$1${image}`) + text.slice(end), pinned: true };
}

/** The GitLab components, templates/*.yml, relative to `root`, at `commit`. */
function componentFiles(root: string, commit: string): string[] {
  const listed = spawnSync('git', ['ls-tree', '--name-only', `${commit}:templates`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) return [];
  return listed.stdout
    .split('\n')
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `templates/${name}`);
}

/** The reusable workflows (`on: workflow_call`) under `.github/workflows`, relative to `root`. */
export function reusableWorkflows(root: string): string[] {
  const dir = path.join(root, '.github', 'workflows');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `.github/workflows/${name}`)
    .filter((file) => /^[ \t]+workflow_call:/m.test(readFileSync(path.join(root, file), 'utf8')));
}

/** Output of git, as it printed it. */
function gitRaw(root: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
  const result = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout;
}

/** Output of git, trimmed. */
const git = (root: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string =>
  gitRaw(root, args, env, input).trim();

/**
 * The commit the release `version` tags: HEAD with this repository's references in the reusable
 * workflows pinned to `v<version>` and, when `image` is given, the components' default image
 * pinned to it; HEAD itself when there is nothing to pin. Neither the working tree, the index nor
 * the branch change; the commit is kept as `refs/release/v<version>`.
 */
export function releaseCommit(root: string, version: string, image?: string): string {
  parseVersion(version);
  const head = git(root, ['rev-parse', 'HEAD']);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'maint-release-index-'));
  const index = { GIT_INDEX_FILE: path.join(temp, 'index') };
  try {
    git(root, ['read-tree', head], index);
    const stage = (file: string, text: string): void => {
      const blob = git(root, ['hash-object', '-w', '--stdin'], {}, text);
      const mode = git(root, ['ls-files', '--stage', '--', file], index).split(/\s/)[0] ?? '100644';
      git(root, ['update-index', '--cacheinfo', `${mode},${blob},${file}`], index);
    };
    let pinned = 0;
    for (const file of reusableWorkflows(root)) {
      const { text, count, otherMajors } = pinOwnReferences(
        gitRaw(root, ['show', `${head}:${file}`]),
        version,
      );
      if (otherMajors.length > 0)
        throw new VersionError(
          `${file} calls ${otherMajors[0]}, another major than ${version}: change its references to @v${parseVersion(version)[0]} first`,
        );
      if (count === 0) continue;
      pinned += count;
      stage(file, text);
    }
    let images = 0;
    if (image !== undefined) {
      for (const file of componentFiles(root, head)) {
        const result = pinDefaultImage(gitRaw(root, ['show', `${head}:${file}`]), image);
        if (!result.pinned) continue;
        images += 1;
        stage(file, result.text);
      }
      if (images === 0)
        throw new VersionError('no component in templates/ has an `image` input with a default to pin');
      pinned += images;
    }
    if (pinned === 0) {
      git(root, ['update-ref', `refs/release/v${version}`, head]);
      return head;
    }
    const tree = git(root, ['write-tree'], index);
    const date = git(root, ['log', '-1', '--format=%cI', head]);
    const who = {
      GIT_AUTHOR_NAME: 'maint-actions release',
      GIT_AUTHOR_EMAIL: 'maint-actions@users.noreply.github.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: 'maint-actions release',
      GIT_COMMITTER_EMAIL: 'maint-actions@users.noreply.github.com',
      GIT_COMMITTER_DATE: date,
    };
    const imageLine =
      image === undefined
        ? ''
        : `\nThe GitLab components' default image is ${image} in this commit (${images} components), the image this release pushed.\n`;
    const message = `Release v${version}: this repository's actions pinned to v${version}\n\nThe reusable workflows call org/maint-actions/<action>@v${version} in this commit, so a caller that pins a workflow at v${version} runs the actions of v${version}.\n${imageLine}`;
    const commit = git(root, ['commit-tree', tree, '-p', head, '-F', '-'], who, message);
    git(root, ['update-ref', `refs/release/v${version}`, commit]);
    return commit;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Whether `branch` may release `version`: the default branch, or `releases/v<major>` of the
 * version's own major. Returns the refusal, one line, or undefined.
 */
export function releaseBranchProblem(
  branch: string,
  defaultBranch: string,
  version: string,
): string | undefined {
  const [major] = parseVersion(version);
  if (branch === defaultBranch) return undefined;
  const maintenance = /^releases\/v(\d+)$/.exec(branch);
  if (!maintenance)
    return `Run the release on ${defaultBranch}, or on releases/v${major} for a maintenance release of v${major}, not on ${branch}.`;
  if (Number(maintenance[1]) !== major)
    return `${branch} releases v${maintenance[1]}.x.y only, not ${version}: run it on releases/v${major} or ${defaultBranch}.`;
  return undefined;
}

/**
 * The npm dist-tag of a release: `latest` from the default branch (the newest major), `v<major>`
 * from a maintenance branch, so `npx maint-actions` never goes back to an older major.
 */
export function npmDistTag(branch: string, defaultBranch: string, version: string): string {
  const problem = releaseBranchProblem(branch, defaultBranch, version);
  if (problem) throw new VersionError(problem);
  return branch === defaultBranch ? 'latest' : `v${parseVersion(version)[0]}`;
}

const USAGE =
  'usage: tsx scripts/release-refs.ts commit <X.Y.Z> [<image>@sha256:<digest>] | branch <branch> <default-branch> <X.Y.Z>';

export function main(argv: string[], root: string): void {
  const [command, ...rest] = argv;
  if (command === 'commit' && (rest.length === 1 || rest.length === 2)) {
    process.stdout.write(`${releaseCommit(root, rest[0] ?? '', rest[1])}\n`);
    return;
  }
  if (command === 'branch' && rest.length === 3) {
    const [branch = '', defaultBranch = '', version = ''] = rest;
    process.stdout.write(`${npmDistTag(branch, defaultBranch, version)}\n`);
    return;
  }
  throw new VersionError(USAGE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2), process.cwd());
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

import { describe, expect, it } from 'vitest';
import { type CommitNode, parseCommit, releaseCommits } from './commits';

const sha = 'a'.repeat(40);

describe('parseCommit', () => {
  it('reads type, scope and description, in any case of type', () => {
    expect(parseCommit(sha, 'Feat(api): add the export endpoint')).toMatchObject({
      type: 'feat',
      scope: 'api',
      subject: 'add the export endpoint',
      breaking: undefined,
      merge: false,
    });
    expect(parseCommit(sha, 'fix: handle empty uploads')).toMatchObject({ type: 'fix', scope: undefined });
  });

  it('marks `!` as breaking, with the description as the note', () => {
    expect(parseCommit(sha, 'refactor(auth)!: drop session login').breaking).toBe('drop session login');
    expect(parseCommit(sha, 'feat!: v2 of the API').breaking).toBe('v2 of the API');
  });

  it('reads footers: BREAKING CHANGE, BREAKING-CHANGE, multi-line values and `#` references', () => {
    const commit = parseCommit(
      sha,
      'feat(api): paginate the list\n\nLists are paginated now.\n\nBREAKING CHANGE: the list endpoints return\n  {results, next} instead of an array\nRefs #42\nReviewed-by: Ana',
    );
    expect(commit.body).toBe('Lists are paginated now.');
    expect(commit.breaking).toBe('the list endpoints return\n{results, next} instead of an array');
    expect(commit.footers.map((f) => f.token)).toEqual(['BREAKING CHANGE', 'Refs', 'Reviewed-by']);
    expect(parseCommit(sha, 'fix: x\n\nBREAKING-CHANGE: config moved').breaking).toBe('config moved');
  });

  it('gathers Deploy-Notes trailers and a "Deployment notes" section', () => {
    const commit = parseCommit(
      sha,
      'feat: stored files on S3\n\n## Deployment notes\nSet MEDIA_BUCKET before deploying.\nRun `manage.py migrate_media`.\n\n## Testing\nUnit tests.\n\nDeploy-Notes: rotate the S3 key after the deploy',
    );
    expect(commit.deployNotes).toEqual([
      'Set MEDIA_BUCKET before deploying.\nRun `manage.py migrate_media`.',
      'rotate the S3 key after the deploy',
    ]);
  });

  it('takes the squash-merged pull request number off the description', () => {
    expect(parseCommit(sha, 'feat(api): add export (#12)')).toMatchObject({
      subject: 'add export',
      change: 12,
    });
    expect(parseCommit(sha, 'Update the README (#7)')).toMatchObject({
      type: undefined,
      subject: 'Update the README',
      change: 7,
    });
  });

  it('reads GitHub merge commits by the pull request title below', () => {
    const commit = parseCommit(
      sha,
      'Merge pull request #12 from acme/feature-x\n\nfeat(ui): dark mode\n\nDeploy-Notes: clear the CDN cache',
    );
    expect(commit).toMatchObject({
      type: 'feat',
      scope: 'ui',
      subject: 'dark mode',
      change: 12,
      merge: true,
    });
    expect(commit.deployNotes).toEqual(['clear the CDN cache']);
  });

  it('reads GitLab merge commits with "See merge request"', () => {
    const commit = parseCommit(
      sha,
      "Merge branch 'fix-login' into 'main'\n\nfix(auth): lock out after 5 attempts\n\nSee merge request acme/backend!34",
    );
    expect(commit).toMatchObject({ type: 'fix', scope: 'auth', change: 34, merge: true });
    expect(parseCommit(sha, "Merge branch 'main' into feature")).toMatchObject({
      type: undefined,
      merge: false,
    });
    expect(parseCommit(sha, "Merge branch 'hotfix'")).toMatchObject({ type: undefined, merge: true });
  });

  it('reads reverts, as git writes them and as a conventional type', () => {
    expect(parseCommit(sha, 'Revert "feat: dark mode"\n\nThis reverts commit 0123abc.')).toMatchObject({
      type: 'revert',
      subject: 'feat: dark mode',
    });
    expect(parseCommit(sha, 'revert: feat: dark mode')).toMatchObject({
      type: 'revert',
      subject: 'feat: dark mode',
    });
  });

  it('keeps a non-conventional message as its first line, without type', () => {
    for (const message of ['Fix the thing', 'feat:no space', 'WIP', 'fix(: broken scope', ': empty']) {
      expect(parseCommit(sha, message), message).toMatchObject({ type: undefined, subject: message });
    }
    expect(parseCommit(sha, 'Rework uploads\n\nBREAKING CHANGE: the upload API changed').breaking).toBe(
      'the upload API changed',
    );
  });
});

describe('parseCommit on long messages', () => {
  // Each case took seconds (80k characters: 5–11 s) while the parser retried a run of white space
  // from each of its positions; linear now, so even the 1M-character ones parse within the
  // test's default time limit. The assertions are on what is read, not on time.
  const runs = [80_000, 1_000_000];

  it.each(runs)('reads a title with %i spaces before the squash number', (n) => {
    const commit = parseCommit(sha, `feat: wide${' '.repeat(n)}title (#12)`);
    expect(commit.type).toBe('feat');
    expect(commit.change).toBe(12);
    expect(commit.subject).toBe(`wide${' '.repeat(n)}title`);
  });

  it.each(runs)('reads a title ending in %i spaces and a parenthesis as no squash', (n) => {
    const commit = parseCommit(sha, `fix: x${' \t'.repeat(n / 2)}(`);
    expect(commit).toMatchObject({ type: 'fix', change: undefined });
  });

  it.each(runs)('joins a footer of %i characters of continuation lines', (n) => {
    const commit = parseCommit(
      sha,
      `feat: x\n\nRefs: 1\n${'a\n\u00A0\n'.repeat(n / 4)}Deploy-Notes: run migrate`,
    );
    expect(commit.footers).toHaveLength(2);
    expect(commit.footers[0]?.value.split('\n')).toHaveLength(n / 4 + 1);
    expect(commit.deployNotes).toEqual(['run migrate']);
  });

  it('keeps a squash number after any white space and drops the blank lines of a footer', () => {
    expect(parseCommit(sha, 'fix: a \t (#7)')).toMatchObject({ subject: 'a', change: 7 });
    expect(parseCommit(sha, 'fix: a(#7)')).toMatchObject({ subject: 'a(#7)', change: undefined });
    expect(parseCommit(sha, 'fix: a\n\nRefs: \n\u00A0\n x\n\u00A0\n y').footers).toEqual([
      { token: 'Refs', value: 'x\ny' },
    ]);
  });
});

describe('releaseCommits', () => {
  const node = (id: string, parents: string[], message: string): CommitNode => ({
    sha: id,
    parents,
    message,
  });

  it('lets a merge commit with a conventional title stand for the commits it merged', () => {
    // base <- a (main) ; base <- b1 <- b2 (branch) ; m merges b2 into a
    const nodes = [
      node('m', ['a', 'b2'], 'Merge pull request #5 from acme/x\n\nfeat: the whole feature'),
      node('b2', ['b1'], 'fix: typo in feature'),
      node('b1', ['base'], 'wip'),
      node('a', ['base'], 'fix: on main'),
    ];
    expect(releaseCommits(nodes).map((c) => c.sha)).toEqual(['m', 'a']);
  });

  it('leaves out a merge commit without a conventional title, and keeps its commits', () => {
    const nodes = [
      node('m', ['a', 'b1'], "Merge branch 'x' into 'main'"),
      node('b1', ['base'], 'feat: from the branch'),
      node('a', ['base'], 'fix: on main'),
    ];
    expect(releaseCommits(nodes).map((c) => c.sha)).toEqual(['b1', 'a']);
  });
});

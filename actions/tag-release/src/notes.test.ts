import { describe, expect, it } from 'vitest';
import { parseCommit } from './commits';
import {
  changelogEntry,
  githubLinks,
  gitlabLinks,
  NO_LINKS,
  type NotesInput,
  prependChangelog,
  renderNotes,
} from './notes';

const sha = (n: number) => String(n).repeat(40).slice(0, 40);

const input: NotesInput = {
  version: '1.5.0',
  tag: 'v1.5.0',
  previousTag: 'v1.4.2',
  date: '2024-05-01',
  commits: [
    parseCommit(
      sha(1),
      'feat(api)!: paginate lists (#12)\n\nBREAKING CHANGE: list endpoints return {results, next}',
    ),
    parseCommit(sha(2), 'feat: export <csv> (#13)\n\nDeploy-Notes: set EXPORT_BUCKET\n  before the deploy'),
    parseCommit(sha(3), 'fix(auth): lock out after 5 attempts'),
    parseCommit(sha(4), 'Revert "feat: dark mode"'),
    parseCommit(sha(5), 'Tidy the settings'),
  ],
  migrations: ['onboarding/migrations/0004_export.py'],
  links: githubLinks('https://github.com/acme/backend/'),
};

describe('renderNotes', () => {
  it('groups breaking changes, deployment notes, migrations, features, fixes and the rest, with links', () => {
    const c = (n: number) => `[${sha(n).slice(0, 7)}](https://github.com/acme/backend/commit/${sha(n)})`;
    expect(renderNotes(input)).toBe(
      [
        '### ⚠ Breaking changes',
        '',
        `- **api:** paginate lists ([#12](https://github.com/acme/backend/pull/12), ${c(1)})`,
        '  list endpoints return {results, next}',
        '',
        '### Deployment notes',
        '',
        `- set EXPORT_BUCKET ([#13](https://github.com/acme/backend/pull/13), ${c(2)})`,
        '  before the deploy',
        '',
        '### New migrations',
        '',
        '- `onboarding/migrations/0004_export.py`',
        '',
        '### Features',
        '',
        `- export &lt;csv&gt; ([#13](https://github.com/acme/backend/pull/13), ${c(2)})`,
        '',
        '### Fixes',
        '',
        `- **auth:** lock out after 5 attempts (${c(3)})`,
        '',
        '### Other',
        '',
        `- Revert "feat: dark mode" (${c(4)})`,
        `- Tidy the settings (${c(5)})`,
        '',
        '**Full changes**: [v1.4.2...v1.5.0](https://github.com/acme/backend/compare/v1.4.2...v1.5.0)',
        '',
      ].join('\n'),
    );
  });

  it('links merge requests with ! on GitLab, and links nothing without a host', () => {
    const commits = [
      parseCommit(sha(1), "Merge branch 'x' into 'main'\n\nfix: y\n\nSee merge request acme/backend!34"),
    ];
    expect(
      renderNotes({
        ...input,
        commits,
        migrations: [],
        links: gitlabLinks('https://gitlab.example/acme/backend'),
      }),
    ).toContain(
      '- y ([!34](https://gitlab.example/acme/backend/-/merge_requests/34), [1111111](https://gitlab.example/acme/backend/-/commit/1111111111111111111111111111111111111111))',
    );
    expect(
      renderNotes({
        ...input,
        commits: [parseCommit(sha(2), 'fix: z (#3)')],
        migrations: [],
        links: NO_LINKS,
      }),
    ).toBe('### Fixes\n\n- z (#3, 2222222)\n');
    expect(
      renderNotes({ ...input, commits: [], migrations: [], previousTag: 'v1.4.2', links: NO_LINKS }),
    ).toBe('No changes since v1.4.2.\n');
  });
});

describe('prependChangelog', () => {
  const entry = changelogEntry(input, '### Fixes\n\n- z\n');

  it('goes below the title and above the last entry', () => {
    const existing = '# Changelog\n\nAll notable changes.\n\n## 1.4.2 (2024-04-01)\n\n- old\n';
    expect(prependChangelog(existing, entry, '1.5.0')).toBe(
      '# Changelog\n\nAll notable changes.\n\n## 1.5.0 (2024-05-01)\n\n### Fixes\n\n- z\n\n## 1.4.2 (2024-04-01)\n\n- old\n',
    );
  });

  it('starts a changelog, or goes on top of one without title', () => {
    expect(prependChangelog(undefined, entry, '1.5.0')).toBe(
      '# Changelog\n\n## 1.5.0 (2024-05-01)\n\n### Fixes\n\n- z\n',
    );
    expect(prependChangelog('## 1.4.2\n', entry, '1.5.0')).toBe(
      '## 1.5.0 (2024-05-01)\n\n### Fixes\n\n- z\n\n## 1.4.2\n',
    );
  });

  it('leaves a changelog that has the version already (a re-run), but not one with only its pre-release', () => {
    expect(
      prependChangelog('# Changelog\n\n## [v1.5.0](url) - 2024-05-01\n', entry, '1.5.0'),
    ).toBeUndefined();
    expect(prependChangelog('# Changelog\n\n## 1.5.0-rc.1\n', entry, '1.5.0')).toContain(
      '## 1.5.0 (2024-05-01)',
    );
  });
});

import { defineAction, gitAuthorInput, hostTokenInput } from '@maint-actions/core';

export const spec = defineAction({
  name: 'tag-release',
  title: 'Tag release',
  description:
    'Work out the next semver version from conventional commits, labels or an explicit version, write the release notes (with deployment notes and new migrations), and create the tag, the moving major tag and the GitHub or GitLab release; safe to re-run.',
  branding: { icon: 'tag', color: 'green' },
  inputs: {
    version: {
      type: 'string',
      description:
        'Version to release, such as `1.4.0` or `2.0.0-rc.1`, instead of working it out. It must be above the last release, and at least the bump `api-bump` calls for.',
    },
    labels: {
      type: 'list',
      description:
        "Labels of the pull or merge request, comma-separated: `release:major`, `release:minor` or `release:patch` set the bump instead of the commits, `release:skip` releases nothing. Other labels are ignored. GitHub: the pull request's label names joined with commas (see the README); GitLab: `$CI_MERGE_REQUEST_LABELS`.",
    },
    'api-bump': {
      type: 'enum',
      description:
        'The bump the API changes call for (the `api-bump` output of generate-openapi). It can only raise the bump: a breaking API change never ships as a patch.',
      values: ['major', 'minor', 'patch', 'none'],
    },
    'zero-major': {
      type: 'enum',
      description:
        'What a breaking change does while the version is 0.x: `minor` bumps the minor version (0.3.1 to 0.4.0), `major` goes to 1.0.0.',
      default: 'minor',
      values: ['minor', 'major'],
    },
    prerelease: {
      type: 'string',
      description:
        'Make a pre-release with this identifier, such as `rc`: the next version gets `-rc.N`, N the next free number. Pre-releases never move the moving tags.',
    },
    'tag-prefix': {
      type: 'string',
      description:
        'Prefix of version tags: `v` makes `v1.4.0`. Set it to `none` for bare versions (`1.4.0`).',
      default: 'v',
    },
    'initial-version': {
      type: 'string',
      description: 'Version of the first release, when no version tag is reachable from the commit.',
      default: '0.1.0',
    },
    target: {
      type: 'string',
      description:
        'The commit to tag (a sha, branch or other revision). Unset: `HEAD`, the commit checked out.',
    },
    'moving-tags': {
      type: 'list',
      description:
        'Tags that follow the latest release: `none`, `major` (`v1`), or `major,minor` (`v1` and `v1.4`). They only move forward: a re-run of an older release leaves them.',
      default: ['none'],
      values: ['none', 'major', 'minor'],
    },
    push: {
      type: 'enum',
      description:
        'How tags reach the host: `git` (`git tag -a`, then `git push --atomic` with the credentials of the checkout) or `api` (the host API with `token`, so branch protection needs no personal token).',
      default: 'git',
      values: ['git', 'api'],
    },
    'git-remote': {
      type: 'string',
      description: '`git` push mode: the remote of the checkout to push the tags to.',
      default: 'origin',
    },
    'git-author': gitAuthorInput('`git` push mode: the tagger of the annotated tag, as `Name <email>`.'),
    'create-release': {
      type: 'boolean',
      description:
        'Create the GitHub or GitLab release of the tag with the notes; `false` creates the tag only.',
      default: true,
    },
    assets: {
      type: 'list',
      description:
        'Files attached to the release, comma- or newline-separated paths relative to the repository root, such as `schema.yml`.',
    },
    'changelog-file': {
      type: 'path',
      description:
        'Prepend the release notes to this Markdown file, such as `CHANGELOG.md` (written atomically; committing it is up to the workflow). Unset: no file is changed.',
    },
    token: hostTokenInput(
      'Token for the repository host: releases, and tags in the `api` push mode (GitHub: `contents: write`; GitLab: a project access token with the `api` scope). Secret.',
    ),
    'dry-run': {
      type: 'boolean',
      description:
        'Print what would happen (version, notes, tags, release) and change nothing: no tag, no push, no release, no file but the report.',
      default: false,
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (JSON, summary, release notes). Default `.maint-actions/reports/tag-release`.',
    },
  },
  outputs: {
    version: {
      description:
        'The version released (or found released at the commit), such as `1.4.0`; empty when nothing was released.',
    },
    tag: { description: 'Its tag, such as `v1.4.0`; empty when nothing was released.' },
    'previous-version': { description: 'The last version before it; empty for the first release.' },
    bump: { description: 'The bump from the previous version: `major`, `minor`, `patch` or `none`.' },
    'release-url': { description: 'URL of the release, created or found; empty without a release.' },
    changelog: {
      description: "Path of the Markdown file with this release's notes (under the report directory).",
    },
  },
});

export type TagReleaseSpec = typeof spec;

import { defineAction, gitAuthorInput, hostTokenInput } from '@maint-actions/core';

/** Where the schema can be published, in the order they are reported. */
export const TARGETS = ['artifact', 'git-branch', 'release', 's3', 'http'] as const;
export type TargetName = (typeof TARGETS)[number];

export const spec = defineAction({
  name: 'publish-schema',
  title: 'Publish schema',
  description:
    'Publish the OpenAPI schema of a release, versioned and browsable (YAML, JSON, a one-file HTML reference, latest/ and an index), to artifacts, a git branch, a release, S3 or HTTP, and announce it.',
  branding: { icon: 'upload-cloud', color: 'blue' },
  inputs: {
    schema: {
      type: 'path',
      description: 'The OpenAPI schema to publish (YAML or JSON), relative to the repository root.',
      default: 'schema.yml',
    },
    version: {
      type: 'string',
      description:
        'Version to publish, such as `1.4.2`. Unset: the tag on the current commit (`git describe --tags --exact-match`), without a leading `v`.',
    },
    targets: {
      type: 'list',
      description:
        'Where to publish, comma-separated: `artifact` (a directory for the CI artifacts), `git-branch`, `release` (GitHub release asset or GitLab generic package), `s3`, `http`.',
      default: ['artifact'],
      values: TARGETS,
    },
    title: {
      type: 'string',
      description:
        'Name of the API on the HTML pages and in the announcement. Unset: the schema `info.title`.',
    },
    'artifact-dir': {
      type: 'path',
      description: '`artifact` target: directory the site is written to, relative to the repository root.',
      default: '.maint-actions/api-schema',
    },
    branch: {
      type: 'string',
      description:
        '`git-branch` target: the branch holding the published schemas; created (orphan) when missing.',
      default: 'api-schemas',
    },
    'git-remote': {
      type: 'string',
      description:
        '`git-branch` target: the remote of the checkout to push to, with the credentials the checkout left.',
      default: 'origin',
    },
    'git-author': gitAuthorInput(
      '`git-branch` target: author and committer of the commit, as `Name <email>`.',
    ),
    's3-uri': {
      type: 'string',
      description:
        '`s3` target: `s3://bucket/prefix`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (or the AWS SDK chain).',
    },
    's3-endpoint': {
      type: 'string',
      description:
        '`s3` target: endpoint URL of an S3-compatible store (MinIO, Ceph, R2 ...); path-style addressing is used with it.',
    },
    's3-region': {
      type: 'string',
      description: '`s3` target: region. Unset: `AWS_REGION`, `AWS_DEFAULT_REGION`, else `us-east-1`.',
    },
    'http-url': {
      type: 'string',
      description:
        '`http` target: base URL. Files go to `<http-url>/<version>/<file>`, `<http-url>/latest/<file>` and `<http-url>/index.json`; `<http-url>/index.json` is read first (404 means nothing published yet).',
    },
    'http-method': {
      type: 'enum',
      description: '`http` target: method each file is sent with.',
      default: 'PUT',
      values: ['PUT', 'POST'],
    },
    'http-headers': {
      type: 'string',
      description:
        '`http` target: request headers, one `Name: value` per line (such as an `Authorization` header). Secret.',
      secret: true,
    },
    token: hostTokenInput(
      '`release` target: token for the repository host (GitHub: `contents: write`; GitLab: unset uses `CI_JOB_TOKEN`). Secret.',
    ),
    changelog: {
      type: 'path',
      description:
        'Markdown changelog of the API changes (the `changelog` output of generate-openapi); its first line of text is the headline of the announcement.',
    },
    'webhook-url': {
      type: 'string',
      description:
        'Webhook announcing a new version: a JSON POST with a Slack-compatible `text`, `version`, `url` and `headline`. Secret. A failed announcement is a warning.',
      secret: true,
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (JSON, summary). Default `.maint-actions/reports/publish-schema`.',
    },
  },
  outputs: {
    version: { description: 'The version published (or found already published).' },
    published: {
      description: '`true` when something was written, `false` when the schema was already published.',
    },
    url: { description: 'Where the browsable HTML reference of this version is, when a target gives a URL.' },
    sha256: { description: 'SHA-256 of the schema content (its canonical JSON), as recorded in the index.' },
    index: { description: 'Path or URL of `index.json` of the first target that has one.' },
  },
});

export type PublishSchemaSpec = typeof spec;

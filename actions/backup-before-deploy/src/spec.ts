import { defineAction } from '@maint-actions/core';

/** How a backup is proven, cheapest first. */
export const VERIFY_MODES = ['checksum', 'list', 'restore'] as const;
export type VerifyMode = (typeof VERIFY_MODES)[number];

/** Database names or hosts that `restore` refuses without `--confirm` unless `protected` says otherwise. */
export const DEFAULT_PROTECTED = ['production', 'prod', 'live'] as const;

export const spec = defineAction({
  name: 'backup-before-deploy',
  title: 'Backup before deploy',
  description:
    'Back up the databases (PostgreSQL, MySQL/MariaDB, SQLite) and the stored files (a media directory or an S3 prefix) before a deploy, streamed through zstd to a directory or the CI artifacts, with a manifest written last, a verification that can rehearse the restore, and retention.',
  branding: { icon: 'archive', color: 'green' },
  inputs: {
    'database-url': {
      type: 'list',
      description:
        "Databases to back up, comma- or newline-separated, in Django's URL forms: `postgres://user:pass@host:5432/db?sslmode=require`, `mysql://user:pass@host:3306/db`, `sqlite:///db.sqlite3` (relative to the repository root, as Django reads it) or `sqlite:////abs/path/db.sqlite3`. Percent-encode special characters of the password. Secret.",
      secret: true,
    },
    'media-dir': {
      type: 'path',
      description:
        'A directory of stored files (Django `MEDIA_ROOT`) to back up as `media.tar.zst`: a tar stream compressed by zstd, symlinks stored as links (never followed), every path relative. Unset: databases only.',
    },
    'media-s3': {
      type: 'string',
      description:
        'Instead of `media-dir`: stored files in S3 (django-storages), `s3://bucket/prefix`, copied into the same `media.tar.zst` one object at a time, each named by its key under the prefix. A key with a `..` segment or an absolute name fails the backup. Read through `s3-endpoint`, `s3-region` and the same credentials as an `s3://` destination.',
    },
    destination: {
      type: 'string',
      description:
        'Where backups go: a local directory, `s3://bucket/prefix` (multipart uploads, see `s3-endpoint`), or `artifact` (a directory under `report-dir` for the workflow to upload). Each backup is `<destination>/<environment>/<timestamp>-<short-sha>/`.',
      required: true,
    },
    's3-endpoint': {
      type: 'string',
      description:
        'With an `s3://` destination or `media-s3` (one store serves both): the URL of an S3-compatible store (MinIO, Ceph, R2 ...), addressed path-style. Unset: Amazon S3. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (masked), else the AWS SDK chain.',
    },
    's3-region': {
      type: 'string',
      description:
        'With an `s3://` destination or `media-s3`: the region. Default `AWS_REGION`, else `us-east-1`.',
    },
    environment: {
      type: 'string',
      description:
        'Environment being deployed, such as `staging` or `production`: a folder of its own, with its own retention.',
      default: 'production',
    },
    'image-tag': {
      type: 'string',
      description:
        'The image tag being deployed, recorded in the manifest (the rollback runbook redeploys the previous one).',
    },
    verify: {
      type: 'enum',
      description:
        'How the backup is proven before the step passes: `checksum` (read back and compare SHA-256), `list` (also list each archive: `pg_restore --list`, the tar listing ...), `restore` (also restore each database into a scratch database and compare per-table row counts with the manifest, and extract the media archive into a scratch folder and compare its entries; both are removed).',
      default: 'checksum',
      values: VERIFY_MODES,
    },
    'keep-last': {
      type: 'number',
      description: 'Retention: complete backups of this environment to keep, newest first. Unset: no limit.',
    },
    'max-age-days': {
      type: 'number',
      description:
        'Retention: complete backups older than this many days are deleted. Unset: no limit. The newest complete backup is never deleted.',
    },
    'connect-timeout': {
      type: 'number',
      description: 'Seconds to wait for a database server to answer before the backup fails.',
      default: 10,
    },
    'idle-timeout': {
      type: 'number',
      description:
        'Seconds a database dump may go without sending a byte before the backup fails, naming the database (a server that stopped answering, a lock that is never granted).',
      default: 120,
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (JSON, summary). Default `.maint-actions/reports/backup-before-deploy`.',
    },
  },
  outputs: {
    'backup-id': { description: 'The backup: `<environment>/<timestamp>-<short-sha>`.' },
    manifest: {
      description: 'Path or URL of the manifest (written last: its presence marks the backup complete).',
    },
    'size-bytes': { description: 'Total size of the backup files, compressed.' },
    verified: { description: 'The verification that passed (`checksum`, `list` or `restore`), or `false`.' },
  },
});

export type BackupSpec = typeof spec;

export const restoreSpec = defineAction({
  name: 'restore',
  cliOnly: true,
  title: 'Restore a backup',
  description:
    'Restore a database and/or the media of a backup made by backup-before-deploy, refusing a protected target database unless the database name is confirmed. Meant for the terminal and runbooks.',
  branding: { icon: 'rotate-ccw', color: 'orange' },
  inputs: {
    manifest: {
      type: 'string',
      description:
        "The backup's `manifest.json`: a local path or an `s3://` URL (the `manifest` output of backup-before-deploy); the backup's files are read beside it. Set this or `latest-in`.",
    },
    'latest-in': {
      type: 'string',
      description:
        'Instead of `manifest`: a backup location with its environment, `<destination>/<environment>` (such as `s3://bucket/backups/production` or `backups/production`); the newest complete backup there is restored (a folder whose `manifest.json` exists and parses).',
    },
    's3-endpoint': {
      type: 'string',
      description:
        'With an `s3://` manifest or `latest-in`: the URL of an S3-compatible store (MinIO, Ceph, R2 ...), addressed path-style. Unset: Amazon S3. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (masked), else the AWS SDK chain.',
    },
    's3-region': {
      type: 'string',
      description:
        'With an `s3://` manifest or `latest-in`: the region. Default `AWS_REGION`, else `us-east-1`.',
    },
    'target-database-url': {
      type: 'string',
      description:
        "The database to restore into, in Django's URL forms (see backup-before-deploy). PostgreSQL and MySQL targets must exist and should be empty. Secret. Set this, `target-media-dir`, or both.",
      secret: true,
    },
    'target-media-dir': {
      type: 'path',
      description:
        "Where to extract the backup's media archive: a directory that does not exist yet or is empty. The archive is refused, before anything is extracted, when an entry has an absolute path, `..`, or is a link pointing outside it.",
    },
    source: {
      type: 'string',
      description:
        'Which database of the backup to restore (its `name` in the manifest), when it holds several.',
    },
    confirm: {
      type: 'string',
      description:
        'The target database name (the SQLite file name), typed again: required when the target holds rows, when the backup is of `production`, or when the target matches `protected`. Without it such a restore is refused before anything is written.',
    },
    protected: {
      type: 'list',
      description:
        'Database names or hosts that need `confirm`: a target matches when its database name or host contains an entry as a word (`prod` matches `shop_prod` and `db.prod.internal`).',
      default: DEFAULT_PROTECTED,
    },
    'connect-timeout': {
      type: 'number',
      description: 'Seconds to wait for the database server to answer.',
      default: 10,
    },
  },
  outputs: {
    'backup-id': { description: 'The backup restored: `<environment>/<timestamp>-<short-sha>`.' },
    manifest: { description: 'Path or URL of its manifest (the newest complete one with `latest-in`).' },
    restored: { description: 'The database restored: `<source> -> <target database name>`.' },
    tables: { description: 'Number of tables whose row counts match the manifest.' },
    'media-entries': { description: 'Number of media entries extracted, when `target-media-dir` was set.' },
  },
});

export type RestoreSpec = typeof restoreSpec;

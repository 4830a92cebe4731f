import { defineAction, hostTokenInput } from '@maint-actions/core';
import { installInput, pythonProjectInputs } from '@maint-actions/python-env';

/** The generators the action knows. */
export const GENERATORS = ['spectacular', 'drf', 'command'] as const;
export type GeneratorName = (typeof GENERATORS)[number];

export const spec = defineAction({
  name: 'generate-openapi',
  title: 'OpenAPI schema',
  description:
    'Regenerate the OpenAPI schema of a Django service, validate it, fail on a stale committed schema, and report the API changes against the base branch, breaking changes first, in one sticky PR/MR comment.',
  branding: { icon: 'file-text', color: 'blue' },
  inputs: {
    generator: {
      type: 'enum',
      description:
        '`spectacular` runs `python manage.py spectacular --validate` (drf-spectacular); `drf` runs `python manage.py generateschema` (Django REST framework); `command` runs the `command` input.',
      default: 'spectacular',
      values: GENERATORS,
    },
    command: {
      type: 'string',
      description:
        'With `generator: command`: a command run with `sh -c` in the working directory that writes the schema to the file named by the `MAINT_SCHEMA_OUT` environment variable.',
    },
    'fail-on-warn': {
      type: 'boolean',
      description: 'Pass `--fail-on-warn` to drf-spectacular: any of its warnings or errors fails the run.',
      default: false,
    },
    ...pythonProjectInputs({ project: 'django', python: 'Python interpreter.', installVenv: true }),
    ...installInput(),
    'settings-module': {
      type: 'string',
      description:
        'Django settings module (`DJANGO_SETTINGS_MODULE`) for the generator. Unset: the project default.',
    },
    env: {
      type: 'string',
      description:
        'Extra environment for the generator, one `KEY=value` per line (such as settings the project reads at import time). Lines starting with `#` are comments.',
    },
    schema: {
      type: 'path',
      description:
        'The committed schema, relative to the working directory. A `.json` name makes the generator write JSON, anything else YAML.',
      default: 'schema.yml',
    },
    drift: {
      type: 'enum',
      description:
        'When the committed schema differs from the generated one (compared as data: key order, formatting, YAML or JSON do not count): `fail`, `warn` or `off`.',
      default: 'fail',
      values: ['fail', 'warn', 'off'],
    },
    'base-ref': {
      type: 'string',
      description:
        "Git ref of the base schema for the API changes. Unset: the pull/merge request's base branch (`origin/<base>`, then `<base>`), else the last tag before this commit.",
    },
    'base-file': {
      type: 'path',
      description:
        'A base schema file to compare with instead of a git ref, relative to the working directory.',
    },
    'fail-on-breaking': {
      type: 'boolean',
      description:
        'Fail when the API has breaking changes against the base. Set to `false` to accept a breaking change: it is still reported, as a warning.',
      default: true,
    },
    comment: {
      type: 'boolean',
      description:
        'Keep one comment per schema on the pull/merge request with the API changes and the drift, updated in place.',
      default: true,
    },
    token: hostTokenInput({ for: 'the pull/merge request comment', permission: 'pull-requests: write' }),
    'timeout-minutes': {
      type: 'number',
      description: 'Timeout of the generator, in minutes; its process tree is killed when it runs out.',
      default: 10,
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the generated schema, the patch, the changelog and the reports. Default `.maint-actions/reports/generate-openapi`.',
    },
  },
  outputs: {
    schema: { description: 'Path of the generated schema (in `report-dir`).' },
    'schema-sha256': { description: 'SHA-256 of the generated schema file, in hex.' },
    drift: { description: '`true` when the committed schema differs from the generated one, else `false`.' },
    breaking: {
      description: 'Number of breaking API changes against the base; empty when there was no base.',
    },
    changes: {
      description: 'Number of API changes of any level against the base; empty when there was no base.',
    },
    'api-bump': {
      description:
        'Version bump the API changes call for: `major`, `minor`, `patch` or `none`; empty when there was no base.',
    },
    changelog: { description: 'Path of the Markdown changelog of the API changes (in `report-dir`).' },
    patch: {
      description:
        'Path of `schema.patch`, which brings the committed schema up to date; empty without drift.',
    },
  },
});

export type GenerateOpenapiSpec = typeof spec;

import { defineAction, hostTokenInput } from '@maint-actions/core';
import { pythonProjectInputs } from '@maint-actions/python-env';

/** Vulnerability severities, most severe first; `unknown` when no score is known (enrichment off or none published). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type VulnSeverity = (typeof SEVERITIES)[number];

/** How far behind an outdated package is. */
export const UPDATE_KINDS = ['major', 'minor', 'patch', 'pre-release'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** The top-level key of `.maint-actions.yml` (or of `ignore-file`) holding the ignore list. */
export const IGNORE_SECTION = 'dependency-audit-ignore';

export const spec = defineAction({
  name: 'dependency-audit',
  title: 'Dependency audit',
  description:
    'Audit Python dependencies: known vulnerabilities (pip-audit, severities from OSV, the smallest fixing version) and outdated packages (major, minor, patch), failed by a policy, with owned exceptions and one tracking issue for scheduled runs.',
  branding: { icon: 'shield', color: 'red' },
  inputs: {
    requirements: {
      type: 'list',
      description:
        'Requirement files to audit (`pip-audit -r`), comma-separated, relative to the working directory. Unset: the environment of `python` is audited. pip-audit resolves requirement files as an install does (it runs their build steps): audit untrusted changes in a job without secrets.',
      default: [],
    },
    ...pythonProjectInputs({
      project: 'python',
      python: 'Python interpreter whose environment is audited and asked for outdated packages.',
    }),
    'pip-audit-report': {
      type: 'path',
      description:
        'A pip-audit JSON report (`pip-audit --format json`) made in another step or image, read instead of running pip-audit.',
    },
    'outdated-report': {
      type: 'path',
      description:
        'The output of `pip list --outdated --format json` made in another step or image, read instead of running pip.',
    },
    outdated: {
      type: 'boolean',
      description: 'Check for outdated packages (`pip list --outdated`).',
      default: true,
    },
    'include-pre-releases': {
      type: 'boolean',
      description:
        'Count pre-releases as newer versions when looking for outdated packages (`pip list --pre`).',
      default: false,
    },
    enrich: {
      type: 'boolean',
      description:
        'Ask the OSV API for each vulnerability’s severity. `false` works offline: severities are `unknown`, and `fail-on` counts an unknown severity as critical.',
      default: true,
    },
    'osv-url': {
      type: 'string',
      description: 'Base URL of the OSV API (`/v1/querybatch`, `/v1/vulns/{id}`), such as a mirror.',
      default: 'https://api.osv.dev',
    },
    'fail-on': {
      type: 'enum',
      description:
        'Lowest severity of a vulnerability that fails the audit: `critical`, `high`, `medium`, `low`, `any` (every vulnerability) or `none` (report only). An unknown severity counts as critical.',
      default: 'high',
      values: ['critical', 'high', 'medium', 'low', 'any', 'none'],
    },
    'fail-on-outdated': {
      type: 'enum',
      description:
        'Outdated packages that fail the audit: `major` (a new major version), `minor` (major or minor), `any` (any newer release, pre-releases aside) or `none`.',
      default: 'none',
      values: ['major', 'minor', 'any', 'none'],
    },
    'ignore-file': {
      type: 'path',
      description: `YAML file whose \`${IGNORE_SECTION}\` list holds ignored vulnerability IDs, each with \`id\`, \`reason\`, \`owner\` and \`expires\` (YYYY-MM-DD). Unset: that list in \`.maint-actions.yml\`. An expired entry fails the audit and names its owner.`,
    },
    mode: {
      type: 'enum',
      description:
        '`enforce` fails the job by the policy; `warn` reports only, and without pip-audit installed gives an outdated-only report instead of a configuration error.',
      default: 'enforce',
      values: ['enforce', 'warn'],
    },
    'tracking-issue': {
      type: 'boolean',
      description:
        'Keep one tracking issue of open findings: created or updated with what is new, closed when all is clean. Unset: only for scheduled runs (`schedule` event or pipeline source).',
    },
    'issue-labels': {
      type: 'list',
      description: 'Labels of the tracking issue, comma-separated.',
      default: ['dependencies', 'security'],
    },
    token: hostTokenInput({ for: 'the tracking issue', permission: 'issues: write' }),
    'timeout-minutes': {
      type: 'number',
      description: 'Timeout of pip-audit and of pip, each, in minutes.',
      default: 15,
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (JSON, SARIF, Code Quality, GitLab dependency scanning, summary). Default `.maint-actions/reports/dependency-audit`.',
    },
  },
  outputs: {
    vulnerabilities: { description: 'Number of vulnerabilities found, ignored ones left out.' },
    'highest-severity': {
      description: '`critical`, `high`, `medium`, `low`, `unknown`, or `none` when nothing is vulnerable.',
    },
    outdated: { description: 'Number of outdated packages.' },
    report: { description: 'Path of the JSON report.' },
  },
});

export type DependencyAuditSpec = typeof spec;

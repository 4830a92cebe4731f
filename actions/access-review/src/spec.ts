import { defineAction, issueInputs } from '@maint-actions/core';

export const spec = defineAction({
  name: 'access-review',
  title: 'Access review',
  description:
    'The quarterly access review: privileged accounts (inactive ones flagged), the age of the service tokens to rotate and the onboarding/offboarding walk-through, as one checklist issue per quarter.',
  branding: { icon: 'user-check', color: 'purple' },
  inputs: {
    command: {
      type: 'string',
      description:
        'Command that prints the privileged accounts as a JSON list of `{username, email, is_staff, is_superuser, is_active, last_login, date_joined}`, such as `python manage.py privileged_users`. Run by `sh -c` in the working directory: the one input of this action that is a shell command, so give it only from the workflow, never from untrusted text.',
    },
    'users-file': {
      type: 'path',
      description:
        'A JSON file of the same list, made in another step, read instead of running `command` (relative to the repository root).',
    },
    'working-directory': {
      type: 'path',
      description: 'Directory `command` runs in, relative to the repository root.',
      default: '.',
    },
    'inactive-days': {
      type: 'number',
      description:
        'An active privileged account that has not logged in for more than this many days (or never) is flagged.',
      default: 90,
    },
    tokens: {
      type: 'list',
      description:
        'Service tokens to rotate, one `NAME: YYYY-MM-DD` (when it was last rotated) a line or comma-separated, such as `API_SECRET_TOKEN: 2026-08-01`. Names and dates only, never the values.',
      default: [],
    },
    'max-token-age-days': {
      type: 'number',
      description: 'A token last rotated more than this many days ago is marked "rotate".',
      default: 90,
    },
    checklist: {
      type: 'string',
      description: 'More checklist lines for the issue, one a line (such as the team’s own review steps).',
    },
    'fail-on-inactive': {
      type: 'boolean',
      description: 'Fail the job when an active privileged account is inactive.',
      default: false,
    },
    ...issueInputs('the review issue', ['access-review']),
  },
  outputs: {
    privileged: { description: 'Number of privileged (staff or superuser) accounts.' },
    inactive: { description: 'Number of active privileged accounts flagged as inactive.' },
    'tokens-due': { description: 'Names of the tokens to rotate, comma-separated (empty when none).' },
    'issue-url': { description: 'URL of this quarter’s review issue (empty without one).' },
  },
});

export type AccessReviewSpec = typeof spec;

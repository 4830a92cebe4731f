import { defineAction, issueInputs } from '@maint-actions/core';

export const spec = defineAction({
  name: 'usage-alert',
  title: 'Usage alert',
  description:
    'Watch the monthly use of a metered API: one alert issue opened when use passes a threshold, updated while above, closed when back under, with a forecast for the end of the month.',
  branding: { icon: 'bar-chart-2', color: 'orange' },
  inputs: {
    command: {
      type: 'string',
      description:
        'Command that prints the usage as JSON, such as `python manage.py usage_report` printing `{"used": 7100, "limit": 10000, "period": "2026-11"}`. Run by `sh -c` in the working directory: the one input of this action that is a shell command, so give it only from the workflow, never from untrusted text.',
    },
    'usage-file': {
      type: 'path',
      description:
        'A JSON file of the same shape, made in another step, read instead of running `command` (relative to the repository root).',
    },
    'working-directory': {
      type: 'path',
      description: 'Directory `command` runs in, relative to the repository root.',
      default: '.',
    },
    threshold: {
      type: 'number',
      description: 'Percent of the limit above which the alert issue is opened (and kept open).',
      default: 70,
    },
    'fail-above': {
      type: 'number',
      description:
        'Percent of the limit above which the job fails. Unset: the job passes whatever the use (the issue is the alert).',
    },
    name: {
      type: 'string',
      description:
        'Name of the API, such as `vision API`, for the issue title and the summary; one alert issue is kept per name.',
      default: 'API',
    },
    ...issueInputs('the alert issue', ['usage-alert']),
  },
  outputs: {
    percent: { description: 'Percent of the limit used, to one decimal, such as `71`.' },
    used: { description: 'Calls used in the period.' },
    limit: { description: 'The limit of the period.' },
    forecast: { description: 'Calls forecast for the end of the month, linear from the day of the month.' },
    alert: {
      description:
        '`open` when use is above the threshold (the issue is open, or would be with a token), `closed` when this run closed the issue, `none` otherwise.',
    },
  },
});

export type UsageAlertSpec = typeof spec;

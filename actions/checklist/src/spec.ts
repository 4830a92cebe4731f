import { defineAction, hostTokenInput } from '@maint-actions/core';

/** The top-level section of `.maint-actions.yml` with the team's own checklist items. */
export const CHECKLISTS_SECTION = 'checklists';

export const spec = defineAction({
  name: 'checklist',
  title: 'Maintenance checklist',
  description:
    'Keep one checklist issue per cadence and period (such as "Monthly maintenance checklist 2026-11") for the maintenance work only people can do: the built-in items, the team’s items from `.maint-actions.yml` and the `items` input.',
  branding: { icon: 'check-square', color: 'green' },
  inputs: {
    kind: {
      type: 'enum',
      values: ['checklist', 'postmortem'],
      default: 'checklist',
      description:
        'What to open: `checklist` (one issue per `cadence` and period) or `postmortem` (one issue per failed deploy that was rolled back, with the timeline of the run: see docs/runbooks/postmortem.md).',
    },
    cadence: {
      type: 'enum',
      values: ['weekly', 'monthly', 'quarterly'],
      description:
        'Which checklist: `weekly` (period `2026-W48`), `monthly` (`2026-11`) or `quarterly` (`2026-Q4`). One issue is opened per period. Required for `kind: checklist`.',
    },
    items: {
      type: 'string',
      description:
        'More items for this run’s issue, one a line (commas are kept), after the built-in ones and those of the `checklists:` section of `.maint-actions.yml`.',
    },
    environment: {
      type: 'string',
      description: 'Postmortem: the environment whose deploy failed.',
      default: 'production',
    },
    'deployed-image': {
      type: 'string',
      description: 'Postmortem: the image the failed deploy used, such as `ghcr.io/acme/app:1.4.2`.',
    },
    'backup-id': {
      type: 'string',
      description: "Postmortem: the backup taken before the deploy (backup-before-deploy's `backup-id`).",
    },
    'failed-checks': {
      type: 'list',
      description:
        "Postmortem: what failed, comma-separated, such as smoke-test-gate's `failed-checks` or `deploy` when the deploy step itself failed.",
      default: [],
    },
    rollback: {
      type: 'string',
      description: 'Postmortem: what the rollback did, such as `redeployed ghcr.io/acme/app:1.4.1`.',
    },
    token: hostTokenInput({
      for: 'the checklist issue',
      permission: 'issues: write',
      without: 'no issue is opened and the job summary holds the checklist',
    }),
  },
  outputs: {
    'issue-url': {
      description: 'URL of this period’s checklist issue, or of the postmortem issue (empty without one).',
    },
    created: {
      description:
        '`true` when this run opened the issue, `false` when it was there already or none was opened.',
    },
  },
});

export type ChecklistSpec = typeof spec;

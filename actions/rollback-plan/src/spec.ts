import { defineAction } from '@maint-actions/core';
import { installInput, pythonProjectInputs } from '@maint-actions/python-env';

export const spec = defineAction({
  name: 'rollback-plan',
  title: 'Rollback plan',
  description:
    'Say before anyone touches production whether going back to an earlier release is a redeploy, a reverse migration or a restore, and which backup: the migrations applied since, per app, classified by their operations as Django itself loads them, with the exact commands in order.',
  branding: { icon: 'rotate-ccw', color: 'orange' },
  inputs: {
    from: {
      type: 'string',
      description: 'The release running now: a git ref or tag.',
      default: 'HEAD',
    },
    to: {
      type: 'string',
      description:
        'The release to go back to: a git ref or tag, or the path of a backup-before-deploy `manifest.json` (its `gitSha` is the release, its `imageTag` the image). Unset: the release tag before `from` by semver (`v1.4.2`, `1.4.2`).',
    },
    manifests: {
      type: 'path',
      description:
        "The backups' manifests of one environment: a folder (searched for `manifest.json`, such as `backups/production`) or one file, written by backup-before-deploy. They name the backup to restore and the image tag to redeploy. Unset: neither is known.",
    },
    ...pythonProjectInputs({
      project: 'django',
      python: "Python interpreter with Django and the project's dependencies.",
      installVenv: true,
    }),
    ...installInput(),
    'settings-module': {
      type: 'string',
      description:
        'Django settings module (`DJANGO_SETTINGS_MODULE`) to load the migrations with. Unset: the one `manage.py` sets.',
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (report.json, summary.md, and plan.json with every migration and step). Default `.maint-actions/reports/rollback-plan`.',
    },
  },
  outputs: {
    safe: { description: '`true` when going back is a redeploy and nothing else, `false` otherwise.' },
    steps: {
      description:
        'The plan, in order, comma-separated: `migrate:<app>:<target>` (run with the current release, before the redeploy; target `zero` unapplies the whole app), `restore:<backup-id>` (`restore:unknown` when no manifest names it), `redeploy:<image-tag or ref>`.',
    },
    destructive: {
      description:
        'The destructive or irreversible migrations applied since `to`, as `app.name`, comma-separated.',
    },
    'backup-id': { description: 'The backup to restore when the plan needs one and the manifests name it.' },
    'image-tag': { description: 'The image of the `to` release, from its manifest, when known.' },
    report: { description: 'Path of the JSON report.' },
  },
});

export type RollbackPlanSpec = typeof spec;

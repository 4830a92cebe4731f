/** The backup-before-deploy action and the restore command: their specs and runs, for the GitHub entry and the CLI. */
import { defineActionRun } from '@maint-actions/core';
import { restoreSpec, spec } from './spec';

/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries.
 */
export const backupBeforeDeploy = defineActionRun(spec, async (ctx) => (await import('./run')).run(ctx));

/** `maint-actions restore`: meant for the terminal and runbooks. */
export const restore = defineActionRun(restoreSpec, async (ctx) => (await import('./restore')).restore(ctx));

export { restoreSpec, spec };

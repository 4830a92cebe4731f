/** The rollback-plan action: its spec and its run, for the GitHub entry and the CLI. */
import { defineActionRun } from '@maint-actions/core';
import { spec } from './spec';

/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
export const rollbackPlan = defineActionRun(spec, async (ctx) => (await import('./run')).run(ctx));
export { spec };

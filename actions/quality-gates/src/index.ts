/** The quality-gates action: its spec and its run, for the GitHub entry and the CLI. */
import { defineActionRun } from '@maint-actions/core';
import { run } from './run';
import { spec } from './spec';

export const qualityGates = defineActionRun(spec, run);
export { spec };

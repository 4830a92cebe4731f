/** The generate-openapi action: its spec and its run, for the GitHub entry and the CLI. */
import { defineActionRun } from '@maint-actions/core';
import { spec } from './spec';

/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
export const generateOpenapi = defineActionRun(spec, async (ctx) => (await import('./run')).run(ctx));
export { gitPatch, unifiedDiff } from './unified-diff';
export { spec };

/**
 * The actions the tool knows. Generators (scripts/generate.ts) and the CLI both read this list,
 * so adding an action here is what makes it a sub-command, an action.yml and a component.
 */
import { accessReview } from '@maint-actions/access-review';
import { backupBeforeDeploy, restore } from '@maint-actions/backup-before-deploy';
import { checklist } from '@maint-actions/checklist';
import type { ActionDefinition } from '@maint-actions/core';
import { dependencyAudit } from '@maint-actions/dependency-audit';
import { generateOpenapi } from '@maint-actions/generate-openapi';
import { publishSchema } from '@maint-actions/publish-schema';
import { qualityGates } from '@maint-actions/quality-gates';
import { rollbackPlan } from '@maint-actions/rollback-plan';
import { smokeTestGate } from '@maint-actions/smoke-test-gate';
import { tagRelease } from '@maint-actions/tag-release';
import { usageAlert } from '@maint-actions/usage-alert';

/** A list of actions; injectable so tests can run the CLI against a fake action. */
export type Registry = readonly ActionDefinition[];

/** Every action of maint-actions, in the order `--help` lists them. */
export const registry: Registry = [
  qualityGates,
  generateOpenapi,
  publishSchema,
  tagRelease,
  smokeTestGate,
  backupBeforeDeploy,
  restore,
  dependencyAudit,
  usageAlert,
  accessReview,
  checklist,
  rollbackPlan,
];

/** The action named `name` (kebab-case, as on the command line), or undefined. */
export function findAction(name: string, actions: Registry = registry): ActionDefinition | undefined {
  return actions.find((action) => action.spec.name === name);
}

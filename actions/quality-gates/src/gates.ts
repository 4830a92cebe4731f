/**
 * Which gates run, and in which mode: the built-in gates named in `gates` (in the spec's order)
 * and the custom gates, each enforced unless named in `warn`, of the `stage` asked for.
 */
import { ConfigError, type GateMode } from '@maint-actions/core';
import { changeFlowGate } from './gates/change-flow';
import { customGate, parseCustomGates } from './gates/custom';
import { djangoCheckGate } from './gates/django-check';
import type { Gate, QualityGatesInputs } from './gates/gate';
import { importLinterGate } from './gates/import-linter';
import { lintGate } from './gates/lint';
import { migrationsGate } from './gates/migrations';
import { pytestGate } from './gates/pytest';
import { GATES, type GateName } from './spec';

/** The built-in gates by name. */
export const BUILTIN_GATES: Readonly<Record<GateName, Gate>> = {
  pytest: pytestGate,
  'import-linter': importLinterGate,
  'django-check': djangoCheckGate,
  migrations: migrationsGate,
  lint: lintGate,
  'change-flow': changeFlowGate,
};

/** Gates that run `manage.py` and so need it in the working directory. */
export const MANAGE_PY_GATES: readonly string[] = ['django-check', 'migrations'];

/** A stage of gates: GitLab's pipeline runs `lint` and `test` in two jobs; one job runs `all`. */
export type GateStage = 'all' | 'lint' | 'test';

/** The stage of each built-in gate; custom gates belong to `test`. */
export const GATE_STAGES: Readonly<Record<GateName, Exclude<GateStage, 'all'>>> = {
  pytest: 'test',
  'import-linter': 'test',
  'django-check': 'lint',
  migrations: 'lint',
  lint: 'lint',
  'change-flow': 'lint',
};

/** The stage of a gate by id: a built-in's own, `test` for a custom gate. */
export function stageOf(id: string): Exclude<GateStage, 'all'> {
  return GATE_STAGES[id as GateName] ?? 'test';
}

export interface PlannedGate {
  readonly gate: Gate;
  readonly mode: GateMode;
}

/**
 * The gates to run: built-ins in the spec's order, then custom gates in the order written, those
 * of `stage` only (`all`: every one). A custom gate is named in `warn` by its name or its id
 * (`custom:<name>`). `warn` is checked against the gates of every stage, so a job of one stage
 * accepts (and a job of either stage rejects) the same `warn` list.
 *
 * @param configWarn the `warn` items from `.maint-actions.yml`: a built-in gate among them that does
 *   not run here is left alone.
 * @throws ConfigError for a malformed `custom-gates`, or a `warn` entry that names no gate that runs.
 */
export function planGates(
  inputs: Pick<QualityGatesInputs, 'gates' | 'warn' | 'customGates'>,
  configWarn: readonly string[] = [],
  stage: GateStage = 'all',
): PlannedGate[] {
  const builtins = GATES.filter((name) => inputs.gates.includes(name)).map((name) => BUILTIN_GATES[name]);
  const gates = [...builtins, ...parseCustomGates(inputs.customGates).map(customGate)];
  const names = new Map<string, Gate>();
  // Ids first, then names, so a custom gate named like a built-in is reached by its id only.
  for (const key of ['id', 'name'] as const) {
    for (const gate of gates) if (!names.has(gate[key])) names.set(gate[key], gate);
  }
  const warned = new Set<Gate>();
  for (const entry of inputs.warn) {
    const gate = names.get(entry);
    // A built-in gate the repo config makes warn, where it does not run: the config speaks for
    // every job (GitLab's pipeline splits the gates over a lint and a test job). Not a typo.
    if (!gate && configWarn.includes(entry) && (GATES as readonly string[]).includes(entry)) continue;
    if (!gate) {
      const valid = gates.map((g) => g.id).join(', ') || 'none';
      throw new ConfigError(
        `Input "warn" names "${entry}", which is not a gate that runs (gates that run: ${valid}); fix "warn" or add it to "gates".`,
        { input: 'warn' },
      );
    }
    warned.add(gate);
  }
  return gates
    .filter((gate) => stage === 'all' || stageOf(gate.id) === stage)
    .map((gate) => ({ gate, mode: warned.has(gate) ? 'warn' : 'enforce' }));
}

/**
 * The quality policy applied to quality-gates' inputs. Each gate's mode comes from, in order:
 * the gate's inputs (`gates`, `warn`, `enforce`, from the workflow or `.maint-actions.yml`), the
 * policy (a preset or a policy file), the action's default. A policy also sets the thresholds
 * (`POLICY_INPUTS`) the repo leaves at their default. See docs/versioning.md.
 */
import {
  ConfigError,
  configItems,
  type GatePolicyMode,
  type InputSource,
  inputSources,
  isConfigError,
  loadPolicy,
  type Policy,
  type PolicySection,
  parseInputs,
  policyLabel,
  policySection,
} from '@maint-actions/core';
import type { QualityGatesInputs } from './gates/gate';
import { QUALITY_GATES_PRESETS } from './presets';
import { GATES, type GateName, spec } from './spec';

/** The inputs a policy may set besides the gates' modes: the thresholds. */
export const POLICY_INPUTS = ['django-check-fail-level', 'django-check-deploy', 'required-sections'] as const;

/** The gates that run when neither the inputs nor a policy say otherwise (the `gates` default). */
const DEFAULT_GATES = spec.inputs.gates.default as readonly string[];

/** A gate's mode and who set it: `input "warn"`, `.maint-actions.yml "gates"`, `standard@1` or `default`. */
export interface GateModeDecision {
  readonly gate: GateName;
  readonly mode: GatePolicyMode;
  readonly by: string;
}

export interface AppliedPolicy {
  /** The inputs with the policy applied: `gates` and `warn` say every built-in gate's mode. */
  readonly inputs: QualityGatesInputs;
  /** Report facts: `policy` and `gate modes`, when a policy applies. */
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * Loads the policy named by the `policy` input (if any) and applies it. Inputs that did not come
 * from `parseInputs` (no sources known) all count as given. `configFile` names the repo config
 * in the report's gate modes (the CLI's `--config` file, else `.maint-actions.yml`).
 *
 * @throws ConfigError for an unknown policy, a bad policy file, a gate in both `warn` and
 *   `enforce`, or an `enforce` entry that names a gate that does not run.
 */
export async function applyPolicy(
  inputs: QualityGatesInputs,
  workspace: string,
  configFile = '.maint-actions.yml',
): Promise<AppliedPolicy> {
  const policy = inputs.policy
    ? await loadPolicy(inputs.policy, workspace, QUALITY_GATES_PRESETS)
    : undefined;
  const section = checkedSection(policy);
  const sources = inputSources(inputs);
  const sourceOf = (name: string): InputSource => sources?.[name] ?? 'input';
  const setBy = (name: string): string =>
    sourceOf(name) === 'config' ? `${configFile} "${name}"` : `input "${name}"`;

  const both = inputs.warn.find((gate) => inputs.enforce.includes(gate as GateName));
  if (both) {
    throw new ConfigError(`Inputs "warn" and "enforce" both name "${both}"; keep it in one of them.`, {
      input: 'enforce',
    });
  }
  const userGates = ['input', 'config'].includes(sourceOf('gates')) ? inputs.gates : undefined;
  const label = policy && policyLabel(policy);
  const decide = (gate: GateName): GateModeDecision => {
    const preset = section.gates[gate];
    const named = userGates?.includes(gate);
    if (userGates && !named) return { gate, mode: 'off', by: setBy('gates') };
    if (!userGates && !preset && !DEFAULT_GATES.includes(gate)) return { gate, mode: 'off', by: 'default' };
    if (inputs.warn.includes(gate)) return { gate, mode: 'warn', by: setBy('warn') };
    if (inputs.enforce.includes(gate)) return { gate, mode: 'enforce', by: setBy('enforce') };
    if (preset && label && !(preset.mode === 'off' && named)) return { gate, mode: preset.mode, by: label };
    return { gate, mode: 'enforce', by: named ? setBy('gates') : 'default' };
  };
  const decisions = GATES.map(decide);

  // A gate the repo config enforces may not run in this job (GitLab's lint and test jobs split
  // them); one a job or a flag names must run.
  const fromConfig = configItems(inputs, 'enforce');
  const idle = inputs.enforce.find(
    (gate) => !fromConfig.includes(gate) && decisions.some((d) => d.gate === gate && d.mode === 'off'),
  );
  if (idle) {
    throw new ConfigError(
      `Input "enforce" names "${idle}", which is not a gate that runs; add it to "gates" or remove it from "enforce".`,
      { input: 'enforce' },
    );
  }
  const warned = decisions.filter((d) => d.mode === 'warn' && !inputs.warn.includes(d.gate));
  const applied: QualityGatesInputs = {
    ...inputs,
    ...thresholds(policy, section, sourceOf),
    gates: decisions.filter((d) => d.mode !== 'off').map((d) => d.gate),
    warn: [...inputs.warn, ...warned.map((d) => d.gate)],
  };
  if (!policy || !label) return { inputs: applied, meta: {} };
  return {
    inputs: applied,
    meta: {
      policy: policy.source === 'preset' ? label : `${label} (${policy.source})`,
      'gate modes': decisions.map((d) => `${d.gate} ${d.mode} (${d.by})`).join(', '),
    },
  };
}

/** The policy's quality-gates section, after checking it names only built-in gates and `POLICY_INPUTS`. */
function checkedSection(policy: Policy | undefined): PolicySection {
  const section = policySection(policy, spec.name);
  const where = `${policy?.source}: ${spec.name}`;
  const unknownGate = Object.keys(section.gates).find((gate) => !GATES.includes(gate as GateName));
  if (unknownGate) {
    throw new ConfigError(
      `${where} gate "${unknownGate}" is not a built-in gate; gates are: ${GATES.join(', ')}.`,
      { input: 'policy' },
    );
  }
  const allowed: readonly string[] = POLICY_INPUTS;
  const unknownInput = Object.keys(section.inputs).find((name) => !allowed.includes(name));
  if (unknownInput) {
    throw new ConfigError(
      `${where} "${unknownInput}" cannot be set by a policy; a policy sets "gates" and ${POLICY_INPUTS.join(', ')}.`,
      { input: 'policy' },
    );
  }
  return section;
}

/**
 * The policy's thresholds for the inputs left at their default, parsed like any input (a policy
 * file holds text). Camel-cased, ready to spread over the inputs.
 */
function thresholds(
  policy: Policy | undefined,
  section: PolicySection,
  sourceOf: (name: string) => InputSource,
): Partial<QualityGatesInputs> {
  if (!policy) return {};
  const open = POLICY_INPUTS.filter(
    (name) => section.inputs[name] !== undefined && sourceOf(name) === 'default',
  );
  const thresholdSpec = {
    ...spec,
    inputs: Object.fromEntries(open.map((name) => [name, { ...spec.inputs[name], default: undefined }])),
  };
  try {
    const text = (name: string): string => policyText(section.inputs[name], `${policy.source}: ${name}`);
    return parseInputs(thresholdSpec, text) as Partial<QualityGatesInputs>;
  } catch (error) {
    if (!isConfigError(error)) throw error;
    throw new ConfigError(`${policy.source}: ${error.message}`, { input: 'policy', cause: error });
  }
}

/** A policy value as the text an input would carry: a list joined with commas. */
function policyText(value: unknown, where: string): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'object' && value !== null) {
    throw new ConfigError(`${where} must be a value or a list, not a mapping.`, { input: 'policy' });
  }
  return String(value);
}

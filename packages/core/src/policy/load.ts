/**
 * Finding the policy a repo chose: a preset by name, or a policy file in the workspace (such as
 * a central repo checked out beside the code). Nothing is fetched from the network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../config';
import { ConfigError } from '../errors';
import {
  GATE_POLICY_MODES,
  type GatePolicy,
  type GatePolicyMode,
  type Policy,
  type PolicySection,
} from './model';
import type { PolicyPresets } from './presets';

/** A reference that names a file rather than a preset: it has a slash or a YAML extension. */
export function isPolicyFile(ref: string): boolean {
  return ref.includes('/') || /\.ya?ml$/.test(ref);
}

/**
 * The policy `ref` names: a preset (`standard`), or a policy file by its path relative to the
 * workspace (`./.platform/policy.yml`). A policy file is YAML: `name`, `version`, an optional
 * `description`, and a section per action, such as
 * `quality-gates: { gates: { lint: warn }, django-check-fail-level: WARNING }`.
 *
 * `presets` are the calling action's (core names no action's gates).
 *
 * @throws ConfigError (naming the `policy` input) for an unknown preset, listing the presets; a
 *   missing file; or a file that is not a policy.
 */
export async function loadPolicy(ref: string, workspace: string, presets: PolicyPresets): Promise<Policy> {
  if (!isPolicyFile(ref)) {
    const preset = presets[ref];
    if (preset) return preset;
    const names = Object.keys(presets).join(', ');
    throw new ConfigError(
      `Input "policy": unknown policy "${ref}"; use one of ${names}, or the path of a policy file such as ./.platform/policy.yml.`,
      { input: 'policy' },
    );
  }
  let text: string;
  try {
    text = await readFile(path.resolve(workspace, ref), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new ConfigError(
      `Input "policy": policy file ${ref} not found in the workspace; check out the repo that holds it first (actions/checkout with a path).`,
      { input: 'policy' },
    );
  }
  return parsePolicy(parseConfig(text, ref), ref);
}

/** The fields of a policy file that are not action sections. */
const HEADER = ['name', 'version', 'description'];

function parsePolicy(data: Record<string, unknown>, file: string): Policy {
  const { name, version, description } = data;
  if (typeof name !== 'string' || name === '' || typeof version !== 'string' || version === '') {
    throw new ConfigError(
      `${file}: a policy needs a "name" and a "version", such as name: acme and version: 1.`,
      {
        input: 'policy',
      },
    );
  }
  const actions: Record<string, PolicySection> = {};
  for (const [action, section] of Object.entries(data)) {
    if (!HEADER.includes(action)) actions[action] = parseSection(section, `${file}: ${action}`);
  }
  return {
    name,
    version,
    source: file,
    description: typeof description === 'string' ? description : '',
    actions,
  };
}

function parseSection(section: unknown, where: string): PolicySection {
  if (!isMapping(section)) throw policyError(`${where} must be a mapping of "gates" and input values`);
  const { gates = {}, ...inputs } = section;
  if (!isMapping(gates)) throw policyError(`${where} gates must be a mapping of gate names to modes`);
  const parsed: Record<string, GatePolicy> = {};
  for (const [gate, entry] of Object.entries(gates)) {
    parsed[gate] = parseGate(entry, `${where} gate "${gate}"`);
  }
  return { gates: parsed, inputs };
}

/** `warn`, or `{ mode: warn, since: 1.2.0 }`. */
function parseGate(entry: unknown, where: string): GatePolicy {
  const { mode, since } = isMapping(entry) ? entry : { mode: entry, since: undefined };
  if (!GATE_POLICY_MODES.includes(mode as GatePolicyMode)) {
    throw policyError(`${where} must be ${GATE_POLICY_MODES.join(', ')} (got ${JSON.stringify(mode)})`);
  }
  return typeof since === 'string'
    ? { mode: mode as GatePolicyMode, since }
    : { mode: mode as GatePolicyMode };
}

function policyError(message: string): ConfigError {
  return new ConfigError(`${message}.`, { input: 'policy' });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

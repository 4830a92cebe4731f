/**
 * Custom gates from the `custom-gates` input: one `name: command` a line, each command run with
 * `sh -c` in the working directory (the only shell: the user wrote the command on purpose, and
 * nothing is spliced into it). A gate passes when its command exits 0.
 */
import { ConfigError } from '@maint-actions/core';
import { describeExit, type Gate, type GateContext, type GateResult, outputTail, runTool } from './gate';

export interface CustomGateDefinition {
  readonly name: string;
  readonly command: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Parses `custom-gates`. Blank lines and lines starting with `#` are ignored.
 * @throws ConfigError naming `custom-gates` for a malformed line or a name used twice.
 */
export function parseCustomGates(text: string | undefined): CustomGateDefinition[] {
  const gates: CustomGateDefinition[] = [];
  for (const [index, raw] of (text ?? '').split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    const command = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (!NAME.test(name) || command === '') {
      throw new ConfigError(
        `Input "custom-gates" line ${index + 1} must be "name: command" (name of letters, digits, ".", "_", "-"), got "${line}".`,
        { input: 'custom-gates' },
      );
    }
    if (gates.some((gate) => gate.name === name)) {
      throw new ConfigError(
        `Input "custom-gates" names the gate "${name}" twice: give each line its own name.`,
        {
          input: 'custom-gates',
        },
      );
    }
    gates.push({ name, command });
  }
  return gates;
}

/** The gate of one `custom-gates` line, id `custom:<name>`. */
export function customGate(definition: CustomGateDefinition): Gate {
  const id = `custom:${definition.name}`;
  return {
    id,
    name: definition.name,
    async prepare(ctx) {
      return { run: () => runCustom(ctx, id, definition.command) };
    },
  };
}

async function runCustom(ctx: GateContext, id: string, command: string): Promise<GateResult> {
  const run = await runTool(ctx, id, command, [], { shell: true });
  const base = { command: run.command, findings: [] };
  if (run.exitCode === 0) return { ...base, status: 'passed', summary: 'exit code 0' };
  return { ...base, status: 'failed', summary: describeExit(run), outputTail: outputTail(run.output) };
}

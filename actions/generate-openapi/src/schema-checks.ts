/**
 * The first two checks of generate-openapi: the generator ran (into a scratch folder, moved in
 * whole), and its schema is valid OpenAPI.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  type Check,
  checkSkipped,
  type Finding,
  type GateMode,
  type Platform,
  plural,
  relativeTo,
} from '@maint-actions/core';
import { parseSchemaText, SchemaParseError } from './document';
import { type GeneratorRun, runGenerator } from './generator';
import { formatOf, type Inputs, moveInto, type Paths } from './paths';
import { validateOpenApi } from './validate';

/** The generated schema, once generated and parsed. */
export interface Generated {
  readonly text: string;
  readonly document: unknown;
}

/** Why the drift and API-changes checks skip when there is no `Generated`. */
export const NOTHING_TO_COMPARE = 'no valid schema to compare';

export function generateCheck(run: GeneratorRun, inputs: Inputs): Check {
  const base = {
    id: 'generate',
    name: 'Generate',
    mode: 'enforce' as GateMode,
    durationMs: Math.round(run.result.durationMs),
    findings: run.findings,
    command: run.command,
  };
  const counts = {
    errors: run.findings.filter((f) => f.severity === 'error').length,
    warnings: run.findings.filter((f) => f.severity === 'warning').length,
  };
  if (run.failure) {
    return {
      ...base,
      status: run.result.timedOut ? 'error' : 'failed',
      summary: run.failure,
      counts,
      outputTail: run.outputTail,
    };
  }
  const said = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')].join(', ');
  return { ...base, status: 'passed', summary: `${GENERATOR_NAMES[inputs.generator]}: ${said}`, counts };
}

const GENERATOR_NAMES = {
  spectacular: 'manage.py spectacular',
  drf: 'manage.py generateschema',
  command: 'command',
} as const;

/** Parses and validates the generated text. */
export async function validateCheck(
  text: string | undefined,
  paths: Paths,
): Promise<{ check: Check; generated: Generated | undefined; problem: string | undefined }> {
  const started = performance.now();
  const base = { id: 'validate', name: 'Validate', mode: 'enforce' as GateMode };
  const elapsed = (): number => Math.round(performance.now() - started);
  if (text === undefined) {
    return {
      check: checkSkipped(base, 'no schema was generated'),
      generated: undefined,
      problem: undefined,
    };
  }
  const file = relativeTo(paths.workspace, paths.generated);
  let document: unknown;
  try {
    document = parseSchemaText(text, file);
  } catch (error) {
    if (!(error instanceof SchemaParseError)) throw error;
    const finding: Finding = {
      severity: 'error',
      message: error.message,
      file,
      line: error.line,
      rule: 'parse',
    };
    return {
      check: {
        ...base,
        status: 'failed',
        durationMs: elapsed(),
        summary: error.message,
        findings: [finding],
      },
      generated: undefined,
      problem: `The generated schema is not valid YAML or JSON: ${error.message}`,
    };
  }
  const validation = await validateOpenApi(document, file);
  if (validation.findings.length > 0) {
    const summary = `not a valid OpenAPI 3.0/3.1 document: ${plural(validation.findings.length, 'problem')}`;
    return {
      check: { ...base, status: 'failed', durationMs: elapsed(), summary, findings: validation.findings },
      generated: undefined,
      problem: `The generated schema is ${summary}:\n${validation.findings.map((f) => `- ${f.message}`).join('\n')}`,
    };
  }
  return {
    check: {
      ...base,
      status: 'passed',
      durationMs: elapsed(),
      summary: `valid OpenAPI ${validation.version}`,
      findings: [],
    },
    generated: { text, document },
    problem: undefined,
  };
}

/**
 * Runs the generator into a scratch folder and moves its schema into the report directory only
 * when it succeeded, so a half-written schema is never left where the next steps read it.
 */
export async function generateSchema(
  platform: Platform,
  inputs: Inputs,
  paths: Paths,
  extraEnv: Record<string, string>,
): Promise<GeneratorRun> {
  const scratch = await mkdtemp(path.join(platform.context.tempDir, 'maint-openapi-'));
  try {
    const out = path.join(scratch, path.basename(paths.generated));
    const generatorRun = await platform.log.group('Generate the schema', () =>
      runGenerator({
        platform,
        generator: inputs.generator,
        command: inputs.command,
        failOnWarn: inputs.failOnWarn,
        python: inputs.python,
        install: inputs.install,
        settingsModule: inputs.settingsModule,
        extraEnv,
        where: paths,
        out,
        format: formatOf(paths.schema),
        timeoutMinutes: inputs.timeoutMinutes,
      }),
    );
    if (!generatorRun.failure) await moveInto(out, paths.generated);
    return generatorRun;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

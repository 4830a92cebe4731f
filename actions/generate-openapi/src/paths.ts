/** Where generate-openapi reads and writes: the paths its inputs name, checked. */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ActionContext, ConfigError, type RunStart, writeFileAtomic } from '@maint-actions/core';
import { checkBaseRef } from './base';
import { parseEnvInput } from './env-input';
import { workspacePath } from './messages';
import type { GenerateOpenapiSpec } from './spec';

/** The parsed inputs of the action. */
export type Inputs = ActionContext<GenerateOpenapiSpec>['inputs'];

/** Where everything is, all absolute except `schemaRel`. */
export interface Paths {
  readonly workspace: string;
  readonly cwd: string;
  /** The committed schema. */
  readonly schema: string;
  /** The committed schema relative to the workspace, with forward slashes. */
  readonly schemaRel: string;
  readonly baseFile: string | undefined;
  readonly reportDir: string;
  /** The generated schema in the report directory. */
  readonly generated: string;
  readonly patch: string;
  readonly changelog: string;
}

/** Resolves and checks the paths the inputs name, in the workspace and report directory of `started`. */
export function resolvePaths(started: RunStart, inputs: Inputs): Paths {
  const { workspace, reportDir } = started;
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  if (!inside(workspace, cwd) || !statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(
      `Input "working-directory": ${inputs.workingDirectory} is not a directory of the repository.`,
      { input: 'working-directory' },
    );
  }
  const schema = path.resolve(cwd, inputs.schema);
  const schemaRel = workspacePath({ workspace, cwd }, schema);
  if (!schemaRel || statSync(schema, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(
      `Input "schema": ${inputs.schema} must name a file inside the repository (relative to the working directory), such as schema.yml.`,
      { input: 'schema' },
    );
  }
  let baseFile: string | undefined;
  if (inputs.baseFile) {
    baseFile = path.resolve(cwd, inputs.baseFile);
    if (!statSync(baseFile, { throwIfNoEntry: false })?.isFile()) {
      throw new ConfigError(
        `Input "base-file": ${inputs.baseFile} is not a file (paths are relative to the working directory).`,
        {
          input: 'base-file',
        },
      );
    }
  }
  return {
    workspace,
    cwd,
    schema,
    schemaRel,
    baseFile,
    reportDir,
    generated: path.join(reportDir, formatOf(schema) === 'json' ? 'schema.json' : 'schema.yml'),
    patch: path.join(reportDir, 'schema.patch'),
    changelog: path.join(reportDir, 'changelog.md'),
  };
}

export function formatOf(schema: string): 'yaml' | 'json' {
  return /\.json$/i.test(schema) ? 'json' : 'yaml';
}

export function inside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Moves the generator's file into the report directory in one step (a copy then a rename across devices). */
export async function moveInto(from: string, to: string): Promise<void> {
  await writeFileAtomic(to, await readFile(from));
}

/**
 * Checks the inputs no other step checks, and returns the generator's extra environment.
 * @throws ConfigError naming the input.
 */
export function checkInputs(inputs: Inputs): Record<string, string> {
  const extraEnv = parseEnvInput(inputs.env);
  if (!(inputs.timeoutMinutes > 0)) {
    throw new ConfigError(`Input "timeout-minutes" must be more than 0 (got ${inputs.timeoutMinutes}).`, {
      input: 'timeout-minutes',
    });
  }
  checkBaseRef(inputs.baseRef);
  if (inputs.baseRef && inputs.baseFile) {
    throw new ConfigError('Inputs "base-ref" and "base-file" both name a base: keep one.', {
      input: 'base-file',
    });
  }
  return extraEnv;
}

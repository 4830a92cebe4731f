/** The drift check: the committed schema against the generated one, with a patch to apply. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Check,
  checkSkipped,
  type Finding,
  type GateMode,
  relativeTo,
  writeFileAtomic,
} from '@maint-actions/core';
import { canonicalJson, canonicalYaml, parseSchemaText, SchemaParseError } from './document';
import type { Drift } from './markdown';
import type { Inputs, Paths } from './paths';
import { type Generated, NOTHING_TO_COMPARE } from './schema-checks';
import { gitPatch, unifiedDiff } from './unified-diff';

/**
 * Compares the committed schema with the generated one as data. On drift writes `schema.patch`
 * (the raw committed file to the raw generated one) and keeps a readable diff of the canonical forms.
 */
export async function driftCheck(
  generated: Generated | undefined,
  paths: Paths,
  inputs: Inputs,
): Promise<{ check: Check; drift: Drift | undefined }> {
  const base = {
    id: 'drift',
    name: 'Drift',
    mode: (inputs.drift === 'warn' ? 'warn' : 'enforce') as GateMode,
  };
  if (inputs.drift === 'off') {
    return {
      check: checkSkipped(base, 'drift: off'),
      drift: undefined,
    };
  }
  if (!generated) return { check: checkSkipped(base, NOTHING_TO_COMPARE), drift: undefined };
  const started = performance.now();
  const committedText = await readFile(paths.schema, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  let committed: unknown;
  let unreadable: string | undefined;
  if (committedText !== undefined) {
    try {
      committed = parseSchemaText(committedText, paths.schemaRel);
    } catch (error) {
      if (!(error instanceof SchemaParseError)) throw error;
      unreadable = error.message;
    }
  }
  const stale =
    committedText === undefined ||
    unreadable !== undefined ||
    canonicalJson(committed) !== canonicalJson(generated.document);
  const durationMs = (): number => Math.round(performance.now() - started);
  if (!stale) {
    return {
      check: {
        ...base,
        status: 'passed',
        durationMs: durationMs(),
        summary: `${paths.schemaRel} is up to date`,
        findings: [],
      },
      drift: { stale: false, diff: '', fix: '' },
    };
  }
  await writeFileAtomic(paths.patch, gitPatch(committedText, generated.text, paths.schemaRel));
  const readable =
    committed !== undefined
      ? unifiedDiff(canonicalYaml(committed), canonicalYaml(generated.document), {
          oldName: `a/${paths.schemaRel} (committed)`,
          newName: `b/${paths.schemaRel} (generated)`,
        })
      : unifiedDiff(committedText ?? '', generated.text, {
          oldName: committedText === undefined ? '/dev/null' : `a/${paths.schemaRel}`,
          newName: `b/${paths.schemaRel}`,
        });
  const patchRel = relativeTo(paths.workspace, paths.patch);
  const why =
    committedText === undefined
      ? `${paths.schemaRel} does not exist`
      : unreadable
        ? unreadable
        : `${paths.schemaRel} differs from the schema the code generates`;
  const fix = `Apply \`${patchRel}\` (from the job's artifacts) at the repository root with \`git apply\`, or regenerate it with \`${regenerateCommand(inputs, paths)}\`, and commit it.`;
  const finding: Finding = {
    severity: 'error',
    message: `${why}: apply ${patchRel} with git apply, or regenerate it with ${regenerateCommand(inputs, paths)}, and commit it.`,
    file: paths.schemaRel,
    rule: 'schema-drift',
  };
  const added = readable.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).length;
  const removed = readable
    .split('\n')
    .filter((line) => line.startsWith('-') && !line.startsWith('---')).length;
  return {
    check: {
      ...base,
      status: 'failed',
      durationMs: durationMs(),
      summary: `${why} (+${added} −${removed} lines)`,
      counts: { added, removed },
      findings: [finding],
    },
    drift: { stale: true, diff: readable, fix },
  };
}

function regenerateCommand(inputs: Inputs, paths: Paths): string {
  const file = path.relative(paths.cwd, paths.schema).split(path.sep).join('/');
  if (inputs.generator === 'drf') return `python manage.py generateschema --file ${file}`;
  if (inputs.generator === 'spectacular') return `python manage.py spectacular --file ${file}`;
  return `maint-actions generate-openapi`;
}

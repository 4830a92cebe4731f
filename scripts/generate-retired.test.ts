/** Retired inputs in the generated files: declared in action.yml (so the runner passes them on), absent elsewhere. */
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { defineAction } from '../packages/core/src/index';
import { renderActionYml, updateTemplate } from './generate';

const spec = defineAction({
  name: 'echo-gates',
  title: 'Echo gates',
  description: 'Echoes.',
  inputs: { 'new-name': { type: 'string', description: 'The new name.' } },
  outputs: {},
  retired: { 'old-name': { replacedBy: 'new-name', since: '1.0.0' } },
});

describe('a retired input', () => {
  it('stays in action.yml with a deprecationMessage saying what replaced it', () => {
    const message = 'Input "old-name" was renamed to "new-name" in 1.0.0; rename it in your workflow.';
    expect(parse(renderActionYml(spec)).inputs['old-name']).toEqual({
      description: message,
      deprecationMessage: message,
    });
  });

  it('is no input of the GitLab component (its spec: inputs rejects it at include time)', () => {
    const [header] = parseAllDocuments(updateTemplate(undefined, spec)).map((doc) => doc.toJS());
    expect(Object.keys(header.spec.inputs)).toContain('new-name');
    expect(Object.keys(header.spec.inputs)).not.toContain('old-name');
  });
});

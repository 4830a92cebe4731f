import { describe, expect, it } from 'vitest';
import { checkSections, parseSections, sectionFilled } from './description';

/** The PR template as an author finds it. */
const TEMPLATE = `## Summary

<!-- What changes, and why? Link the issue. -->

## Tests run

<!-- How did you test it? Commands, environments. -->
- [ ]

## Risks

<!--
What could break? How is it rolled back?
-->
- <risk>
`;

const REQUIRED = ['Summary', 'Tests run', 'Risks'];

describe('PR/MR description sections', () => {
  it('fails the untouched template, naming every empty section', () => {
    expect(checkSections(TEMPLATE, REQUIRED)).toEqual([
      { section: 'Summary', problem: 'empty' },
      { section: 'Tests run', problem: 'empty' },
      { section: 'Risks', problem: 'empty' },
    ]);
  });

  it('passes a filled template, with headings in any case at level 2 or 3', () => {
    const filled = TEMPLATE.replace('## Summary\n', '### SUMMARY:\nAdds the /orders endpoint.\n')
      .replace('- [ ]', '- [x] pytest -k orders')
      .replace('- <risk>', 'None: a new endpoint only.');
    expect(checkSections(filled, REQUIRED)).toEqual([]);
  });

  it('reports a missing section, and ignores headings inside code blocks and comments', () => {
    const body = [
      '## Summary',
      'Renames a field.',
      '```markdown',
      '## Tests run',
      '```',
      '<!-- ## Risks -->',
      '# Risks',
      'Level 1 is not a section.',
    ].join('\n');
    expect(checkSections(body, REQUIRED)).toEqual([
      { section: 'Tests run', problem: 'missing' },
      { section: 'Risks', problem: 'missing' },
    ]);
  });

  it('counts placeholders (TODO, dots, bare bullets) as empty and subsections as content', () => {
    const body = '## Summary\nTODO\n...\n- \n## Tests run\n### Unit\npytest passed\n## Risks\n_TBD_\n';
    expect(checkSections(body, REQUIRED)).toEqual([
      { section: 'Summary', problem: 'empty' },
      { section: 'Risks', problem: 'empty' },
    ]);
    expect(parseSections(body).map((s) => [s.title, s.level])).toEqual([
      ['Summary', 2],
      ['Tests run', 2],
      ['Unit', 3],
      ['Risks', 2],
    ]);
  });

  it('finds a filled "Deployment notes" section, and an empty one is not filled', () => {
    expect(sectionFilled('## Deployment notes\nRun migrate before the rollout.\n', 'deployment notes')).toBe(
      true,
    );
    expect(sectionFilled('## Deployment notes\n<!-- steps -->\n## Risks\nlow\n', 'Deployment notes')).toBe(
      false,
    );
    expect(sectionFilled('', 'Deployment notes')).toBe(false);
  });
});

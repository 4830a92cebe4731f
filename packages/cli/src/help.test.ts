import { describe, expect, it } from 'vitest';
import { renderActionHelp, renderGlobalHelp, wrap } from './help';
import { findAction, registry } from './registry';

const qualityGates = findAction('quality-gates')!;

describe('maint-actions --help', () => {
  it('lists every action with its description', () => {
    const text = renderGlobalHelp(registry, 80);
    expect(text).toMatch(/^Usage: maint-actions <action>/);
    for (const { spec } of registry) expect(text).toContain(`  ${spec.name}  `);
    expect(text).toContain('Run the quality gates of a Django service');
    expect(text).toContain('--config <file>');
    expect(renderGlobalHelp(registry, 100)).toContain('schedules');
  });
});

describe('maint-actions quality-gates --help', () => {
  const text = renderActionHelp(qualityGates.spec, 80);

  it('shows each input as a flag with its type, values, default and variable', () => {
    for (const [name, input] of Object.entries(qualityGates.spec.inputs)) {
      expect(text).toContain(input.type === 'boolean' ? `--[no-]${name}` : `--${name} <`);
      expect(text).toContain(`MAINT_INPUT_${name.toUpperCase().replace(/-/g, '_')}`);
    }
    expect(text).toContain('  --django-check-fail-level <CRITICAL|ERROR|WARNING|INFO|DEBUG>\n');
    expect(text).toContain(
      '      Values: pytest, import-linter, django-check, migrations, lint, change-flow\n',
    );
    expect(text).toContain('      Default: pytest,import-linter,django-check,migrations\n');
    expect(text).toContain('  --[no-]django-check-deploy\n');
    expect(text).toContain('  --timeout-minutes <number>\n');
  });

  it('lists the outputs and the exit codes', () => {
    for (const name of Object.keys(qualityGates.spec.outputs))
      expect(text).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(text).toContain('Exit codes: 0 passed, 1 failed, 2 configuration error.');
  });

  it('wraps every line to the width, without Markdown backticks', () => {
    for (const width of [60, 80, 120]) {
      const lines = renderActionHelp(qualityGates.spec, width).split('\n');
      const long = lines.filter((l) => l.length > width && !l.trimStart().startsWith('--'));
      expect(long).toEqual([]);
    }
    expect(text).not.toContain('`');
  });
});

describe('wrap', () => {
  it('breaks on spaces and indents every line', () => {
    expect(wrap('one two three four five', 30, '    ')).toEqual(['    one two three four five']);
    expect(wrap('aaaa bbbb cccc dddd eeee ffff', 24, '  ')).toEqual(['  aaaa bbbb cccc dddd', '  eeee ffff']);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyUpdate, smallestFix } from './versions';

describe('classifyUpdate', () => {
  it.each([
    ['1.0.0', '2.0.0', 'major'],
    ['1.4.2', '1.5.0', 'minor'],
    ['1.4.2', '1.4.3', 'patch'],
    ['1.4', '1.4.0.1', 'patch'],
    ['1.4.2', '1.4.2.post1', 'patch'],
    ['2.0.0rc1', '2.0.0', 'patch'],
    ['1.0.0', '2.0.0rc1', 'pre-release'],
    ['1.0.0', '1.0.1.dev3', 'pre-release'],
    ['2024.1', '1!1.0', 'major'],
    ['1.0.0+local.7', '1.0.1', 'patch'],
  ])('%s -> %s is %s', (installed, latest, kind) => {
    expect(classifyUpdate(installed, latest)).toBe(kind);
  });

  it('is undefined when the latest is not newer or not a PEP 440 version', () => {
    expect(classifyUpdate('1.0.0', '1.0')).toBeUndefined();
    expect(classifyUpdate('2.0.0', '1.9.9')).toBeUndefined();
    expect(classifyUpdate('1.0.0', 'not-a-version')).toBeUndefined();
  });
});

describe('smallestFix', () => {
  it('picks the smallest fix newer than the installed version, in PEP 440 order', () => {
    expect(smallestFix('3.2.0', ['4.1.10', '3.2.19', '4.0.8', '3.2.10'])).toBe('3.2.10');
    expect(smallestFix('4.0.1', ['3.2.19', '4.0.8', '4.1.10'])).toBe('4.0.8');
    expect(smallestFix('1.0', ['1.0.post1', '1.0.1rc1', '1.0.1'])).toBe('1.0.post1');
  });

  it('is undefined when nothing newer fixes it', () => {
    expect(smallestFix('5.0', ['4.2.1'])).toBeUndefined();
    expect(smallestFix('1.0', [])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { pythonProjectInputs } from './inputs';

describe('pythonProjectInputs', () => {
  it('declares working-directory and python with their defaults', () => {
    expect(pythonProjectInputs({ project: 'django', python: 'Python interpreter.' })).toEqual({
      'working-directory': {
        type: 'path',
        description:
          'Directory of the Django project (where `manage.py` is), relative to the repository root.',
        default: '.',
      },
      python: {
        type: 'string',
        description:
          'Python interpreter. `auto` uses `.venv/bin/python` in the working directory, then `python3`/`python` on PATH.',
        default: 'auto',
      },
    });
  });

  it('names the install venv in the auto order when the action has one, and any Python project', () => {
    const inputs = pythonProjectInputs({
      project: 'python',
      python: 'Interpreter to audit.',
      installVenv: true,
    });
    expect(inputs['working-directory'].description).toBe(
      'Directory of the Python project, relative to the repository root.',
    );
    expect(inputs.python.description).toBe(
      'Interpreter to audit. `auto` uses `.venv/bin/python` in the working directory, then the venv made by `install`, then `python3`/`python` on PATH.',
    );
  });
});

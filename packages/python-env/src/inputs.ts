/**
 * The inputs of an action that runs the project's Python, declared once beside the code that
 * reads them (`resolvePython`): `working-directory` and `python`. A spec spreads them in, in
 * its own place among its inputs: `...pythonProjectInputs({ project: 'django', python: 'Python interpreter.' })`.
 */

export interface PythonProjectInputsOptions {
  /** `django`: the directory is the Django project's (where `manage.py` is); `python`: any Python project's. */
  readonly project: 'django' | 'python';
  /** The first sentence of the `python` input: what the interpreter is for, such as `Python interpreter.` */
  readonly python: string;
  /** `auto` also tries the venv the `install` input makes (quality-gates). */
  readonly installVenv?: boolean;
}

/** `working-directory` (default `.`) and `python` (default `auto`, as `resolvePython` reads it). */
export function pythonProjectInputs(options: PythonProjectInputsOptions) {
  const project =
    options.project === 'django' ? 'the Django project (where `manage.py` is)' : 'the Python project';
  const installed = options.installVenv ? 'then the venv made by `install`, ' : '';
  return {
    'working-directory': {
      type: 'path',
      description: `Directory of ${project}, relative to the repository root.`,
      default: '.',
    },
    python: {
      type: 'string',
      description: `${options.python} \`auto\` uses \`.venv/bin/python\` in the working directory, ${installed}then \`python3\`/\`python\` on PATH.`,
      default: 'auto',
    },
  } as const;
}

/**
 * The `install` input of an action that runs the project's code (quality-gates, generate-openapi,
 * rollback-plan): the files `installVenv` installs, or, unset, the top-level `install:` of
 * `.maint-actions.yml` (packages/core/src/config.ts). `prepareProjectPython` reads it.
 */
export function installInput() {
  return {
    install: {
      type: 'path',
      description:
        "Requirements file(s) or `pyproject.toml` to install into a cached virtualenv (`.maint-actions/venv`, made over the interpreter's own packages) before the project runs, comma-separated, relative to the repository root. The venv is restored from the CI cache by a key of the Python version and the files hash. Unset: the top-level `install:` of `.maint-actions.yml`; without one, nothing is installed.",
    },
  } as const;
}

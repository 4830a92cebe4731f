/**
 * The Python project environment every action that runs the project's Python shares: the
 * interpreter (resolved from the `python` input, its version and probed modules), its venv's
 * activation, tools beside it, and the cached virtualenv the `install` input builds.
 */

export { type DeclaredPython, declaredPython, fitsDeclared, pythonMismatch } from './declared';
export { installInput, type PythonProjectInputsOptions, pythonProjectInputs } from './inputs';
export {
  activateVenv,
  findTool,
  hasModule,
  PROBED_MODULES,
  type PythonInfo,
  pythonFacts,
  type ResolvePythonOptions,
  resolvePython,
  venvPython,
} from './interpreter';
export {
  DEV_EXTRAS,
  declaredExtras,
  INSTALL_VENV,
  type InstalledVenv,
  type InstallOptions,
  installVenv,
  installVenvDir,
  type ProjectPythonOptions,
  pipArgs,
  prepareProjectPython,
  registerPipSecrets,
  venvCacheKey,
} from './venv';

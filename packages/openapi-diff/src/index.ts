export {
  type BundleInput,
  type BundleResult,
  bundleExternalRefs,
  displayLocation,
  EXTERNAL_KEY,
  type FileSource,
  mayHaveExternalRefs,
} from './bundle';
export { type ChangelogOptions, renderChangelog } from './changelog';
export { OPENAPI_DIFF_HELP, runOpenapiDiffCommand } from './command';
export { diffOpenApi, InvalidDocumentError } from './diff';
export { parseDocumentText } from './load';
export { applyIgnores, POLICY_SECTION, type Policy, parsePolicy } from './policy';
export { RULES, type RuleId, type RuleInfo } from './rules';
export type { Bump, Change, DiffOptions, DiffResult, Level } from './types';

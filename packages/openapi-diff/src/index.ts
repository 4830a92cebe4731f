export { type ChangelogOptions, renderChangelog } from './changelog';
export { diffOpenApi, InvalidDocumentError } from './diff';
export { RULES, type RuleId, type RuleInfo } from './rules';
export type { Bump, Change, DiffOptions, DiffResult, Level } from './types';

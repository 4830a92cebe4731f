/**
 * The names of the repo config file, apart from the YAML reader of config.ts, so a command that
 * needs the config only when there is one (openapi-diff) can look for it without loading `yaml`.
 */

/** File names looked up at the workspace root, in this order. */
export const CONFIG_FILE_NAMES = ['.maint-actions.yml', '.maint-actions.yaml'] as const;

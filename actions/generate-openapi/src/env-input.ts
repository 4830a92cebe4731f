/** The `env` input: extra environment for the generator, one `KEY=value` per line. */
import { ConfigError } from '@maint-actions/core';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses `KEY=value` lines. Blank lines and lines starting with `#` are skipped; the value is
 * everything after the first `=`, kept as written (no quotes are removed, nothing is expanded).
 *
 * @throws ConfigError naming `env` and the line that is not `KEY=value`.
 */
export function parseEnvInput(text: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [index, raw] of (text ?? '').split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    if (!NAME.test(name)) {
      throw new ConfigError(
        `Input "env", line ${index + 1}: write KEY=value with a KEY of letters, digits and _ (such as DJANGO_DEBUG=0).`,
        { input: 'env' },
      );
    }
    env[name] = line.slice(at + 1);
  }
  return env;
}

/**
 * Error kinds. A ConfigError is the user's to fix: one line, no stack, says what to change
 * (exit code 2). A failed gate is a verdict, not an error (exit code 1). Anything else is a bug.
 */

export class ConfigError extends Error {
  override readonly name: string = 'ConfigError';
  /** The input (kebab-case) the message is about, when there is one. */
  readonly input: string | undefined;
  constructor(message: string, options?: { input?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.input = options?.input;
  }
}

/** A tool that is not installed: names the package to install. */
export class ToolMissingError extends ConfigError {
  override readonly name = 'ToolMissingError';
  readonly tool: string;
  constructor(tool: string, hint: string) {
    super(`${tool} is not installed: ${hint}`);
    this.tool = tool;
  }
}

/** A refusal or failure of the repository host's API: the status tells why (401/403 rights, 404, 409 conflict). */
export class HostApiError extends Error {
  override readonly name = 'HostApiError';
  /** HTTP status; 0 when the host could not be reached. */
  readonly status: number;
  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
  }
}

export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError;
}

export const ExitCode = { Passed: 0, Failed: 1, ConfigError: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The message and (for bugs) the stack of anything thrown. */
export function describeError(error: unknown): { message: string; stack: string | undefined } {
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error), stack: undefined };
}

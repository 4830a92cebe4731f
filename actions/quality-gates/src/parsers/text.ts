/** Small helpers for reading tools' text output. */

/** The lines of a tool's output, without terminal colour codes or carriage returns. */
export function outputLines(output: string): string[] {
  return output
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

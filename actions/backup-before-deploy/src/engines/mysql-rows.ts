/**
 * Row counts read from a `mariadb-dump`/`mysqldump` stream as it passes, so the manifest counts
 * exactly the rows the dump holds: MySQL cannot share a `--single-transaction` snapshot with
 * another session, and counts read beside the dump describe another moment on a live database.
 *
 * The dump's shape: `CREATE TABLE \`t\` (` starts a table (0 rows); each extended
 * `INSERT INTO \`t\` VALUES (...),(...);` (MariaDB 10.11: a row a line after `VALUES`) adds one
 * row per top-level parenthesis, strings being
 * single-quoted with backslash escapes (or doubled quotes). Statements between `DELIMITER ;;` and
 * `DELIMITER ;` (triggers, routines, events) are skipped: their bodies may hold INSERTs.
 */

/** Longest line start kept to recognise a statement (a table name is at most 64 characters). */
const HEAD_LIMIT = 4096;

const CREATE = /^CREATE TABLE `((?:[^`]|``)+)` \($/;
const INSERT = /^INSERT (?:IGNORE )?INTO `((?:[^`]|``)+)`(?: \((?:[^()'`]|`(?:[^`]|``)*`)*\))? VALUES ?$/;

export interface RowCountReader {
  write(chunk: Buffer): void;
  /** The counts per table, or why they could not be read. */
  result(): { rowCounts: Record<string, number>; rowCountsUnavailable?: string };
}

enum Mode {
  /** At the start of a line or in a line that is not an INSERT. */
  Line,
  /** Inside an INSERT's values, outside a string. */
  Values,
  /** Inside a quoted string of an INSERT. */
  Text,
  /** Just after a backslash in a string. */
  Escape,
  /** Just after a quote in a string: the end of it, or the first of a doubled quote. */
  Quote,
}

export function mysqlRowCounter(): RowCountReader {
  const counts: Record<string, number> = {};
  let unavailable: string | undefined;
  let mode = Mode.Line;
  /** The current line's start (Line mode), and whether it is still being collected. */
  let head = '';
  let collecting = true;
  let inRoutines = false;
  let table = '';
  let depth = 0;

  const unname = (quoted: string): string => quoted.replace(/``/g, '`');
  /** Looks at a line start; true when it opened an INSERT's values. */
  const recognise = (text: string): boolean => {
    if (text.startsWith('DELIMITER ')) {
      inRoutines = text.trim() !== 'DELIMITER ;';
      return false;
    }
    if (inRoutines) return false;
    const create = CREATE.exec(text);
    if (create?.[1] !== undefined) {
      counts[unname(create[1])] ??= 0;
      return false;
    }
    const insert = INSERT.exec(text);
    if (insert?.[1] !== undefined) {
      table = unname(insert[1]);
      counts[table] ??= 0;
      depth = 0;
      return true;
    }
    return false;
  };

  return {
    write(chunk: Buffer) {
      if (unavailable) return;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i] as number;
        switch (mode) {
          case Mode.Line:
            if (byte === 0x0a) {
              // MariaDB 10.11 writes `INSERT INTO \`t\` VALUES` and then a row a line.
              if (collecting && recognise(head)) mode = Mode.Values;
              head = '';
              collecting = true;
            } else if (collecting) {
              head += String.fromCharCode(byte);
              if (head.endsWith(' VALUES ') && recognise(head)) {
                mode = Mode.Values;
                head = '';
              } else if (head.length > HEAD_LIMIT) {
                if (!inRoutines && head.startsWith('INSERT ')) {
                  unavailable = 'an INSERT statement of the dump has a form the row counter does not read';
                  return;
                }
                collecting = false;
              } else if (
                head.length === 7 &&
                head !== 'INSERT ' &&
                !head.startsWith('DELIMI') &&
                !head.startsWith('CREATE')
              ) {
                // Not a statement the counter reads: skip to the end of the line.
                collecting = false;
              }
            }
            break;
          case Mode.Values:
            if (byte === 0x27) mode = Mode.Text;
            else if (byte === 0x28) {
              depth += 1;
              if (depth === 1) counts[table] = (counts[table] ?? 0) + 1;
            } else if (byte === 0x29) depth -= 1;
            else if (byte === 0x3b && depth === 0) {
              mode = Mode.Line;
              collecting = false;
            }
            break;
          case Mode.Text:
            if (byte === 0x5c) mode = Mode.Escape;
            else if (byte === 0x27) mode = Mode.Quote;
            break;
          case Mode.Escape:
            mode = Mode.Text;
            break;
          case Mode.Quote:
            if (byte === 0x27) mode = Mode.Text;
            else {
              mode = Mode.Values;
              i -= 1;
            }
            break;
        }
      }
    },
    result() {
      if (!unavailable && mode !== Mode.Line) unavailable = 'the dump ended inside an INSERT statement';
      return unavailable ? { rowCounts: {}, rowCountsUnavailable: unavailable } : { rowCounts: counts };
    },
  };
}

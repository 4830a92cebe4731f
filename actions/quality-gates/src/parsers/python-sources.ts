/** Reading Python sources to place findings: where a class or a class attribute is defined. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isIgnoredDir, VENV_MARKER, type Where } from './paths';

/** How deep the search for models modules goes below the project directory. */
const MAX_DEPTH = 6;

/** Python files of the project, read once each. */
export class PythonSources {
  private readonly texts = new Map<string, string[]>();
  private models: string[] | undefined;
  /** Per file: the first line of each `def <name>(`, indexed on the first question. */
  private readonly defs = new Map<string, Map<string, number>>();

  constructor(private readonly where: Where) {}

  /** The lines of `file` (absolute); none when it cannot be read. */
  lines(file: string): string[] {
    let lines = this.texts.get(file);
    if (lines === undefined) {
      try {
        lines = readFileSync(file, 'utf8').split(/\r?\n/);
      } catch {
        lines = [];
      }
      this.texts.set(file, lines);
    }
    return lines;
  }

  /** Every `models.py` and `models/*.py` under the project directory (absolute, sorted). */
  modelsFiles(): string[] {
    this.models ??= findModelsFiles(this.where.cwd, 0).sort();
    return this.models;
  }

  /** 1-based line of the top-level `class <name>` in `file`. */
  classLine(file: string, name: string): number | undefined {
    const pattern = new RegExp(`^class\\s+${name}\\b`);
    const index = this.lines(file).findIndex((line) => pattern.test(line));
    return index === -1 ? undefined : index + 1;
  }

  /**
   * 1-based line of the first `def <name>(` (or `async def`) in `file`, at any indent. The file is
   * indexed once: a test module's thousand test cases do not each scan it again.
   */
  defLine(file: string, name: string): number | undefined {
    let defs = this.defs.get(file);
    if (defs === undefined) {
      defs = new Map();
      for (const [index, text] of this.lines(file).entries()) {
        const found = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(text)?.[1];
        if (found !== undefined && !defs.has(found)) defs.set(found, index + 1);
      }
      this.defs.set(file, defs);
    }
    return defs.get(name);
  }

  /** 1-based line where the class starting at `classLine` assigns `attribute` (`name = ...`, `name: T = ...`). */
  attributeLine(file: string, classLine: number, attribute: string): number | undefined {
    const pattern = new RegExp(`^\\s+${attribute}\\s*[:=]`);
    const lines = this.lines(file);
    for (let i = classLine; i < lines.length; i++) {
      const line = lines[i]!;
      if (/^\S/.test(line) && !line.startsWith('#')) return undefined;
      if (pattern.test(line)) return i + 1;
    }
    return undefined;
  }
}

function findModelsFiles(dir: string, depth: number): string[] {
  if (depth > MAX_DEPTH || existsSync(path.join(dir, VENV_MARKER))) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (isIgnoredDir(entry.name)) return [];
      if (entry.name === 'models') {
        const modules = readdirSync(full).filter((name) => name.endsWith('.py'));
        return [...modules.map((name) => path.join(full, name)), ...findModelsFiles(full, depth + 1)];
      }
      return findModelsFiles(full, depth + 1);
    }
    return entry.isFile() && entry.name === 'models.py' ? [full] : [];
  });
}

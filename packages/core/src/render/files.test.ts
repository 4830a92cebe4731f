import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReportDir, REPORT_FILE_NAMES, writeReportFiles } from './files';
import { renderJson } from './json';
import { realisticReport } from './report.fixture';
import { renderSummary } from './summary';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'render-files-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('defaultReportDir', () => {
  it('is .maint-actions/reports/<action> under the workspace, absolute', () => {
    expect(defaultReportDir('/repo', 'quality-gates')).toBe('/repo/.maint-actions/reports/quality-gates');
    expect(path.isAbsolute(defaultReportDir('repo', 'x'))).toBe(true);
  });
});

describe('writeReportFiles', () => {
  it('writes every format under its name, creating the directory, and returns absolute paths', async () => {
    const dir = defaultReportDir(tmp, 'quality-gates');
    const report = realisticReport();
    const written = await writeReportFiles(
      report,
      dir,
      ['json', 'junit', 'codequality', 'sarif', 'summary'],
      {
        tool: { name: 'maint-actions', version: '1.0.0' },
        summary: { fullReportHint: 'the artifact' },
      },
    );
    expect(written).toEqual({
      json: path.join(dir, 'report.json'),
      junit: path.join(dir, 'junit.xml'),
      codequality: path.join(dir, 'gl-code-quality-report.json'),
      sarif: path.join(dir, 'report.sarif'),
      summary: path.join(dir, 'summary.md'),
    });
    expect((await readdir(dir)).sort()).toEqual(Object.values(REPORT_FILE_NAMES).sort());
    expect(await readFile(written.json, 'utf8')).toBe(renderJson(report));
    expect(await readFile(written.summary, 'utf8')).toBe(renderSummary(report));
    expect(XMLValidator.validate(await readFile(written.junit, 'utf8'))).toBe(true);
    expect(JSON.parse(await readFile(written.codequality, 'utf8'))).toHaveLength(5);
    const sarif = JSON.parse(await readFile(written.sarif, 'utf8'));
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: 'maint-actions', version: '1.0.0' });
  });

  it('writes only the formats asked for, replacing old files, and leaves no temporary file', async () => {
    await writeFile(path.join(tmp, 'report.json'), 'old');
    const written = await writeReportFiles(realisticReport(), tmp, ['json', 'json']);
    expect(Object.keys(written)).toEqual(['json']);
    expect(await readdir(tmp)).toEqual(['report.json']);
    expect(JSON.parse(await readFile(path.join(tmp, 'report.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('fails without leaving a partial or temporary file when the target cannot be replaced', async () => {
    await writeFile(path.join(tmp, 'keep.txt'), 'x');
    // A directory where junit.xml should go: the rename fails after the temporary file was written.
    await mkdir(path.join(tmp, 'junit.xml', 'inner'), { recursive: true });
    await expect(writeReportFiles(realisticReport(), tmp, ['junit'])).rejects.toThrow(/junit\.xml/);
    expect((await readdir(tmp)).sort()).toEqual(['junit.xml', 'keep.txt']);
    expect(await readdir(path.join(tmp, 'junit.xml'))).toEqual(['inner']);
  });

  it('fails with the path when the directory cannot be created', async () => {
    await writeFile(path.join(tmp, 'file'), 'x');
    await expect(
      writeReportFiles(realisticReport(), path.join(tmp, 'file', 'reports'), ['json']),
    ).rejects.toThrow(/ENOTDIR.*file\/reports/);
  });
});

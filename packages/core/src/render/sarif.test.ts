import { describe, expect, it } from 'vitest';
import { renderCodeQuality } from './codequality';
import { hugeReport, realisticReport } from './report.fixture';
import { renderSarif, SARIF_SCHEMA } from './sarif';

const tool = { name: 'maint-actions', version: '1.2.3', informationUri: 'https://example.com/maint-actions' };

describe('renderSarif', () => {
  const log = renderSarif(realisticReport(), tool);
  const run = log.runs[0];

  it('has the required SARIF 2.1.0 fields', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject(tool);
    expect(run.automationDetails).toEqual({ id: 'quality-gates/' });
    // A JSON round trip loses nothing (no undefined, no functions).
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });

  it('collects one rule per check and rule, referenced by id and index', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'django-check/security.W004',
      'flake8/E501',
      'flake8/W605',
      'pytest/test_create_order',
      'import-linter',
    ]);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'django-check/security.W004',
      name: 'security.W004',
      shortDescription: { text: 'manage.py check: security.W004' },
      properties: { check: 'django-check' },
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('gives results levels after the verdict, messages and locations', () => {
    expect(run.results.map((r) => r.level)).toEqual(['warning', 'warning', 'warning', 'error', 'note']);
    expect(run.results[1]).toMatchObject({
      ruleId: 'flake8/E501',
      message: { text: 'line too long (120 > 79 characters)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'app/views.py', uriBaseId: '%SRCROOT%' },
            region: { startLine: 10, startColumn: 80 },
          },
        },
      ],
    });
    expect(run.results[2]?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe(
      'app/weird%20%7C%20name.py',
    );
    expect(run.results[2]?.message.text).toBe('bad <script>alert(1)</script> | a & b red Ünïcödé 日本語 😀');
    expect(run.results[0]?.locations).toBeUndefined();
  });

  it('fingerprints results as Code Quality does', () => {
    const fingerprints = renderCodeQuality(realisticReport()).map((i) => i.fingerprint);
    expect(run.results.map((r) => r.partialFingerprints['maintActions/v1'])).toEqual(fingerprints);
  });

  it('leaves out informationUri when not given', () => {
    const driver = renderSarif(realisticReport(), { name: 't', version: '0' }).runs[0].tool.driver;
    expect(Object.keys(driver)).toEqual(['name', 'version', 'rules']);
  });

  it('shares rules across many results', () => {
    const big = renderSarif(hugeReport(), tool).runs[0];
    expect(big.results).toHaveLength(100_005);
    expect(big.tool.driver.rules.map((r) => r.id)).toContain('ruff/F821');
    expect(big.tool.driver.rules).toHaveLength(6);
  });
});

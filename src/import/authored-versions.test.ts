/**
 * A model version authored in Kompass from a shipped one keeps its names, so an archived report's
 * names fit both: the report's year picks the version in use then, and nothing is reported as
 * ambiguous; without a year the original version is picked and the tie is reported.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import type { Catalogue, Framework } from '../domain/framework.js';
import { importContext, readSeed, SEEDS_AVAILABLE } from './fixtures/build-fixtures.js';
import { parseReportText } from './parse-report.js';
import { chooseFramework, type Findings } from './report-parts.js';
import type { NameEvidence } from './framework-match.js';

function withCopyOf2020(): Catalogue {
  const catalogue = loadCatalogue();
  const base = catalogue.frameworks.get('kommunkompassen-2020')!;
  const copy: Framework = { ...base, id: 'kommunkompassen-2020-kopia', basedOn: base.id, usedFrom: 2026, current: false };
  // The copy is listed first, so catalogue order alone would pick it.
  return { ...catalogue, frameworks: new Map([[copy.id, copy], ...catalogue.frameworks]) };
}

describe('archived reports beside authored versions with the same names', () => {
  const catalogue = withCopyOf2020();
  const base = catalogue.frameworks.get('kommunkompassen-2020')!;
  const evidence: NameEvidence = { areas: base.areas.map((area) => ({ code: area.code, title: area.title.sv })), subareas: [] };

  it("takes the version in use in the report's year, reporting nothing", () => {
    const findings: Findings = { discrepancies: [], notes: [] };
    expect(chooseFramework(catalogue, evidence, 2022, 'r.txt', 'the overview', findings).id).toBe('kommunkompassen-2020');
    expect(findings.discrepancies).toEqual([]);
  });

  it('takes the original version when no year tells them apart, and says the names were ambiguous', () => {
    const findings: Findings = { discrepancies: [], notes: [] };
    expect(chooseFramework(catalogue, evidence, null, 'r.txt', 'the overview', findings).id).toBe('kommunkompassen-2020');
    expect(findings.discrepancies).toMatchObject([{ kind: 'framework-ambiguous', stated: 'kommunkompassen-2020' }]);
  });

  it.skipIf(!SEEDS_AVAILABLE)("reads Olofström's 2022 report as the 2020 model with no finding about the model", () => {
    const report = parseReportText(readSeed('olofstrom-2022.txt'), { ...importContext('olofstrom-2022.txt'), catalogue });
    expect(report.framework).toBe('kommunkompassen-2020');
    expect(report.discrepancies.filter((discrepancy) => discrepancy.kind === 'framework-ambiguous')).toEqual([]);
  });
});

/**
 * Synthetic reports in layouts the seeds do not show, written for these tests: Markdown
 * headings, percent columns in a 2020-model table, a Markdown pipe table, decimal scores,
 * "fjärde utvärdering", an unknown sub-area name, a missing area and a wrong printed total.
 */
import { describe, expect, it } from 'vitest';
import { importContext } from './fixtures/build-fixtures.js';
import { ImportError } from './import-error.js';
import { parseReportText } from './parse-report.js';

const TITLES_2020 = [
  'Samspel mellan förtroendevalda och medborgare',
  'Samhällsutveckling',
  'Styrning och kontroll',
  'Effektivitet',
  'Brukarens fokus',
  'Kvalitetsutveckling',
  'Arbetsliv',
  'Chefs- och ledarskap samt medarbetarskap',
];

/** A 2020-model report of a made-up evaluation of Kiruna; prose is invented filler. */
function syntheticReport(options: { withArea8?: boolean } = {}): string {
  const chapter = (code: number, score: string, extra = '') => `
## Område ${code} ${TITLES_2020[code - 1]}

### Allmänt

Inledande text om området.

### Sammanfattande analys

Kommunen arbetar med frågorna. Se gärna på Umeå som ett gott exempel.${extra}

**Poäng: ${score}**

### Styrkor

- Tydlig struktur
- Engagerade medarbetare

### Förbättringsområden

- Mer uppföljning
`;
  const parts = [
    '# Kommunkompassen',
    '',
    'Analys av Kiruna kommun',
    '',
    '14 mars 2024',
    '',
    'Utvärderare: Anna Berg och Per Holm, SKR',
    '',
    '## Utvärderingen',
    '',
    'Utvärderingen av Kiruna kommun genomfördes i januari år 2024 och var kommunens fjärde utvärdering enligt Kommunkompassen. Vi har intervjuat ett 35-tal personer.',
    '',
    'Kommunen fick totalt 400 poäng.',
    '',
    '## Sammanfattande kommentarer',
    '',
    'Kommunen har utvecklats.',
    '',
    chapter(1, '52'),
    chapter(2, '6,5'),
    chapter(3, '54'),
    chapter(4, '48'),
    chapter(5, '52'),
    chapter(6, '48'),
    chapter(7, '48'),
    ...(options.withArea8 === false ? [] : [chapter(8, '53')]),
    '## Översikt av poängfördelning',
    '',
    '1. Samspel mellan förtroendevalda och medborgare\tUppnått\tMax\tProcent',
    '1.1 Strategi för demokratiutveckling och information\t9\t20\t45%',
    '1.2 Kommunens information till medborgarna\t7\t10\t70%',
    '1.3 Medborgarnas möjlighet till dialog med politiken\t12\t30\t40%',
    '1.4 Transparens kring resultat\t2\t10\t20%',
    '1.5 Förutsättningar för politiken\t22\t30\t73%',
    '\t52\t100\t52%',
    '',
    '| 2. Samhällsutveckling | Uppnått | Max |',
    '|---|---|---|',
    '| 2.1 Strategiskt arbete | 1,5 | 15 |',
    '| 2.2 Social hållbarhet | 2 | 30 |',
    '| 2.3 Ekologisk hållbarhet | 2 | 30 |',
    '| 2.4 Civilsamhälle, näringsliv och kultur | 1 | 25 |',
    '| | 6,5 | 100 |',
    '',
    '3. Styrning och kontroll\tUppnått\tMax',
    '3.1 Strategi för styrning\t6\t10',
    '3.2 Politisk styrning\t13\t30',
    '3.3 Uppföljning och analys\t13\t25',
    '3.4 Samspel mellan rollerna som förtroendevald respektive tjänsteperson\t14\t20',
    '3.5 Koncernstyrning\t8\t15',
    '\t54\t100',
    '',
    '4. Effektivitet\tUppnått\tMax',
    '4.1 Strategi för ökad effektivitet\t7\t20',
    '4.2 Långsiktig planering för ökad effektivitet\t11\t20',
    '4.3 Jämförelser för ökad effektivitet\t10\t20',
    '4.4 Nya arbetssätt och ny teknik som ökar effektivitet\t7\t20',
    '4.5 Samverkan för effektivitet\t13\t20',
    '\t48\t100',
    '',
    '5. Brukarens fokus\tUppnått\tMax',
    '5.1 Strategi för brukarens fokus\t11\t20',
    '5.2 Fokus på service och bemötande\t4\t20',
    '5.3 Förenklade kontakter med kommunen\t13\t20',
    '5.4 Information kring kommunens serviceutbud\t13\t20',
    '5.5 Medborgarpaneler för stadsplanering\t11\t20',
    '\t52\t100',
    '',
    '6. Kvalitetsutveckling\tUppnått\tMax',
    '6.1 Strategi för kvalitetsutveckling\t13\t20',
    '6.2 Centrala utvecklingsinsatser för bättre kvalitet\t13\t20',
    '6.3 Innovation och ständiga förbättringar\t8\t30',
    '6.4 Lära av goda exempel\t14\t30',
    '\t48\t100',
    '',
    '7. Arbetsliv\tUppnått\tMax',
    '7.1 Strategier för ett hållbart arbetsliv\t8\t15',
    '7.2 Strategisk kompetensförsörjning och attraktiv arbetsgivare\t15\t40',
    '7.3 Arbetsmiljö\t12\t25',
    '7.4 Lika rättigheter och möjligheter på arbetsplatsen\t13\t20',
    '\t48\t100',
    '',
  ];
  if (options.withArea8 !== false) {
    parts.push(
      '8. Chefs- och ledarskap samt medarbetarskap\tUppnått\tMax',
      '8.1 Strategi för chefs- och ledarskap samt medarbetarskap\t10\t20',
      '8.2 Chefernas uppdrag och förutsättningar\t15\t30',
      '8.3 Intern kommunikation\t11\t20',
      '8.4 Utveckling av ledarskap och medarbetarskap\t17\t30',
      '\t53\t100',
      '',
    );
  }
  return parts.join('\n');
}

describe('a synthetic report in other layout variants', () => {
  const report = parseReportText(syntheticReport(), importContext('kiruna.md'));

  it('reads Markdown headings, "fjärde utvärdering", a long cover date and evaluators', () => {
    expect(report.municipality).toEqual({ id: 'se-2584', country: 'se', code: '2584', name: 'Kiruna' });
    expect(report.framework).toBe('kommunkompassen-2020');
    expect(report.ordinal).toBe(4);
    expect(report.fieldwork).toBe('2024-01');
    expect(report.reportDate).toBe('2024-03-14');
    expect(report.interviewees).toBe(35);
    expect(report.evaluators).toEqual(['Anna Berg', 'Per Holm']);
    expect(report.summaryComments).toEqual(['Kommunen har utvecklats.']);
  });

  it('reads a percent column in a 2020 table, a pipe table and decimal scores', () => {
    expect(report.areas[0]?.subareas.map((subarea) => subarea.percent)).toEqual([45, 70, 40, 20, 73]);
    expect(report.areas[0]?.percent).toBe(52);
    expect(report.areas[1]?.subareas.map((subarea) => [subarea.code, subarea.score, subarea.max, subarea.nameMatch])).toEqual([
      ['2.1', 1.5, 15, 'alias'], ['2.2', 2, 30, 'title'], ['2.3', 2, 30, 'title'], ['2.4', 1, 25, 'title'],
    ]);
    expect(report.areas[1]).toMatchObject({ statedScore: 6.5, chapterScore: 6.5, derivedScore: 6.5, verbatim: { tableTotal: '6,5', chapterScore: '6,5' } });
  });

  it('matches alias names and reports an unknown name without importing its score', () => {
    expect(report.areas[3]?.subareas[3]).toMatchObject({ code: '4.4', nameMatch: 'alias' });
    expect(report.areas[6]?.subareas[1]).toMatchObject({ code: '7.2', nameMatch: 'alias' });
    const unknown = report.discrepancies.filter((discrepancy) => discrepancy.kind === 'unknown-name');
    expect(unknown).toEqual([expect.objectContaining({ area: '5', subarea: '5.5', stated: 'Medborgarpaneler för stadsplanering' })]);
    // Matched by code first: the score stays under 5.5, the odd name is reported.
    expect(report.areas[4]?.subareas[4]).toMatchObject({ code: '5.5', score: 11, matchedBy: 'code', nameMatch: 'none' });
  });

  it('reports the printed grand total that differs from the sum of areas', () => {
    expect(report.statedTotal).toBe(361.5);
    expect(report.printedGrandTotal).toBe(400);
    expect(report.discrepancies.map((discrepancy) => discrepancy.kind)).toEqual(['unknown-name', 'total-sum']);
    expect(report.discrepancies.filter((discrepancy) => discrepancy.kind === 'total-sum')).toEqual([expect.objectContaining({ stated: 400, derived: 361.5, where: 'summary text' })]);
  });

  it('finds good examples and lists', () => {
    expect(report.areas[0]?.goodExamples).toEqual([{ municipality: { id: 'se-2480', country: 'se', code: '2480', name: 'Umeå' }, sentence: 'Se gärna på Umeå som ett gott exempel.' }]);
    expect(report.areas[0]?.strengths).toEqual(['Tydlig struktur', 'Engagerade medarbetare']);
    expect(report.areas[0]?.improvements).toEqual(['Mer uppföljning']);
  });

  it('reports a missing area', () => {
    const partial = parseReportText(syntheticReport({ withArea8: false }), importContext('kiruna-partial.md'));
    expect(partial.discrepancies.filter((discrepancy) => discrepancy.kind === 'missing-area').map((discrepancy) => [discrepancy.area, discrepancy.where])).toEqual([
      ['8', 'area chapters'],
      ['8', 'overview table'],
    ]);
  });

  it('reports a printed percent that cannot come from the score', () => {
    const text = syntheticReport().replace('1.2 Kommunens information till medborgarna\t7\t10\t70%', '1.2 Kommunens information till medborgarna\t7\t10\t95%');
    const changed = parseReportText(text, importContext('kiruna-percent.md'));
    expect(changed.discrepancies.filter((discrepancy) => discrepancy.kind === 'percent')).toEqual([expect.objectContaining({ area: '1', subarea: '1.2', stated: 95 })]);
  });

  it('reports a chapter score that differs from the table, and a sub-area sum that does not add up', () => {
    const text = syntheticReport().replace('3.5 Koncernstyrning\t8\t15', '3.5 Koncernstyrning\t9\t15').replace('**Poäng: 48**', '**Poäng: 44**');
    const changed = parseReportText(text, importContext('kiruna-sums.md'));
    expect(changed.discrepancies.filter((discrepancy) => discrepancy.kind === 'area-sum')).toEqual([expect.objectContaining({ area: '3', stated: 54, derived: 55 })]);
    expect(changed.discrepancies.filter((discrepancy) => discrepancy.kind === 'chapter-vs-table').map((discrepancy) => discrepancy.area)).toEqual(['4']);
  });
});

describe('text that cannot be imported', () => {
  const cases: Array<[string, string, string]> = [
    ['empty', '', 'empty'],
    ['whitespace', ' \n\t\n ', 'empty'],
    ['binary', `PK\u0003\u0004\u0000\u0000garbage`, 'binary'],
    ['control characters', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(20), 'binary'],
    ['not a report', 'Protokoll från kommunfullmäktige.\n\nParagraf 1. Mötet öppnas.\n', 'not-a-report'],
  ];
  for (const [name, text, code] of cases) {
    it(`${name} → ${code}`, () => {
      const attempt = () => parseReportText(text, importContext(`${name}.txt`));
      expect(attempt).toThrow(ImportError);
      try {
        attempt();
      } catch (error) {
        expect((error as ImportError).code).toBe(code);
        expect((error as ImportError).message).toContain(`${name}.txt`);
      }
    });
  }

  it('too large text → too-large', () => {
    const text = 'a'.repeat(10 * 1024 * 1024 + 1);
    expect(() => parseReportText(text, importContext('huge.txt'))).toThrow(/huge\.txt: is too large/);
  });

  it('a report whose names match no model version → unknown-framework', () => {
    const text = '## Område 1 Fiskevård\n\nPoäng: 40\n\n## Område 2 Jakt\n\nPoäng: 30\n';
    expect(() => parseReportText(text, importContext('fish.txt'))).toThrow(expect.objectContaining({ code: 'unknown-framework' }));
  });
});

describe('the country of a report', () => {
  /** The synthetic report as a Norwegian Kommunekompasset report of `name` (good examples: Stavanger). */
  const norwegian = (name: string) =>
    syntheticReport()
      .replace('# Kommunkompassen', '# Kommunekompasset')
      .replaceAll('Kiruna kommun', `${name} kommune`)
      .replaceAll('Umeå', 'Stavanger');

  it('matches a report naming "Kommunekompasset" against Norway’s municipalities only', () => {
    const report = parseReportText(norwegian('Bergen'), importContext('bergen.md'));
    expect(report.municipality).toEqual({ id: 'no-4601', country: 'no', code: '4601', name: 'Bergen' });
    expect(report.areas[0]?.goodExamples.map((example) => example.municipality.id)).toEqual(['no-1103']);
  });

  it('finds no Swedish municipality in a Norwegian report, and no Norwegian one in a Swedish report', () => {
    const kiruna = parseReportText(norwegian('Kiruna'), importContext('kiruna-no.md'));
    expect(kiruna.municipality).toBeNull();
    expect(kiruna.discrepancies.find((entry) => entry.kind === 'unknown-municipality')?.message).toMatch(/Norwegian municipality/);
    const bergenInSwedish = parseReportText(syntheticReport().replaceAll('Kiruna kommun', 'Bergen kommun'), importContext('bergen-se.md'));
    expect(bergenInSwedish.municipality).toBeNull();
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { OpenDataColumn } from '../../contract/open-data.js';
import { columnLetters, xmlText } from '../../report/xlsx/workbook.js';
import { csvField, csvWriter } from './writers.js';

const description = { sv: '', nb: '', en: '' };
const columns: OpenDataColumn[] = [
  { id: 'name', type: 'text', description },
  { id: 'score', type: 'decimal', description },
  { id: 'complete', type: 'boolean', description },
];

async function written(dialect: 'csv' | 'excel-csv', rows: Array<Record<string, string | number | boolean | null>>): Promise<string> {
  const chunks: Uint8Array[] = [];
  const writer = csvWriter(columns, dialect, (chunk) => void chunks.push(chunk));
  await writer.rows(rows.slice(0, 1));
  await writer.rows(rows.slice(1));
  await writer.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('CSV writers', () => {
  it('quote separators of both dialects, quotes and line breaks; decimal comma only in the Excel dialect', () => {
    expect(csvField('a;b', 'text', false)).toBe('"a;b"');
    expect(csvField('a,b', 'text', false)).toBe('"a,b"');
    expect(csvField('a,b', 'text', true)).toBe('a,b');
    expect(csvField('a;b', 'text', true)).toBe('"a;b"');
    expect(csvField('say "hi"', 'text', false)).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines', 'text', false)).toBe('"two\r\nlines"');
    expect(csvField('61.5', 'decimal', true)).toBe('61,5');
    expect(csvField('61.5', 'decimal', false)).toBe('61.5');
    expect(csvField(null, 'decimal', true)).toBe('');
    expect(csvField(false, 'boolean', false)).toBe('false');
  });

  it('round-trip through a CSV parser in both dialects, with a header even for no rows', async () => {
    const rows = [
      { name: 'Ö; "x",\ny', score: '7.25', complete: true },
      { name: 'plain', score: null, complete: false },
    ];
    const csv = await written('csv', rows);
    expect(parse(csv, { columns: true })).toEqual([
      { name: 'Ö; "x",\ny', score: '7.25', complete: 'true' },
      { name: 'plain', score: '', complete: 'false' },
    ]);
    const excel = await written('excel-csv', rows);
    expect(excel.startsWith('\uFEFFname;score;complete\r\n')).toBe(true);
    expect(parse(excel, { columns: true, delimiter: ';', bom: true })[0]).toEqual({ name: 'Ö; "x",\ny', score: '7,25', complete: 'true' });
    expect(await written('csv', [])).toBe('name,score,complete\r\n');
  });
});

describe('XLSX helpers', () => {
  it('name columns A…Z, AA…', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escape XML and drop what XML cannot hold', () => {
    expect(xmlText('a & <b> "c"\u0001\uD800')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
    expect(xmlText('😀 å')).toBe('😀 å');
  });
});

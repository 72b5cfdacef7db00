/**
 * Question set files over HTTP: a set of the most questions (QUESTIONS_MAX in SECTIONS_MAX
 * sections, every type, conditions, options, Markdown help) created as the administrator, then
 * exported and imported as JSON and as XLSX, each timed; the imported set must be the exported one
 * (title, description, language, content), or the bench fails.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CreateQuestionSetInput } from '../src/contract/question-sets.js';
import { QUESTIONS_MAX, SECTIONS_MAX, type Question, type QuestionType } from '../src/domain/question-set-values.js';
import { DEMO_QUESTION_SET_CONTENT } from '../src/demo/demo-question-set.js';
import { headersOf, type Session } from './http-session.js';

/** Real 2020 sub-area codes (those the demo set links). */
const UNIT_CODES = [...new Set(DEMO_QUESTION_SET_CONTENT.sections.flatMap((section) => section.questions.flatMap((question) => question.unitCodes)))];
const OPTIONS = ['a', 'b', 'c', 'd', 'e'].map((key, index) => ({ key, label: `Alternativ ${index + 1}: ${'beskrivning '.repeat(3).trim()}` }));
/** One section's questions by position: the condition names a position earlier in the same section. */
const PATTERN: Array<{ type: QuestionType; condition?: { on: number; anyOf: string[] } }> = [
  { type: 'yes_no' },
  { type: 'single_choice' },
  { type: 'multiple_choice' },
  { type: 'text', condition: { on: 0, anyOf: ['yes'] } },
  { type: 'number', condition: { on: 1, anyOf: ['a', 'b'] } },
  { type: 'date' },
  { type: 'documents', condition: { on: 2, anyOf: ['c'] } },
  { type: 'links' },
  { type: 'text' },
  { type: 'yes_no', condition: { on: 0, anyOf: ['no'] } },
];

/** A valid set of QUESTIONS_MAX questions over SECTIONS_MAX sections of the 2020 model. */
export function maximalQuestionSet(): CreateQuestionSetInput {
  const perSection = QUESTIONS_MAX / SECTIONS_MAX;
  const sections = Array.from({ length: SECTIONS_MAX }, (_, s) => {
    const sectionKey = `s${s + 1}`;
    const keyOf = (q: number) => `${s + 1}.${q + 1}`;
    const questions: Question[] = Array.from({ length: perSection }, (_, q) => {
      const { type, condition } = PATTERN[q % PATTERN.length]!;
      return {
        key: keyOf(q),
        type,
        text: `Fråga ${keyOf(q)}: hur arbetar kommunen med detta, och vem ansvarar för att det blir gjort?`,
        help: q % 2 === 0 ? `Beskriv **kort** vad som gäller.\n\n- ett exempel\n- ett annat exempel med [länk](https://example.org/${keyOf(q)})` : '',
        required: q % 3 === 0,
        unitCodes: [UNIT_CODES[(s + q) % UNIT_CODES.length]!, UNIT_CODES[(s + q + 7) % UNIT_CODES.length]!].filter((code, index, all) => all.indexOf(code) === index),
        options: type === 'single_choice' || type === 'multiple_choice' ? OPTIONS : [],
        condition: condition ? { question: keyOf(condition.on + Math.floor(q / PATTERN.length) * PATTERN.length), anyOf: condition.anyOf } : null,
      };
    });
    return { key: sectionKey, title: `Avsnitt ${s + 1}`, intro: `Inledning till avsnitt ${s + 1} med *betoning*.`, questions };
  });
  return {
    frameworkId: 'kommunkompassen-2020',
    language: 'sv',
    title: `Största frågeunderlaget (${QUESTIONS_MAX} frågor)`,
    description: 'Ett frågeunderlag av största tillåtna storlek, för mätning.\n\nTvå stycken: "citat" & <tecken>.',
    content: { sections },
  };
}

interface SetView {
  id: string;
  title: string;
  description: string;
  language: string;
  content: unknown;
}

const essence = (set: SetView) => ({ title: set.title, description: set.description, language: set.language, content: set.content });
const ms = (value: number) => Math.round(value * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function expectStatus(response: Response, status: number, what: string): Promise<Response> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/** Exports the set as `format` and imports the file back, `runs` times; each import must equal the set. */
async function roundTrip(baseUrl: string, admin: Session, original: SetView, format: 'json' | 'xlsx', runs: number) {
  const exportMs: number[] = [];
  const importMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    let began = performance.now();
    const exported = await expectStatus(await fetch(`${baseUrl}/api/question-sets/${original.id}/file?format=${format}`, { headers: headersOf(admin) }), 200, `export as ${format}`);
    const file = new Uint8Array(await exported.arrayBuffer());
    exportMs.push(performance.now() - began);
    bytes = file.byteLength;
    began = performance.now();
    const imported = await expectStatus(
      await fetch(`${baseUrl}/api/question-sets/import?format=${format}`, { method: 'POST', headers: { ...headersOf(admin), 'content-type': 'application/octet-stream' }, body: file }),
      201,
      `import of the ${format} file`,
    );
    const set = (await imported.json()) as SetView;
    importMs.push(performance.now() - began);
    if (!isDeepStrictEqual(essence(set), essence(original))) {
      throw new Error(`LOST IN THE ${format.toUpperCase()} ROUND TRIP: the imported set ${set.id} differs from the exported set ${original.id}`);
    }
  }
  return {
    fileKB: Math.round(bytes / 1024),
    exportMs: { median: ms(median(exportMs)), runs: exportMs.map(ms) },
    importMs: { median: ms(median(importMs)), runs: importMs.map(ms) },
    lossless: true,
  };
}

/** Creates the largest set as `admin` and round-trips it through both formats `runs` times each. */
export async function benchQuestionSetFiles(baseUrl: string, admin: Session, runs: number) {
  const input = maximalQuestionSet();
  const began = performance.now();
  const created = await expectStatus(
    await fetch(`${baseUrl}/api/question-sets`, { method: 'POST', headers: headersOf(admin), body: JSON.stringify(input) }),
    201,
    'creating the largest set',
  );
  const original = (await created.json()) as SetView;
  const createMs = performance.now() - began;
  const questions = input.content.sections.reduce((sum, section) => sum + section.questions.length, 0);
  return {
    sections: input.content.sections.length,
    questions,
    conditional: input.content.sections.reduce((sum, section) => sum + section.questions.filter((question) => question.condition).length, 0),
    createMs: ms(createMs),
    json: await roundTrip(baseUrl, admin, original, 'json', runs),
    xlsx: await roundTrip(baseUrl, admin, original, 'xlsx', runs),
  };
}

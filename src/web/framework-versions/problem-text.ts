/**
 * The server's problems of a draft in the UI language: where (the area, sub-area, criterion,
 * level or map, and the field) and what, worded by the problem's code and params.
 */
import type { MessageKey, MessageParams } from '../../i18n/index.js';
import type { FrameworkProblem } from '../../domain/framework-draft.js';
import type { VersionDraft } from './version-draft.js';

type T = (key: MessageKey, params?: MessageParams) => string;

const LANGUAGES = ['sv', 'nb', 'en'] as const;
const isLanguage = (value: string): value is (typeof LANGUAGES)[number] => (LANGUAGES as readonly string[]).includes(value);

/** The editor's label of a field by the last named segment of a path. */
const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'frameworkAuthoring.field.title',
  note: 'frameworkAuthoring.field.note',
  revision: 'frameworkAuthoring.field.revision',
  usedFrom: 'frameworkAuthoring.field.usedFrom',
  usedTo: 'frameworkAuthoring.field.usedTo',
  scoreStep: 'frameworkAuthoring.field.scoreStep',
  code: 'frameworkAuthoring.field.code',
  max: 'frameworkAuthoring.field.max',
  text: 'frameworkAuthoring.field.text',
  guidance: 'frameworkAuthoring.field.guidance',
  typicalEvidence: 'frameworkAuthoring.field.typicalEvidence',
  weight: 'frameworkAuthoring.field.weight',
  scale: 'frameworkAuthoring.field.scale',
  label: 'frameworkAuthoring.field.label',
  points: 'frameworkAuthoring.field.points',
  caveat: 'frameworkAuthoring.field.caveat',
  aliases: 'frameworkAuthoring.field.aliases',
  to: 'frameworkAuthoring.map.to',
};

/** Where a problem is, in words: "Område 2, delområde 2.1, kriterium 2.1.3: Kriterium". */
export function problemWhere(path: string, draft: VersionDraft, t: T, titleOf: (id: string) => string): { place: string; field: string | null } {
  const parts = path.split('.').filter(Boolean);
  const places: string[] = [];
  let field: string | null = null;
  let area: VersionDraft['definition']['areas'][number] | undefined;
  let subarea: (typeof area & object)['subareas'][number] | undefined;
  let map: VersionDraft['maps'][number] | undefined;
  for (let position = 0; position < parts.length; position += 1) {
    const part = parts[position] ?? '';
    const next = parts[position + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) : null;
    if (map && (part === 'areas' || part === 'subareas') && next !== undefined) {
      places.push(t(part === 'areas' ? 'frameworkAuthoring.where.mapArea' : 'frameworkAuthoring.where.mapSubarea', { code: next }));
      position += 1;
    } else if (part === 'areas' && index !== null) {
      area = draft.definition.areas[index];
      places.push(t('frameworkAuthoring.where.area', { code: area?.code ?? String(index + 1) }));
      position += 1;
    } else if (part === 'subareas' && index !== null) {
      subarea = area?.subareas[index];
      places.push(t('frameworkAuthoring.where.subarea', { code: subarea?.code ?? String(index + 1) }));
      position += 1;
    } else if (part === 'criteria' && index !== null) {
      places.push(t('frameworkAuthoring.where.criterion', { code: subarea?.criteria[index]?.code ?? String(index + 1) }));
      position += 1;
    } else if (part === 'levels' && index !== null) {
      places.push(t('frameworkAuthoring.where.level', { n: index + 1 }));
      position += 1;
    } else if (part === 'maps' && index !== null) {
      map = draft.maps[index];
      places.push(t('frameworkAuthoring.where.map', { title: map ? titleOf(map.to) : String(index + 1) }));
      position += 1;
    } else if (part === 'id') {
      places.push(t('frameworkAuthoring.where.id'));
    } else if (FIELD_KEYS[part]) {
      field = t(FIELD_KEYS[part]);
    }
  }
  if (places.length === 0) places.push(t('frameworkAuthoring.where.model'));
  const place = places.join(', ');
  return { place: place.charAt(0).toUpperCase() + place.slice(1), field };
}

/** What is wrong, worded by the problem's code and params. */
export function problemWhat(problem: FrameworkProblem, field: string | null, t: T): string {
  const params = problem.params;
  const text = (name: string) => String(params[name] ?? '');
  switch (problem.code) {
    case 'text_missing': {
      const language = text('language');
      return t('frameworkAuthoring.problem.text_missing', {
        field: field ?? t('frameworkAuthoring.field.text'),
        language: isLanguage(language) ? t(`frameworkAuthoring.languageName.${language}`) : language,
      });
    }
    case 'code_format': {
      const expected = text('expected');
      const key = (['area', 'subarea', 'criterion', 'level', 'id'] as const).find((candidate) => candidate === expected);
      return t(key ? `frameworkAuthoring.problem.code_format.${key}` : 'frameworkAuthoring.problem.code_format.other');
    }
    case 'invalid':
      return t('frameworkAuthoring.problem.invalid', { message: text('message') });
    default:
      return t(`frameworkAuthoring.problem.${problem.code}`, params);
  }
}

/** A problem as one line: "Område 2, delområde 2.1: Titel saknas på norska." */
export function problemLine(problem: FrameworkProblem, draft: VersionDraft, t: T, titleOf: (id: string) => string): string {
  const where = problemWhere(problemPath(problem), draft, t, titleOf);
  const what = problemWhat(problem, where.field, t);
  const fieldNote = where.field && problem.code !== 'text_missing' ? ` (${where.field.toLowerCase()})` : '';
  return `${where.place}${fieldNote}: ${what}`;
}

/**
 * The path of a problem's field: a missing text names its language (when the path stops at the
 * text, the language from the params is added).
 */
export function problemPath(problem: FrameworkProblem): string {
  const language = String(problem.params.language ?? '');
  if (problem.code !== 'text_missing' || !isLanguage(language) || problem.path.endsWith(`.${language}`)) return problem.path;
  return problem.path ? `${problem.path}.${language}` : language;
}

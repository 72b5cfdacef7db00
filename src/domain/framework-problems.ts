/**
 * What keeps a model version from being published: every problem of a draft (src/domain/
 * framework-draft.ts) and its maps, each with a path and a code the web words. The same rules
 * check the versions shipped in catalogue/ (src/catalogue/validate-catalogue.ts), so a shipped and
 * an authored version are held to one set of rules.
 */
import type { z } from 'zod';
import { FRAMEWORK_ID_PATTERN, type DraftFramework, type DraftMap, type DraftText, type FrameworkProblem } from './framework-draft.js';
import { isBlank, normaliseDraft, normaliseMap } from './framework-draft-convert.js';
import { areaMapSchema, frameworkSchema, type Language } from './framework.js';

const LANGUAGES: readonly Language[] = ['sv', 'en', 'nb'];

/** The form of each kind of code (the strict schema's patterns). */
export const CODE_PATTERNS = {
  area: /^\d+$/,
  subarea: /^\d+\.\d+$/,
  criterion: /^\d+\.\d+\.\d+$/,
  level: /^[a-z0-9-]{1,24}$/,
  id: FRAMEWORK_ID_PATTERN,
} as const;

/** The total every version's area maxima add up to. */
export const FRAMEWORK_TOTAL_MAX = 800;

/** The parts of a framework the structural rules look at (a draft and a strict framework both fit). */
export interface FrameworkShape {
  areas: ReadonlyArray<{
    code: string;
    max: number;
    subareas: ReadonlyArray<{
      code: string;
      max?: number | undefined;
      criteria?: ReadonlyArray<{ code: string; scale: { kind: 'met' } | { kind: 'levels'; levels: ReadonlyArray<{ code: string; points: number }> } }> | undefined;
    }>;
  }>;
}

/** The parts of a map the map rules look at. */
export interface MapShape {
  from: string;
  to: string;
  areas: Readonly<Record<string, string>>;
  subareas?: Readonly<Record<string, string>> | undefined;
}

/** What the rules need to know beyond the draft: the other versions. */
export interface FrameworkProblemContext {
  /** Ids of every other version, shipped or authored (drafts included): the draft may not take one. */
  takenIds: ReadonlySet<string>;
  /** The versions a map may point to: shipped and published authored ones, never a draft. */
  targets: ReadonlyMap<string, FrameworkShape>;
}

const problem = (path: string, code: FrameworkProblem['code'], params: FrameworkProblem['params'] = {}): FrameworkProblem => ({ path, code, params });


function textProblems(text: DraftText | undefined, path: string, required: boolean): FrameworkProblem[] {
  if (!text || (!required && isBlank(text))) return [];
  return LANGUAGES.filter((language) => (text[language] ?? '').trim() === '').map((language) => problem(`${path}.${language}`, 'text_missing', { language }));
}

/** Empty texts and codes of the wrong form (the strict schema's rules, worded as problems). */
function shapeProblems(draft: DraftFramework): FrameworkProblem[] {
  const found: FrameworkProblem[] = [];
  if (!CODE_PATTERNS.id.test(draft.id)) found.push(problem('id', 'code_format', { expected: 'id' }));
  found.push(...textProblems(draft.title, 'title', true), ...textProblems(draft.note, 'note', false));
  if (draft.revision.trim() === '') found.push(problem('revision', 'invalid', { message: 'must not be empty' }));
  if (draft.usedTo !== null && draft.usedTo < draft.usedFrom) found.push(problem('usedTo', 'invalid', { message: 'must not be before usedFrom' }));
  draft.areas.forEach((area, a) => {
    const areaPath = `areas.${a}`;
    if (!CODE_PATTERNS.area.test(area.code)) found.push(problem(`${areaPath}.code`, 'code_format', { expected: 'area' }));
    found.push(...textProblems(area.title, `${areaPath}.title`, true));
    area.aliases.forEach((alias, i) => alias.trim() === '' && found.push(problem(`${areaPath}.aliases.${i}`, 'invalid', { message: 'must not be empty' })));
    area.subareas.forEach((subarea, s) => {
      const subPath = `${areaPath}.subareas.${s}`;
      if (!CODE_PATTERNS.subarea.test(subarea.code)) found.push(problem(`${subPath}.code`, 'code_format', { expected: 'subarea' }));
      found.push(...textProblems(subarea.title, `${subPath}.title`, true));
      subarea.aliases.forEach((alias, i) => alias.trim() === '' && found.push(problem(`${subPath}.aliases.${i}`, 'invalid', { message: 'must not be empty' })));
      subarea.criteria.forEach((criterion, c) => {
        const critPath = `${subPath}.criteria.${c}`;
        if (!CODE_PATTERNS.criterion.test(criterion.code)) found.push(problem(`${critPath}.code`, 'code_format', { expected: 'criterion' }));
        found.push(
          ...textProblems(criterion.text, `${critPath}.text`, true),
          ...textProblems(criterion.guidance, `${critPath}.guidance`, false),
          ...textProblems(criterion.typicalEvidence, `${critPath}.typicalEvidence`, false),
        );
        if (criterion.scale.kind === 'levels') {
          criterion.scale.levels.forEach((level, l) => {
            const levelPath = `${critPath}.scale.levels.${l}`;
            if (!CODE_PATTERNS.level.test(level.code)) found.push(problem(`${levelPath}.code`, 'code_format', { expected: 'level' }));
            found.push(...textProblems(level.label, `${levelPath}.label`, true));
          });
        }
      });
    });
  });
  return found;
}

/**
 * The structural rules of a version (shipped or authored): unique codes under their parent's,
 * maxima that add up (per area, and to 800), level scales that can give points, criteria only
 * where there are points to give.
 */
export function structureProblems(framework: FrameworkShape): FrameworkProblem[] {
  const found: FrameworkProblem[] = [];
  if (framework.areas.length === 0) found.push(problem('areas', 'empty'));
  const seen = new Set<string>();
  const once = (code: string, path: string) => {
    if (seen.has(code)) found.push(problem(path, 'code_duplicate', { code }));
    seen.add(code);
  };
  framework.areas.forEach((area, a) => {
    const areaPath = `areas.${a}`;
    once(area.code, `${areaPath}.code`);
    if (area.max === 0) found.push(problem(`${areaPath}.max`, 'empty'));
    if (area.subareas.length === 0) found.push(problem(`${areaPath}.subareas`, 'empty'));
    const withMax = area.subareas.filter((subarea) => subarea.max !== undefined);
    if (withMax.length > 0 && withMax.length < area.subareas.length) found.push(problem(`${areaPath}.subareas`, 'max_partial'));
    else if (withMax.length > 0) {
      const sum = withMax.reduce((total, subarea) => total + (subarea.max ?? 0), 0);
      if (sum !== area.max) found.push(problem(`${areaPath}.max`, 'max_sum', { sum, max: area.max }));
    }
    area.subareas.forEach((subarea, s) => {
      const subPath = `${areaPath}.subareas.${s}`;
      once(subarea.code, `${subPath}.code`);
      if (!subarea.code.startsWith(`${area.code}.`)) found.push(problem(`${subPath}.code`, 'code_parent', { parent: area.code }));
      if (subarea.max === 0) found.push(problem(`${subPath}.max`, 'empty'));
      const criteria = subarea.criteria ?? [];
      if (criteria.length > 0 && subarea.max === undefined) found.push(problem(`${subPath}.criteria`, 'criteria_without_max'));
      criteria.forEach((criterion, c) => {
        const critPath = `${subPath}.criteria.${c}`;
        once(criterion.code, `${critPath}.code`);
        if (!criterion.code.startsWith(`${subarea.code}.`)) found.push(problem(`${critPath}.code`, 'code_parent', { parent: subarea.code }));
        if (criterion.scale.kind === 'levels') {
          const levels = criterion.scale.levels;
          const top = levels.reduce((best, level) => Math.max(best, level.points), 0);
          if (levels.length < 2 || top <= 0) found.push(problem(`${critPath}.scale.levels`, 'levels'));
          const levelCodes = new Set<string>();
          levels.forEach((level, l) => {
            if (levelCodes.has(level.code)) found.push(problem(`${critPath}.scale.levels.${l}.code`, 'code_duplicate', { code: level.code }));
            levelCodes.add(level.code);
          });
        }
      });
    });
  });
  const total = framework.areas.reduce((sum, area) => sum + area.max, 0);
  if (framework.areas.length > 0 && total !== FRAMEWORK_TOTAL_MAX) found.push(problem('areas', 'total_max', { sum: total }));
  return found;
}

const areaCodes = (framework: FrameworkShape) => new Set(framework.areas.map((area) => area.code));
const subareaCodes = (framework: FrameworkShape) => new Set(framework.areas.flatMap((area) => area.subareas.map((subarea) => subarea.code)));

/**
 * The rules of one map from `from` (the version itself) to an earlier version: the target is
 * known, and every area and sub-area it names exists on its side.
 */
export function mapProblems(map: MapShape, from: FrameworkShape, targets: ReadonlyMap<string, FrameworkShape>, path: string): FrameworkProblem[] {
  const found: FrameworkProblem[] = [];
  const to = targets.get(map.to);
  if (!to) return [problem(`${path}.to`, 'map_framework', { framework: map.to })];
  const [fromAreas, toAreas, fromSubareas, toSubareas] = [areaCodes(from), areaCodes(to), subareaCodes(from), subareaCodes(to)];
  for (const [fromCode, toCode] of Object.entries(map.areas)) {
    if (!fromAreas.has(fromCode)) found.push(problem(`${path}.areas.${fromCode}`, 'map_area', { code: fromCode, framework: map.from }));
    if (!toAreas.has(toCode)) found.push(problem(`${path}.areas.${fromCode}`, 'map_area', { code: toCode, framework: map.to }));
  }
  for (const [fromCode, toCode] of Object.entries(map.subareas ?? {})) {
    if (!fromSubareas.has(fromCode)) found.push(problem(`${path}.subareas.${fromCode}`, 'map_subarea', { code: fromCode, framework: map.from }));
    if (!toSubareas.has(toCode)) found.push(problem(`${path}.subareas.${fromCode}`, 'map_subarea', { code: toCode, framework: map.to }));
  }
  return found;
}

/** Issues of the strict schema no rule above has named (a safety net: none is expected). */
function strictLeftovers(error: z.ZodError | undefined, named: readonly FrameworkProblem[], prefix: string): FrameworkProblem[] {
  if (!error) return [];
  return error.issues
    .map((issue) => ({ path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.'), message: issue.message }))
    .filter(({ path }) => !named.some((one) => path === one.path || path.startsWith(`${one.path}.`) || one.path.startsWith(`${path}.`)))
    .map(({ path, message }) => problem(path, 'invalid', { message }));
}

/**
 * Every problem that keeps the draft and its maps from being published; none means it can be.
 * Pure: the other versions come in `context`.
 */
export function frameworkProblems(draft: DraftFramework, maps: readonly DraftMap[], context: FrameworkProblemContext): FrameworkProblem[] {
  const found = [...shapeProblems(draft), ...structureProblems(draft)];
  if (context.takenIds.has(draft.id)) found.push(problem('id', 'id_taken', { id: draft.id }));
  if (draft.basedOn !== undefined && draft.basedOn === draft.id) found.push(problem('basedOn', 'invalid', { message: 'must name another version' }));
  const targetsSeen = new Set<string>();
  maps.forEach((map, m) => {
    const path = `maps.${m}`;
    if (map.from !== draft.id) found.push(problem(`${path}.from`, 'invalid', { message: `must be the version's own id (${draft.id})` }));
    if (targetsSeen.has(map.to)) found.push(problem(`${path}.to`, 'code_duplicate', { code: map.to }));
    targetsSeen.add(map.to);
    if (map.to === draft.id) found.push(problem(`${path}.to`, 'map_framework', { framework: map.to }));
    else found.push(...mapProblems(map, draft, context.targets, path));
    found.push(...textProblems(map.caveat, `${path}.caveat`, false));
  });
  const strict = frameworkSchema.safeParse(normaliseDraft(draft));
  found.push(...strictLeftovers(strict.error, found, ''));
  maps.forEach((map, m) => {
    const parsed = areaMapSchema.safeParse(normaliseMap(map));
    found.push(...strictLeftovers(parsed.error, found, `maps.${m}`));
  });
  return found;
}

const CODE_NAMES: Record<string, string> = { area: 'an area code', subarea: 'a sub-area code', criterion: 'a criterion code', level: 'a level code', id: 'a version id' };

/**
 * One problem in English, for the catalogue's errors and logs (the web words problems by code).
 */
export function describeProblem(found: FrameworkProblem): string {
  const p = found.params;
  switch (found.code) {
    case 'text_missing':
      return `the ${String(p.language)} text is empty`;
    case 'code_format':
      return `does not have the form of ${CODE_NAMES[String(p.expected)] ?? 'a code'} (${String(CODE_PATTERNS[p.expected as keyof typeof CODE_PATTERNS]?.source ?? '')})`;
    case 'code_duplicate':
      return `duplicate code ${String(p.code)}`;
    case 'code_parent':
      return `code does not belong to ${String(p.parent)}`;
    case 'id_taken':
      return 'the id is taken by another version';
    case 'max_partial':
      return 'either every sub-area has a max or none has';
    case 'max_sum':
      return `sub-area maxima add up to ${String(p.sum)}, but the area max is ${String(p.max)}`;
    case 'total_max':
      return `area maxima add up to ${String(p.sum)}, not ${FRAMEWORK_TOTAL_MAX}`;
    case 'empty':
      return 'is empty (a max of 0, or no entries)';
    case 'levels':
      return 'a level scale needs at least two levels and a top level worth points';
    case 'criteria_without_max':
      return 'criteria need a sub-area with a max';
    case 'map_framework':
      return `unknown or unpublished version "${String(p.framework)}"`;
    case 'map_area':
      return `${String(p.framework)} has no area ${String(p.code)}`;
    case 'map_subarea':
      return `${String(p.framework)} has no sub-area ${String(p.code)}`;
    case 'invalid':
      return String(p.message);
  }
}

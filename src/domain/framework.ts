import { z } from 'zod';

export type Language = 'sv' | 'en' | 'nb';

const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Swedish', en: 'English', nb: 'Norwegian (bokmål)' };

const textIn = (language: Language) =>
  z
    .string({ error: `the ${LANGUAGE_NAMES[language]} text ("${language}") is missing` })
    .trim()
    .min(1, `the ${LANGUAGE_NAMES[language]} text ("${language}") is empty`);

/** A text of the catalogue in every language the app speaks; a missing or empty one fails validation. */
const localisedTextSchema = z.object({ sv: textIn('sv'), en: textIn('en'), nb: textIn('nb') } satisfies Record<Language, z.ZodType>);
export type LocalisedText = z.infer<typeof localisedTextSchema>;

const code = (pattern: RegExp, what: string) => z.string().regex(pattern, `${what} must look like ${pattern.source}`);

/** A level of a criterion's level scale: its own code, label and points (the highest level is full marks). */
const criterionLevelSchema = z.object({
  code: code(/^[a-z0-9-]{1,24}$/, 'a level code'),
  label: localisedTextSchema,
  points: z.number().int().min(0).max(100),
});

/**
 * How a criterion is assessed: met / partly met / not met (partly counts half), or a scale of
 * levels with points. "Not applicable" is always possible and leaves the criterion out.
 */
export const criterionScaleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('met') }),
  z.object({ kind: z.literal('levels'), levels: z.array(criterionLevelSchema).min(2).max(10) }),
]);

/** A concrete practice checked inside a sub-area (the "ideal municipality" item behind the points). */
const criterionSchema = z.object({
  /** The sub-area's code and a number: "1.1.3". */
  code: code(/^\d+\.\d+\.\d+$/, 'a criterion code'),
  text: localisedTextSchema,
  guidance: localisedTextSchema.optional(),
  typicalEvidence: localisedTextSchema.optional(),
  /** Relative weight inside the sub-area, a whole number. */
  weight: z.number().int().min(1).max(100).default(1),
  scale: criterionScaleSchema.default({ kind: 'met' }),
});

const subareaSchema = z.object({
  code: code(/^\d+\.\d+$/, 'a sub-area code'),
  title: localisedTextSchema,
  /** Whole points; absent when the model's sub-area maxima are unknown (the 2010 model). */
  max: z.number().int().positive().optional(),
  aliases: z.array(z.string().min(1)).default([]),
  /** The criteria the sub-area's score is assessed by; empty when the sub-area is scored as a whole. */
  criteria: z.array(criterionSchema).max(100).optional(),
});

/**
 * How a sub-area's proposed score follows from its assessed criteria: "weighted-share" gives the
 * max times the weighted share of the applicable criteria's points (not-applicable ones leave the
 * denominator), rounded half-up to the score step.
 */
export const criteriaRuleSchema = z.enum(['weighted-share']);

const areaSchema = z.object({
  code: code(/^\d+$/, 'an area code'),
  title: localisedTextSchema,
  max: z.number().int().positive(),
  aliases: z.array(z.string().min(1)).default([]),
  subareas: z.array(subareaSchema),
});

export const frameworkSchema = z.object({
  id: code(/^[a-z0-9-]+$/, 'a framework id'),
  title: localisedTextSchema,
  revision: z.string().min(1),
  usedFrom: z.number().int(),
  usedTo: z.number().int().nullable(),
  current: z.boolean(),
  /** The smallest step a score may take, as a decimal string ("0.01", "0.5", "1"). */
  scoreStep: z.string().regex(/^\d+(\.\d{1,2})?$/),
  note: localisedTextSchema.optional(),
  /** The version this one was authored from, when authored in Kompass. */
  basedOn: z.string().min(1).optional(),
  /** How proposed scores follow from criteria (only meaningful when some sub-area has criteria). */
  criteriaRule: criteriaRuleSchema.optional(),
  /** True for criteria written by the Kompass team as an example, not the programme's question bank. */
  example: z.boolean().optional(),
  areas: z.array(areaSchema).min(1),
});

export const areaMapSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  areas: z.record(z.string(), z.string()),
  /** Sub-area to sub-area, where the author gives them (a sub-area may map to none). */
  subareas: z.record(z.string(), z.string()).optional(),
  /** This map's own comparability caveat; the catalogue's general caveat applies when absent. */
  caveat: localisedTextSchema.optional(),
});

export const areaMapsFileSchema = z.object({
  caveat: localisedTextSchema,
  maps: z.array(areaMapSchema),
});

export type Subarea = z.infer<typeof subareaSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionScale = z.infer<typeof criterionScaleSchema>;
export type CriteriaRule = z.infer<typeof criteriaRuleSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type AreaMap = z.infer<typeof areaMapSchema>;
export type AreaMapsFile = z.infer<typeof areaMapsFileSchema>;

/**
 * The validated framework catalogue: every model version and the maps between them. The shipped
 * versions come from catalogue/; versions authored in Kompass join when published (see
 * src/api/framework-versions), so the maps are read through, never copied.
 */
export interface Catalogue {
  frameworks: ReadonlyMap<string, Framework>;
  areaMaps: readonly AreaMap[];
  caveat: LocalisedText;
}

/**
 * The comparability caveat between two model versions: the own caveat of the map that links them
 * (either way round) where its author wrote one, else the catalogue's general caveat.
 */
export function caveatBetween(catalogue: Pick<Catalogue, 'areaMaps' | 'caveat'>, a: string, b: string): LocalisedText {
  const map = catalogue.areaMaps.find((candidate) => ((candidate.from === a && candidate.to === b) || (candidate.from === b && candidate.to === a)) && candidate.caveat);
  return map?.caveat ?? catalogue.caveat;
}

/** A sub-area's criteria (none when it is scored as a whole). */
export function criteriaOf(subarea: Subarea): readonly Criterion[] {
  return subarea.criteria ?? [];
}

/** Finds a sub-area of a framework by code. */
export function findSubarea(framework: Framework, code: string): Subarea | undefined {
  for (const area of framework.areas) {
    const found = area.subareas.find((subarea) => subarea.code === code);
    if (found) return found;
  }
  return undefined;
}

/** True when any sub-area of the framework carries criteria. */
export function hasCriteria(framework: Framework): boolean {
  return framework.areas.some((area) => area.subareas.some((subarea) => (subarea.criteria ?? []).length > 0));
}

/** Picks the text in the asked language (the catalogue has every text in every language). */
export function localise(text: LocalisedText, language: Language): string {
  return text[language];
}

/** True when the area's points are given per sub-area (all its sub-areas carry a max). */
export function isScoredBySubarea(area: Area): boolean {
  return area.subareas.length > 0 && area.subareas.every((subarea) => subarea.max !== undefined);
}

/** A leaf that carries a score: a sub-area, or a whole area when its sub-area maxima are unknown. */
export interface ScoringUnit {
  code: string;
  areaCode: string;
  max: number;
}

/** Lists the units a score can be given to, in framework order. */
export function listScoringUnits(framework: Framework): ScoringUnit[] {
  return framework.areas.flatMap((area) =>
    isScoredBySubarea(area)
      ? area.subareas.map((subarea) => ({ code: subarea.code, areaCode: area.code, max: subarea.max ?? 0 }))
      : [{ code: area.code, areaCode: area.code, max: area.max }],
  );
}

/** The framework's maximum total (the sum of area maxima; 800 for every known version). */
export function frameworkMax(framework: Framework): number {
  return framework.areas.reduce((sum, area) => sum + area.max, 0);
}

/**
 * The framework an evaluation references. The database only references frameworks synchronised
 * from the catalogue at start, so a missing one is a programming error, not bad input.
 */
export function frameworkOf(catalogue: Catalogue, id: string): Framework {
  const framework = catalogue.frameworks.get(id);
  if (!framework) throw new Error(`Evaluation references framework ${id}, which the catalogue does not have`);
  return framework;
}

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

const subareaSchema = z.object({
  code: code(/^\d+\.\d+$/, 'a sub-area code'),
  title: localisedTextSchema,
  /** Whole points; absent when the model's sub-area maxima are unknown (the 2010 model). */
  max: z.number().int().positive().optional(),
  aliases: z.array(z.string().min(1)).default([]),
});

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
  areas: z.array(areaSchema).min(1),
});

const areaMapSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  areas: z.record(z.string(), z.string()),
});

export const areaMapsFileSchema = z.object({
  caveat: localisedTextSchema,
  maps: z.array(areaMapSchema),
});

export type Subarea = z.infer<typeof subareaSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type AreaMap = z.infer<typeof areaMapSchema>;
export type AreaMapsFile = z.infer<typeof areaMapsFileSchema>;

/** The validated framework catalogue: every model version and the maps between them. */
export interface Catalogue {
  frameworks: ReadonlyMap<string, Framework>;
  areaMaps: readonly AreaMap[];
  caveat: LocalisedText;
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

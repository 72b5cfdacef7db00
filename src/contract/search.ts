/**
 * The report search's contract: `GET /api/search` searches the texts of every published
 * evaluation (strengths, improvement opportunities, area and sub-area analyses, good examples and
 * summary comments), with filters, facet counts and snippets.
 */
import { z } from 'zod';
import { languageSchema } from './frameworks.js';
import { defineOperation } from './operation.js';
import { countrySchema, countyIdSchema } from './municipalities.js';

/** The kinds of passage the search finds, in the order the web app lists them. */
export const SEARCH_KINDS = ['strength', 'improvement', 'area-analysis', 'subarea-analysis', 'good-example', 'summary'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The longest query text the search takes (longer: 400 `invalid_search_query`). */
export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Hits per page: at most, and by default. */
export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_LIMIT_DEFAULT = 20;
/** The furthest page start the search serves. */
export const SEARCH_OFFSET_MAX = 10_000;

const kindPattern = SEARCH_KINDS.join('|');
const frameworkIdPattern = /^[a-z0-9-]{1,100}$/;

/**
 * The query string. `q` is the query text: words are all required, `"a phrase"`, `-word` leaves
 * out, `OR` between two terms takes either (syntax errors: 400 `invalid_search_query`). The
 * filters: `kind` (comma list of SEARCH_KINDS), `model` (framework id), `area`
 * (`<frameworkId>:<areaCode>`, which also finds the mapped area of other model versions),
 * `year` (of the fieldwork start, else the report date), `county`, `group` (SKR group code),
 * `country`; `lang` words the labels and the caveat; `offset` and `limit` page.
 */
export const searchQuerySchema = z.object({
  q: z.string().max(2000, 'must be at most 2000 characters'),
  kind: z
    .string()
    .regex(new RegExp(`^(${kindPattern})(,(${kindPattern}))*$`), `must be a comma-separated list of: ${SEARCH_KINDS.join(', ')}`)
    .optional(),
  model: z.string().regex(frameworkIdPattern, 'must be a framework id, e.g. kommunkompassen-2020').optional(),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,100}:[A-Za-z0-9.]{1,16}$/, 'must be <frameworkId>:<areaCode>, e.g. kommunkompassen-2020:3')
    .optional(),
  year: z.coerce.number().int().min(1900, 'must be a year such as 2019').max(2200, 'must be a year such as 2019').optional(),
  county: countyIdSchema.optional(),
  group: z.string().regex(/^[A-Za-z0-9]{1,8}$/, 'must be an SKR municipality group code, e.g. B5').optional(),
  country: countrySchema.optional(),
  lang: languageSchema,
  offset: z.coerce.number().int().min(0, 'must be 0 or more').max(SEARCH_OFFSET_MAX, `must be at most ${SEARCH_OFFSET_MAX}`).default(0),
  limit: z.coerce
    .number()
    .int()
    .min(1, `must be between 1 and ${SEARCH_LIMIT_MAX}`)
    .max(SEARCH_LIMIT_MAX, `must be between 1 and ${SEARCH_LIMIT_MAX}`)
    .default(SEARCH_LIMIT_DEFAULT),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A piece of a snippet: the text as written, and whether it matched the query (the web app marks those). */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

const codeTitleSchema = z.object({ code: z.string(), title: z.string() });

export const searchHitSchema = z.object({
  evaluation: z.object({
    id: z.string(),
    /** The year of the fieldwork start, else of the report date (as the comparisons count it). */
    year: z.number().int().nullable(),
    frameworkId: z.string(),
    frameworkTitle: z.string(),
  }),
  municipality: z.object({ id: z.string(), country: countrySchema, name: z.string(), countyId: z.string(), countyName: z.string() }),
  kind: z.enum(SEARCH_KINDS),
  /** The area the passage belongs to (null for the summary and for good examples without one). */
  area: codeTitleSchema.nullable(),
  /** The sub-area of a sub-area analysis, else null. */
  subarea: codeTitleSchema.nullable(),
  /** The passage around the matches, in pieces; never HTML. */
  snippet: z.array(snippetPartSchema),
  /**
   * The fragment id of the passage's place on the evaluation page (`/utvarderingar/:id#<anchor>`)
   * and in its HTML report (`/utvarderingar/:id/rapport#<anchor>`).
   */
  anchor: z.string(),
  /** True when the hit was found through the area map (an `area` filter of another model version). */
  viaAreaMap: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** One value of a filter with its label (in `lang`) and its number of hits given the other filters. */
export const facetValueSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetValue = z.infer<typeof facetValueSchema>;

export const searchFacetsSchema = z.object({
  kind: z.array(facetValueSchema),
  model: z.array(facetValueSchema),
  /** Values are `<frameworkId>:<areaCode>`. */
  area: z.array(facetValueSchema),
  year: z.array(facetValueSchema),
  county: z.array(facetValueSchema),
  group: z.array(facetValueSchema),
  country: z.array(facetValueSchema),
});
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

export const searchResponseSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  hits: z.array(searchHitSchema),
  facets: searchFacetsSchema,
  /** The area map's caveat (in `lang`) when any hit came through it, else null. */
  caveat: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

/** The search API's operations. */
export const searchOperations = {
  searchReports: defineOperation({
    method: 'GET',
    path: '/search',
    tags: ['search'],
    summary: 'Search the texts of all published evaluations, with filters and facet counts',
    description:
      'Words are all required; "a phrase" in quotes; -word leaves out; OR between two terms takes either. Words are matched by ' +
      'their stem in the municipality\'s language and as parts of compound words (exact stems rank first). A query that cannot ' +
      'be read answers 400 `invalid_search_query` with details saying what is wrong. Facets count the hits per value of each ' +
      'filter with the other filters applied. Only published evaluations are searched.',
    query: searchQuerySchema,
    response: { 200: searchResponseSchema },
  }),
};

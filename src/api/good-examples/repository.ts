/** SQL of the public good-example reads: only published evaluations, and only examples that name a municipality. */
import { and, asc, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { evaluations, goodExamples, municipalities } from '../../db/schema.js';
import type { Country } from '../../domain/municipality.js';

const citing = alias(municipalities, 'citing');
const cited = alias(municipalities, 'cited');

/** A good example in a published evaluation of another municipality than the one it names. */
const publishedCitation = and(
  eq(evaluations.status, 'published'),
  isNotNull(goodExamples.municipalityId),
  ne(evaluations.municipalityId, goodExamples.municipalityId),
);

export interface CitationRow {
  exampleId: number;
  evaluationId: string;
  frameworkId: string;
  fieldworkStart: string | null;
  reportDate: string | null;
  citingId: string;
  citingName: string;
  areaCode: string | null;
  unitCode: string | null;
  text: string;
}

/** Where published evaluations of other municipalities name `municipalityId` as a good example, newest evaluation first. */
export async function listCitationsOf(executor: Executor, municipalityId: string): Promise<CitationRow[]> {
  return executor
    .select({
      exampleId: goodExamples.id,
      evaluationId: evaluations.id,
      frameworkId: evaluations.frameworkId,
      fieldworkStart: evaluations.fieldworkStart,
      reportDate: evaluations.reportDate,
      citingId: citing.id,
      citingName: citing.shortName,
      areaCode: goodExamples.areaCode,
      unitCode: goodExamples.unitCode,
      text: goodExamples.text,
    })
    .from(goodExamples)
    .innerJoin(evaluations, eq(evaluations.id, goodExamples.evaluationId))
    .innerJoin(citing, eq(citing.id, evaluations.municipalityId))
    .where(and(publishedCitation, eq(goodExamples.municipalityId, municipalityId)))
    .orderBy(desc(sql`coalesce(${evaluations.fieldworkStart}, ${evaluations.reportDate})`), asc(citing.shortName), asc(evaluations.id), asc(goodExamples.id));
}

export interface AreaExampleRow {
  id: number;
  evaluationId: string;
  areaCode: string | null;
  text: string;
}

/** Every good example of the evaluations (in stored order), to find where a passage stands among its area's. */
export async function listExamplesOf(executor: Executor, evaluationIds: readonly string[]): Promise<AreaExampleRow[]> {
  if (evaluationIds.length === 0) return [];
  return executor
    .select({ id: goodExamples.id, evaluationId: goodExamples.evaluationId, areaCode: goodExamples.areaCode, text: goodExamples.text })
    .from(goodExamples)
    .where(inArray(goodExamples.evaluationId, [...evaluationIds]))
    .orderBy(asc(goodExamples.id));
}

export interface CitedFactRow {
  evaluationId: string;
  frameworkId: string;
  areaCode: string;
  unitCode: string | null;
  citedId: string;
  citedName: string;
}

export interface CitedFactFilter {
  model?: string;
  area?: string;
  country?: Country;
}

/** Every citation of a municipality tied to an area, in published evaluations, filtered. */
export async function listCitedFacts(executor: Executor, filter: CitedFactFilter): Promise<CitedFactRow[]> {
  const conditions: Array<SQL | undefined> = [publishedCitation, isNotNull(goodExamples.areaCode)];
  if (filter.model) conditions.push(eq(evaluations.frameworkId, filter.model));
  if (filter.area) conditions.push(eq(goodExamples.areaCode, filter.area));
  if (filter.country) conditions.push(eq(cited.country, filter.country));
  const rows = await executor
    .select({
      evaluationId: evaluations.id,
      frameworkId: evaluations.frameworkId,
      areaCode: goodExamples.areaCode,
      unitCode: goodExamples.unitCode,
      citedId: cited.id,
      citedName: cited.shortName,
    })
    .from(goodExamples)
    .innerJoin(evaluations, eq(evaluations.id, goodExamples.evaluationId))
    .innerJoin(cited, eq(cited.id, goodExamples.municipalityId))
    .where(and(...conditions))
    .orderBy(asc(goodExamples.id));
  return rows.map((row) => ({ ...row, areaCode: row.areaCode ?? '' }));
}

/** What leaves the server of a model version being authored (or a shipped one, read as a draft). */
import type { FrameworkVersionSummary, FrameworkVersionView } from '../../contract/framework-versions.js';
import type { DraftFramework, DraftMap, FrameworkProblem } from '../../domain/framework-draft.js';
import type { Language } from '../../domain/framework.js';
import type { FrameworkVersionRecord } from './repository.js';

/** A version as the presenters take it: shipped (from the catalogue) or authored (a row). */
export interface VersionSource {
  definition: DraftFramework;
  maps: DraftMap[];
  row: FrameworkVersionRecord | null;
}

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

function criteriaCounts(definition: DraftFramework): { subareasWithCriteria: number; criteria: number } {
  const subareas = definition.areas.flatMap((area) => area.subareas);
  return {
    subareasWithCriteria: subareas.filter((subarea) => subarea.criteria.length > 0).length,
    criteria: subareas.reduce((sum, subarea) => sum + subarea.criteria.length, 0),
  };
}

export function presentVersionSummary(source: VersionSource, usedBy: number, language: Language): FrameworkVersionSummary {
  const { definition, row } = source;
  return {
    id: row?.id ?? definition.id,
    title: definition.title[language].trim() || definition.title.sv.trim() || definition.id,
    origin: row ? 'authored' : 'catalogue',
    status: row ? row.status : 'published',
    basedOn: row ? row.basedOn : (definition.basedOn ?? null),
    usedBy,
    ...criteriaCounts(definition),
    example: definition.example,
    version: row?.version ?? 0,
    updatedAt: iso(row?.updatedAt),
    publishedAt: iso(row?.publishedAt),
  };
}

export function presentVersion(source: VersionSource, usedBy: number, problems: FrameworkProblem[], language: Language): FrameworkVersionView {
  return {
    ...presentVersionSummary(source, usedBy, language),
    definition: source.definition,
    maps: source.maps,
    problems,
    createdBy: source.row?.createdBy ?? null,
  };
}

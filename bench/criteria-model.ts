/**
 * The model versions the criteria bench works on: the largest one an author could make (8 areas,
 * 40 sub-areas, 100 criteria on each = the schema's limit per sub-area, every text in three
 * languages, every fifth criterion on a level scale, a map to the 2020 model with its own caveat),
 * and the criteria written into a copy of the 2020 model for scoring and statistics.
 */
import { readFileSync } from 'node:fs';
import type { DraftFramework, DraftMap } from '../src/domain/framework-draft.js';
import { projectPath } from '../src/paths.js';

type Text = { sv: string; nb: string; en: string };
type DraftCriterion = DraftFramework['areas'][number]['subareas'][number]['criteria'][number];

const text = (sv: string, nb: string, en: string): Text => ({ sv, nb, en });

/** A level scale of four levels, as authors write them (codes of lower-case letters). */
const LEVELS = {
  kind: 'levels' as const,
  levels: [
    { code: 'saknas', label: text('Saknas', 'Mangler', 'Missing'), points: 0 },
    { code: 'paborjad', label: text('Påbörjad', 'Påbegynt', 'Begun'), points: 1 },
    { code: 'etablerad', label: text('Etablerad', 'Etablert', 'Established'), points: 2 },
    { code: 'utvecklad', label: text('Utvecklad – följs upp årligen', 'Videreutviklet – følges opp årlig', 'Advanced – followed up yearly'), points: 3 },
  ],
};

/** One criterion with every text in three languages, of realistic length (special characters included). */
export function benchCriterion(code: string, index: number): DraftCriterion {
  return {
    code,
    text: text(
      `Kommunen har en beslutad rutin för ${code} som är känd av berörda chefer och medarbetare, och den följs upp minst en gång om året.`,
      `Kommunen har en vedtatt rutine for ${code} som er kjent for berørte ledere og medarbeidere, og den følges opp minst én gang i året.`,
      `The municipality has an adopted procedure for ${code} that the managers and staff concerned know, and it is followed up at least once a year.`,
    ),
    guidance: text(
      `Fråga efter rutinen och vem som äger den. "Beslutad" betyder antagen av nämnd eller styrelse; en rutin som bara finns <i utkast> räknas inte. Delvis uppfyllt när rutinen finns men inte följs upp.`,
      `Spør etter rutinen og hvem som eier den. «Vedtatt» betyr vedtatt av utvalg eller styre; en rutine som bare finnes <i utkast> teller ikke. Delvis oppfylt når rutinen finnes, men ikke følges opp.`,
      `Ask for the procedure and who owns it. "Adopted" means adopted by a committee or board; a procedure that only exists <in draft> does not count. Partly met when it exists but is not followed up.`,
    ),
    typicalEvidence: text(
      `Nämndprotokoll, rutindokument & uppföljningsrapport; intervju med ansvarig chef.`,
      `Møteprotokoll, rutinedokument & oppfølgingsrapport; intervju med ansvarlig leder.`,
      `Committee minutes, the procedure document & a follow-up report; an interview with the manager in charge.`,
    ),
    weight: 1 + (index % 5),
    scale: index % 5 === 4 ? { kind: 'levels', levels: LEVELS.levels.map((level) => ({ ...level, label: { ...level.label } })) } : { kind: 'met' },
  };
}

/** The 2020 model's sub-area codes (the map of the largest version names those it shares). */
function subareaCodes2020(): Set<string> {
  const model = JSON.parse(readFileSync(projectPath('catalogue', 'frameworks', 'kommunkompassen-2020.json'), 'utf8')) as { areas: Array<{ subareas: Array<{ code: string }> }> };
  return new Set(model.areas.flatMap((area) => area.subareas.map((subarea) => subarea.code)));
}

export interface LargestVersionSize {
  areas: number;
  subareasPerArea: number;
  criteriaPerSubarea: number;
}

/** The largest version: `areas` × `subareasPerArea` sub-areas of `criteriaPerSubarea` criteria, valid for publishing. */
export function largestVersion(id: string, size: LargestVersionSize): { definition: DraftFramework; maps: DraftMap[] } {
  const areaMax = 800 / size.areas;
  const subareaMax = areaMax / size.subareasPerArea;
  if (!Number.isInteger(areaMax) || !Number.isInteger(subareaMax)) throw new Error(`${size.areas} areas of ${size.subareasPerArea} sub-areas do not divide 800 into whole maxima`);
  const areas = Array.from({ length: size.areas }, (_, a) => {
    const areaCode = String(a + 1);
    return {
      code: areaCode,
      title: text(`Område ${areaCode}: styrning och ledning`, `Område ${areaCode}: styring og ledelse`, `Area ${areaCode}: governance and leadership`),
      max: areaMax,
      aliases: [`Område ${areaCode} (äldre namn)`],
      subareas: Array.from({ length: size.subareasPerArea }, (_, s) => {
        const code = `${areaCode}.${s + 1}`;
        return {
          code,
          title: text(`Delområde ${code}: uppföljning och förbättring`, `Delområde ${code}: oppfølging og forbedring`, `Sub-area ${code}: follow-up and improvement`),
          max: subareaMax,
          aliases: [],
          criteria: Array.from({ length: size.criteriaPerSubarea }, (_, c) => benchCriterion(`${code}.${c + 1}`, c)),
        };
      }),
    };
  });
  const shared = subareaCodes2020();
  const subareas = Object.fromEntries(areas.flatMap((area) => area.subareas.filter((subarea) => shared.has(subarea.code)).map((subarea) => [subarea.code, subarea.code])));
  return {
    definition: {
      id,
      title: text('Största modellversionen (mätning)', 'Største modellversjonen (måling)', 'The largest model version (benchmark)'),
      revision: '1',
      usedFrom: 2026,
      usedTo: null,
      current: false,
      scoreStep: '0.5',
      note: text('Skriven för mätning av filexport och import.', 'Skrevet for måling av fileksport og import.', 'Written to measure the file export and import.'),
      basedOn: 'kommunkompassen-2020',
      criteriaRule: 'weighted-share',
      example: false,
      areas,
    },
    maps: [
      {
        from: id,
        to: 'kommunkompassen-2020',
        areas: Object.fromEntries(areas.map((area) => [area.code, area.code])),
        subareas,
        caveat: text(
          'Delområdena har samma koder men andra kriterier: jämför med försiktighet.',
          'Delområdene har samme koder, men andre kriterier: sammenlign med forsiktighet.',
          'The sub-areas share codes but not criteria: compare with care.',
        ),
      },
    ],
  };
}

/** A copy of a version's definition with `perSubarea` criteria on every sub-area that has a max. */
export function withCriteriaEverywhere(definition: DraftFramework, perSubarea: number): DraftFramework {
  return {
    ...definition,
    areas: definition.areas.map((area) => ({
      ...area,
      subareas: area.subareas.map((subarea) =>
        subarea.max === undefined ? subarea : { ...subarea, criteria: Array.from({ length: perSubarea }, (_, c) => benchCriterion(`${subarea.code}.${c + 1}`, c)) },
      ),
    })),
  };
}

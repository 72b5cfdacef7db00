/**
 * A model version with criteria for tests: a copy of the shipped 2020 version with criteria on a
 * few sub-areas, both scales and several weights. Until authored versions are published by the
 * app, a test installs it as publishing will: its row in `frameworks` (the evaluations' foreign
 * key) and its framework in the app's catalogue.
 */
import { frameworks } from '../../src/db/schema.js';
import { frameworkSchema, listScoringUnits, type Criterion, type Framework } from '../../src/domain/framework.js';
import type { TestWorld } from './test-app.js';

export const CRITERIA_FRAMEWORK_ID = 'test-2020-kriterier';

const text = (sv: string, en: string, nb: string) => ({ sv, en, nb });

const met = (code: string, weight: number, sv: string, en: string, nb: string): Criterion => ({
  code,
  weight,
  text: text(sv, en, nb),
  guidance: text(`Vägledning för ${code}`, `Guidance for ${code}`, `Veiledning for ${code}`),
  scale: { kind: 'met' },
});

/** Levels none (0), some (1), most (2) and all (4): the top level is full marks. */
const levels = (code: string, weight: number, sv: string, en: string, nb: string): Criterion => ({
  code,
  weight,
  text: text(sv, en, nb),
  typicalEvidence: text('Protokoll', 'Minutes', 'Protokoller'),
  scale: {
    kind: 'levels',
    levels: [
      { code: 'none', label: text('Inget', 'None', 'Ingen'), points: 0 },
      { code: 'some', label: text('Delvis', 'Some', 'Delvis'), points: 1 },
      { code: 'most', label: text('Mestadels', 'Most', 'For det meste'), points: 2 },
      { code: 'all', label: text('Fullt ut', 'All', 'Fullt ut'), points: 4 },
    ],
  },
});

/** The criteria by sub-area: 1.1 (max 20) four met-scale criteria, one weighted 2; 1.2 (max 10) levels and met; 2.1 (max 15) two met. */
export const TEST_CRITERIA: Record<string, Criterion[]> = {
  '1.1': [
    met('1.1.1', 1, 'Kommunen har en skriftlig vision', 'The municipality has a written vision', 'Kommunen har en skriftlig visjon'),
    met('1.1.2', 1, 'Visionen är känd bland de anställda', 'Staff know the vision', 'Visjonen er kjent blant de ansatte'),
    met('1.1.3', 2, 'Mål följs upp årligen', 'Goals are followed up yearly', 'Mål følges opp årlig'),
    met('1.1.4', 1, 'Invånarna har deltagit i målarbetet', 'Residents took part in setting goals', 'Innbyggerne har deltatt i målarbeidet'),
  ],
  '1.2': [
    levels('1.2.1', 3, 'Politiken styr genom mål', 'Politicians steer by goals', 'Politikerne styrer gjennom mål'),
    met('1.2.2', 1, 'Rollfördelningen är dokumenterad', 'The division of roles is documented', 'Rollefordelingen er dokumentert'),
  ],
  '2.1': [
    met('2.1.1', 1, 'Det finns en e-tjänst för synpunkter', 'There is an online service for feedback', 'Det finnes en e-tjeneste for innspill'),
    met('2.1.2', 1, 'Synpunkter besvaras inom en vecka', 'Feedback is answered within a week', 'Innspill besvares innen en uke'),
  ],
};

/** The 2020 version with the test criteria, validated as the catalogue validates versions. */
export function criteriaFramework(base: Framework): Framework {
  return frameworkSchema.parse({
    ...base,
    id: CRITERIA_FRAMEWORK_ID,
    title: text('Kommunkompassen 2020 med testkriterier', 'Municipal Compass 2020 with test criteria', 'Kommunekompasset 2020 med testkriterier'),
    basedOn: base.id,
    current: false,
    criteriaRule: 'weighted-share',
    example: true,
    areas: base.areas.map((area) => ({
      ...area,
      subareas: area.subareas.map((subarea) => (TEST_CRITERIA[subarea.code] ? { ...subarea, criteria: TEST_CRITERIA[subarea.code] } : subarea)),
    })),
  });
}

/** Installs the test version in the world (database row and catalogue, as publishing does); returns it. Safe to call twice. */
export async function installCriteriaFramework(world: TestWorld): Promise<Framework> {
  const catalogue = world.context.catalogue;
  const existing = catalogue.frameworks.get(CRITERIA_FRAMEWORK_ID);
  if (existing) return existing;
  const framework = criteriaFramework(catalogue.frameworks.get('kommunkompassen-2020')!);
  await world.context.database.db
    .insert(frameworks)
    .values({ id: framework.id, definition: framework, scoringUnits: listScoringUnits(framework).map((unit) => unit.code) })
    .onConflictDoNothing();
  (catalogue.frameworks as Map<string, Framework>).set(framework.id, framework);
  return framework;
}

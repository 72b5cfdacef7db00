import type { CriteriaAnnexTexts } from './criteria-types.js';

export const criteriaSv: CriteriaAnnexTexts = {
  heading: 'Bilaga: Kriterier per delområde',
  intro: (framework) =>
    `Modellen ${framework} anger kriterier för några delområden. Bilagan visar för varje sådant delområde hur utvärderarna till sist bedömde kriterierna, grupperade efter om de är uppfyllda, delvis uppfyllda, inte uppfyllda eller inte tillämpliga. Förslaget är den poäng som kriterierna ger: maxpoängen gånger den viktade andelen av de tillämpliga kriteriernas poäng. När delområdets poäng avviker från förslaget anges skälet.`,
  example: 'Kriterierna i den här modellversionen är exempel som Kompass-teamet har skrivit. De är inte programmets egna kriterier.',
  groups: { met: 'Uppfyllda', partly: 'Delvis uppfyllda', notMet: 'Inte uppfyllda', notApplicable: 'Inte tillämpliga', notAssessed: 'Inte bedömda' },
  groupHeading: (group, count) => `${group} (${count})`,
  score: 'Poäng',
  scoreValue: (score, max) => `${score} av ${max} poäng`,
  notScored: 'ej bedömt',
  proposal: 'Förslag enligt kriterierna',
  proposalValue: (score) => `${score} poäng`,
  proposalIncomplete: (assessed, total) => `inget förslag, ${assessed} av ${total} kriterier är bedömda`,
  proposalNotApplicable: 'inget förslag, inget kriterium är tillämpligt',
  deviationReason: 'Skäl till att poängen avviker från förslaget',
  level: (label) => `nivå: ${label}`,
  weight: (weight) => `vikt ${weight}`,
};

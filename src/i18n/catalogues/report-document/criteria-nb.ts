import type { CriteriaAnnexTexts } from './criteria-types.js';

export const criteriaNb: CriteriaAnnexTexts = {
  heading: 'Vedlegg: Kriterier per delområde',
  intro: (framework) =>
    `Modellen ${framework} angir kriterier for noen delområder. Vedlegget viser for hvert slikt delområde hvordan evaluatorene til slutt vurderte kriteriene, gruppert etter om de er oppfylt, delvis oppfylt, ikke oppfylt eller ikke relevante. Forslaget er poengsummen kriteriene gir: makspoengene ganger den vektede andelen av poengene til de relevante kriteriene. Når delområdets poeng avviker fra forslaget, står begrunnelsen oppgitt.`,
  example: 'Kriteriene i denne modellversjonen er eksempler skrevet av Kompass-teamet. De er ikke programmets egne kriterier.',
  groups: { met: 'Oppfylt', partly: 'Delvis oppfylt', notMet: 'Ikke oppfylt', notApplicable: 'Ikke relevante', notAssessed: 'Ikke vurdert' },
  groupHeading: (group, count) => `${group} (${count})`,
  score: 'Poeng',
  scoreValue: (score, max) => `${score} av ${max} poeng`,
  notScored: 'ikke vurdert',
  proposal: 'Forslag ut fra kriteriene',
  proposalValue: (score) => `${score} poeng`,
  proposalIncomplete: (assessed, total) => `ikke noe forslag, ${assessed} av ${total} kriterier er vurdert`,
  proposalNotApplicable: 'ikke noe forslag, ingen kriterier er relevante',
  deviationReason: 'Begrunnelse for at poengene avviker fra forslaget',
  level: (label) => `nivå: ${label}`,
  weight: (weight) => `vekt ${weight}`,
};

import type { DevelopmentTexts } from './development-types.js';

/** Norwegian (bokmål) texts of the follow-up report's development chapter. */
export const developmentNb: DevelopmentTexts = {
  heading: 'Utvikling siden forrige evaluering',
  intro: (municipality, year, framework) =>
    `Denne evalueringen følger opp evalueringen av ${municipality} ${year} etter ${framework}. Kapitlet viser hvordan poengene har endret seg per område og delområde, og hva som har skjedd med forbedringsmulighetene som forrige evaluering pekte på.`,
  mapped:
    'Evalueringene følger ulike versjoner av modellen. Områdene sammenlignes gjennom modellenes områdekart; delområdene er endret mellom versjonene og sammenlignes derfor ikke enkeltvis.',
  totalSentence: (previous, now, change) => `Totalpoengene har gått fra ${previous} til ${now} poeng (${change}).`,
  areaSentence: (previous, now, change) => `Områdets poeng har gått fra ${previous} til ${now} (${change}).`,
  mappedFrom: (areas) => `Området sammenlignes med ${areas} i forrige evaluering.`,
  previousArea: (code, title) => `område ${code} ${title}`,
  noPrevious: 'Området har ingen motsvarighet med poeng i forrige evaluering.',
  notScoredNow: 'Området har ennå ikke fått poeng i denne evalueringen.',
  areaCaption: 'Poeng per område ved forrige og denne evalueringen',
  subareaCaption: (area) => `Poeng per delområde ved begge evalueringene – ${area}`,
  columns: {
    area: 'Område',
    subarea: 'Delområde',
    previousArea: 'Forrige modells område',
    previous: (year) => `Evaluering ${year}`,
    now: (year) => `Denne evalueringen ${year}`,
    change: 'Endring',
  },
  areaTotal: 'Sum',
  total: 'Totalt',
  rounded: (section) =>
    `Poengene er avrundet til hele tall slik at delene summerer til summene, og endringen er differansen mellom de viste poengene.${section ? ` Denne evalueringens eksakte poeng står i avsnitt ${section}.` : ''}`,
  totalIsNotSum: 'Forrige evaluerings totalpoeng er ikke summen av områdene i tabellen, fordi et av områdene mangler motsvarighet her.',
  improvementsIntro: 'Tabellen viser hvordan evaluatorene har vurdert forrige evaluerings forbedringsmuligheter. Hver vurdering står også ved sin forbedringsmulighet under områdene nedenfor.',
  judgementCaption: 'Evaluatorenes vurdering av forrige evaluerings forbedringsmuligheter',
  judgementColumn: 'Vurdering',
  countColumn: 'Antall',
  improvementHeading: (position) => `Forbedringsmulighet ${position}`,
  improvementHeadingMapped: (position, area) => `Forbedringsmulighet ${position} i forrige evaluerings område ${area}`,
  noImprovements: 'Forrige evaluering anga ingen forbedringsmuligheter for området.',
  judgements: { addressed: 'Gjennomført', partly: 'Delvis gjennomført', not_addressed: 'Ikke gjennomført' },
  notJudgedLabel: 'Ikke vurdert',
  judgementSentence: (judgement) => `Evaluatorenes vurdering: ${judgement.toLocaleLowerCase('nb')}.`,
  notJudged: 'Evaluatorene har ikke vurdert om forbedringsmuligheten er fulgt opp.',
  planPublic: 'Kommunens handlingsplan er offentlig. Ved hver forbedringsmulighet står tiltakene som planen knytter til den, med status og hvor langt de har kommet.',
  actionsIntro: 'Tiltak i kommunens handlingsplan:',
  noActions: 'Kommunens handlingsplan har ingen tiltak for denne forbedringsmuligheten.',
  statuses: { planned: 'planlagt', in_progress: 'pågår', done: 'fullført', dropped: 'avbrutt' },
  action: (title, status, progress) => `${title}: ${status}, ${progress} ferdig`,
  droppedAction: (title, status, reason) => `${title}: ${status} (${reason})`,
};

import type { DevelopmentTexts } from './development-types.js';

/** Swedish texts of the follow-up report's development chapter. */
export const developmentSv: DevelopmentTexts = {
  heading: 'Utveckling sedan förra utvärderingen',
  intro: (municipality, year, framework) =>
    `Den här utvärderingen följer upp utvärderingen av ${municipality} ${year} enligt ${framework}. Kapitlet visar hur poängen har förändrats per område och delområde, och vad som har hänt med de förbättringsmöjligheter som den förra utvärderingen pekade ut.`,
  mapped:
    'Utvärderingarna följer olika versioner av modellen. Områdena jämförs genom modellernas områdeskarta; delområdena har ändrats mellan versionerna och jämförs därför inte ett och ett.',
  totalSentence: (previous, now, change) => `Totalpoängen har gått från ${previous} till ${now} poäng (${change}).`,
  areaSentence: (previous, now, change) => `Områdets poäng har gått från ${previous} till ${now} (${change}).`,
  mappedFrom: (areas) => `Området jämförs med ${areas} i den förra utvärderingen.`,
  previousArea: (code, title) => `område ${code} ${title}`,
  noPrevious: 'Området har ingen motsvarighet med poäng i den förra utvärderingen.',
  notScoredNow: 'Området har ännu inte fått poäng i den här utvärderingen.',
  areaCaption: 'Poäng per område vid den förra och den här utvärderingen',
  subareaCaption: (area) => `Poäng per delområde vid båda utvärderingarna – ${area}`,
  columns: {
    area: 'Område',
    subarea: 'Delområde',
    previousArea: 'Förra modellens område',
    previous: (year) => `Utvärdering ${year}`,
    now: (year) => `Denna utvärdering ${year}`,
    change: 'Förändring',
  },
  areaTotal: 'Summa',
  total: 'Totalt',
  rounded: (section) =>
    `Poängen är avrundade till hela tal så att delarna summerar till summorna, och förändringen är skillnaden mellan de visade poängen.${section ? ` Den här utvärderingens exakta poäng finns i avsnitt ${section}.` : ''}`,
  totalIsNotSum: 'Den förra utvärderingens totalpoäng är inte summan av områdena i tabellen, eftersom något av dess områden saknar motsvarighet här.',
  improvementsIntro: 'Tabellen visar hur utvärderarna har bedömt den förra utvärderingens förbättringsmöjligheter. Varje bedömning står också vid sin förbättringsmöjlighet under områdena nedan.',
  judgementCaption: 'Utvärderarnas bedömning av den förra utvärderingens förbättringsmöjligheter',
  judgementColumn: 'Bedömning',
  countColumn: 'Antal',
  improvementHeading: (position) => `Förbättringsmöjlighet ${position}`,
  improvementHeadingMapped: (position, area) => `Förbättringsmöjlighet ${position} i förra utvärderingens område ${area}`,
  noImprovements: 'Den förra utvärderingen angav inga förbättringsmöjligheter för området.',
  judgements: { addressed: 'Åtgärdad', partly: 'Delvis åtgärdad', not_addressed: 'Inte åtgärdad' },
  notJudgedLabel: 'Inte bedömd',
  judgementSentence: (judgement) => `Utvärderarnas bedömning: ${judgement.toLocaleLowerCase('sv')}.`,
  notJudged: 'Utvärderarna har inte bedömt om förbättringsmöjligheten har åtgärdats.',
  planPublic: 'Kommunens handlingsplan är offentlig. Vid varje förbättringsmöjlighet står de åtgärder som planen kopplar till den, med status och hur långt de har kommit.',
  actionsIntro: 'Åtgärder i kommunens handlingsplan:',
  noActions: 'Kommunens handlingsplan har ingen åtgärd för den här förbättringsmöjligheten.',
  statuses: { planned: 'planerad', in_progress: 'pågår', done: 'genomförd', dropped: 'avbruten' },
  action: (title, status, progress) => `${title}: ${status}, ${progress} klart`,
  droppedAction: (title, status, reason) => `${title}: ${status} (${reason})`,
};

import { LOCALES } from '../i18n/format.js';
import type { ChartLanguage } from './types.js';

/**
 * The texts of the charts. They live here rather than in the UI catalogue because the same
 * charts are drawn on the server for the reports, in any report language, without the web app.
 * Placeholders are `{name}`.
 */
const sv = {
  totalTitle: 'Resultat per område',
  totalSubtitle: 'Totalt {value} av {max} poäng ({percent})',
  radarTitle: 'Profil per område jämfört med genomsnitt',
  barsTitle: 'Profil per område',
  peerTitle: 'Profil jämfört med jämförelsegrupp',
  subareaTitle: 'Delområden i område {code} {title}',
  achieved: 'Uppnådda poäng',
  maximum: 'Maxpoäng',
  area: 'Område',
  subarea: 'Delområde',
  points: 'Poäng',
  max: 'Max',
  percent: 'Procent',
  total: 'Totalt',
  areaTotal: 'Summa för området',
  valueOfMax: '{value} av {max}',
  tableTotal: 'Poäng per område',
  tableProfile: 'Poäng per område och jämförelse',
  tableSubareas: 'Poäng per delområde i område {code}',
  altTotal: 'Kommunen fick totalt {value} av {max} poäng ({percent}).',
  altHighest: 'Högst andel av maxpoängen: {list}.',
  altLowest: 'Lägst andel: {list}.',
  altShare: '{name}, {value} av {max} poäng ({percent})',
  altMissing: 'Poäng saknas för: {list}.',
  altSeriesTotal: '{name}: totalt {total} poäng.',
  altSeriesIncomplete: '{name}: värden saknas för {count} av {all} områden.',
  altCompareAbove: 'Jämfört med {name} ligger {subject} {diff} poäng över totalt och högre i {above} av {count} områden.',
  altCompareBelow: 'Jämfört med {name} ligger {subject} {diff} poäng under totalt och högre i {above} av {count} områden.',
  altCompareEqual: 'Jämfört med {name} har {subject} samma totalpoäng och högre poäng i {above} av {count} områden.',
  altCompareAreas: 'Jämfört med {name} har {subject} högre poäng i {above} av {count} områden.',
  altLargestAbove: 'Störst skillnad uppåt: {list}.',
  altLargestBelow: 'Störst skillnad nedåt: {list}.',
  altDifference: '{area} ({diff} poäng)',
  altOnlySeries: 'Diagrammet visar {list}.',
  altSubareas: 'Område {code} {title}: {value} av {max} poäng i {count} delområden.',
  altSubareasPartial: 'Område {code} {title}: {value} av {max} poäng i de {scored} av {count} delområden som har poäng.',
  missingFor: '(saknas: {list})',
  altSubareaHighest: 'Högst andel: {list}.',
  altSubareaLowest: 'Lägst andel: {list}.',
  showTable: 'Visa diagrammets data som tabell',
  municipality: 'kommunen',
  listSeparator: ', ',
} as const;

export type ChartTextKey = keyof typeof sv;
type ChartCatalogue = Record<ChartTextKey, string>;

const en: ChartCatalogue = {
  totalTitle: 'Result per area',
  totalSubtitle: 'Total {value} of {max} points ({percent})',
  radarTitle: 'Profile per area compared with averages',
  barsTitle: 'Profile per area',
  peerTitle: 'Profile compared with a peer group',
  subareaTitle: 'Sub-areas of area {code} {title}',
  achieved: 'Points achieved',
  maximum: 'Maximum points',
  area: 'Area',
  subarea: 'Sub-area',
  points: 'Points',
  max: 'Max',
  percent: 'Percent',
  total: 'Total',
  areaTotal: 'Area total',
  valueOfMax: '{value} of {max}',
  tableTotal: 'Points per area',
  tableProfile: 'Points per area and comparison',
  tableSubareas: 'Points per sub-area in area {code}',
  altTotal: 'The municipality scored {value} of {max} points in total ({percent}).',
  altHighest: 'Highest share of the maximum: {list}.',
  altLowest: 'Lowest share: {list}.',
  altShare: '{name}, {value} of {max} points ({percent})',
  altMissing: 'No points for: {list}.',
  altSeriesTotal: '{name}: {total} points in total.',
  altSeriesIncomplete: '{name}: values missing for {count} of {all} areas.',
  altCompareAbove: 'Compared with {name}, {subject} is {diff} points above in total and higher in {above} of {count} areas.',
  altCompareBelow: 'Compared with {name}, {subject} is {diff} points below in total and higher in {above} of {count} areas.',
  altCompareEqual: 'Compared with {name}, {subject} has the same total and higher points in {above} of {count} areas.',
  altCompareAreas: 'Compared with {name}, {subject} has higher points in {above} of {count} areas.',
  altLargestAbove: 'Largest difference above: {list}.',
  altLargestBelow: 'Largest difference below: {list}.',
  altDifference: '{area} ({diff} points)',
  altOnlySeries: 'The chart shows {list}.',
  altSubareas: 'Area {code} {title}: {value} of {max} points in {count} sub-areas.',
  altSubareasPartial: 'Area {code} {title}: {value} of {max} points in the {scored} of {count} sub-areas that have points.',
  missingFor: '(missing: {list})',
  altSubareaHighest: 'Highest share: {list}.',
  altSubareaLowest: 'Lowest share: {list}.',
  showTable: 'Show the chart data as a table',
  municipality: 'the municipality',
  listSeparator: ', ',
};

const nb: ChartCatalogue = {
  totalTitle: 'Resultat per område',
  totalSubtitle: 'Totalt {value} av {max} poeng ({percent})',
  radarTitle: 'Profil per område sammenlignet med gjennomsnitt',
  barsTitle: 'Profil per område',
  peerTitle: 'Profil sammenlignet med sammenligningsgruppe',
  subareaTitle: 'Delområder i område {code} {title}',
  achieved: 'Oppnådde poeng',
  maximum: 'Maks poeng',
  area: 'Område',
  subarea: 'Delområde',
  points: 'Poeng',
  max: 'Maks',
  percent: 'Prosent',
  total: 'Totalt',
  areaTotal: 'Sum for området',
  valueOfMax: '{value} av {max}',
  tableTotal: 'Poeng per område',
  tableProfile: 'Poeng per område og sammenligning',
  tableSubareas: 'Poeng per delområde i område {code}',
  altTotal: 'Kommunen fikk totalt {value} av {max} poeng ({percent}).',
  altHighest: 'Høyest andel av maks poeng: {list}.',
  altLowest: 'Lavest andel: {list}.',
  altShare: '{name}, {value} av {max} poeng ({percent})',
  altMissing: 'Poeng mangler for: {list}.',
  altSeriesTotal: '{name}: totalt {total} poeng.',
  altSeriesIncomplete: '{name}: verdier mangler for {count} av {all} områder.',
  altCompareAbove: 'Sammenlignet med {name} ligger {subject} {diff} poeng over totalt og høyere i {above} av {count} områder.',
  altCompareBelow: 'Sammenlignet med {name} ligger {subject} {diff} poeng under totalt og høyere i {above} av {count} områder.',
  altCompareEqual: 'Sammenlignet med {name} har {subject} samme totalpoeng og høyere poeng i {above} av {count} områder.',
  altCompareAreas: 'Sammenlignet med {name} har {subject} høyere poeng i {above} av {count} områder.',
  altLargestAbove: 'Størst forskjell oppover: {list}.',
  altLargestBelow: 'Størst forskjell nedover: {list}.',
  altDifference: '{area} ({diff} poeng)',
  altOnlySeries: 'Diagrammet viser {list}.',
  altSubareas: 'Område {code} {title}: {value} av {max} poeng i {count} delområder.',
  altSubareasPartial: 'Område {code} {title}: {value} av {max} poeng i de {scored} av {count} delområdene som har poeng.',
  missingFor: '(mangler: {list})',
  altSubareaHighest: 'Høyest andel: {list}.',
  altSubareaLowest: 'Lavest andel: {list}.',
  showTable: 'Vis diagrammets data som tabell',
  municipality: 'kommunen',
  listSeparator: ', ',
};

const catalogues: Record<ChartLanguage, ChartCatalogue> = { sv, en, nb };

/** The chart text for `key` in `language` with `{name}` placeholders filled in. */
export function chartText(language: ChartLanguage, key: ChartTextKey, params?: Record<string, string | number>): string {
  const template = catalogues[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** Items joined as the language lists them ("A, B och C"): ties in a highest/lowest statement are all named. */
export function chartList(language: ChartLanguage, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}

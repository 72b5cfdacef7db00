/**
 * The Norwegian demo evaluation's texts and scores, in bokmål: an evaluation of Bergen kommune on
 * the 2020 model at the fact check (every area written, the summary, good examples and the
 * municipality's comments). Made up for the demo and written for Kompass: the texts and scores
 * do not describe Bergen, and nothing is taken from published reports. As in the Swedish demo
 * (demo-texts.ts), every analysis opens with DEMO_MARK_NB and the summary with DEMO_NOTE_NB.
 */
import type { DemoTexts } from './demo-texts.js';
import { unitScores } from './unit-scores.js';

/** Opens every Norwegian demo analysis. */
export const DEMO_MARK_NB = '*Demotekst – laget for å vise Kompass.*';

/** Opens the Norwegian demo summary. */
export const DEMO_NOTE_NB =
  '> **Demoinnhold.** Evalueringen er oppdiktet for å vise hvordan Kompass fungerer. Tekstene og poengene beskriver ikke kommunen.';

/**
 * The scores the evaluators agree on, every sub-area of the 2020 model in whole points; area
 * totals 78, 81, 75, 74, 71, 60, 74 and 72, in all 585 of 800. Strongest in community
 * development (area 2), weakest in quality development (area 6), as the texts say.
 */
export const DEMO_SCORES_NB: Record<string, number> = unitScores([
  [15, 8, 23, 7, 25],
  [12, 24, 26, 19],
  [8, 23, 18, 15, 11],
  [15, 13, 16, 18, 12],
  [14, 16, 16, 14, 11],
  [13, 12, 18, 17],
  [11, 29, 19, 15],
  [15, 19, 15, 23],
]);

const analysis = (text: string) => `${DEMO_MARK_NB} ${text}`;

/** Bergen at the fact check: every area written, the summary and two good examples. */
export const DEMO_TEXTS_NB: DemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Kommunen har en vedtatt strategi for innbyggermedvirkning, og strategien blir fulgt opp i årsrapporten. Nettsidene er oversiktlige og skrevet i klarspråk, og sakspapirene til bystyret legges ut i god tid før møtene. Før store saker holdes folkemøter i bydelene, og bystyremøtene kan følges direkte. Kommunens resultater og sammenligninger med andre storbyer er derimot vanskelige å finne for den som ikke kjenner nøkkeltallene fra før. De folkevalgte sier at de får god støtte fra sekretariatet, men flere ønsker mer tid fra saken er sendt ut til den skal behandles i utvalgene.',
      ),
      strengths: [
        'Folkemøter i bydelene før store saker, og en tilbakemelding på nettsidene om hva innspillene førte til.',
        'Bystyrets møter strømmes direkte og ligger ute som opptak etterpå.',
        'Nye bystyremedlemmer får en samlet folkevalgtopplæring i starten av valgperioden.',
      ],
      improvements: [
        'Gjør kommunens resultater og sammenligninger med andre storbyer lette å finne og forstå for innbyggerne.',
        'Gi de folkevalgte mer tid mellom utsendt saksframlegg og behandling i utvalgene.',
      ],
    },
    '2': {
      analysis: analysis(
        'Arbeidet med bærekraft tar utgangspunkt i kommuneplanens samfunnsdel, der bærekraftsmålene er gjort om til lokale mål med egne indikatorer. Klimaarbeidet står sterkt: kommunen har et klimabudsjett som følger økonomiplanen, og utslippene fra egen drift rapporteres hvert år. Den sosiale bærekraften har fått større plass de siste årene, blant annet gjennom områdesatsinger i bydeler med levekårsutfordringer. Samarbeidet med næringslivet er godt organisert, mens frivilligheten opplever at tilskuddsordningene er spredt på mange kontorer.',
      ),
      strengths: [
        'Et klimabudsjett som er en del av økonomiplanen og blir rapportert hvert år.',
        'Lokale bærekraftsmål med indikatorer i kommuneplanens samfunnsdel.',
        'Faste møteplasser med næringslivet og kunnskapsinstitusjonene i regionen.',
      ],
      improvements: [
        'Samle tilskuddsordningene for frivilligheten, slik at lag og foreninger har én vei inn til kommunen.',
        'Følg opp områdesatsingene med mål for levekår som kan sammenlignes over tid.',
      ],
    },
    '3': {
      analysis: analysis(
        'Styringen følger den parlamentariske styreformen: bystyret vedtar mål og rammer, og byrådet har ansvaret for å gjennomføre dem gjennom byrådsavdelingene. Målene i budsjettet brytes ned til virksomhetsplaner, og det rapporteres tertialvis. Rapportene er grundige om økonomi, men sier mindre om kvaliteten i tjenestene, og de mange målene gjør helheten vanskelig å overskue. Folkevalgte og ledere beskriver rollene på samme måte, selv om skillet mellom byrådets politiske og administrative ansvar av og til må forklares for nye bystyremedlemmer. Eierstyringen av selskapene er ryddig, med en oppdatert eiermelding.',
      ),
      strengths: [
        'En tydelig ansvarsdeling mellom bystyret og byrådet, som folkevalgte og ledere beskriver likt.',
        'Tertialrapporter som kommer til fast tid og blir behandlet i bystyret.',
        'En oppdatert eiermelding med klare forventninger til hvert selskap.',
      ],
      improvements: [
        'Suppler den økonomiske rapporteringen med analyser av kvalitet og resultater i tjenestene.',
        'Reduser antallet mål, slik at hvert mål kan følges opp med noen få indikatorer.',
      ],
    },
    '4': {
      analysis: analysis(
        'Kommunen sammenligner kostnader og resultater med andre storbyer i et fast nettverk og bruker tallene i budsjettarbeidet. Digitaliseringen er kommet langt: de fleste søknader kan sendes digitalt, og flere rutineoppgaver er automatisert. Den langsiktige planleggingen av skolebygg og sykehjemsplasser bygger på befolkningsframskrivinger, men investeringsplanen og bemanningsplanene henger ikke alltid sammen. Samarbeidet med nabokommunene er omfattende, men gevinstene av det blir sjelden målt.',
      ),
      strengths: [
        'Sammenligninger med andre storbyer brukes aktivt når budsjettet legges.',
        'Digitale søknader og automatiserte rutineoppgaver som frigjør tid i tjenestene.',
      ],
      improvements: [
        'Mål gevinstene av de digitale løsningene og av samarbeidet med nabokommunene, i tid og i kroner.',
        'Se investeringsplanen og bemanningsplanene i sammenheng med befolkningsframskrivingen for de neste ti årene.',
      ],
    },
    '5': {
      analysis: analysis(
        'Brukerundersøkelsene viser at innbyggerne er godt fornøyd med servicen og måten de blir møtt på, og et felles servicetorg tar imot de fleste henvendelsene. Informasjonen om tjenestene på nettsidene er god, men varierer mellom tjenesteområdene. Brukerne har størst innflytelse i skolen og eldreomsorgen, gjennom samarbeidsutvalg og brukerråd; i andre tjenester er medvirkningen mer tilfeldig. Klager og innspill registreres i ulike systemer, og det er vanskelig å se mønstre på tvers.',
      ),
      strengths: [
        'Et servicetorg som løser en stor del av henvendelsene ved første kontakt.',
        'Brukerundersøkelser som gjennomføres jevnlig i de fleste tjenestene.',
      ],
      improvements: [
        'Gi brukerne faste kanaler for medvirkning også utenfor skolen og eldreomsorgen.',
        'Registrer klager og innspill i ett felles system, slik at mønstre blir synlige på tvers av tjenestene.',
        'Følg opp serviceerklæringene likt i alle tjenester og publiser resultatene.',
      ],
    },
    '6': {
      analysis: analysis(
        'Kommunen har et felles kvalitetssystem, men tjenesteområdene har kommet ulikt langt i å ta det i bruk. Medarbeiderne kan melde inn forbedringsforslag, og enkelte innovasjonsprosjekter, blant annet med velferdsteknologi, har gitt nye arbeidsmåter. Det mangler likevel en samlet strategi for kvalitetsutvikling, og det som fungerer godt i én bydel eller etat, blir sjelden spredt til resten av organisasjonen. Avvik brukes i dag mest til å rette enkeltfeil, i liten grad til læring.',
      ),
      strengths: [
        'Innovasjonsprosjekter med velferdsteknologi som er tatt i bruk i flere tjenester.',
        'Et felles system for forbedringsforslag der hvert forslag får svar.',
      ],
      improvements: [
        'Lag en samlet strategi for kvalitetsutvikling som gjelder alle tjenesteområdene.',
        'Etabler en møteplass der enhetene deler gode eksempler med hverandre.',
        'Bruk avvik og klager som grunnlag for læring og forbedring, ikke bare for å rette enkeltfeil.',
      ],
    },
    '7': {
      analysis: analysis(
        'Arbeidsgiverpolitikken er samlet i en plattform som ledere og tillitsvalgte kjenner godt, og partssamarbeidet beskrives som tett og tillitsfullt. Rekruttering er den største utfordringen, særlig i helse og omsorg og i barnehagene, og kommunen har satset på heltidskultur og lærlingplasser i helse og omsorg for å beholde flere. Sykefraværet har gått noe ned, og arbeidsmiljøarbeidet er systematisk på de fleste arbeidsplassene. Arbeidet med likestilling og mangfold er forankret i ledelsen, men resultatene blir lite rapportert.',
      ),
      strengths: [
        'Et tett partssamarbeid med tillitsvalgte og verneombud.',
        'En satsing på heltidskultur og lærlingplasser i helse og omsorg.',
      ],
      improvements: [
        'Lag en flerårig plan for kompetanse og rekruttering som dekker alle tjenesteområdene.',
        'Rapporter resultatene av arbeidet med likestilling og mangfold til de ansatte og til bystyret.',
      ],
    },
    '8': {
      analysis: analysis(
        'Lederrollen er beskrevet i en lederplattform, og kommunen har et lederutviklingsprogram for både nye og erfarne ledere. Mange ledere har flere medarbeidere enn de selv mener er forsvarlig, og det gir lite tid til nærværende ledelse. Internkommunikasjonen fungerer godt ovenfra og ned gjennom intranettet; veien fra medarbeiderne tilbake til ledelsen er svakere. Medarbeiderundersøkelsen blir fulgt opp med tiltak på de fleste arbeidsplassene.',
      ),
      strengths: [
        'Et lederutviklingsprogram som går hvert år, for både nye og erfarne ledere.',
        'Medarbeiderundersøkelser som følges opp med tiltak på den enkelte arbeidsplass.',
      ],
      improvements: [
        'Se på hvor mange medarbeidere hver leder har, særlig i helse og omsorg.',
        'Lag kanaler der medarbeidernes innspill når ledelsen og får svar.',
      ],
    },
  },
  summary: [
    DEMO_NOTE_NB,
    'Kommunen står sterkt i arbeidet med samfunnsutvikling og klima, og innbyggerne har gode muligheter til å følge og påvirke politikken. Styringen er ryddig, og rollene til bystyret, byrådet og administrasjonen er godt kjent. Samtidig er rapporteringen fortsatt mest rettet mot økonomi, og det som fungerer godt i én del av organisasjonen, blir sjelden spredt til de andre.',
    'Vi ser tre områder der videre arbeid kan gi størst effekt: en samlet strategi for kvalitetsutvikling der avvik og gode eksempler brukes til læring, mer medvirkning for brukerne utenfor skolen og eldreomsorgen, og bedre rammer for lederne, slik at de har tid til å være til stede for medarbeiderne.',
  ].join('\n\n'),
  goodExamples: [
    {
      areaCode: '1',
      unitCode: '1.3',
      municipalityId: 'no-1103',
      text: 'Demoeksempel: når kommunen etter hvert folkemøte publiserer hva innspillene førte til, ser innbyggerne at det nytter å delta.',
    },
    {
      areaCode: '2',
      unitCode: '2.3',
      municipalityId: 'no-0301',
      text: 'Demoeksempel: et klimabudsjett som behandles sammen med økonomiplanen, lar de folkevalgte se hva hvert tiltak betyr for utslippene.',
    },
    {
      areaCode: '6',
      unitCode: '6.4',
      municipalityId: 'no-1103',
      text: 'Demoeksempel: ledere som hvert halvår besøker en annen kommune og legger fram det de lærte for kollegene, gjør læring av andre til en fast vane.',
    },
  ],
};

/** The demo municipality's comments on facts during Bergen's fact check, and the evaluators' answer to the first. */
export const DEMO_FACT_CHECK_COMMENTS_NB: ReadonlyArray<{ unitCode: string | null; body: string; answer: string | null }> = [
  {
    unitCode: '2.3',
    body: 'Fra i år omfatter klimabudsjettet også de kommunale selskapene. Kan dere ta det med i beskrivelsen av klimaarbeidet?',
    answer: 'Takk! Vi tar det med i analysen av område 2.',
  },
  {
    unitCode: '7.2',
    body: 'Lærlingplassene finnes nå også i de tekniske tjenestene, ikke bare i helse og omsorg. Stemmer beskrivelsen av hvilke tjenester som er med?',
    answer: null,
  },
];

/** The rationale an agreed (or an evaluator's own) score is given in the Norwegian demo, by how high it is (the thresholds of demoRationale). */
export function demoRationaleNb(code: string, name: string, share: number, own: boolean): string {
  const judgement =
    share >= 0.7
      ? 'arbeidet er godt utviklet og blir fulgt opp.'
      : share >= 0.45
        ? 'grunnlaget er på plass, men arbeidet er ikke samlet eller fulgt opp overalt.'
        : 'arbeidsmåten finnes bare i deler av organisasjonen.';
  return `${own ? 'Egen vurdering (demo)' : 'Demobegrunnelse'}: ${code} ${name} – ${judgement}`;
}

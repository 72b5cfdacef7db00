/**
 * The demo's example criteria, written by the Kompass team (not the programme's question bank): a
 * model version based on the 2020 model with criteria on six sub-areas of areas 1–3, on both
 * scales and with weights, marked as an example; and a draft evaluation of Umeå on it where the
 * two demo evaluators have assessed some of the criteria (agreeing on most, not on all).
 */
import type { LocalisedText } from '../domain/framework.js';

export const DEMO_CRITERIA_VERSION = {
  id: 'kommunkompassen-2020-exempelkriterier',
  basedOn: 'kommunkompassen-2020',
  title: {
    sv: 'Kommunkompassen 2020 med exempelkriterier',
    nb: 'Kommunekompasset 2020 med eksempelkriterier',
    en: 'Municipal Compass 2020 with example criteria',
  },
} as const;

const text = (sv: string, nb: string, en: string): LocalisedText => ({ sv, nb, en });

/** A scale of four levels (the top one full marks), used by two sub-areas. */
const LEVELS = {
  kind: 'levels' as const,
  levels: [
    { code: 'saknas', label: text('Saknas', 'Mangler', 'Missing'), points: 0 },
    { code: 'paborjad', label: text('Påbörjad', 'Påbegynt', 'Begun'), points: 1 },
    { code: 'etablerad', label: text('Etablerad', 'Etablert', 'Established'), points: 2 },
    { code: 'utvecklad', label: text('Utvecklad', 'Videreutviklet', 'Advanced'), points: 3 },
  ],
};

const MET = { kind: 'met' as const };

export interface DemoCriterion {
  code: string;
  text: LocalisedText;
  guidance?: LocalisedText;
  typicalEvidence?: LocalisedText;
  weight: number;
  scale: typeof MET | typeof LEVELS;
}

/** The criteria by sub-area code. */
export const DEMO_CRITERIA: Readonly<Record<string, readonly DemoCriterion[]>> = {
  '1.1': [
    {
      code: '1.1.1',
      text: text(
        'Fullmäktige har antagit en plan för hur invånarnas insyn och delaktighet ska utvecklas.',
        'Kommunestyret har vedtatt en plan for hvordan innbyggernes innsyn og medvirkning skal utvikles.',
        "The council has adopted a plan for how residents' insight and participation are to be developed.",
      ),
      typicalEvidence: text('Planen och fullmäktiges beslut om den.', 'Planen og kommunestyrets vedtak om den.', "The plan and the council's decision on it."),
      weight: 1,
      scale: MET,
    },
    {
      code: '1.1.2',
      text: text(
        'Planen anger vem som ansvarar för varje åtgärd och när den ska vara klar.',
        'Planen angir hvem som har ansvar for hvert tiltak og når det skal være ferdig.',
        'The plan names who is responsible for each measure and when it is due.',
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '1.1.3',
      text: text(
        'Planen har följts upp i en rapport till fullmäktige under de senaste två åren.',
        'Planen er fulgt opp i en rapport til kommunestyret i løpet av de siste to årene.',
        'The plan has been followed up in a report to the council within the last two years.',
      ),
      guidance: text(
        'Delvis uppfyllt när uppföljningen bara tar upp en del av åtgärderna.',
        'Delvis oppfylt når oppfølgingen bare omfatter en del av tiltakene.',
        'Partly met when the follow-up covers only some of the measures.',
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '1.1.4',
      text: text(
        'Det finns riktlinjer för kommunikation som gäller för alla förvaltningar och bolag.',
        'Det finnes retningslinjer for kommunikasjon som gjelder for alle virksomheter og selskaper.',
        'There are communication guidelines that apply to every department and company.',
      ),
      weight: 1,
      scale: MET,
    },
  ],
  '1.3': [
    {
      code: '1.3.1',
      text: text(
        'Förtroendevalda möter invånare i öppna dialogforum minst två gånger per år.',
        'Folkevalgte møter innbyggerne i åpne dialogmøter minst to ganger i året.',
        'Elected representatives meet residents in open dialogue forums at least twice a year.',
      ),
      typicalEvidence: text('Kallelser, minnesanteckningar och intervjuer med förtroendevalda.', 'Innkallinger, referater og intervjuer med folkevalgte.', 'Invitations, notes and interviews with elected representatives.'),
      weight: 2,
      scale: MET,
    },
    {
      code: '1.3.2',
      text: text(
        'Invånare kan lämna förslag till fullmäktige och får veta vad som hände med dem.',
        'Innbyggerne kan sende forslag til kommunestyret og får vite hva som skjedde med dem.',
        'Residents can submit proposals to the council and are told what became of them.',
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '1.3.3',
      text: text(
        'Grupper som sällan hörs, till exempel unga och nyanlända, bjuds in på särskilda sätt.',
        'Grupper som sjelden blir hørt, for eksempel unge og nyankomne, inviteres på egne måter.',
        'Groups that are seldom heard, such as young people and newcomers, are invited in particular ways.',
      ),
      guidance: text(
        'En allmän inbjudan på webbplatsen räcker inte.',
        'En generell invitasjon på nettstedet er ikke nok.',
        'A general invitation on the website is not enough.',
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '1.3.4',
      text: text(
        'Resultatet av en dialog återkopplas till deltagarna tillsammans med vad politiken beslutade.',
        'Resultatet av en dialog meldes tilbake til deltakerne sammen med hva politikerne vedtok.',
        'The outcome of a dialogue is reported back to the participants together with what the politicians decided.',
      ),
      weight: 2,
      scale: MET,
    },
  ],
  '2.1': [
    {
      code: '2.1.1',
      text: text(
        'Kommunen har en samlad strategi för hållbar utveckling med mål som går att mäta.',
        'Kommunen har en samlet strategi for bærekraftig utvikling med mål som kan måles.',
        'The municipality has an overall strategy for sustainable development with goals that can be measured.',
      ),
      weight: 1,
      scale: LEVELS,
    },
    {
      code: '2.1.2',
      text: text(
        'Strategins mål finns med i nämndernas och bolagens planer och budgetar.',
        'Strategiens mål er tatt inn i planene og budsjettene til utvalgene og selskapene.',
        "The strategy's goals appear in the plans and budgets of the committees and companies.",
      ),
      weight: 1,
      scale: LEVELS,
    },
    {
      code: '2.1.3',
      text: text(
        'Kommunen samarbetar med grannkommuner och regionen om hållbarhetsmålen.',
        'Kommunen samarbeider med nabokommuner og regionen om bærekraftsmålene.',
        'The municipality works with neighbouring municipalities and the region on the sustainability goals.',
      ),
      weight: 1,
      scale: LEVELS,
    },
  ],
  '2.3': [
    {
      code: '2.3.1',
      text: text(
        'Kommunen redovisar varje år sina egna utsläpp av växthusgaser.',
        'Kommunen rapporterer hvert år sine egne klimagassutslipp.',
        'The municipality reports its own greenhouse gas emissions every year.',
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '2.3.2',
      text: text(
        'Miljökrav ställs i upphandlingar där det är relevant, och de följs upp.',
        'Miljøkrav stilles i anskaffelser der det er relevant, og de følges opp.',
        'Environmental requirements are set in procurements where relevant, and they are followed up.',
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '2.3.3',
      text: text(
        'Det finns en plan för hur kommunen ska anpassas till ett förändrat klimat.',
        'Det finnes en plan for hvordan kommunen skal tilpasse seg et klima i endring.',
        'There is a plan for how the municipality will adapt to a changing climate.',
      ),
      weight: 1,
      scale: MET,
    },
  ],
  '3.2': [
    {
      code: '3.2.1',
      text: text(
        'Fullmäktiges mål är få, prioriterade och möjliga att följa upp.',
        'Kommunestyrets mål er få, prioriterte og mulige å følge opp.',
        "The council's goals are few, prioritised and possible to follow up.",
      ),
      weight: 2,
      scale: LEVELS,
    },
    {
      code: '3.2.2',
      text: text('Budgeten kopplar resurserna till målen.', 'Budsjettet knytter ressursene til målene.', 'The budget links the resources to the goals.'),
      weight: 1,
      scale: LEVELS,
    },
    {
      code: '3.2.3',
      text: text(
        'Nämnderna rapporterar avvikelser från målen till fullmäktige under året.',
        'Utvalgene rapporterer avvik fra målene til kommunestyret i løpet av året.',
        'The committees report deviations from the goals to the council during the year.',
      ),
      weight: 1,
      scale: LEVELS,
    },
  ],
  '3.3': [
    {
      code: '3.3.1',
      text: text(
        'Verksamheternas resultat jämförs med andra kommuners.',
        'Tjenestenes resultater sammenlignes med andre kommuners.',
        "The services' results are compared with those of other municipalities.",
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '3.3.2',
      text: text(
        'Brukarnas synpunkter samlas in regelbundet och används i analysen.',
        'Brukernes synspunkter samles inn jevnlig og brukes i analysen.',
        "Users' views are gathered regularly and used in the analysis.",
      ),
      weight: 1,
      scale: MET,
    },
    {
      code: '3.3.3',
      text: text(
        'Analysen leder till beslut om förbättringar, och besluten följs upp.',
        'Analysen fører til vedtak om forbedringer, og vedtakene følges opp.',
        'The analysis leads to decisions on improvements, and the decisions are followed up.',
      ),
      weight: 1,
      scale: MET,
    },
  ],
};

/** The draft evaluation on the version: a Swedish municipality with no other draft. */
export const DEMO_CRITERIA_EVALUATION = { municipalityId: 'se-2480', fieldworkStart: '2026-11' } as const;

/**
 * Each demo evaluator's assessments so far (criterion code → value and a note in Swedish, the
 * evaluation's language). They agree on most; 1.1.2, 1.3.3 and 2.1.2 differ. 2.3 is not started.
 */
export const DEMO_CRITERION_ASSESSMENTS: readonly [Readonly<Record<string, { value: string; note?: string }>>, Readonly<Record<string, { value: string; note?: string }>>] = [
  {
    '1.1.1': { value: 'met', note: 'Planen antogs av fullmäktige i våras.' },
    '1.1.2': { value: 'met' },
    '1.1.3': { value: 'partly', note: 'Uppföljningen tar upp ungefär hälften av åtgärderna.' },
    '1.1.4': { value: 'not_met' },
    '1.3.1': { value: 'met' },
    '1.3.2': { value: 'partly', note: 'Förslagen besvaras, men ofta först efter ett år.' },
    '1.3.3': { value: 'not_met' },
    '1.3.4': { value: 'partly' },
    '2.1.1': { value: 'etablerad' },
    '2.1.2': { value: 'paborjad', note: 'Bara två av nämnderna har tagit in målen.' },
    '2.1.3': { value: 'na', note: 'Regionen har inget sådant samarbete i gång.' },
    '3.2.1': { value: 'etablerad' },
    '3.2.2': { value: 'utvecklad' },
  },
  {
    '1.1.1': { value: 'met' },
    '1.1.2': { value: 'partly', note: 'Ansvar anges, men inga datum.' },
    '1.1.3': { value: 'partly' },
    '1.1.4': { value: 'not_met', note: 'Bolagen har egna riktlinjer.' },
    '1.3.1': { value: 'met' },
    '1.3.2': { value: 'partly' },
    '1.3.3': { value: 'partly' },
    '2.1.1': { value: 'etablerad' },
    '2.1.2': { value: 'etablerad' },
    '2.1.3': { value: 'na' },
    '3.3.1': { value: 'met' },
  },
];

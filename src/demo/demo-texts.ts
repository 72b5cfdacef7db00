/**
 * The demo's written texts, in Swedish: made up for the demo, about no real municipality, and
 * written for Kompass (nothing is taken from published reports). Every analysis opens with
 * DEMO_MARK and every summary with DEMO_NOTE, so the texts are shown as demo content wherever
 * they appear (the evaluation page, the workspace, the reports).
 */

/** Opens every demo analysis. */
export const DEMO_MARK = '*Demotext – påhittad för att visa Kompass.*';

/** Opens every demo summary. */
export const DEMO_NOTE =
  '> **Demoinnehåll.** Utvärderingen är påhittad för att visa hur Kompass fungerar. Texter och poäng beskriver inte kommunen.';

interface DemoAreaText {
  analysis: string;
  strengths: string[];
  improvements: string[];
}

export interface DemoTexts {
  areas: Record<string, DemoAreaText>;
  summary: string | null;
  /** Each names the other municipality it points to, and where it fits, its sub-area. */
  goodExamples: Array<{ areaCode: string; unitCode: string | null; municipalityId: string; text: string }>;
}

const analysis = (text: string) => `${DEMO_MARK} ${text}`;

/** Leksand at the fact check: every area written, the summary and two good examples. */
export const FACT_CHECK_TEXTS: DemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Kommunen har en antagen strategi för dialog med invånarna och följer upp hur den används. Informationen på webbplatsen är lätt att hitta och skriven i klarspråk, men resultat och jämförelser med andra kommuner presenteras sällan så att invånarna kan ta del av dem. Fullmäktiges sammanträden sänds och arkiveras, och de förtroendevalda säger att de får det stöd de behöver inför besluten.',
      ),
      strengths: [
        'Medborgardialoger hålls inför större beslut, och vad dialogen ledde till redovisas på webbplatsen.',
        'Fullmäktiges sammanträden sänds direkt och finns kvar att se i efterhand.',
        'Nya förtroendevalda får en sammanhållen introduktion under mandatperiodens första månader.',
      ],
      improvements: [
        'Redovisa kommunens resultat i nyckeltal och jämförelser så att invånarna lätt hittar och förstår dem.',
        'Ge unga en egen kanal för inflytande som är kopplad till nämndernas arbete.',
      ],
    },
    '2': {
      analysis: analysis(
        'Hållbarhetsarbetet utgår från ett program som bryter ned de globala målen till lokala mål, och programmet följs upp varje år. Det sociala perspektivet har fått större plats sedan förra utvärderingen, bland annat genom ett samlat arbete mot utanförskap. Samverkan med föreningsliv och näringsliv fungerar väl, medan klimatarbetet ännu saknar tydliga delmål för kommunkoncernen.',
      ),
      strengths: [
        'Ett hållbarhetsprogram med lokala mål som följs upp i årsredovisningen.',
        'Ett gemensamt forum med näringslivet som träffas regelbundet.',
      ],
      improvements: [
        'Sätt mätbara delmål för klimatarbetet som gäller hela kommunkoncernen, också bolagen.',
        'Samordna föreningsbidragen med målen för social hållbarhet.',
      ],
    },
    '3': {
      analysis: analysis(
        'Styrmodellen är känd och används: fullmäktiges mål bryts ned i nämndernas planer och vidare till verksamheterna. Uppföljningen är regelbunden men domineras av ekonomi, och analysen av verksamhetens kvalitet är tunnare. Förtroendevalda och tjänstepersoner beskriver rollfördelningen på samma sätt. Ägardirektiven till bolagen är nyligen uppdaterade.',
      ),
      strengths: [
        'En styrmodell som förtroendevalda och chefer beskriver på samma sätt.',
        'Delegationsordningar som ses över varje år.',
        'Uppdaterade ägardirektiv och regelbundna ägardialoger med bolagen.',
      ],
      improvements: [
        'Komplettera de ekonomiska uppföljningarna med analyser av verksamhetens kvalitet och resultat.',
        'Minska antalet mål, så att varje mål kan följas upp med ett fåtal indikatorer.',
      ],
    },
    '4': {
      analysis: analysis(
        'Kommunen jämför sina kostnader och resultat med liknande kommuner och använder jämförelserna i budgetarbetet. En långsiktig investeringsplan finns, men planeringen av lokaler och personal behöver hänga ihop bättre med befolkningsprognosen. Digitaliseringen drivs av ett centralt team; flera e-tjänster har införts, men nyttan följs ännu inte upp systematiskt.',
      ),
      strengths: [
        'Jämförelser med liknande kommuner används aktivt när budgeten tas fram.',
        'Samverkan med grannkommunerna om upphandling och it-drift.',
      ],
      improvements: [
        'Följ upp vilken nytta de digitala tjänsterna ger, i tid och i kostnad.',
        'Koppla lokalplaneringen till befolkningsprognosen för de kommande tio åren.',
      ],
    },
    '5': {
      analysis: analysis(
        'Service och bemötande får goda omdömen i kommunens egna undersökningar, och ett kontaktcenter tar emot de flesta ärenden. Servicedeklarationer finns för flera verksamheter men följs inte upp på samma sätt överallt. Brukarnas inflytande är störst inom skolan och äldreomsorgen.',
      ),
      strengths: [
        'Ett kontaktcenter som löser en stor del av ärendena vid första kontakten.',
        'Brukarråd inom äldreomsorgen som träffas flera gånger per år.',
      ],
      improvements: [
        'Följ upp servicedeklarationerna på samma sätt i alla verksamheter och redovisa resultatet öppet.',
        'Gör hanteringen av synpunkter och klagomål gemensam för hela kommunen, så att mönster syns.',
      ],
    },
    '6': {
      analysis: analysis(
        'Kvalitetsarbetet bygger på ett gemensamt ledningssystem, men verksamheterna har kommit olika långt i att använda det. Medarbetarna kan lämna förbättringsförslag, och några av dem har lett till nya arbetssätt. Kommunen lär av andra genom nätverk, men saknar ett sätt att sprida det som fungerar inom den egna organisationen.',
      ),
      strengths: [
        'Ett gemensamt ledningssystem för kvalitet, beskrivet i en kort och tydlig handbok.',
        'Förbättringsförslag från medarbetarna tas om hand och får svar.',
      ],
      improvements: [
        'Skapa ett forum där verksamheterna delar goda exempel med varandra.',
        'Låt avvikelser och klagomål ingå i underlaget för verksamhetens förbättringsarbete.',
      ],
    },
    '7': {
      analysis: analysis(
        'Arbetsgivarpolitiken är samlad i ett program som chefer och fackliga företrädare känner till. Kompetensförsörjningen är den största utmaningen, och kommunen arbetar för att göra vägen från utbildning till anställning kortare. Sjukfrånvaron har minskat något, och arbetsmiljöarbetet är systematiskt på de flesta arbetsplatser.',
      ),
      strengths: [
        'Ett arbetsgivarprogram som tagits fram tillsammans med de fackliga organisationerna.',
        'Traineeplatser och samarbete med gymnasieskolan för att locka nya medarbetare.',
      ],
      improvements: [
        'Gör en samlad plan för kompetensförsörjningen som sträcker sig över flera år.',
        'Följ upp lönekartläggningen med åtgärder som redovisas för medarbetarna.',
      ],
    },
    '8': {
      analysis: analysis(
        'Chefernas uppdrag är beskrivna, och ett ledarprogram ges vartannat år. Många chefer har fler medarbetare än de själva anser rimligt, vilket lämnar lite tid för ett närvarande ledarskap. Den interna kommunikationen fungerar väl uppifrån och ned; vägen tillbaka från medarbetarna till ledningen är svagare.',
      ),
      strengths: [
        'Ett återkommande ledarprogram för både nya och erfarna chefer.',
        'Ett intranät som medarbetarna beskriver som lätt att använda.',
      ],
      improvements: [
        'Se över hur många medarbetare varje chef har, särskilt inom vård och omsorg.',
        'Skapa kanaler där medarbetarnas synpunkter når ledningen och får svar.',
      ],
    },
  },
  summary: [
    DEMO_NOTE,
    'Kommunen har tagit flera steg sedan förra utvärderingen. Styrmodellen är känd och används, dialogen med invånarna är ordnad och hållbarhetsarbetet har fått en tydligare riktning. Samtidigt är uppföljningen fortfarande mest inriktad på ekonomi, och det som fungerar väl i en verksamhet sprids inte alltid till de andra.',
    'Vi ser tre områden där fortsatt arbete kan ge störst effekt: att följa upp kvalitet och resultat lika noga som ekonomin, att säkra kompetensförsörjningen på lång sikt och att ge cheferna rimliga förutsättningar för sitt ledarskap.',
  ].join('\n\n'),
  goodExamples: [
    {
      areaCode: '5',
      unitCode: '5.4',
      municipalityId: 'se-2480',
      text: 'Demoexempel: en kommun som varje månad publicerar sina svarstider för e-post och telefon gör det lätt för invånarna att se hur servicen utvecklas.',
    },
    {
      areaCode: '6',
      unitCode: null,
      municipalityId: 'se-1283',
      text: 'Demoexempel: ett årligt internt kvalitetsforum där varje förvaltning visar en förbättring den har genomfört sprider lärdomar över förvaltningsgränserna.',
    },
  ],
};

/** Falun, a draft in calibration: the first areas written, no summary yet. */
export const CALIBRATION_TEXTS: DemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Utkast. Dialogen med invånarna sker främst genom digitala enkäter; möten där invånare och förtroendevalda träffas är få. Handlingarna till fullmäktige publiceras i god tid före sammanträdena.',
      ),
      strengths: ['Handlingarna till fullmäktige publiceras en vecka före sammanträdet.'],
      improvements: ['Komplettera enkäterna med möten där invånare och förtroendevalda träffas.'],
    },
    '2': {
      analysis: analysis(
        'Utkast. Översiktsplanen har ett tydligt hållbarhetsperspektiv. Näringslivsarbetet är väl organiserat, medan stödet till civilsamhället är uppdelat på flera förvaltningar.',
      ),
      strengths: ['En översiktsplan där hållbarhetsmålen styr prioriteringarna.'],
      improvements: ['Samla kommunens stöd till civilsamhället hos en kontaktväg.'],
    },
    '3': {
      analysis: analysis(
        'Utkast. Målen är många och följs upp i flera olika system, vilket gör helheten svår att överblicka för de förtroendevalda. Vi behöver diskutera poängen för 3.3 vid kalibreringen.',
      ),
      strengths: [],
      improvements: ['Samla uppföljningen av mål och ekonomi i en gemensam rapport till nämnderna.'],
    },
  },
  summary: null,
  goodExamples: [],
};

/** Olofström, a draft being scored: notes after the first interview day. */
export const IN_PROGRESS_TEXTS: DemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Anteckningar efter första intervjudagen. Kommunstyrelsen vill göra dialogen med invånarna mer regelbunden; hur det ska gå till är ännu inte bestämt.',
      ),
      strengths: [],
      improvements: ['Bestäm hur ofta och i vilka former dialogen med invånarna ska ske.'],
    },
    '4': {
      analysis: analysis(
        'Anteckningar. Kommunen deltar i flera jämförelsenätverk; hur resultaten används i budgetarbetet frågar vi ekonomichefen om vid nästa intervju.',
      ),
      strengths: ['Deltar i jämförelsenätverk med liknande kommuner.'],
      improvements: [],
    },
  },
  summary: null,
  goodExamples: [],
};

/** The demo municipality's comments on facts during Leksand's fact check, and the evaluators' answer to the first. */
export const FACT_CHECK_COMMENTS: ReadonlyArray<{ unitCode: string | null; body: string; answer: string | null }> = [
  {
    unitCode: '3.5',
    body: 'Ägardirektiven antogs av fullmäktige i februari 2026. Texten kan gärna ange det, så att läsaren ser att de är nya.',
    answer: 'Tack! Vi lägger till när direktiven antogs i analysen av område 3.',
  },
  {
    unitCode: '7.2',
    body: 'Traineeplatserna finns numera också inom socialtjänsten, inte bara inom vård och omsorg. Stämmer beskrivningen av vilka verksamheter som ingår?',
    answer: null,
  },
];

/** The rationale an agreed (or an evaluator's own) score is given in the demo, by how high it is. */
export function demoRationale(code: string, name: string, share: number, own: boolean): string {
  const judgement =
    share >= 0.7
      ? 'arbetet är väl utvecklat och följs upp.'
      : share >= 0.45
        ? 'grunderna finns, men arbetet är inte samlat eller uppföljt överallt.'
        : 'arbetssättet finns bara i delar av organisationen.';
  return `${own ? 'Egen bedömning (demo)' : 'Demomotivering'}: ${code} ${name} – ${judgement}`;
}

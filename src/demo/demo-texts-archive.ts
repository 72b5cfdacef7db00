/**
 * Written texts for some of the demo's published Swedish evaluations (the archive loaded by
 * seed-demo.ts), so the public archive has Swedish prose to search and Swedish good examples to
 * list. Like the rest of the demo (demo-texts.ts) they are made up for the demo, describe no real
 * municipality and are written for Kompass: nothing is taken from published reports. Every
 * analysis opens with DEMO_MARK and every summary with DEMO_NOTE. The scores are the demo's
 * printed figures; the texts only follow their strong and weak areas.
 */
import { DEMO_MARK, DEMO_NOTE, type DemoTexts } from './demo-texts.js';

/** As the workspace demo's texts, but an area of a printed report may have lists and no analysis. */
export interface ArchiveDemoTexts {
  areas: Record<string, { analysis?: string; strengths: string[]; improvements: string[] }>;
  summary: string;
  goodExamples: DemoTexts['goodExamples'];
}

const analysis = (text: string) => `${DEMO_MARK} ${text}`;

/** Örnsköldsvik 2017 (the 2016 model): strongest as community builder and employer, weakest in user focus and continuous improvement. */
export const ARCHIVE_TEXTS_2284_2017: ArchiveDemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Kommunen har en plan för demokratiutveckling som fullmäktige antog under mandatperioden, och ansvaret för att den genomförs ligger hos kommunledningskontoret. Medborgardialog används inför större förändringar i skola och omsorg, och invånarna får besked om vad deras synpunkter ledde till. Information om resultat finns, men den är spridd över många sidor och svår att jämföra över tid.',
      ),
      strengths: [
        'En medborgardialog inför varje större förändring av skolans och omsorgens organisation.',
        'Etiska riktlinjer för förtroendevalda och anställda som gås igenom vid varje ny mandatperiod.',
      ],
      improvements: [
        'Samla redovisningen av resultat på ett ställe, så att invånarna kan följa hur målen nås år för år.',
        'Öka delaktigheten bland unga genom ett ungdomsråd med en tydlig koppling till nämnderna.',
      ],
    },
    '2': {
      analysis: analysis(
        'Arbetet med brukarfokus saknar en gemensam strategi, och verksamheterna har valt olika vägar. Flera e-tjänster har införts, men de används ännu lite och ingen följer upp varför. Brukarundersökningar görs i skolan och äldreomsorgen men sällan i andra verksamheter.',
      ),
      strengths: ['Ett växelnummer och en kontaktyta på webbplatsen som leder de flesta ärenden rätt från början.'],
      improvements: [
        'Ta fram en gemensam strategi för brukarfokus som gäller alla förvaltningar.',
        'Följ upp hur e-tjänsterna används och vad som hindrar invånarna från att välja dem.',
        'Inför en gemensam hantering av synpunkter och klagomål, med återkoppling till den som hört av sig.',
      ],
    },
    '3': {
      analysis: analysis(
        'Styrningen bygger på en modell där fullmäktiges mål bryts ned till nämndernas mål och vidare till enheterna. Rapporteringen till politiken sker tre gånger per år. Förtroendevalda och tjänstepersoner beskriver rollerna på samma sätt och litar på varandra.',
      ),
      strengths: [
        'En styrmodell som gäller hela organisationen och som chefer kan förklara för sina medarbetare.',
        'Delårsrapporter som ger nämnderna en samlad bild av ekonomi och verksamhet.',
      ],
      improvements: ['Minska antalet mål, så att uppföljningen kan bli mer analyserande och mindre uppräknande.'],
    },
    '4': {
      strengths: ['Cheferna har ett skriftligt uppdrag som följs upp i det årliga medarbetarsamtalet med närmaste chef.'],
      improvements: ['Beskriv hur förvaltningarna ska samarbeta i frågor som går över gränserna, och vem som leder arbetet.'],
    },
    '5': {
      strengths: ['Budgetarbetet tar hänsyn till vad verksamheterna åstadkommer, inte bara till vad de kostar.'],
      improvements: ['Använd jämförelser med andra kommuner mer systematiskt när verksamheterna utvecklas.'],
    },
    '6': {
      analysis: analysis(
        'Personalpolitiken är tydlig och välkänd. Kommunen satsar på kompetensutveckling och följer upp medarbetarundersökningen med handlingsplaner på varje arbetsplats.',
      ),
      strengths: [
        'Medarbetarundersökningen följs upp med en handlingsplan på varje arbetsplats.',
        'Ett program för att ta emot nya medarbetare som är gemensamt för hela kommunen.',
      ],
      improvements: ['Gör kommunens mångfaldsarbete synligt i rekryteringen och följ upp resultatet.'],
    },
    '7': {
      analysis: analysis(
        'Det saknas en strategi för ständiga förbättringar, och avvikelser analyseras främst inom vården. Enskilda enheter arbetar med förbättringar på eget initiativ, men erfarenheterna sprids sällan.',
      ),
      strengths: ['Avvikelserapportering inom vård och omsorg som leder till konkreta åtgärder.'],
      improvements: [
        'Ta fram en strategi för ständiga förbättringar som omfattar alla verksamheter.',
        'Sprid de förbättringar som enskilda enheter gör, till exempel på en gemensam utvecklingsdag.',
      ],
    },
    '8': {
      strengths: [
        'Ett nära samarbete med näringslivet om kompetens och etableringar.',
        'Ett aktivt miljöarbete med mål som följs upp årligen.',
      ],
      improvements: ['Koppla arbetet för social hållbarhet till mätbara mål i budgeten.'],
    },
  },
  summary: [
    DEMO_NOTE,
    'Kommunen har en styrning som hänger ihop och en personalpolitik som medarbetarna känner till. Som samhällsbyggare är kommunen stark, med ett nära samarbete med näringslivet och ett aktivt miljöarbete.',
    'Svagast är brukarfokus och ständiga förbättringar. Vi rekommenderar en gemensam strategi för mötet med brukarna, bättre uppföljning av e-tjänsterna och ett sätt att sprida goda idéer mellan verksamheterna.',
  ].join('\n\n'),
  goodExamples: [
    {
      areaCode: '1',
      unitCode: '1.4',
      municipalityId: 'se-0380',
      text: 'Demoexempel: en kommun som efter varje medborgardialog skickar en kort sammanfattning till alla som deltog visar att synpunkterna togs om hand.',
    },
    {
      areaCode: '2',
      unitCode: null,
      municipalityId: 'se-1880',
      text: 'Demoexempel: en samlad plan för e-tjänster, där invånarna själva får pröva tjänsterna innan de lanseras, gör dem enklare att använda.',
    },
  ],
};

/** Olofström 2022 (the 2020 model): strongest in community development and working life, weakest in quality development. */
export const ARCHIVE_TEXTS_1060_2022: ArchiveDemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Kommunens information till invånarna är tydlig och kommer i flera kanaler. Medborgardialogen sker främst i samband med översiktsplanen och är mindre vanlig i andra frågor. De förtroendevalda önskar bättre underlag om verksamhetens resultat inför besluten.',
      ),
      strengths: [
        'Information till invånarna i flera kanaler, också på andra språk än svenska.',
        'En medborgardialog kring översiktsplanen där invånarna kunde lämna synpunkter på kartor på nätet.',
      ],
      improvements: [
        'Använd medborgardialog också i andra frågor än den fysiska planeringen.',
        'Redovisa resultat och jämförelser med andra kommuner på webbplatsen.',
      ],
    },
    '2': {
      analysis: analysis(
        'Hållbarhetsarbetet är väl förankrat, och kommunen samarbetar nära med industrin och föreningslivet. De lokala målen för social hållbarhet följs upp i en årlig rapport till fullmäktige.',
      ),
      strengths: [
        'Ett nära samarbete med det lokala näringslivet om kompetensförsörjning och integration.',
        'Lokala mål för social hållbarhet som följs upp i en årlig rapport.',
      ],
      improvements: ['Sätt mål för den ekologiska hållbarheten som går att följa upp med några få nyckeltal.'],
    },
    '3': {
      analysis: analysis(
        'Styrningen utgår från fullmäktiges mål, men målen är många och uppföljningen redovisar mest om aktiviteter har genomförts. Rollerna mellan förtroendevalda och tjänstepersoner är tydliga, och ägarstyrningen av bolagen sker genom regelbundna ägardialoger.',
      ),
      strengths: ['Regelbundna ägardialoger med de kommunala bolagen.'],
      improvements: [
        'Färre och tydligare mål, så att uppföljningen kan visa vad verksamheterna faktiskt uppnår.',
        'Låt uppföljningen av målen innehålla analyser, inte bara redovisningar av genomförda aktiviteter.',
      ],
    },
    '4': {
      strengths: ['Samverkan med grannkommunerna om räddningstjänst och it-drift.'],
      improvements: [
        'Gör en strategi för effektivitet där jämförelser med liknande kommuner används i budgetarbetet.',
        'Följ upp nyttan av e-tjänsterna i tid och pengar.',
      ],
    },
    '5': {
      strengths: ['En servicegaranti för bygglov som följs upp och redovisas.'],
      improvements: ['Öka brukarnas delaktighet genom brukarråd också i andra verksamheter än äldreomsorgen.'],
    },
    '6': {
      analysis: analysis(
        'Kvalitetsarbetet är det svagaste området. Det saknas en gemensam strategi, och de förbättringar som görs stannar ofta i den enhet där de gjordes. Kommunen lär sig sällan av andra kommuner på ett planerat sätt.',
      ),
      strengths: ['Enskilda enheter inom skolan arbetar med förbättringsgrupper som ger resultat.'],
      improvements: [
        'Ta fram en gemensam strategi för kvalitetsutveckling.',
        'Ordna studiebesök i andra kommuner och redovisa vad de gav.',
      ],
    },
    '7': {
      strengths: ['En satsning på heltid som norm, framtagen tillsammans med de fackliga organisationerna.'],
      improvements: ['Följ upp arbetet för lika rättigheter och möjligheter med nyckeltal som redovisas för medarbetarna.'],
    },
    '8': {
      strengths: ['Ett ledarprogram för nya chefer med mentorer bland de erfarna.'],
      improvements: ['Ge cheferna stöd i den interna kommunikationen, så att informationen når alla medarbetare.'],
    },
  },
  summary: [
    DEMO_NOTE,
    'Kommunen är stark i samhällsutvecklingen och som arbetsgivare. Samarbetet med näringslivet och föreningslivet är nära, och personalpolitiken har tagits fram tillsammans med de fackliga organisationerna.',
    'Kvalitetsutvecklingen är det område där mest återstår. Vi ser också att styrningen skulle vinna på färre mål och en uppföljning som analyserar resultat, och att medborgardialogen kan användas i fler frågor.',
  ].join('\n\n'),
  goodExamples: [
    {
      areaCode: '3',
      unitCode: '3.3',
      municipalityId: 'se-0580',
      text: 'Demoexempel: en kommun som följer upp varje mål med högst tre nyckeltal får en uppföljning som de förtroendevalda hinner läsa och diskutera.',
    },
    {
      areaCode: '6',
      unitCode: '6.4',
      municipalityId: 'se-2281',
      text: 'Demoexempel: chefer som varje år besöker en kommun med bättre resultat och presenterar lärdomarna för ledningsgruppen gör lärandet till en vana.',
    },
  ],
};

/** Leksand 2023 (the 2020 model): even results, weakest in efficiency, quality development and working life. */
export const ARCHIVE_TEXTS_2029_2023: ArchiveDemoTexts = {
  areas: {
    '1': {
      analysis: analysis(
        'Kommunen har goda förutsättningar för delaktighet: fullmäktiges sammanträden sänds och handlingarna publiceras i tid. Medborgardialoger hålls i byarna, men det saknas en strategi som beskriver när och hur dialog ska användas.',
      ),
      strengths: ['Dialogmöten i byarna där förtroendevalda från alla partier deltar.'],
      improvements: ['Ta fram en strategi för medborgardialog som beskriver när dialog används och hur resultatet återkopplas.'],
    },
    '2': {
      strengths: ['Ett aktivt samarbete med föreningslivet om kultur och fritid.'],
      improvements: ['Bryt ned de globala målen till lokala mål som följs upp i årsredovisningen.'],
    },
    '3': {
      analysis: analysis(
        'Styrmodellen är ny och ännu inte känd i hela organisationen. Uppföljningen till nämnderna sker regelbundet men fokuserar på ekonomi.',
      ),
      strengths: ['En ny styrmodell där målen formuleras tillsammans med nämnderna.'],
      improvements: ['Komplettera uppföljningen av ekonomin med uppföljning av kvalitet och resultat.'],
    },
    '4': {
      analysis: analysis(
        'Kommunen jämför sig sällan med andra, och digitaliseringen saknar en samlad plan. Några e-tjänster finns, framför allt inom skolan.',
      ),
      strengths: ['E-tjänster för ansökan om förskoleplats och skolskjuts.'],
      improvements: [
        'Gör en plan för digitalisering som pekar ut vilka e-tjänster som ska prioriteras.',
        'Använd jämförelser med liknande kommuner i budgetarbetet.',
      ],
    },
    '5': {
      strengths: ['Ett servicecenter som tar emot frågor på telefon, e-post och i receptionen.'],
      improvements: ['Låt brukarnas synpunkter ingå i uppföljningen av verksamheterna.'],
    },
    '6': {
      strengths: ['Ett ledningssystem för kvalitet inom socialtjänsten.'],
      improvements: ['Sprid ledningssystemet till alla verksamheter och följ upp hur det används.'],
    },
    '7': {
      strengths: ['Ett systematiskt arbetsmiljöarbete med skyddsronder på alla arbetsplatser.'],
      improvements: ['Gör en plan för kompetensförsörjningen som sträcker sig över flera år.'],
    },
    '8': {
      strengths: ['Regelbundna chefsdagar där kommunledningen och alla chefer träffas.'],
      improvements: ['Se över hur många medarbetare varje chef har.'],
    },
  },
  summary: [
    DEMO_NOTE,
    'Resultatet är jämnt mellan områdena. Kommunen har goda förutsättningar för delaktighet och en ny styrmodell som kan ge tydligare mål och bättre uppföljning.',
    'Vi rekommenderar att kommunen tar fram en plan för digitalisering och e-tjänster, sprider ledningssystemet för kvalitet till alla verksamheter och ger medborgardialogen en strategi.',
  ].join('\n\n'),
  goodExamples: [
    {
      areaCode: '1',
      unitCode: '1.3',
      municipalityId: 'se-2180',
      text: 'Demoexempel: en kommun där nämnderna varje vår bjuder in till öppna möten om sina mål ger invånarna en fast väg till delaktighet.',
    },
    {
      areaCode: '4',
      unitCode: '4.4',
      municipalityId: 'se-1490',
      text: 'Demoexempel: en digital brevlåda där invånarna föreslår nya e-tjänster, och där varje förslag får ett svar, styr digitaliseringen mot det invånarna behöver.',
    },
  ],
};

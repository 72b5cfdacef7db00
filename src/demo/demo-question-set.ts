/**
 * The demo's pre-visit question set for the 2020 model, written for Kompass in our own words (an
 * example of what a programme owner might ask, not anyone's official material): one section per
 * area, two to four questions each, every question type, two questions shown only under an
 * earlier answer, each linked to the model's real sub-area codes.
 */
import type { Question, QuestionSetContent } from '../domain/question-set-values.js';

export const DEMO_QUESTION_SET_FRAMEWORK = 'kommunkompassen-2020';
export const DEMO_QUESTION_SET_TITLE = 'Demo: frågor inför besöket (2020 års modell)';
export const DEMO_QUESTION_SET_DESCRIPTION =
  'Ett exempel som Kompass har skrivit för demonstrationen. Svara så kortfattat som möjligt och ladda gärna upp de styrdokument ni hänvisar till. Svaren sparas medan ni skriver, och flera kan svara samtidigt.';

const q = (key: string, type: Question['type'], text: string, unitCodes: string[], extra: Partial<Question> = {}): Question => ({
  key,
  type,
  text,
  help: '',
  required: false,
  unitCodes,
  options: [],
  condition: null,
  ...extra,
});

const opt = (key: string, label: string) => ({ key, label });

export const DEMO_QUESTION_SET_CONTENT: QuestionSetContent = {
  sections: [
    {
      key: 'demokrati',
      title: 'Förtroendevalda och medborgare',
      intro: 'Hur kommunen informerar om sitt arbete och för samtal med invånarna.',
      questions: [
        q('1.1', 'yes_no', 'Har fullmäktige antagit ett dokument om hur invånarna ska få vara delaktiga?', ['1.1'], { required: true }),
        q('1.2', 'documents', 'Ladda upp dokumentet om delaktighet.', ['1.1'], {
          help: 'Räcker det med en länk går det också bra att skriva den i en anteckning.',
          condition: { question: '1.1', anyOf: ['yes'] },
        }),
        q('1.3', 'multiple_choice', 'Vilka vägar har invånarna för att nå de förtroendevalda?', ['1.3'], {
          required: true,
          options: [opt('fragestund', 'Frågestund i fullmäktige'), opt('medborgarforslag', 'Medborgarförslag eller e-förslag'), opt('dialogmoten', 'Dialogmöten'), opt('sociala', 'Sociala medier')],
        }),
        q('1.4', 'links', 'Var publicerar kommunen sina resultat för invånarna?', ['1.2', '1.4']),
      ],
    },
    {
      key: 'samhalle',
      title: 'Samhällsutveckling',
      intro: '',
      questions: [
        q('2.1', 'text', 'Beskriv kort hur kommunens mål för hållbar utveckling tas fram och följs upp.', ['2.1', '2.3'], {
          required: true,
          help: 'Några meningar räcker. **Markdown** går bra.',
        }),
        q('2.2', 'single_choice', 'Hur ofta träffar kommunledningen det lokala näringslivet?', ['2.4'], {
          options: [opt('manad', 'Varje månad'), opt('kvartal', 'Varje kvartal'), opt('ar', 'Någon gång om året'), opt('sallan', 'Mer sällan')],
        }),
        q('2.3', 'number', 'Hur många föreningar fick bidrag från kommunen förra året?', ['2.2', '2.4']),
      ],
    },
    {
      key: 'styrning',
      title: 'Styrning och kontroll',
      intro: '',
      questions: [
        q('3.1', 'date', 'När beslutade fullmäktige senast om kommunens styrmodell?', ['3.1', '3.2'], { required: true }),
        q('3.2', 'documents', 'Ladda upp styrmodellen och den senaste årsredovisningen.', ['3.1', '3.3']),
        q('3.3', 'yes_no', 'Har kommunen helägda bolag?', ['3.5']),
        q('3.4', 'text', 'Hur följer kommunen upp bolagens uppdrag?', ['3.5'], { condition: { question: '3.3', anyOf: ['yes'] } }),
      ],
    },
    {
      key: 'effektivitet',
      title: 'Effektivitet',
      intro: '',
      questions: [
        q('4.1', 'text', 'Med vilka andra kommuner jämför ni er, och vad har jämförelserna lett till?', ['4.3'], { required: true }),
        q('4.2', 'multiple_choice', 'Vilka områden samverkar kommunen om med andra kommuner?', ['4.5'], {
          options: [opt('it', 'IT och digitalisering'), opt('upphandling', 'Upphandling'), opt('raddning', 'Räddningstjänst'), opt('annat', 'Annat')],
        }),
        q('4.3', 'number', 'Hur många e-tjänster erbjuder kommunen i dag?', ['4.4', '5.3']),
      ],
    },
    {
      key: 'brukare',
      title: 'Brukarens fokus',
      intro: '',
      questions: [
        q('5.1', 'yes_no', 'Finns det gemensamma riktlinjer för service och bemötande?', ['5.1', '5.2'], { required: true }),
        q('5.2', 'text', 'Hur får brukarna vara med och påverka verksamheterna?', ['5.5']),
        q('5.3', 'links', 'Länka till kommunens information om servicegarantier eller åtaganden.', ['5.4']),
      ],
    },
    {
      key: 'kvalitet',
      title: 'Kvalitetsutveckling',
      intro: '',
      questions: [
        q('6.1', 'single_choice', 'Hur är kvalitetsarbetet organiserat?', ['6.1', '6.2'], {
          required: true,
          options: [opt('gemensamt', 'Gemensamt för hela kommunen'), opt('forvaltning', 'Per förvaltning'), opt('blandat', 'En blandning')],
        }),
        q('6.2', 'text', 'Ge ett exempel på en förbättring som medarbetare föreslog och som genomfördes.', ['6.3', '6.4']),
        q('6.3', 'documents', 'Ladda upp kommunens kvalitetspolicy om den finns.', ['6.1']),
      ],
    },
    {
      key: 'arbetsliv',
      title: 'Arbetsliv',
      intro: '',
      questions: [
        q('7.1', 'yes_no', 'Har kommunen en plan för att klara rekryteringsbehoven de närmaste åren?', ['7.2'], { required: true }),
        q('7.2', 'date', 'När mättes arbetsmiljön senast i en medarbetarenkät?', ['7.3']),
        q('7.3', 'text', 'Hur arbetar kommunen för lika rättigheter och möjligheter på arbetsplatsen?', ['7.4', '7.1']),
      ],
    },
    {
      key: 'ledarskap',
      title: 'Ledarskap och medarbetarskap',
      intro: '',
      questions: [
        q('8.1', 'number', 'Hur många medarbetare har en chef som mest?', ['8.2'], { help: 'Ange det högsta antalet i någon verksamhet.' }),
        q('8.2', 'single_choice', 'Hur når information från ledningen medarbetarna i första hand?', ['8.3'], {
          options: [opt('intranat', 'Intranätet'), opt('chefer', 'Genom cheferna'), opt('moten', 'Arbetsplatsträffar')],
        }),
        q('8.3', 'text', 'Vilka program finns för att utveckla chefer och medarbetare?', ['8.1', '8.4'], { required: true }),
      ],
    },
  ],
};

import type { QuestionnaireExportTexts } from './types.js';

/** Norwegian (bokmål) texts of a questionnaire's exported answers. */
export const nb: QuestionnaireExportTexts = {
  title: (municipality) => `Spørsmål før besøket – ${municipality}`,
  fileSlug: 'sporsmal',
  facts: {
    municipality: 'Kommune',
    framework: 'Modell',
    questionSet: 'Spørsmålssett',
    opensOn: 'Åpnet',
    dueOn: 'Svarfrist',
    status: 'Status',
    progress: 'Besvart',
    respondents: 'Besvart av',
    exportedOn: 'Eksportert',
  },
  setVersion: (title, versionNo) => `${title} (versjon ${versionNo})`,
  status: { open: 'Åpent for svar', submitted: 'Sendt inn' },
  submitted: (date, name) => (name ? `Sendt inn ${date} av ${name}` : `Sendt inn ${date}`),
  progress: (answered, visible) => `${answered} av ${visible} spørsmål besvart`,
  subareas: 'Delområder',
  required: 'Obligatorisk',
  hidden: 'Spørsmålet vises ikke med svarene som er gitt.',
  answer: 'Svar',
  noAnswer: 'Ikke besvart',
  yes: 'Ja',
  no: 'Nei',
  answeredBy: (name, when) => `Sist besvart av ${name}, ${when}`,
  documents: 'Dokumenter',
  fileLine: (fileName, size, name, when) => `${fileName} (${size}), lastet opp av ${name}, ${when}`,
  filesInArchive: (folder) => `Dokumentene ligger i mappen ${folder} i ZIP-filen.`,
};

import type { QuestionnaireExportTexts } from './types.js';

/** Swedish texts of a questionnaire's exported answers. */
export const sv: QuestionnaireExportTexts = {
  title: (municipality) => `Frågeunderlag – ${municipality}`,
  fileSlug: 'frageunderlag',
  facts: {
    municipality: 'Kommun',
    framework: 'Modell',
    questionSet: 'Frågeunderlag',
    opensOn: 'Öppnades',
    dueOn: 'Svar senast',
    status: 'Status',
    progress: 'Besvarat',
    respondents: 'Svarande',
    exportedOn: 'Exporterat',
  },
  setVersion: (title, versionNo) => `${title} (version ${versionNo})`,
  status: { open: 'Öppet för svar', submitted: 'Inskickat' },
  submitted: (date, name) => (name ? `Inskickat ${date} av ${name}` : `Inskickat ${date}`),
  progress: (answered, visible) => `${answered} av ${visible} frågor besvarade`,
  subareas: 'Delområden',
  required: 'Obligatorisk',
  hidden: 'Frågan visas inte med de svar som har getts.',
  answer: 'Svar',
  noAnswer: 'Inget svar',
  yes: 'Ja',
  no: 'Nej',
  answeredBy: (name, when) => `Senast besvarad av ${name}, ${when}`,
  documents: 'Dokument',
  fileLine: (fileName, size, name, when) => `${fileName} (${size}), uppladdat av ${name}, ${when}`,
  filesInArchive: (folder) => `Dokumenten finns i mappen ${folder} i ZIP-filen.`,
};

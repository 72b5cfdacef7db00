import type { QuestionnaireExportTexts } from './types.js';

/** English texts of a questionnaire's exported answers. */
export const en: QuestionnaireExportTexts = {
  title: (municipality) => `Pre-visit questions – ${municipality}`,
  fileSlug: 'questionnaire',
  facts: {
    municipality: 'Municipality',
    framework: 'Model',
    questionSet: 'Question set',
    opensOn: 'Opened',
    dueOn: 'Due',
    status: 'Status',
    progress: 'Answered',
    respondents: 'Respondents',
    exportedOn: 'Exported',
  },
  setVersion: (title, versionNo) => `${title} (version ${versionNo})`,
  status: { open: 'Open for answers', submitted: 'Submitted' },
  submitted: (date, name) => (name ? `Submitted on ${date} by ${name}` : `Submitted on ${date}`),
  progress: (answered, visible) => `${answered} of ${visible} questions answered`,
  subareas: 'Sub-areas',
  required: 'Required',
  hidden: 'The question is not shown under the answers given.',
  answer: 'Answer',
  noAnswer: 'No answer',
  yes: 'Yes',
  no: 'No',
  answeredBy: (name, when) => `Last answered by ${name}, ${when}`,
  documents: 'Documents',
  fileLine: (fileName, size, name, when) => `${fileName} (${size}), uploaded by ${name}, ${when}`,
  filesInArchive: (folder) => `The documents are in the folder ${folder} of the ZIP file.`,
};

/** The questionnaire's exports (Word, ZIP): loaded with the first export, not at start. */
export { buildAnswersContent, type AnswersContent } from './answers-content.js';
export { renderAnswersDocx } from './answers-docx.js';
export { renderAnswersZip } from './answers-zip.js';

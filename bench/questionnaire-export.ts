/**
 * The export of a questionnaire with every question answered and many uploaded documents: the
 * documents are uploaded (1 MB of random bytes each, as compressed PDFs are), then the Word and
 * the ZIP exports are fetched as the team, each timed, with the server process's RSS before and
 * its peak while the export ran (sampled from /proc every 20 ms).
 */
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import { ANSWER_FILES_MAX } from '../src/domain/question-set-values.js';
import { processTreeMemory } from './report-bench.js';
import { headersOf, type Session } from './http-session.js';
import { readQuestionnaire, valueFor } from './questionnaire-respondents.js';

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const ms = (value: number) => Math.round(value * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Answers every question without an answer and uploads `files` documents spread over the documents questions. */
async function completeQuestionnaire(baseUrl: string, respondent: Session, id: string, files: number, fileBytes: number) {
  const view = await readQuestionnaire(baseUrl, respondent, id);
  const answered = new Set(view.answers.map((answer) => answer.questionKey));
  const questions = view.content.sections.flatMap((section) => section.questions);
  for (const question of questions.filter((entry) => !answered.has(entry.key))) {
    const value = valueFor(question.type, question.options.map((option) => option.key), 0, 0);
    const response = await fetch(`${baseUrl}/api/questionnaires/${id}/answers/${encodeURIComponent(question.key)}`, {
      method: 'PUT',
      headers: headersOf(respondent),
      body: JSON.stringify({ value, version: 0 }),
    });
    if (response.status !== 200) throw new Error(`answering ${question.key}: ${response.status} ${await response.text()}`);
  }
  const held = new Map<string, number>();
  for (const file of view.files) held.set(file.questionKey, (held.get(file.questionKey) ?? 0) + 1);
  const documentKeys = questions.filter((question) => question.type === 'documents').map((question) => question.key);
  const uploadMs: number[] = [];
  for (let index = 0; index < files; index += 1) {
    const key = documentKeys.find((candidate, position) => position >= index % documentKeys.length && (held.get(candidate) ?? 0) < ANSWER_FILES_MAX)
      ?? documentKeys.find((candidate) => (held.get(candidate) ?? 0) < ANSWER_FILES_MAX);
    if (!key) throw new Error(`no documents question has room for file ${index + 1}`);
    const began = performance.now();
    const response = await fetch(`${baseUrl}/api/questionnaires/${id}/answers/${encodeURIComponent(key)}/files?filename=bilaga-${index + 1}.pdf`, {
      method: 'POST',
      headers: { ...headersOf(respondent), 'content-type': 'application/octet-stream' },
      body: randomBytes(fileBytes),
    });
    if (response.status !== 201) throw new Error(`uploading file ${index + 1} to ${key}: ${response.status} ${await response.text()}`);
    uploadMs.push(performance.now() - began);
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  const { progress } = await readQuestionnaire(baseUrl, respondent, id);
  if (progress.answered !== progress.visible) throw new Error(`${progress.visible - progress.answered} shown questions are still unanswered`);
  return {
    questions: questions.length,
    shownAndAnswered: progress.answered,
    answeredNow: questions.length - answered.size,
    uploadMs: { median: ms(median(uploadMs)), max: ms(Math.max(...uploadMs)) },
    files: view.files.length + files,
  };
}

/** GETs one export `runs` times: the times, its size, and the server's RSS growth at its peak. */
async function measureExport(url: string, team: Session, serverPid: number, runs: number) {
  const times: number[] = [];
  let body = new Uint8Array();
  const rssBefore = processTreeMemory(serverPid).ownRss;
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, processTreeMemory(serverPid).ownRss)), 20);
  try {
    for (let run = 0; run < runs; run += 1) {
      const began = performance.now();
      const response = await fetch(url, { headers: headersOf(team) });
      if (response.status !== 200) throw new Error(`export ${url}: ${response.status} ${await response.text()}`);
      body = new Uint8Array(await response.arrayBuffer());
      times.push(performance.now() - began);
    }
  } finally {
    clearInterval(timer);
  }
  const rssAfter = processTreeMemory(serverPid).ownRss;
  return {
    body,
    figures: {
      sizeKB: Math.round(body.byteLength / 1024),
      firstMs: ms(times[0] ?? 0),
      medianMs: ms(median(times)),
      runs: times.map(ms),
      serverRssBeforeMB: mb(rssBefore),
      serverRssPeakMB: mb(peak),
      serverRssGrowthMB: mb(peak - rssBefore),
      serverRssAfterMB: mb(rssAfter),
    },
  };
}

/**
 * Completes the questionnaire as `respondent` (every question, `files` uploads of `fileBytes`),
 * then exports it as Word and as ZIP as `team`, `runs` times each.
 */
export async function benchQuestionnaireExport(baseUrl: string, respondent: Session, team: Session, id: string, evaluationId: string, serverPid: number, options: { files: number; fileBytes: number; runs: number }) {
  const completed = await completeQuestionnaire(baseUrl, respondent, id, options.files, options.fileBytes);
  const base = `${baseUrl}/api/evaluations/${evaluationId}/questionnaire/file`;
  const docx = await measureExport(`${base}?format=docx&language=sv`, team, serverPid, options.runs);
  const zip = await measureExport(`${base}?format=zip&language=sv`, team, serverPid, options.runs);
  // The archive's entries by name only (the filter declines to inflate any).
  const entries: string[] = [];
  unzipSync(zip.body, { filter: (file) => (entries.push(file.name), false) });
  const documents = entries.filter((name) => name.startsWith('dokument/')).length;
  if (documents !== completed.files) throw new Error(`the ZIP holds ${documents} documents, the questionnaire ${completed.files}`);
  return { ...completed, fileMB: mb(options.fileBytes), docx: docx.figures, zip: { ...zip.figures, entries: entries.length } };
}

/**
 * Writing an evaluation's texts: each change in one transaction that locks the evaluation
 * (so writers of one text are serialised), checks the version the client read, writes, and
 * audits the change. Each text is an audit subject: a save that follows on from the text's
 * previous entry is kept as what changed, so autosaves cost a few bytes each (src/db/audit.ts).
 */
import type { Database } from '../../db/client.js';
import { findOutlineArea, findOutlineSubarea, layoutProblem } from '../../domain/evaluation-texts.js';
import type { Catalogue } from '../../domain/framework.js';
import { DEFAULT_LANGUAGE } from '../../i18n/language.js';
import { invalid, notFound } from '../../kernel/errors.js';
import { versionedWrite } from '../../kernel/versioned-write.js';
import { outlineOf } from './outline.js';
import { presentAreaText, presentSubareaText, presentSummary } from './presenter.js';
import { findAreaText, findSubareaText, findSummary, saveAreaText, saveSubareaText, saveSummary } from './repository.js';
import type { AreaText, SubareaText, SummaryText, UpdateAreaTextInput, UpdateSubareaTextInput, UpdateSummaryInput } from '../../contract/texts.js';

/**
 * The language of the titles in a save's answer and its conflict record: the save carries no
 * reader's language, so they come in the source language; the page keeps the titles it read.
 */
const RECORD_LANGUAGE = DEFAULT_LANGUAGE;

/** A text as the audit log keeps it: what was written, without display titles. */
const audited = <T extends { title: string }>({ title: _title, ...rest }: T) => rest;

/** Writes an area's analysis, strengths and improvements if the client read the current version. */
export async function writeAreaText(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  areaCode: string,
  input: UpdateAreaTextInput,
  actor: string,
): Promise<AreaText> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const area = findOutlineArea(outlineOf(catalogue, evaluation.frameworkId), areaCode);
      if (!area) throw notFound(`Area ${areaCode} of ${evaluation.frameworkId}`);
      const problem = layoutProblem(area, input.layout);
      if (problem) throw invalid('body.layout', problem);
      const before = await findAreaText(tx, evaluationId, areaCode);
      const current = presentAreaText(area, before, RECORD_LANGUAGE);
      return { current: { area, before, current }, check: { what: `The text of area ${areaCode}`, sent: input.version, current: current.version, shown: current } };
    },
    write: async ({ tx, current: { area, before, current }, version }) => {
      const values = { layout: input.layout, analysis: input.analysis === '' ? null : input.analysis, strengths: input.strengths, improvements: input.improvements };
      const saved = presentAreaText(area, await saveAreaText(tx, evaluationId, areaCode, values, version), RECORD_LANGUAGE);
      const audit = { actor, action: 'evaluation.text.area', entityType: 'evaluation', entityId: evaluationId, subject: `text.area/${areaCode}`, oldValue: before ? audited(current) : null, newValue: audited(saved) };
      return { result: saved, audit };
    },
  });
}

/** Writes a sub-area's analysis if the client read the current version. */
export async function writeSubareaText(
  db: Database,
  catalogue: Catalogue,
  evaluationId: string,
  unitCode: string,
  input: UpdateSubareaTextInput,
  actor: string,
): Promise<SubareaText> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    bumpEvaluation: true,
    read: async (tx, evaluation) => {
      const subarea = findOutlineSubarea(outlineOf(catalogue, evaluation.frameworkId), unitCode);
      if (!subarea) throw notFound(`Sub-area ${unitCode} of ${evaluation.frameworkId}`);
      const before = await findSubareaText(tx, evaluationId, unitCode);
      const current = presentSubareaText(subarea, before, RECORD_LANGUAGE);
      return { current: { subarea, before, current }, check: { what: `The analysis of sub-area ${unitCode}`, sent: input.version, current: current.version, shown: current } };
    },
    write: async ({ tx, current: { subarea, before, current }, version }) => {
      const saved = presentSubareaText(subarea, await saveSubareaText(tx, evaluationId, unitCode, input.analysis, version), RECORD_LANGUAGE);
      const audit = { actor, action: 'evaluation.text.subarea', entityType: 'evaluation', entityId: evaluationId, subject: `text.subarea/${unitCode}`, oldValue: before ? audited(current) : null, newValue: audited(saved) };
      return { result: saved, audit };
    },
  });
}

/**
 * Writes the summary comments if the client read the current version. They have a counter of
 * their own (summary_version), so writing them never makes a score edit stale, nor the reverse.
 */
export async function writeSummary(db: Database, evaluationId: string, input: UpdateSummaryInput, actor: string): Promise<SummaryText> {
  return versionedWrite(db, {
    evaluation: evaluationId,
    read: async (tx) => {
      const before = await findSummary(tx, evaluationId);
      if (!before) throw notFound(`Evaluation ${evaluationId}`);
      const current = presentSummary(before);
      return { current, check: { what: 'The summary comments', sent: input.version, current: current.version, shown: current } };
    },
    write: async ({ tx, current }) => {
      const after = await saveSummary(tx, evaluationId, input.text === '' ? null : input.text, input.version);
      // The evaluation row is locked, so the version cannot have moved since it was read.
      if (!after) throw new Error(`summary_version of ${evaluationId} moved under a row lock`);
      const saved = presentSummary(after);
      return { result: saved, audit: { actor, action: 'evaluation.text.summary', entityType: 'evaluation', entityId: evaluationId, subject: 'text.summary', oldValue: current, newValue: saved } };
    },
  });
}

/**
 * The peer-group choices of an evaluation with their n (GET /api/evaluations/:id/peer-groups),
 * counted over the same members as the comparison itself, so the n a choice shows is the n the
 * comparison will have.
 */
import { populationClassLabel, peerLabel, skrGroupLabel } from '../../i18n/comparison-labels.js';
import { countPeerChoices, groupChoices } from '../../domain/comparison/peer-choices.js';
import { classOfPopulation, isPeerFilterEmpty } from '../../domain/comparison/peer-groups.js';
import type { ComparisonOptions } from '../../domain/comparison/types.js';
import type { Language } from '../../domain/framework.js';
import type { AppContext } from '../../kernel/context.js';
import { notFound } from '../../kernel/errors.js';
import { findAttributeSources, findPublishedYears, findSubject, listCounties } from './repository.js';
import type { PeerGroupChoices } from '../../contract/comparisons.js';
import { countryOf } from '../../domain/municipality.js';
import { checkPeer, findMembers, frameworkOf, memberCountry, municipalityFactsOf, populationClassesIn } from './queries.js';

/** Every peer-group choice for the evaluation under `options` (years, latest only, chosen criteria). */
export async function loadPeerGroupChoices(context: AppContext, evaluationId: string, options: ComparisonOptions, language: Language): Promise<PeerGroupChoices> {
  const { db } = context.database;
  const subject = await findSubject(db, evaluationId);
  if (!subject) throw notFound(`Evaluation ${evaluationId}`);
  const framework = frameworkOf(context, subject.frameworkId);
  const country = countryOf(subject.municipalityId);
  const classes = populationClassesIn(context, country);
  checkPeer(options, classes);
  const members = (await findMembers(db, framework, options, country, { population: true, group: true, firstTime: true })).map((entry) => entry.row);
  const counties = await listCounties(db, memberCountry(options, country), language);
  // SKR's municipality groups exist for Swedish municipalities only.
  const groups = country === 'se' ? groupChoices([...members.map((row) => row.groupCode), subject.groupCode]) : [];
  const counts = countPeerChoices(members, options.peer, classes, { counties: counties.map((county) => county.code), groups });
  const nOf = (list: Array<{ n: number }>, index: number) => list[index]?.n ?? 0;
  const ownClass = subject.population === null ? null : classOfPopulation(classes, subject.population)?.id;
  const peer = options.peer && !isPeerFilterEmpty(options.peer) ? options.peer : null;
  const countyName = peer?.countyId === undefined ? null : (counties.find((county) => county.code === peer.countyId)?.name ?? null);
  return {
    evaluationId,
    frameworkId: framework.id,
    options,
    national: { n: members.length },
    peer: peer === null ? null : { n: counts.peer ?? 0, label: peerLabel(peer, { classes, countyName, since: options.since }, language) },
    facts: municipalityFactsOf(context, subject),
    populationClasses: classes.map((entry, index) => ({
      id: entry.id,
      min: entry.min,
      max: entry.max,
      label: populationClassLabel(entry, language),
      n: nOf(counts.populationClasses, index),
      own: entry.id === ownClass,
    })),
    firstTime: { n: counts.firstTime, own: subject.firstTime },
    counties: counties.map((county, index) => ({ ...county, n: nOf(counts.counties, index), own: county.code === subject.countyId })),
    groups: groups.map((code, index) => ({ code, label: skrGroupLabel(code, language), n: nOf(counts.groups, index), own: code === subject.groupCode })),
    years: await findPublishedYears(db, framework.id),
    sources: await findAttributeSources(db, memberCountry(options, country)),
  };
}

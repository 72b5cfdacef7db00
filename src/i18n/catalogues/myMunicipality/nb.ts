import type { sv } from './sv.js';

/** Norske (bokmål) tekster for kommunens startside (Min kommune): alle nøklene i den svenske katalogen. */
export const nb: Record<keyof typeof sv, string> = {
  'myMunicipality.nav': 'Min kommune',
  'myMunicipality.title': 'Min kommune',
  'myMunicipality.heading': 'Min kommune: {name}',
  'myMunicipality.intro': 'Her ser du kommunens evalueringer, hvordan arbeidet med handlingsplanen går og når neste oppfølging er.',
  'myMunicipality.anonymous': 'Siden Min kommune er for kommunenes brukere. Logg inn for å se den.',
  'myMunicipality.notMunicipalityUser': 'Du er logget inn som {name} ({role}). Siden Min kommune er for kommunenes brukere.',
  'myMunicipality.chooseMunicipality': 'Som administrator velger du hvilken kommune du vil se: legg til ?kommun= med kommunens id i adressen, for eksempel {example}.',

  'myMunicipality.plan.heading': 'Handlingsplan',
  'myMunicipality.plan.for': 'Handlingsplanen for evalueringen {year} ({framework}).',
  'myMunicipality.plan.forUndated': 'Handlingsplanen for evalueringen etter {framework}.',
  'myMunicipality.plan.open': 'Åpne handlingsplanen',
  'myMunicipality.plan.none': 'Kommunen har ingen handlingsplan ennå.',
  'myMunicipality.plan.start': 'Lag en handlingsplan ut fra evalueringen {year}',
  'myMunicipality.plan.noPublished': 'En handlingsplan lages ut fra en publisert evaluering. Kommunen har ingen publisert evaluering ennå.',
  'myMunicipality.plan.visibility.municipality': 'Planen vises bare for kommunen og administratorene.',
  'myMunicipality.plan.visibility.evaluators': 'Planen vises for kommunen, administratorene og evaluatorene.',
  'myMunicipality.plan.visibility.public': 'Planen er publisert og kan leses av alle.',
  'myMunicipality.summary.label': 'Status i handlingsplanen',
  'myMunicipality.summary.improvements': 'Forbedringsmuligheter med tiltak',
  'myMunicipality.summary.improvementsValue': '{withAction} av {total}',
  'myMunicipality.summary.improvementsDone': 'Forbedringsmuligheter der arbeidet er ferdig',
  'myMunicipality.summary.actions': 'Tiltak',
  'myMunicipality.summary.actionsValue':
    '{count, plural, one {# tiltak} other {# tiltak}}: {planned} planlagt, {inProgress} pågår, {done} ferdige, {dropped} avbrutt',
  'myMunicipality.summary.progress': 'Gjennomsnittlig fremdrift',
  'myMunicipality.summary.overdue': 'Forsinkede tiltak',

  'myMunicipality.overdue.heading': 'Forsinket',
  'myMunicipality.overdue.none': 'Ingen tiltak er forsinket.',
  'myMunicipality.overdue.mark': 'Forsinket',
  'myMunicipality.overdue.due': 'skulle vært ferdig {date}',
  'myMunicipality.dueSoon.heading': 'Skal være ferdig innen {days} dager',
  'myMunicipality.dueSoon.none': 'Ingen tiltak skal være ferdig de neste {days} dagene.',
  'myMunicipality.dueSoon.due': 'skal være ferdig {date}',
  'myMunicipality.action.responsible': 'Ansvarlig',
  'myMunicipality.action.noResponsible': 'Ingen ansvarlig oppgitt',
  'myMunicipality.action.progress': '{progress} % ferdig',

  'myMunicipality.followUp.heading': 'Neste oppfølging',
  'myMunicipality.followUp.planned': 'Kommunen planlegger neste evaluering til {date}.',
  'myMunicipality.followUp.notPlanned': 'Det er ikke bestemt når neste evaluering skal være. Tidspunktet kan oppgis i handlingsplanen.',
  'myMunicipality.followUp.underWay': 'En oppfølgende evaluering pågår:',
  'myMunicipality.followUp.evaluationLink': 'Oppfølgingen etter {framework}',

  'myMunicipality.evaluations.heading': 'Kommunens evalueringer',
  'myMunicipality.evaluations.caption': 'Evalueringer av {name}, den nyeste først',
  'myMunicipality.evaluations.none': 'Kommunen har ingen evalueringer i Kompass ennå.',
  'myMunicipality.evaluations.status': 'Status',
};

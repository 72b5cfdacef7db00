/**
 * Leksand's action plan for its published demo evaluation (2023, the 2020 model), written for the
 * demo: started from the report's improvement opportunities (demo-texts-archive.ts), then worked
 * on — a few actions under way, one done, one overdue, one dropped with its reason, dated notes of
 * progress and a link. Its visibility is public, so the public read-only view can be tried.
 * Dates are fixed, so the demo is the same every time (what is overdue follows the day it is seen).
 */
import type { ActionInput } from '../contract/action-plans.js';
import type { PlanVisibility } from '../domain/action-plan-values.js';

export interface DemoPlanAction {
  /** What the action says and who does it; `improvement` ties it to the report's opportunity (its area's list, from 0). */
  action: ActionInput;
  /** Dated progress notes, oldest first; a note's progress becomes the action's. */
  notes: ReadonlyArray<{ notedOn: string; text: string; progress: number | null }>;
  links: ReadonlyArray<{ title: string; url: string }>;
}

export interface DemoActionPlan {
  /** The published evaluation it belongs to: Leksand's, of fieldwork in this month. */
  municipalityId: string;
  fieldworkStart: string;
  visibility: PlanVisibility;
  includeInReport: boolean;
  nextFollowUp: string;
  /** Actions answering the report's improvement opportunities replace the proposed ones; the others are added. */
  actions: readonly DemoPlanAction[];
}

const answering = (areaCode: string, index: number) => ({ areaCode, improvement: { areaCode, index } });

export const DEMO_ACTION_PLAN: DemoActionPlan = {
  municipalityId: 'se-2029',
  fieldworkStart: '2023-08',
  visibility: 'public',
  includeInReport: true,
  nextFollowUp: '2027-09',
  actions: [
    {
      action: {
        ...answering('1', 0),
        title: 'Strategi för medborgardialog',
        description:
          'Kommunledningskontoret skriver en strategi som säger **när** invånarna bjuds in till dialog, **hur** det går till och hur de får veta vad deras synpunkter ledde till. Kommunfullmäktige beslutar om strategin.',
        responsible: 'Kommunledningskontoret och demokratiberedningen',
        startDate: '2024-02-01',
        dueDate: '2027-03-31',
        status: 'in_progress',
        priority: 'high',
      },
      notes: [
        { notedOn: '2025-03-20', text: 'Demokratiberedningen har diskuterat ett första utkast och vill att byagrupperna får säga sitt.', progress: 35 },
        { notedOn: '2026-09-02', text: 'Utkastet är ute på remiss hos nämnderna till slutet av november.', progress: 55 },
      ],
      links: [],
    },
    {
      action: {
        ...answering('2', 0),
        title: 'Lokala mål utifrån Agenda 2030',
        description: 'Välj ut de globala mål som betyder mest för kommunen, formulera lokala mål för dem och redovisa dem i årsredovisningen.',
        responsible: 'Hållbarhetsstrategen',
        startDate: '2024-09-01',
        dueDate: '2027-06-30',
        status: 'in_progress',
        priority: 'medium',
      },
      notes: [{ notedOn: '2025-11-10', text: 'Kommunstyrelsen har valt ut fem globala mål att börja med.', progress: 30 }],
      links: [],
    },
    {
      action: {
        ...answering('3', 0),
        title: 'Kvalitetsmått i nämndernas uppföljning',
        description: 'Varje nämnd följer upp några mått på kvalitet och resultat, och delårsrapporten visar dem bredvid ekonomin.',
        responsible: 'Ekonomiavdelningen',
        startDate: '2024-01-15',
        dueDate: '2025-06-30',
        status: 'done',
        priority: 'high',
      },
      notes: [
        { notedOn: '2024-10-01', text: 'Alla nämnder har valt tre till fem mått på kvalitet.', progress: 60 },
        { notedOn: '2025-05-28', text: 'Delårsrapporten visar för första gången kvalitet och ekonomi sida vid sida.', progress: 100 },
      ],
      links: [],
    },
    {
      action: {
        ...answering('4', 0),
        title: 'Plan för digitalisering och e-tjänster',
        description: 'En plan som pekar ut vilka e-tjänster som görs först, grundad på vad invånarna och verksamheterna behöver mest.',
        responsible: 'IT-chefen',
        startDate: '2024-03-01',
        dueDate: '2026-06-30',
        status: 'in_progress',
        priority: 'high',
      },
      notes: [
        { notedOn: '2025-02-12', text: 'En enkät till invånarna om vilka e-tjänster de saknar är klar.', progress: 30 },
        { notedOn: '2026-05-20', text: 'Planen blir sen: upphandlingen av en ny plattform för e-tjänster tar längre tid än vi räknade med.', progress: 60 },
      ],
      links: [{ title: 'Kommunens webbplats med dagens e-tjänster', url: 'https://www.leksand.se/' }],
    },
    {
      action: {
        ...answering('4', 1),
        title: 'Jämförelser med liknande kommuner i budgetarbetet',
        description: 'Budgetdialogen med nämnderna börjar med nyckeltal för kommuner av liknande storlek och struktur.',
        responsible: 'Ekonomichefen',
        startDate: '2026-09-01',
        dueDate: '2026-12-31',
        status: 'in_progress',
        priority: 'medium',
      },
      notes: [{ notedOn: '2026-10-05', text: 'Nyckeltalen för budgetdialogen är utvalda.', progress: 20 }],
      links: [],
    },
    {
      action: {
        ...answering('6', 0),
        title: 'Ledningssystemet för kvalitet i alla förvaltningar',
        description: 'Socialtjänstens ledningssystem blir en förebild för de andra förvaltningarna, som får stöd att införa det.',
        responsible: 'Kvalitetsstrategen',
        startDate: '2025-01-01',
        dueDate: '2027-12-31',
        status: 'in_progress',
        priority: 'medium',
      },
      notes: [{ notedOn: '2026-03-18', text: 'Barn- och utbildningsförvaltningen är först ut efter socialtjänsten.', progress: 25 }],
      links: [],
    },
    {
      action: {
        ...answering('7', 0),
        title: 'Plan för kompetensförsörjning 2027–2030',
        description: 'En flerårig plan för hur kommunen rekryterar, behåller och utvecklar medarbetare i de yrken där det är svårast.',
        responsible: 'HR-avdelningen',
        startDate: '2027-01-01',
        dueDate: '2027-10-31',
        status: 'planned',
        priority: 'medium',
      },
      notes: [],
      links: [],
    },
    {
      action: {
        ...answering('8', 0),
        title: 'Se över antalet medarbetare per chef',
        responsible: 'Kommundirektören',
        status: 'dropped',
        statusReason: 'Frågan ingår i den översyn av organisationen som kommunstyrelsen beslutade om 2025.',
        priority: 'low',
      },
      notes: [],
      links: [],
    },
    {
      action: {
        areaCode: null,
        title: 'Berätta för medarbetarna om handlingsplanen',
        description: 'Handlingsplanen och hur den går presenteras på chefsdagarna och på intranätet två gånger om året.',
        responsible: 'Kommundirektören',
        startDate: '2024-01-15',
        dueDate: '2027-09-30',
        status: 'in_progress',
        priority: 'low',
      },
      notes: [{ notedOn: '2026-10-20', text: 'Höstens chefsdag ägnade en timme åt handlingsplanen.', progress: 50 }],
      links: [],
    },
  ],
};

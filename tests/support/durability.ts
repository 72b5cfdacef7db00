/**
 * Durability campaigns against Kompass running as real processes (tests at a small size, the
 * bench at full size):
 *
 * - lost updates: many clients edit the texts of one evaluation at once with the versions they
 *   read, some each on a text of their own, some contending for the same text and retrying on 409;
 *   afterwards every acknowledged edit (200) must be in the audit trail, each text's versions must
 *   follow each other without a gap, and each text must hold its last acknowledged edit.
 * - crashes: writers edit their own texts while the app is killed (`kill -9`) at random moments
 *   and started again on the same data; after every restart and at the end every acknowledged
 *   write must be there, and nothing else but writes whose answer the kill cut off.
 */
import { createDraft, headersOf, signIn, type Session } from '../../bench/http-session.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import { killApp, type AppProcess } from './app-process.js';

const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;

/** One editable text of an evaluation. */
export type TextField = { kind: 'subarea'; code: string } | { kind: 'area'; code: string } | { kind: 'summary' };

const fieldName = (field: TextField) => (field.kind === 'summary' ? 'summary' : `${field.kind} ${field.code}`);

function fieldPath(id: string, field: TextField): string {
  if (field.kind === 'subarea') return `/api/evaluations/${id}/subareas/${field.code}/text`;
  if (field.kind === 'area') return `/api/evaluations/${id}/areas/${field.code}/text`;
  return `/api/evaluations/${id}/summary`;
}

function fieldBody(field: TextField, version: number, value: string): object {
  if (field.kind === 'subarea') return { version, analysis: value };
  if (field.kind === 'area') return { version, layout: 'summary', analysis: value, strengths: [], improvements: [] };
  return { version, text: value };
}

interface StoredText {
  version: number;
  value: string;
}

/** An acknowledged write: what it made and the version it was sent with (the one the writer read). */
interface AcknowledgedWrite extends StoredText {
  sent: number;
}

interface TextsView {
  summary: { text: string; version: number };
  areas: Array<{ areaCode: string; analysis: string; version: number; subareas: Array<{ unitCode: string; analysis: string; version: number }> }>;
}

function storedOf(view: TextsView, field: TextField): StoredText {
  if (field.kind === 'summary') return { version: view.summary.version, value: view.summary.text };
  if (field.kind === 'area') {
    const area = view.areas.find((candidate) => candidate.areaCode === field.code)!;
    return { version: area.version, value: area.analysis };
  }
  const subarea = view.areas.flatMap((area) => area.subareas).find((candidate) => candidate.unitCode === field.code)!;
  return { version: subarea.version, value: subarea.analysis };
}

/** Every text of the evaluation: sub-areas, then areas, then the summary. */
function fieldsOf(view: TextsView): TextField[] {
  return [
    ...view.areas.flatMap((area) => area.subareas.map((subarea): TextField => ({ kind: 'subarea', code: subarea.unitCode }))),
    ...view.areas.map((area): TextField => ({ kind: 'area', code: area.areaCode })),
    { kind: 'summary' },
  ];
}

async function readTexts(baseUrl: string, session: Session, id: string): Promise<TextsView> {
  const response = await fetch(`${baseUrl}/api/evaluations/${id}/texts`, { headers: headersOf(session), signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) throw new Error(`reading the texts answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TextsView;
}

/** One text change as the audit trail has it. */
interface AuditedChange {
  auditId: number;
  field: string;
  oldVersion: number | null;
  version: number;
  value: string;
}

const AUDITED_ACTIONS: Record<string, (value: Record<string, unknown>) => { field: string; value: string }> = {
  'evaluation.text.subarea': (value) => ({ field: `subarea ${String(value.unitCode)}`, value: String(value.analysis) }),
  'evaluation.text.area': (value) => ({ field: `area ${String(value.areaCode)}`, value: String(value.analysis) }),
  'evaluation.text.summary': (value) => ({ field: 'summary', value: String(value.text) }),
};

/** The text changes of an evaluation in the audit trail, per text, oldest first. */
async function auditedChanges(baseUrl: string, session: Session, id: string): Promise<Map<string, AuditedChange[]>> {
  type Entry = { id: number; action: string; oldValue: unknown; newValue: unknown; saves: number };
  const readAll = async (query: string): Promise<Entry[]> => {
    const entries: Entry[] = [];
    for (let offset = 0; ; offset += 500) {
      const response = await fetch(`${baseUrl}/api/evaluations/${id}/audit?limit=500&offset=${offset}${query}`, { headers: headersOf(session), signal: AbortSignal.timeout(60_000) });
      if (response.status !== 200) throw new Error(`reading the audit trail answered ${response.status}: ${await response.text()}`);
      const page = (await response.json()) as { items: Entry[]; total: number };
      entries.push(...page.items);
      if (page.items.length === 0 || entries.length >= page.total) break;
    }
    return entries;
  };
  // A burst of autosaves is listed as one entry; its saves are listed one by one on request.
  const entries: Entry[] = [];
  for (const entry of await readAll('')) {
    entries.push(...(entry.saves > 1 ? await readAll(`&burst=${entry.id}`) : [entry]));
  }
  const byField = new Map<string, AuditedChange[]>();
  for (const entry of entries.sort((a, b) => a.id - b.id)) {
    const describe = AUDITED_ACTIONS[entry.action];
    if (!describe) continue;
    const newValue = entry.newValue as Record<string, unknown>;
    const { field, value } = describe(newValue);
    const oldValue = entry.oldValue as { version?: number } | null;
    const change = { auditId: entry.id, field, oldVersion: oldValue?.version ?? null, version: Number(newValue.version), value };
    byField.set(field, [...(byField.get(field) ?? []), change]);
  }
  return byField;
}

/** What the checks found wrong, the first few of each kind named. */
class Problems {
  readonly list: string[] = [];
  count = 0;
  add(problem: string): void {
    this.count += 1;
    if (this.list.length < 30) this.list.push(problem);
  }
}

/**
 * Checks one text's audited changes: each starts from the version the one before it made (the
 * first from `firstOldVersion`), versions rise, every acknowledged write is there with its value,
 * every other change is one whose answer was lost (`uncertain`), and the stored text is the last
 * change. Returns how many acknowledged writes were missing.
 */
function checkField(
  name: string,
  changes: readonly AuditedChange[],
  acknowledged: ReadonlyArray<AcknowledgedWrite>,
  uncertain: ReadonlySet<string>,
  stored: StoredText,
  firstOldVersion: number | null,
  problems: Problems,
): number {
  let previous = firstOldVersion;
  for (const change of changes) {
    if (change.oldVersion !== previous) problems.add(`${name}: the change to version ${change.version} starts from version ${change.oldVersion}, not ${previous} (a gap)`);
    if (previous !== null && change.version <= previous) problems.add(`${name}: version ${change.version} follows version ${previous}`);
    previous = change.version;
  }
  const audited = new Map(changes.map((change) => [change.version, change]));
  let lost = 0;
  for (const write of acknowledged) {
    const change = audited.get(write.version);
    if (change?.value !== write.value) {
      lost += 1;
      problems.add(`${name}: the acknowledged write of version ${write.version} ("${write.value}") is ${change ? `audited as "${change.value}"` : 'not in the audit trail'}`);
    } else if ((change.oldVersion ?? 0) !== write.sent) {
      // Accepted although the writer had read another version: it overwrote a change unseen.
      lost += 1;
      problems.add(`${name}: the write of version ${write.version} was sent with version ${write.sent} but replaced version ${change.oldVersion}`);
    }
  }
  const acknowledgedValues = new Set(acknowledged.map((write) => write.value));
  for (const change of changes) {
    if (!acknowledgedValues.has(change.value) && !uncertain.has(change.value)) problems.add(`${name}: version ${change.version} ("${change.value}") was written but never sent`);
  }
  const last = changes.at(-1);
  if (last && (stored.version !== last.version || stored.value !== last.value)) {
    problems.add(`${name}: holds version ${stored.version} ("${stored.value}"), the audit trail's last change is version ${last.version} ("${last.value}")`);
  }
  return lost;
}

async function signInSessions(baseUrls: readonly string[], count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let index = 0; index < count; index += 1) sessions.push(await signIn(baseUrls[index % baseUrls.length]!, admin.email, admin.password));
  return sessions;
}

export interface LostUpdateOptions {
  clients: number;
  editsPerClient: number;
  /** Every this many-th client contends with others on a shared text instead of editing its own (default 5). */
  contenderEvery?: number;
}

export interface LostUpdateResult {
  clients: number;
  editsPerClient: number;
  processes: number;
  privateTexts: number;
  contendedTexts: number;
  acknowledged: number;
  conflicts409: number;
  lost: number;
  /** Answers other than 200 and, on a contended text, 409. */
  errors: number;
  seconds: number;
  problems: string[];
}

/**
 * Runs the lost-update campaign against running Kompass processes (all on one database, demo
 * mode): the clients take the processes in turn, on a fresh draft made for the run.
 */
export async function lostUpdateCampaign(baseUrls: readonly string[], options: LostUpdateOptions): Promise<LostUpdateResult> {
  const { clients, editsPerClient, contenderEvery = 5 } = options;
  const sessions = await signInSessions(baseUrls, Math.min(clients, 10));
  const id = await createDraft(baseUrls[0]!, sessions[0]!);
  const initial = await readTexts(baseUrls[0]!, sessions[0]!, id);
  const fields = fieldsOf(initial);
  const contenders = Math.floor(clients / contenderEvery);
  const privateCount = clients - contenders;
  // Four or more contenders on each shared text (at least two), the summary first.
  const contended = [fields.at(-1)!, fields.at(-2)!].slice(0, Math.max(1, Math.min(2, Math.floor(contenders / 4))));
  if (privateCount > fields.length - contended.length) throw new Error(`${clients} clients need more texts than the evaluation has (${fields.length})`);
  const acknowledged = new Map<string, AcknowledgedWrite[]>();
  const errors = new Problems();
  let conflicts = 0;
  const problems = new Problems();

  async function client(index: number): Promise<void> {
    const baseUrl = baseUrls[index % baseUrls.length]!;
    const session = sessions[index % sessions.length]!;
    const contender = index % contenderEvery === contenderEvery - 1;
    const field = contender ? contended[Math.floor(index / contenderEvery) % contended.length]! : fields[index - Math.floor(index / contenderEvery)]!;
    const name = fieldName(field);
    const mine: AcknowledgedWrite[] = acknowledged.get(name) ?? [];
    acknowledged.set(name, mine);
    // Every client starts from the version all read at first, so contenders meet at once.
    let known = storedOf(initial, field).version;
    for (let edit = 0; edit < editsPerClient; edit += 1) {
      for (let attempt = 0; ; attempt += 1) {
        const value = `Klient ${index}, ändring ${edit}, försök ${attempt}`;
        const response = await fetch(`${baseUrl}${fieldPath(id, field)}`, {
          method: 'PUT',
          headers: headersOf(session),
          body: JSON.stringify(fieldBody(field, known, value)),
          signal: AbortSignal.timeout(60_000),
        });
        const answer = (await response.json()) as { version?: number; error?: { code?: string; currentVersion?: number } };
        if (response.status === 200) {
          mine.push({ version: answer.version!, value, sent: known });
          known = answer.version!;
          break;
        }
        if (response.status === 409 && contender && answer.error?.currentVersion !== undefined) {
          conflicts += 1;
          known = answer.error.currentVersion;
          if (attempt > 10_000) throw new Error(`${name}: client ${index} never got an edit through`);
          continue;
        }
        errors.add(`client ${index}, ${name}: ${response.status} ${JSON.stringify(answer)}`);
        break;
      }
    }
  }

  const began = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  const seconds = (performance.now() - began) / 1000;

  const view = await readTexts(baseUrls[0]!, sessions[0]!, id);
  const changes = await auditedChanges(baseUrls[0]!, sessions[0]!, id);
  let lost = 0;
  for (const [name, writes] of acknowledged) {
    const field = fields.find((candidate) => fieldName(candidate) === name)!;
    const firstOld = field.kind === 'summary' ? initial.summary.version : null;
    lost += checkField(name, changes.get(name) ?? [], writes, new Set(), storedOf(view, field), firstOld, problems);
  }
  return {
    clients,
    editsPerClient,
    processes: baseUrls.length,
    privateTexts: privateCount,
    contendedTexts: contended.length,
    acknowledged: [...acknowledged.values()].reduce((sum, writes) => sum + writes.length, 0),
    conflicts409: conflicts,
    lost,
    errors: errors.count,
    seconds: Math.round(seconds * 10) / 10,
    problems: [...errors.list, ...problems.list],
  };
}

export interface CrashOptions {
  /** The app, running (demo mode); the campaign kills it. */
  app: AppProcess;
  /** Starts the app again on the same data. */
  start: () => Promise<AppProcess>;
  kills: number;
  writers: number;
  /**
   * The kill comes after a random number of writes, in this range, were acknowledged since the
   * writers (re)started, at a random moment within a write (whatever the machine's speed, so
   * writes happen between every two kills).
   */
  killAfterWrites: { min: number; max: number };
}

export interface CrashResult {
  kills: number;
  writers: number;
  acknowledged: number;
  /** Writes the kill cut off (no answer): each may or may not have been kept. */
  unanswered: number;
  /** Of those, how many were kept. */
  unansweredKept: number;
  lost: number;
  errors: number;
  restartMs: { median: number; max: number };
  seconds: number;
  problems: string[];
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the crash campaign: starts the app, has `writers` clients edit their own sub-area texts
 * as fast as the app answers, kills the app `kills` times at random moments (SIGKILL) and starts it
 * again on the same data; after every restart checks that each text holds its last acknowledged
 * write (or a newer one the kill cut off), at the end the whole audit trail.
 */
export async function crashCampaign(options: CrashOptions): Promise<CrashResult> {
  let app = options.app;
  const problems = new Problems();
  const errors = new Problems();
  const [session] = await signInSessions([app.baseUrl], 1);
  const id = await createDraft(app.baseUrl, session!);
  const fields = fieldsOf(await readTexts(app.baseUrl, session!, id)).filter((field) => field.kind === 'subarea');
  if (options.writers > fields.length) throw new Error(`at most ${fields.length} writers (one per sub-area text)`);
  const mine = fields.slice(0, options.writers);
  const acknowledged = mine.map((): AcknowledgedWrite[] => []);
  const unanswered = mine.map(() => new Set<string>());
  const known = mine.map(() => 0);
  let down: Deferred | null = null;
  let stopped = false;
  const restartTimes: number[] = [];
  let sinceRestart = 0;

  async function writer(index: number): Promise<void> {
    const field = mine[index]!;
    for (let write = 0; !stopped; write += 1) {
      if (down) await down.promise;
      if (stopped) break;
      const value = `Skribent ${index}, skrivning ${write}`;
      const sent = known[index]!;
      let response: Response;
      let answer: { version?: number };
      try {
        response = await fetch(`${app.baseUrl}${fieldPath(id, field)}`, {
          method: 'PUT',
          headers: headersOf(session!),
          body: JSON.stringify(fieldBody(field, sent, value)),
          signal: AbortSignal.timeout(30_000),
        });
        answer = (await response.json()) as typeof answer;
      } catch (error) {
        // The kill cut this write off: it may or may not have been kept.
        unanswered[index]!.add(value);
        if (!down) {
          errors.add(`${fieldName(field)}: a write failed while the app was not being killed: ${String(error)}`);
          await pause(100);
        }
        continue;
      }
      if (response.status === 200) {
        acknowledged[index]!.push({ version: answer.version!, value, sent });
        known[index] = answer.version!;
        sinceRestart += 1;
      } else {
        // Nobody else writes this text, and after a restart the writer goes on from what is
        // stored (see below): a 409 here would mean a version went astray.
        errors.add(`${fieldName(field)}: ${response.status} ${JSON.stringify(answer)}`);
      }
    }
  }

  /** After a restart: every text holds its last acknowledged write or a cut-off one made after it. */
  async function checkAfterRestart(kill: number): Promise<void> {
    const evaluation = await fetch(`${app.baseUrl}/api/evaluations/${id}`, { headers: headersOf(session!), signal: AbortSignal.timeout(30_000) });
    if (evaluation.status !== 200) problems.add(`after kill ${kill}: the evaluation answered ${evaluation.status}`);
    const view = await readTexts(app.baseUrl, session!, id);
    mine.forEach((field, index) => {
      const stored = storedOf(view, field);
      const last = acknowledged[index]!.at(-1);
      if (!last) return;
      if (stored.version === last.version && stored.value === last.value) return;
      if (stored.version > last.version && unanswered[index]!.has(stored.value)) return;
      problems.add(`after kill ${kill}: ${fieldName(field)} holds version ${stored.version} ("${stored.value}"), the last acknowledged write was version ${last.version} ("${last.value}")`);
    });
    // Writers go on from what is stored.
    mine.forEach((field, index) => (known[index] = storedOf(view, field).version));
  }

  const began = performance.now();
  const writing = Promise.all(mine.map((_, index) => writer(index)));
  const untilWrites = async (count: number) => {
    while (sinceRestart < count) await pause(1 + Math.random() * 4);
  };
  for (let kill = 1; kill <= options.kills; kill += 1) {
    await untilWrites(options.killAfterWrites.min + Math.floor(Math.random() * (options.killAfterWrites.max - options.killAfterWrites.min + 1)));
    down = deferred();
    await killApp(app);
    const restartBegan = performance.now();
    app = await options.start();
    restartTimes.push(performance.now() - restartBegan);
    await checkAfterRestart(kill);
    const wasDown = down;
    down = null;
    sinceRestart = 0;
    wasDown.resolve();
  }
  await untilWrites(options.killAfterWrites.min);
  stopped = true;
  await writing;
  const seconds = (performance.now() - began) / 1000;

  const view = await readTexts(app.baseUrl, session!, id);
  const changes = await auditedChanges(app.baseUrl, session!, id);
  let lost = 0;
  mine.forEach((field, index) => {
    lost += checkField(fieldName(field), changes.get(fieldName(field)) ?? [], acknowledged[index]!, unanswered[index]!, storedOf(view, field), null, problems);
  });
  const kept = mine.reduce((sum, field, index) => sum + (changes.get(fieldName(field)) ?? []).filter((change) => unanswered[index]!.has(change.value)).length, 0);
  await killApp(app);
  const sorted = [...restartTimes].sort((a, b) => a - b);
  return {
    kills: options.kills,
    writers: options.writers,
    acknowledged: acknowledged.reduce((sum, writes) => sum + writes.length, 0),
    unanswered: unanswered.reduce((sum, values) => sum + values.size, 0),
    unansweredKept: kept,
    lost,
    errors: errors.count,
    restartMs: { median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), max: Math.round(sorted.at(-1) ?? 0) },
    seconds: Math.round(seconds * 10) / 10,
    problems: [...errors.list, ...problems.list],
  };
}

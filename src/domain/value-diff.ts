/**
 * Compact changes between two JSON values, so the audit log can keep each save of a text as what
 * changed instead of two full copies. Pure: no database, no words.
 *
 * A change is a list of operations, each on a place in the value named by a JSON Pointer
 * (RFC 6901: "" is the whole value, "/analysis" a key, "/strengths/2" an item of a list):
 *   [path, at, removeCount, inserted]  a text at path: removeCount characters from position at
 *                                      (UTF-16 code units) are replaced by inserted
 *   [path, value]                      path takes this value
 *   [path]                             the key at path is removed
 * Texts are compared by their common beginning and end, so typing a few characters costs a few
 * characters. Objects are compared key by key and lists of the same length item by item;
 * anything else is replaced whole.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type SpliceOperation = [path: string, at: number, removeCount: number, inserted: string];
export type SetOperation = [path: string, value: JsonValue];
export type RemoveOperation = [path: string];
export type ChangeOperation = SpliceOperation | SetOperation | RemoveOperation;
export type ValueChange = ChangeOperation[];

/** One text splice: removeCount characters from position at are replaced by inserted. */
export interface TextSplice {
  at: number;
  removeCount: number;
  inserted: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest splice that turns `before` into `after` by their common beginning and end. It
 * never cuts a surrogate pair in two (an emoji stays whole), so both sides remain valid text.
 */
export function diffText(before: string, after: string): TextSplice {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return { at: prefix, removeCount: before.length - prefix - suffix, inserted: after.slice(prefix, after.length - suffix) };
}

/** Applies a splice; refuses one that does not fit the text (a broken chain must not pass unnoticed). */
export function applyTextSplice(text: string, splice: TextSplice): string {
  if (splice.at < 0 || splice.removeCount < 0 || splice.at + splice.removeCount > text.length) {
    throw new RangeError(`A splice at ${splice.at} removing ${splice.removeCount} does not fit a text of ${text.length} characters`);
  }
  return text.slice(0, splice.at) + splice.inserted + text.slice(splice.at + splice.removeCount);
}

const isObject = (value: unknown): value is { [key: string]: JsonValue } => typeof value === 'object' && value !== null && !Array.isArray(value);

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeKey = (key: string) => key.replaceAll('~1', '/').replaceAll('~0', '~');

/** The keys of a JSON Pointer ("" → []). */
export function pointerKeys(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new RangeError(`Not a JSON Pointer: ${path}`);
  return path.slice(1).split('/').map(unescapeKey);
}

/** Whether two JSON values are the same (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

function diffInto(operations: ValueChange, path: string, before: JsonValue, after: JsonValue): void {
  if (sameValue(before, after)) return;
  if (typeof before === 'string' && typeof after === 'string') {
    const { at, removeCount, inserted } = diffText(before, after);
    operations.push([path, at, removeCount, inserted]);
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) operations.push([`${path}/${escapeKey(key)}`]);
    }
    for (const key of Object.keys(after)) {
      const inner = `${path}/${escapeKey(key)}`;
      if (Object.hasOwn(before, key)) diffInto(operations, inner, before[key]!, after[key]!);
      else operations.push([inner, after[key]!]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, index) => diffInto(operations, `${path}/${index}`, item, after[index]!));
    return;
  }
  operations.push([path, after]);
}

/** The change that turns `before` into `after` (empty when they are the same). */
export function diffValues(before: JsonValue, after: JsonValue): ValueChange {
  const operations: ValueChange = [];
  diffInto(operations, '', before, after);
  return operations;
}

const copy = (value: JsonValue): JsonValue => (Array.isArray(value) ? [...value] : isObject(value) ? { ...value } : value);

/** The value at the path's parent, copied on the way so `value` itself is never changed. */
function withAt(value: JsonValue, keys: readonly string[], change: (current: JsonValue | undefined) => JsonValue | undefined): JsonValue {
  if (keys.length === 0) {
    const next = change(value);
    if (next === undefined) throw new RangeError('The whole value cannot be removed');
    return next;
  }
  const [key, ...rest] = keys as [string, ...string[]];
  const container = copy(value);
  if (Array.isArray(container)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= container.length) throw new RangeError(`No item ${key} in a list of ${container.length}`);
    const next = rest.length === 0 ? change(container[index]) : withAt(container[index]!, rest, change);
    if (next === undefined) throw new RangeError('A list item cannot be removed by key');
    container[index] = next;
    return container;
  }
  if (!isObject(container)) throw new RangeError(`No key ${key} in ${JSON.stringify(value)}`);
  const next = rest.length === 0 ? change(Object.hasOwn(container, key) ? container[key] : undefined) : withAt(container[key] ?? null, rest, change);
  if (next === undefined) delete container[key];
  else container[key] = next;
  return container;
}

/** `before` with the change applied (a new value; `before` is left as it was). */
export function applyChange(before: JsonValue, change: ValueChange): JsonValue {
  let value = before;
  for (const operation of change) {
    const keys = pointerKeys(operation[0]);
    if (operation.length === 4) {
      const [, at, removeCount, inserted] = operation;
      value = withAt(value, keys, (current) => {
        if (typeof current !== 'string') throw new RangeError(`A splice at ${operation[0]} needs a text there`);
        return applyTextSplice(current, { at, removeCount, inserted });
      });
    } else if (operation.length === 2) {
      const next = operation[1];
      value = withAt(value, keys, () => next);
    } else {
      value = withAt(value, keys, () => undefined);
    }
  }
  return value;
}

/** What one operation did, for a reader: the text removed and inserted, or the value before and after. */
export type ChangeDescription =
  | { path: string; kind: 'text'; at: number; removed: string; inserted: string }
  | { path: string; kind: 'value'; before: JsonValue | null; after: JsonValue | null };

function valueAt(value: JsonValue, keys: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const key of keys) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isObject(current)) current = Object.hasOwn(current, key) ? current[key] : undefined;
    else return undefined;
  }
  return current;
}

/** Describes a change against the value it was made to (what was removed comes from there). */
export function describeChange(before: JsonValue, change: ValueChange): ChangeDescription[] {
  const descriptions: ChangeDescription[] = [];
  let value = before;
  for (const operation of change) {
    const path = operation[0];
    const current = valueAt(value, pointerKeys(path));
    if (operation.length === 4) {
      const [, at, removeCount, inserted] = operation;
      descriptions.push({ path, kind: 'text', at, removed: typeof current === 'string' ? current.slice(at, at + removeCount) : '', inserted });
    } else {
      descriptions.push({ path, kind: 'value', before: current ?? null, after: operation.length === 2 ? operation[1] : null });
    }
    value = applyChange(value, [operation]);
  }
  return descriptions;
}

/** JSON with the keys of every object in order, so equal values (whatever their key order) give equal text. */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

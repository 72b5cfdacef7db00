import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldError, type FieldErrors, type FieldValues, type Path, type Resolver, type UseFormReturn, type UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../api/api-error.js';

/** A failure of one field: the zod issue's code ('too_small', 'invalid_format', 'custom', …) and its (English) message. */
interface FieldFailure {
  type: string;
  message: string;
}

/** The text the user reads for a failed field, from the UI catalogue (Swedish first). */
export type FieldText<Values extends FieldValues> = (field: Path<Values>, failure: FieldFailure, values: Values) => string;

/**
 * A form validated by the server's zod request schema (or one built from it), with our own
 * words at the fields: the schema decides what is valid, `text` says it in the UI language.
 * Fields are checked on submit, and again on submit only, as the forms did before; the first
 * invalid field takes focus. The values submitted are the schema's output (trimmed, defaults
 * filled), so they can go to the API as they are. On a server error the values stay.
 */
export function useZodForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  options: { defaultValues: DefaultValues<z.input<Schema>>; text: FieldText<z.input<Schema>> },
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  const resolver = zodFormResolver(schema, options.text);
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver,
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: true,
  });
}

/** The zod resolver of `schema` with every failed field's message replaced by `text`. */
export function zodFormResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  text: FieldText<z.input<Schema>>,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>;
  return async (values, context, resolverOptions) => {
    const result = await resolve(values, context, resolverOptions);
    return Object.keys(result.errors).length === 0 ? result : { values: {}, errors: reword<z.input<Schema>>(result.errors, (field, failure) => text(field, failure, values)) };
  };
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).type === 'string' && 'message' in value;
}

/** The resolver's errors with every message replaced by the UI's text for its field. */
function reword<Values extends FieldValues>(errors: FieldErrors<Values>, text: (field: Path<Values>, failure: FieldFailure) => string, prefix = ''): FieldErrors<Values> {
  const worded: Record<string, unknown> = Array.isArray(errors) ? ([] as unknown as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(errors)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isFieldError(value)) worded[key] = { ...value, message: text(path as Path<Values>, { type: String(value.type), message: value.message ?? '' }) };
    else if (typeof value === 'object' && value !== null) worded[key] = reword(value as FieldErrors<Values>, text, path);
  }
  return worded as FieldErrors<Values>;
}

/**
 * Shows the API's 400 field errors (`details[].field` as `body.<field>`) at the fields of the
 * form, in `fields` order, and focuses the first. `text` gives the words for a field (or
 * undefined for a field the form does not show). True when any field error was shown.
 */
export function showServerFieldErrors<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  error: unknown,
  fields: readonly Path<Values>[],
  text: (field: Path<Values>, message: string) => string | undefined,
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'validation') return false;
  const found = new Map<Path<Values>, string>();
  for (const detail of error.details) {
    const field = fields.find((candidate) => detail.field === `body.${candidate}`);
    const words = field ? text(field, detail.message ?? '') : undefined;
    if (field && words && !found.has(field)) found.set(field, words);
  }
  showFieldErrors(setError, fields, found);
  return found.size > 0;
}

/** Sets errors on the given fields (in `fields` order) and focuses the first. */
export function showFieldErrors<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
  found: ReadonlyMap<Path<Values>, string>,
): void {
  let focused = false;
  for (const field of fields) {
    const message = found.get(field);
    if (message === undefined) continue;
    setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
}

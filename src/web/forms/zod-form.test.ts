import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEvaluationSchema } from '../../contract/evaluations.js';
import { zodFormResolver } from './zod-form.js';

const { fieldworkStart, fieldworkEnd } = createEvaluationSchema.shape;
const optional = <T extends z.ZodType<unknown, string | undefined>>(schema: T) => z.string().transform((value) => (value === '' ? undefined : value)).pipe(schema);
const schema = z
  .object({ name: z.string().trim().min(1), fieldworkStart: optional(fieldworkStart), fieldworkEnd: optional(fieldworkEnd) })
  .refine((value) => !value.fieldworkStart || !value.fieldworkEnd || value.fieldworkEnd >= value.fieldworkStart, { path: ['fieldworkEnd'], message: 'before' });

const options = { fields: {}, shouldUseNativeValidation: false } as const;
const resolver = zodFormResolver(schema, (field, failure, values) => `${field}:${failure.type}:${failure.message === 'before' ? 'before' : ''}:${values.name.length}`);

describe('zodFormResolver', () => {
  it('passes the schema output on when the values are valid', async () => {
    const result = await resolver({ name: ' Anna ', fieldworkStart: '2024-02', fieldworkEnd: '' }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ name: 'Anna', fieldworkStart: '2024-02', fieldworkEnd: undefined });
  });

  it('words every failed field with the given text', async () => {
    const result = await resolver({ name: '  ', fieldworkStart: '2024-13-99', fieldworkEnd: '' }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors.name?.message).toBe('name:too_small::2');
    expect(result.errors.fieldworkStart?.message).toMatch(/^fieldworkStart:/);
    expect(result.errors.fieldworkEnd).toBeUndefined();
  });

  it('checks the rule across fields once the fields themselves are valid', async () => {
    const result = await resolver({ name: 'A', fieldworkStart: '2024-05', fieldworkEnd: '2024-02' }, undefined, options);
    expect(result.errors.fieldworkEnd?.message).toBe('fieldworkEnd:custom:before:1');
  });
});

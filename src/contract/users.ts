import { z } from 'zod';
import { ROLES } from '../domain/access.js';
import type { Language } from '../domain/framework.js';
import { defineOperation } from './operation.js';
import { municipalityIdSchema } from './municipalities.js';

export const roleSchema = z.enum(ROLES);

/** A language the web app speaks (its UI, the reports), as a user's choice. */
export const userLanguageSchema = z.enum(['sv', 'en', 'nb'] satisfies Language[]);

/** A user as shown to the user and to administrators: never a password hash. */
export const userSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  organisation: z.string(),
  role: roleSchema,
  municipalityId: z.string().nullable(),
  demo: z.boolean(),
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  /** The language the user last chose, applied when they sign in; null until they choose one. */
  language: userLanguageSchema.nullable(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userSchema>;

const email = z.string().trim().toLowerCase().email('must be an e-mail address').max(254);
const municipalityId = municipalityIdSchema;

export const createUserSchema = z
  .object({
    email,
    name: z.string().trim().min(1, 'must not be empty').max(200),
    organisation: z.string().trim().max(200).default(''),
    role: roleSchema,
    municipalityId: municipalityId.nullish(),
  })
  .refine((user) => (user.role === 'municipality') === Boolean(user.municipalityId), {
    message: 'a municipality user needs municipalityId, and only a municipality user has one',
    path: ['municipalityId'],
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  organisation: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  municipalityId: municipalityId.nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userIdParamsSchema = z.object({ userId: z.string().uuid('must be a user id (UUID)') });

export const passwordLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });

/** The users API's operations. */
export const usersOperations = {
  listUsers: defineOperation({
    method: 'GET',
    path: '/users',
    tags: ['users'], summary: 'All users', response: { 200: z.object({ items: z.array(userSchema) }) },
  }),
  createUser: defineOperation({
    method: 'POST',
    path: '/users',
    tags: ['users'],
    summary: 'Create a user; the answer holds a one-time link for choosing a password (shown once)',
    body: createUserSchema,
    response: { 201: z.object({ user: userSchema, link: passwordLinkSchema }) },
  }),
  changeUser: defineOperation({
    method: 'PATCH',
    path: '/users/:userId',
    tags: ['users'],
    summary: 'Change a user (name, organisation, role, municipality, disabled); needs the version last read',
    params: userIdParamsSchema,
    body: updateUserSchema,
    response: { 200: userSchema },
  }),
  newPasswordLink: defineOperation({
    method: 'POST',
    path: '/users/:userId/password-link',
    tags: ['users'],
    summary: 'A new one-time link for the user to set a password (earlier links stop working)',
    params: userIdParamsSchema,
    response: { 201: passwordLinkSchema },
  }),
};

/** A one-time link for choosing a password; shown once. */
export type PasswordLink = z.output<typeof passwordLinkSchema>;
/** A user as the administrator enters it. */
export type NewUser = z.input<typeof createUserSchema>;
/** A change of a user; `version` is the version last read. */
export type UserChange = z.input<typeof updateUserSchema>;
export type UserList = z.output<typeof usersOperations.listUsers.response[200]>;
export type CreatedUser = z.output<typeof usersOperations.createUser.response[201]>;

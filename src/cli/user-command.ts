import { ROLES, type Role } from '../domain/access.js';
import { createAccount, newPasswordLink } from '../auth/user-commands.js';
import { findUserByEmail, listUsers } from '../auth/users-repository.js';
import { AppError } from '../kernel/errors.js';
import type { AppContext } from '../kernel/context.js';

/** What the user subcommands read from the command line. */
export interface UserOptions {
  role?: string;
  email?: string;
  name?: string;
  organisation?: string;
  municipality?: string;
}

/** Who made a change from the command line, as the audit log shows it. */
const CLI_ACTOR = `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;

const linkLines = (link: { url: string; expiresAt: Date }) =>
  `One-time link to choose a password (valid until ${link.expiresAt.toISOString()}; shown only now):\n  ${link.url}`;

/** kompass user add: creates a user and prints the link for choosing a password. */
export async function addUser(context: AppContext, options: UserOptions, fail: (message: string) => Error): Promise<string> {
  if (!options.email) throw fail('user add needs --email');
  if (!options.role || !ROLES.includes(options.role as Role)) throw fail(`user add needs --role, one of: ${ROLES.join(', ')}`);
  const role = options.role as Role;
  if ((role === 'municipality') !== Boolean(options.municipality)) {
    throw fail('--municipality CODE is needed for the municipality role, and only for it');
  }
  try {
    const { user, link } = await createAccount(
      context.database.db,
      {
        email: options.email,
        name: options.name ?? options.email.split('@')[0]!,
        organisation: options.organisation ?? '',
        role,
        municipalityId: options.municipality ?? null,
      },
      CLI_ACTOR,
      context.auth,
    );
    return `Created ${user.role} ${user.email} (${user.name}).\n${linkLines(link!)}`;
  } catch (error) {
    if (error instanceof AppError) throw fail(error.message);
    throw error;
  }
}

/** kompass user reset-link: a new one-time link; earlier unused links stop working. */
export async function resetLink(context: AppContext, options: UserOptions, fail: (message: string) => Error): Promise<string> {
  if (!options.email) throw fail('user reset-link needs --email');
  const user = await findUserByEmail(context.database.db, options.email);
  if (!user) throw fail(`No user has e-mail ${options.email.trim().toLowerCase()}`);
  const link = await newPasswordLink(context.database.db, user.id, CLI_ACTOR, context.auth);
  return `${user.email}: ${linkLines(link)}`;
}

/** kompass user list */
export async function listUsersText(context: AppContext): Promise<string> {
  const users = await listUsers(context.database.db);
  if (users.length === 0) return 'No users yet. Create the first admin: kompass user add --role admin --email you@example.se --name "Your Name"';
  return users
    .map((user) => {
      const notes = [user.municipalityId, user.disabled ? 'disabled' : null, user.passwordHash ? null : 'no password yet', user.demo ? 'demo' : null].filter(Boolean);
      return `${user.role.padEnd(12)} ${user.email}  ${user.name}${notes.length ? `  (${notes.join(', ')})` : ''}`;
    })
    .join('\n');
}

import { isUserError, type UserError, type UserErrorOptions } from '@evident/core';

// The CLI's fixes name its flags; a user of the action sets inputs instead.
const terms: readonly (readonly [cli: string, action: string])[] = [
  ['choose another -o/--output path', 'choose another `output` directory'],
  ['for -o/--output', 'for the `output` input'],
  ['pass --force', 'set `force: true`'],
  ['pass -C with the repository directory', 'set `working-directory` to the folder that holds evident.yml'],
];

/** Rethrows a user error of the shared pack code with its fix in the action's terms. */
export function inActionTerms(error: unknown): never {
  if (!isUserError(error) || error.fix === undefined) throw error;
  let fix = error.fix;
  for (const [cli, action] of terms) fix = fix.replaceAll(cli, action);
  if (fix === error.fix) throw error;
  const Kind = error.constructor as new (message: string, options: UserErrorOptions) => UserError;
  throw new Kind(error.message, {
    fix,
    problems: error.problems,
    ...(error.location ? { location: error.location } : {}),
    cause: error,
  });
}

import { isUserError, type UserError, type UserErrorOptions } from '@evident/core';

// The CLI's fixes name its flags; a user of the action sets inputs instead. (Refusals of the
// output directory name the inputs themselves: main passes their names to the pack.)
const terms: readonly (readonly [cli: string, action: string])[] = [
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

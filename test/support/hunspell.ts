import { existsSync } from 'node:fs';

const dictionary = '/usr/share/hunspell/en_US.dic';

/**
 * The hunspell binary when it and its en_US dictionary are installed (.ci/run installs the
 * Debian packages); otherwise undefined, and the skip of `what` is printed with its reason.
 */
export function installedHunspell(what: string): string | undefined {
  const binary = ['/usr/bin/hunspell', '/usr/local/bin/hunspell'].find((file) => existsSync(file));
  if (binary !== undefined && existsSync(dictionary)) return binary;
  console.log(`skipping ${what}: no hunspell or ${dictionary} (Debian packages hunspell and hunspell-en-us)`);
  return undefined;
}

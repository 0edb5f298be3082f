/**
 * The spell checker of CSAF informative test 6.3.8 (the `SpellChecker` port of @evident/core)
 * as the hunspell program on PATH, in its pipe mode: the mode the reference validator
 * (@secvisogram/csaf-validator-lib) runs it in, so findings are the reference's.
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { SpellChecker, SpellCheckerUnavailable } from '@evident/core';

/** Why 6.3.8 is skipped when hunspell is not on PATH. */
const missingHunspell: SpellCheckerUnavailable = Object.freeze({
  unavailable:
    'needs the hunspell binary and a dictionary (on Debian: apt-get install hunspell hunspell-en-us)',
});

/** hunspell on PATH (of `env`) as the spell checker, or why there is none. */
export async function findHunspell(
  env: Readonly<Record<string, string | undefined>>,
): Promise<SpellChecker | SpellCheckerUnavailable> {
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, 'hunspell');
    if (await isExecutable(candidate)) return createHunspell(candidate);
  }
  return missingHunspell;
}

/** The hunspell program at `binary` as a spell checker. */
export function createHunspell(binary: string): SpellChecker {
  return {
    check: async (text, language) => misspeltWords(await runHunspell(binary, language, text)),
  };
}

function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

// A document names its language as written (`en`); Debian's packages install regional
// dictionaries (`en_US`), so a bare language falls back to its main region.
const mainRegions: Readonly<Record<string, string>> = {
  en: 'en_US',
  de: 'de_DE',
  fr: 'fr_FR',
  es: 'es_ES',
  it: 'it_IT',
};

async function runHunspell(binary: string, dictionary: string, input: string): Promise<string> {
  try {
    return await spawnHunspell(binary, dictionary, input);
  } catch (error) {
    const fallback = mainRegions[dictionary];
    if (fallback === undefined) throw failure(error);
    return spawnHunspell(binary, fallback, input).catch((second: unknown) => {
      throw failure(second);
    });
  }
}

function spawnHunspell(binary: string, dictionary: string, input: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = execFile(binary, ['-d', dictionary], { encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    // hunspell exits at once without the dictionary; the callback reports that, not this EPIPE.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

/** hunspell's failure as the one line that says why (the missing dictionary, the missing program). */
function failure(error: unknown): Error {
  const reason = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .find((line) => /dictionary|not found|ENOENT/i.test(line));
  return new Error(reason ?? 'hunspell could not run', { cause: error });
}

/**
 * The misspelt words of hunspell's pipe output: after its banner line, `& word n offset: …`
 * (with suggestions) and `# word offset` (without), read as the reference validator reads them.
 */
function misspeltWords(output: string): string[] {
  return output
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const word = /^[&#] (\S+)/.exec(line)?.[1];
      return word === undefined ? [] : [word];
    });
}

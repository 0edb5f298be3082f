import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWordList, withDictionary } from '../src/spelling.js';
import type { SpellChecker } from '../src/validate-csaf.js';

const dictionary = '/usr/share/hunspell/en_US.dic';
const hunspell = ['/usr/bin/hunspell', '/usr/local/bin/hunspell'].find((file) => existsSync(file));
const present = hunspell !== undefined && existsSync(dictionary);
if (!present) {
  console.log(
    `skipping the hunspell tests: no hunspell or ${dictionary} (Debian packages hunspell and hunspell-en-us)`,
  );
}

/** hunspell itself, in the pipe mode the reference's 6.3.8 parses. */
const realHunspell: SpellChecker = async ({ dictionary: name, input }) =>
  execFileSync(hunspell ?? 'hunspell', ['-d', name], { input, encoding: 'utf8' });

async function misspelt(checker: SpellChecker, input: string): Promise<string[]> {
  const output = await checker({ dictionary: 'en_US', input });
  return [...output.matchAll(/^[&#] (\S+)/gm)].map((match) => match[1] ?? '');
}

describe('parseWordList', () => {
  it('reads one word a line, without blank lines and # comments', () => {
    expect(parseWordList('# product names\nFrobnitzer\n\n  Quuxbox  # since 2.0\r\n')).toEqual([
      'Frobnitzer',
      'Quuxbox',
    ]);
  });
});

describe.skipIf(!present)('withDictionary around hunspell', () => {
  it('drops the accepted words, in their case forms, and keeps the real mistakes', async () => {
    const text = 'Frobnitzer FROBNITZER frobnitzer quuxbox Quuxbox QUUXBOX Quuxbox’s teh';
    expect(await misspelt(realHunspell, text)).toContain('Frobnitzer');
    const checker = withDictionary(realHunspell, ['Frobnitzer', 'quuxbox']);
    // A word with capitals is accepted as written and in upper case; a lower-case word in any case.
    expect(await misspelt(checker, text)).toEqual(['frobnitzer', 'teh']);
  });
});

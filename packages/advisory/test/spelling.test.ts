import type { SpellChecker } from '@evident/core';
import { createHunspell } from '@evident/node';
import { describe, expect, it } from 'vitest';
import { installedHunspell } from '../../../test/support/hunspell.js';
import { asLibrarySpellCheck, parseWordList, withDictionary } from '../src/spelling.js';

const hunspell = installedHunspell('the hunspell tests');
const present = hunspell !== undefined;

/** A spell checker that knows a fixed list of misspellings: the port, without a program. */
function listChecker(misspelt: readonly string[]): SpellChecker {
  return { check: async (text) => text.split(/\s+/).filter((word) => misspelt.includes(word)) };
}

describe('parseWordList', () => {
  it('reads one word a line, without blank lines and # comments', () => {
    expect(parseWordList('# product names\nFrobnitzer\n\n  Quuxbox  # since 2.0\r\n')).toEqual([
      'Frobnitzer',
      'Quuxbox',
    ]);
  });
});

describe('withDictionary', () => {
  it('drops the accepted words, in their case forms and possessives, and keeps the others', async () => {
    const words = [
      'Frobnitzer',
      'FROBNITZER',
      'frobnitzer',
      'quuxbox',
      'Quuxbox',
      'QUUXBOX',
      'Quuxbox’s',
      'teh',
    ];
    const checker = withDictionary(listChecker(words), ['Frobnitzer', 'quuxbox']);
    // A word with capitals is accepted as written and in upper case; a lower-case word in any case.
    expect(await checker.check(words.join(' '), 'en_US')).toEqual(['frobnitzer', 'teh']);
  });
});

describe('asLibrarySpellCheck', () => {
  it("writes the misspelt words as the misspelling lines the reference's 6.3.8 reads after the first", async () => {
    const output = await asLibrarySpellCheck(listChecker(['teh', 'qwzx']))({
      dictionary: 'en_US',
      input: 'teh cat qwzx',
    });
    expect(output.split('\n').slice(1)).toEqual(['& teh', '& qwzx']);
  });
});

describe.skipIf(!present)('withDictionary around hunspell', () => {
  it('drops the accepted words, in their case forms, and keeps the real mistakes', async () => {
    const realHunspell = createHunspell(hunspell ?? 'hunspell');
    const text = 'Frobnitzer FROBNITZER frobnitzer quuxbox Quuxbox QUUXBOX Quuxbox’s teh';
    expect(await realHunspell.check(text, 'en_US')).toContain('Frobnitzer');
    const checker = withDictionary(realHunspell, ['Frobnitzer', 'quuxbox']);
    expect(await checker.check(text, 'en_US')).toEqual(['frobnitzer', 'teh']);
  });
});

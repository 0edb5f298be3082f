import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SpellChecker } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { installedHunspell } from '../../../test/support/hunspell.js';
import { createHunspell, findHunspell } from '../src/hunspell.js';

const hunspell = installedHunspell('the hunspell runs');
const present = hunspell !== undefined;

describe('findHunspell', () => {
  it('says why 6.3.8 is skipped when hunspell is not on PATH', async () => {
    expect(await findHunspell({ PATH: '/nonexistent' })).toEqual({
      unavailable:
        'needs the hunspell binary and a dictionary (on Debian: apt-get install hunspell hunspell-en-us)',
    });
    expect(await findHunspell({})).toHaveProperty('unavailable');
  });

  it('skips a file named hunspell that cannot be run', async () => {
    const directory = path.join(tmpdir(), `evident-hunspell-${process.pid}`);
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, 'hunspell'), '', { mode: 0o644 });
    expect(await findHunspell({ PATH: directory })).toHaveProperty('unavailable');
  });

  it.skipIf(!present)('finds hunspell on PATH as a spell checker', async () => {
    const found = await findHunspell({
      PATH: `/nonexistent${path.delimiter}${path.dirname(hunspell ?? '')}`,
    });
    expect('check' in found).toBe(true);
    expect(await (found as SpellChecker).check('Teh firmware', 'en_US')).toEqual(['Teh']);
  });
});

describe.skipIf(!present)('createHunspell', () => {
  const checker = createHunspell(hunspell ?? 'hunspell');

  it('gives the misspelt words in text order, repeats kept, over several lines', async () => {
    expect(await checker.check('teh cat and teh dog\nqwzx is here', 'en_US')).toEqual(['teh', 'teh', 'qwzx']);
    expect(await checker.check('All words are fine.', 'en_US')).toEqual([]);
  });

  it('falls back from a bare language to its main region (en → en_US)', async () => {
    expect(await checker.check('Teh', 'en')).toEqual(['Teh']);
  });

  it('rejects without a dictionary for the language, naming it', async () => {
    await expect(checker.check('text', 'xx_YY')).rejects.toThrow(/dictionary.*xx_YY|xx_YY.*dictionary/i);
  });
});

describe('createHunspell without the program', () => {
  it('rejects, saying the program was not found', async () => {
    await expect(createHunspell('/nonexistent/hunspell').check('text', 'en_US')).rejects.toThrow(/ENOENT/);
  });
});

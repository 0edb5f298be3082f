import { type FileStore, InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { fileStoreTemplateSource, MarkdownString, markdownOutputOf, outputFormatOf } from '../src/index.js';

describe('outputFormatOf', () => {
  it.each([
    ['advisory/advisory.html', 'html'],
    ['report.HTM', 'html'],
    ['pack/diagram.svg', 'html'],
    ['pack/summary.md', 'markdown'],
    ['notes.markdown', 'markdown'],
    ['pack/manifest.json', 'text'],
    ['mail.txt', 'text'],
    ['no-extension', 'text'],
    ['dir.md/file', 'text'],
  ])('%s → %s', (name, format) => {
    expect(outputFormatOf(name)).toBe(format);
  });
});

describe('markdownOutputOf', () => {
  it('writes nothing for null and undefined, and text for other values', () => {
    expect([null, undefined, 0, false, '_'].map(markdownOutputOf)).toEqual(['', '', '0', 'false', '\\_']);
  });

  it('passes already escaped Markdown and SafeStrings through', () => {
    expect(markdownOutputOf(new MarkdownString('**x**'))).toBe('**x**');
    expect(markdownOutputOf({ toHTML: () => '<br>' })).toBe('<br>');
  });
});

/** An in-memory FileStore (the port's contract, not our adapter). */
function memoryFileStore(root: string, files: Record<string, string>): FileStore {
  const read = async (path: string): Promise<string> => {
    const text = files[path];
    if (text === undefined) throw new InputError(`${path}: no such file`);
    return text;
  };
  return {
    root,
    exists: async (path) => Object.hasOwn(files, path),
    readText: read,
    readBytes: async (path) => new TextEncoder().encode(await read(path)),
    list: async () => Object.keys(files).sort(),
  };
}

describe('fileStoreTemplateSource', () => {
  const store = memoryFileStore('/repo/', { '.evident/templates/pack/summary.md.hbs': 'hello' });

  it('reads <directory>/<name>.hbs and reports where it came from', async () => {
    const source = fileStoreTemplateSource(store, '.evident/templates/');
    expect(await source.load('pack/summary.md')).toEqual({
      text: 'hello',
      origin: '/repo/.evident/templates/pack/summary.md.hbs',
    });
  });

  it('answers undefined for a missing template and names the path it looked at', async () => {
    const source = fileStoreTemplateSource(store, '.evident/templates');
    expect(await source.load('pack/other.md')).toBeUndefined();
    expect(source.locations('pack/other.md')).toEqual(['/repo/.evident/templates/pack/other.md.hbs']);
  });

  it('reads from the store root when the directory is "."', async () => {
    const source = fileStoreTemplateSource(memoryFileStore('/t', { 'a.txt.hbs': 'A' }), '.');
    expect(await source.load('a.txt')).toEqual({ text: 'A', origin: '/t/a.txt.hbs' });
  });
});

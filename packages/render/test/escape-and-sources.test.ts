import { type FileStore, InputError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  escapeMarkdownCell,
  fileStoreTemplateSource,
  MarkdownString,
  markdownOutputOf,
  outputFormatOf,
} from '../src/index.js';

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

describe('escapeMarkdown', () => {
  it('backslash-escapes structure characters and writes entities for HTML', () => {
    expect(escapeMarkdown('\\ ` * _ [ ] | ~ $ ( ) ! { }')).toBe(
      '\\\\ \\` \\* \\_ \\[ \\] \\| \\~ \\$ ( ) ! { }',
    );
    expect(escapeMarkdown('<a href="x">&amp;</a>')).toBe('&lt;a href="x"&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes block markers at the start of a line only', () => {
    expect(escapeMarkdown('# h\n- a\n + b\n===\nx-y + z # w')).toBe(
      '\\# h\n\\- a\n \\+ b\n\\===\nx-y + z # w',
    );
    expect(escapeMarkdown('3) three')).toBe('3\\) three');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1.\r\n2.')).toBe('1\\.\r\n2\\.');
  });

  it('leaves what only looks like a block marker alone', () => {
    for (const text of ['1.1.0', '-v', '+1', '#tag', '==x', '2024.']) {
      expect(escapeMarkdown(text)).toBe(text === '2024.' ? '2024\\.' : text);
    }
  });

  it('escapes an ordered-list marker at the start of any line only', () => {
    expect(escapeMarkdown('1. one\n  22. two\nversion 1.2')).toBe('1\\. one\n  22\\. two\nversion 1.2');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown("Siemens SIMATIC S7-1500's web server, CVE 2024:0001.")).toBe(
      "Siemens SIMATIC S7-1500's web server, CVE 2024:0001.",
    );
  });

  it('turns every kind of newline into <br> in a table cell', () => {
    expect(escapeMarkdownCell('a\r\nb\rc\nd|e')).toBe('a<br>b<br>c<br>d\\|e');
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

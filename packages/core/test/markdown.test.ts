import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownLine } from '../src/index.js';

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

  it('keeps one line on one line, for a step summary row or a heading', () => {
    expect(escapeMarkdownLine('a *b* [c](d) <e> | f\ng')).toBe('a \\*b\\* \\[c\\](d) &lt;e&gt; \\| f g');
  });
});

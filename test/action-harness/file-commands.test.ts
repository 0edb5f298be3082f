import { describe, expect, it } from 'vitest';
import { FileCommandError, parseFileCommands } from './file-commands.js';

// Test vectors of the runner itself, ported as data from actions/runner
// src/Test/L0/Worker/FileCommandTestBase.cs (shared by SetEnvFileCommandL0.cs,
// SetOutputFileCommandL0.cs and SaveStateFileCommandL0.cs) and the Heredoc_SpecialCharacters
// case of the older SetOutputFileCommandL0.cs. Like the runner's TestUtil.WriteContent, each
// file is the lines joined with the Linux newline, after a UTF-8 byte order mark.
//
// Not ported: TestHeredoc_EdgeCases and TestHeredoc_EqualBeforeMultilineIndicator. They appear
// in some revisions of FileCommandTestBase.cs with expectations the released parser
// (EnvFileKeyValuePairs, first of `=` and `<<` decides) does not meet, and the two revisions
// stored disagree with each other (`MY_KEY_6` vs `MY_KEY_6=`), so they describe no parser a
// runner is known to ship.

const write = (lines: readonly string[]) => `\uFEFF${lines.join('\n')}`;

const valid: readonly { name: string; lines: readonly string[]; expected: Record<string, string> }[] = [
  { name: 'EmptyFile', lines: [], expected: {} },
  { name: 'Simple', lines: ['MY_KEY=MY VALUE'], expected: { MY_KEY: 'MY VALUE' } },
  {
    name: 'Simple_SkipEmptyLines',
    lines: ['', 'MY_KEY=my value', '', 'MY_KEY_2=my second value', ''],
    expected: { MY_KEY: 'my value', MY_KEY_2: 'my second value' },
  },
  { name: 'Simple_EmptyValue', lines: ['MY_KEY='], expected: { MY_KEY: '' } },
  {
    name: 'Simple_MultipleValues',
    lines: ['MY_KEY=my value', 'MY_KEY_2=', 'MY_KEY_3=my third value'],
    expected: { MY_KEY: 'my value', MY_KEY_2: '', MY_KEY_3: 'my third value' },
  },
  {
    name: 'Simple_SpecialCharacters',
    lines: ['MY_KEY==abc', 'MY_KEY_2=def=ghi', 'MY_KEY_3=jkl='],
    expected: { MY_KEY: '=abc', MY_KEY_2: 'def=ghi', MY_KEY_3: 'jkl=' },
  },
  {
    name: 'Heredoc',
    lines: ['MY_KEY<<EOF', 'line one', 'line two', 'line three', 'EOF'],
    expected: { MY_KEY: 'line one\nline two\nline three' },
  },
  { name: 'Heredoc_EmptyValue', lines: ['MY_KEY<<EOF', 'EOF'], expected: { MY_KEY: '' } },
  {
    name: 'Heredoc_SkipEmptyLines',
    lines: ['', 'MY_KEY<<EOF', 'hello', 'world', 'EOF', '', 'MY_KEY_2<<EOF', 'HELLO', 'AGAIN', 'EOF', ''],
    expected: { MY_KEY: 'hello\nworld', MY_KEY_2: 'HELLO\nAGAIN' },
  },
  {
    name: 'Heredoc_SpecialCharacters',
    lines: [
      'MY_OUTPUT<<=EOF',
      'hello',
      'one',
      '=EOF',
      'MY_OUTPUT_2<<<EOF',
      'hello',
      'two',
      '<EOF',
      'MY_OUTPUT_3<<EOF',
      'hello',
      '',
      'three',
      '',
      'EOF',
      'MY_OUTPUT_4<<EOF',
      'hello=four',
      'EOF',
      'MY_OUTPUT_5<<EOF',
      ' EOF',
      'EOF',
    ],
    expected: {
      MY_OUTPUT: 'hello\none',
      MY_OUTPUT_2: 'hello\ntwo',
      MY_OUTPUT_3: 'hello\n\nthree\n',
      MY_OUTPUT_4: 'hello=four',
      MY_OUTPUT_5: ' EOF',
    },
  },
  {
    name: 'Heredoc_PreservesNewline',
    lines: ['MY_KEY<<EOF', 'hello', 'world', 'EOF'],
    expected: { MY_KEY: 'hello\nworld' },
  },
];

// SetOutputFileCommand_Heredoc_EndMarkerVariations: "not only valid, but quite plausible end markers".
const endMarkers = [
  ...['=EOF', '==EOF', 'EO=F', 'EO==F', 'EOF=', 'EOF=='],
  ...['<EOF', '<<EOF', 'EO<F', 'EO<<F', 'EOF<', 'EOF<<'],
  ...['+EOF', '++EOF', 'EO+F', 'EO++F', 'EOF+', 'EOF++'],
  ...['/EOF', '//EOF', 'EO/F', 'EO//F', 'EOF/', 'EOF//'],
  '<<//++==',
  'contrivedBase64==',
  'khkIhPxsVA==',
  'D+Y8zE/EOw==',
  'wuOWG4S6FQ==',
  '7wigCJ//iw==',
  'uifTuYTs8K4=',
  'M7N2ITg/04c=',
  'Xhh+qp+Y6iM=',
  '5tdblQajc/b+EGBZXo0w',
  'jk/UMjIx/N0eVcQYOUfw',
  '/n5lsw73Cwl35Hfuscdz',
  'ZvnAEW+9O0tXp3Fmb3Oh',
];

const invalid: readonly { name: string; content: string; error: string }[] = [
  {
    name: 'Heredoc_MissingNewLine',
    content: write(['MY_KEY<<EOF line one line two line three EOF']),
    error: 'Matching delimiter not found',
  },
  {
    name: 'Heredoc_MissingNewLineMultipleLines',
    content: write([`MY_KEY<<EOF line one\n${' '.repeat(45)}line two\n${' '.repeat(45)}line three EOF`]),
    error: 'EOF marker missing new line',
  },
];

describe('file commands, by the runner’s own test vectors', () => {
  it.each(valid)('$name', ({ lines, expected }) => {
    expect(
      Object.fromEntries(parseFileCommands(write(lines)).map((entry) => [entry.name, entry.value])),
    ).toEqual(expected);
  });

  it.each(endMarkers)('Heredoc_EndMarkerVariations %s', (eof) => {
    const lines = [
      `MY_KEY_1<<${eof}`,
      'hello',
      'one',
      eof,
      `MY_KEY_2<<${eof}`,
      'hello=two',
      eof,
      `MY_KEY_3<<${eof}`,
      ` ${eof}`,
      eof,
      `MY_KEY_4<<${eof}`,
      `${eof} ${eof}`,
      eof,
    ];
    expect(parseFileCommands(write(lines))).toEqual([
      { name: 'MY_KEY_1', value: 'hello\none' },
      { name: 'MY_KEY_2', value: 'hello=two' },
      { name: 'MY_KEY_3', value: ` ${eof}` },
      { name: 'MY_KEY_4', value: `${eof} ${eof}` },
    ]);
  });

  it.each(invalid)('$name', ({ content, error }) => {
    expect(() => parseFileCommands(content)).toThrow(FileCommandError);
    expect(() => parseFileCommands(content)).toThrow(error);
  });
});

describe('file commands, the runner’s rules beyond its vectors', () => {
  it('refuses a line with neither = nor <<, and an empty name or delimiter', () => {
    expect(() => parseFileCommands('just text\n')).toThrow("Invalid format 'just text'");
    expect(() => parseFileCommands('<<EOF\nx\nEOF\n')).toThrow(
      'Name must not be empty and delimiter must not be empty',
    );
    expect(() => parseFileCommands('NAME<<\nx\n')).toThrow('Name must not be empty');
  });

  it('lets the first of = and << decide, and keeps CR on Linux', () => {
    expect(parseFileCommands('A=b<<c\nB<<=X\nv\n=X\nC=d\r\n')).toEqual([
      { name: 'A', value: 'b<<c' },
      { name: 'B', value: 'v' },
      { name: 'C', value: 'd\r' },
    ]);
  });

  it('reads what @actions/core writes: a ghadelimiter heredoc with a trailing newline', () => {
    const delimiter = 'ghadelimiter_5ac98ae9-e3a2-4ff4-adb0-acfbabb7b70a';
    expect(parseFileCommands(`path<<${delimiter}\n/tmp/a\n${delimiter}\n`)).toEqual([
      { name: 'path', value: '/tmp/a' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCommandV1, parseCommandV2, parseWorkflowCommand, runnerCommands } from './workflow-commands.js';

// The runner's own vectors, ported as data from actions/runner
// src/Test/L0/Worker/ActionCommandL0.cs (CommandParserV2Test and CommandParserTest).
const registered = new Set(['do-something']);

const v2: readonly {
  line: string;
  expected: { properties: Record<string, string>; data: string } | undefined;
}[] = [
  { line: '::do-something k1=v1,::msg', expected: { properties: { k1: 'v1' }, data: 'msg' } },
  { line: '::do-something::', expected: { properties: {}, data: '' } },
  {
    line: '::do-something k1=;=%2C=%0D=%0A=]=%3A,::;-%0D-%0A-]-:-,',
    expected: { properties: { k1: ';=,=\r=\n=]=:' }, data: ';-\r-\n-]-:-,' },
  },
  {
    line: '::do-something k1=;=%252C=%250D=%250A=]=%253A,::;-%250D-%250A-]-:-,',
    expected: { properties: { k1: ';=%2C=%0D=%0A=]=%3A' }, data: ';-%0D-%0A-]-:-,' },
  },
  { line: '::do-something k1=,k2=,::', expected: { properties: {}, data: '' } },
  { line: '::do-something k1=v1::', expected: { properties: { k1: 'v1' }, data: '' } },
  { line: '   ::do-something k1=v1,::msg', expected: { properties: { k1: 'v1' }, data: 'msg' } },
  { line: '   >>>   ::do-something k1=v1,::msg', expected: undefined },
];

const v1: readonly { line: string; expected: { properties: Record<string, string>; data: string } }[] = [
  { line: '##[do-something k1=v1;]msg', expected: { properties: { k1: 'v1' }, data: 'msg' } },
  { line: '##[do-something]', expected: { properties: {}, data: '' } },
  {
    line: '##[do-something k1=%3B=%0D=%0A=%5D;]%3B-%0D-%0A-%5D',
    expected: { properties: { k1: ';=\r=\n=]' }, data: ';-\r-\n-]' },
  },
  {
    line: '##[do-something k1=%253B=%250D=%250A=%255D;]%253B-%250D-%250A-%255D',
    expected: { properties: { k1: '%3B=%0D=%0A=%5D' }, data: '%3B-%0D-%0A-%5D' },
  },
  { line: '##[do-something k1=;k2=;]', expected: { properties: {}, data: '' } },
  { line: '>>>   ##[do-something k1=v1;]msg', expected: { properties: { k1: 'v1' }, data: 'msg' } },
];

describe('workflow commands, by the runner’s own test vectors', () => {
  it.each(v2)('V2 $line', ({ line, expected }) => {
    const command = parseCommandV2(line, registered);
    expect(command).toEqual(expected && { command: 'do-something', ...expected });
  });

  it.each(v1)('V1 $line', ({ line, expected }) => {
    expect(parseCommandV1(line, registered)).toEqual({ command: 'do-something', ...expected });
  });
});

describe('workflow commands, the runner’s rules beyond its vectors', () => {
  it('treats unregistered names and unterminated commands as plain lines', () => {
    expect(parseWorkflowCommand('::not-a-command::text')).toBeUndefined();
    expect(parseWorkflowCommand('::warning file=a')).toBeUndefined();
    expect(parseWorkflowCommand('plain text')).toBeUndefined();
  });

  it('reads what @actions/core writes for an annotation', () => {
    expect(
      parseWorkflowCommand('::error file=evident.yml,line=3,col=5::products: %25 done%0Afix: x'),
    ).toEqual({
      command: 'error',
      properties: { file: 'evident.yml', line: '3', col: '5' },
      data: 'products: % done\nfix: x',
    });
    expect(runnerCommands.has('add-mask')).toBe(true);
  });

  it('skips empty parts around the first = as .NET Split does', () => {
    expect(parseCommandV2('::do-something =k=v,a==b,c=,::', registered)?.properties).toEqual({
      k: 'v',
      a: 'b',
    });
  });
});

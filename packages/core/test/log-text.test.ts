import { describe, expect, it } from 'vitest';
import { safeLogText } from '../src/log-text.js';

describe('safeLogText', () => {
  it('keeps ordinary text, tabs and our own newlines as they are', () => {
    const text = 'evident.yml:3:5: unknown key "produts"\n  fix: did you mean products?\tok';
    expect(safeLogText(text)).toBe(text);
  });

  it('shows terminal controls and bidirectional overrides as visible escapes', () => {
    expect(safeLogText('a\u001b[2Jb\rc\u0007d\u007fe\u009bf')).toBe('a\\x1b[2Jb\\rc\\x07d\\x7fe\\x9bf');
    expect(safeLogText('admin\u202e\u2066txt')).toBe('admin\\u{202e}\\u{2066}txt');
  });

  it('leaves no line that starts a workflow command, however it is indented', () => {
    expect(safeLogText('x\n::set-output name=path::/INJECTED')).toBe(
      'x\n%3A%3Aset-output name=path::/INJECTED',
    );
    expect(safeLogText('  \t::add-mask::value')).toBe('  \t%3A%3Aadd-mask::value');
    // A carriage return ends a line for the runner (and redraws one on a terminal): shown, not obeyed.
    expect(safeLogText('x\r::stop-commands::t')).toBe('x\\r::stop-commands::t');
  });

  it('defuses the legacy ##[command] form anywhere in a line', () => {
    expect(safeLogText('title ##[add-mask]secret ##[set-env name=A;]b')).toBe(
      'title ##%5Badd-mask]secret ##%5Bset-env name=A;]b',
    );
  });
});

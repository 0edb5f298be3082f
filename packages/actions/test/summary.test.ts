import { describe, expect, it } from 'vitest';
import { composeSummary, summaryLimitBytes } from '../src/index.js';

const link = { label: 'Full report', url: 'https://github.com/acme/plc/actions/runs/1' };

describe('step summary', () => {
  it('keeps a small summary whole and adds the link', () => {
    expect(composeSummary('## Pack\n\n| a | b |', { fullReport: link })).toBe(
      '## Pack\n\n| a | b |\n\n[Full report](https://github.com/acme/plc/actions/runs/1)\n',
    );
  });

  it('lists the messages that did not become annotations', () => {
    const summary = composeSummary('## Pack\n', {
      overflow: [
        {
          severity: 'warning',
          message: 'no version <b>found</b>',
          location: { file: 'evident.yml', line: 4, column: 7 },
        },
        { severity: 'error', message: 'plain' },
      ],
      locate: (file) => `product/${file}`,
    });
    expect(summary).toBe(
      [
        '## Pack',
        '',
        '### 2 more messages (GitHub shows 10 annotations of each kind per step)',
        '',
        '- **warning** `product/evident.yml:4:7`: no version &lt;b&gt;found&lt;/b&gt;',
        '- **error**: plain',
        '',
      ].join('\n'),
    );
  });

  it('cuts at a line boundary to stay within 1 MiB and says so, linking the full report', () => {
    const line = `| ${'é'.repeat(60)} |\n`; // two bytes per é: multi-byte text must not be split
    const markdown = line.repeat(Math.ceil((2 * summaryLimitBytes) / Buffer.byteLength(line)));
    const summary = composeSummary(markdown, { fullReport: link });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(summaryLimitBytes);
    expect(summary).not.toContain('\uFFFD');
    expect(summary).toMatch(
      /\|\n\n_This summary was cut to fit GitHub's 1 MiB limit; the full report is linked below\._\n\n\[Full report\]\(https:\/\/github\.com\/acme\/plc\/actions\/runs\/1\)\n$/,
    );
    expect(summary.startsWith(line)).toBe(true);
  });

  it('respects a smaller limit exactly', () => {
    const summary = composeSummary('line\n'.repeat(30), { limitBytes: 120 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(120);
    expect(summary).toMatch(/^(line\n)+\n_This summary was cut .*; the full report is in the log\._\n$/);
  });

  it('escapes what Markdown would turn into markup, with the escaper of @evident/core', () => {
    const summary = composeSummary('', {
      overflow: [{ severity: 'error', message: 'a *b* [c](d) <e> | f\ng' }],
    });
    expect(summary).toContain('- **error**: a \\*b\\* \\[c\\](d) &lt;e&gt; \\| f g\n');
  });
});

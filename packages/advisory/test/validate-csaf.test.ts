import { readFileSync } from 'node:fs';
import { loadConfig } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { buildCsaf } from '../src/build-csaf.js';
import { loadAdvisory } from '../src/load-advisory.js';
import { validateCsaf } from '../src/validate-csaf.js';

const example = new URL('../../../examples/plc-firmware/', import.meta.url);
const config = loadConfig(readFileSync(new URL('evident.yml', example), 'utf8'));

function builtExample(): { document: Record<string, Record<string, unknown>> } {
  const text = readFileSync(new URL('advisories/exa-sa-2026-001.yml', example), 'utf8');
  const built = buildCsaf(loadAdvisory(text, 'advisory.yml', config.products), {
    products: config.products,
    publisher: { name: 'Example Automation AG', namespace: 'https://example.com' },
    generator: { name: 'Evident', version: '0.0.0-test' },
  });
  return { document: structuredClone(built.document) as Record<string, Record<string, unknown>> };
}

describe('validateCsaf', () => {
  it('runs the strict CSAF 2.0 schema test: no csaf_version, publisher or revision history is invalid', async () => {
    const { document } = builtExample();
    const meta = document.document as Record<string, unknown> & { tracking: Record<string, unknown> };
    delete meta.csaf_version;
    delete meta.publisher;
    delete meta.tracking.revision_history;
    const report = await validateCsaf(document);
    expect(report.valid).toBe(false);
    expect(report.failedTests).toContain('schema');
    expect(report.errors).toContainEqual(
      expect.objectContaining({ test: 'schema', name: 'csaf_2_0_strict', path: '/document' }),
    );
  });

  it('rejects properties the CSAF 2.0 schema does not define (strict)', async () => {
    const { document } = builtExample();
    (document.document as Record<string, unknown>).x_vendor = 'extra';
    const report = await validateCsaf(document);
    expect(report.failedTests).toEqual(['schema']);
    expect(report.errors).toEqual([
      expect.objectContaining({ test: 'schema', message: expect.stringContaining('x_vendor') }),
    ]);
  });
});

import { loadConfig, PackSchema, requirements, sha256Hex } from '@evident/core';
import { createRenderer, memoryTemplateSource } from '@evident/render';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { assessRequirements, buildManifest, countByStatus, layOutPack } from '../src/index.js';

const config = loadConfig(
  'version: 1\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n  - id: hmi\n    name: HMI\n    type: software-application\n',
);
const input = {
  products: config.products,
  versions: { plc: '2.4.1' },
  repository: { commit: 'a'.repeat(40), ref: 'refs/heads/main', dirty: false },
  generatedAt: new Date('2026-03-01T00:00:00Z'),
  timeSource: 'commit' as const,
  generator: { name: 'evident', version: '0.1.0' },
};

describe('assessRequirements', () => {
  it('covers all 47 requirements in catalogue order, each with a reason and what to attest', () => {
    const pack = assessRequirements(input);
    expect(pack.requirements.map((result) => result.id)).toEqual(
      requirements.map((requirement) => requirement.id),
    );
    expect(pack.summary).toEqual({
      complete: 0,
      partial: 0,
      none: 47,
      'not-collected': 0,
      'not-applicable': 0,
    });
    expect(pack.requirements.find((result) => result.id === 'SM-1')?.attestations).toEqual([
      { statement: 'SDL process description (approved)', status: 'missing' },
      { statement: 'Process-to-4-1 mapping', status: 'missing' },
    ]);
    expect(pack.products).toEqual([
      { id: 'plc', name: 'PLC', type: 'embedded-device', version: '2.4.1' },
      { id: 'hmi', name: 'HMI', type: 'software-application' },
    ]);
  });

  it('is valid against the pack schema, which demands a reason short of complete', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    (addFormats as unknown as (ajv: Ajv) => void)(ajv);
    const validate = ajv.compile(PackSchema);
    const pack = assessRequirements(input);
    expect(validate(pack), JSON.stringify(validate.errors)).toBe(true);
    const withoutReason = structuredClone(pack);
    delete (withoutReason.requirements[0] as { reason?: string }).reason;
    expect(validate(withoutReason)).toBe(false);
  });

  it('counts every status', () => {
    expect(countByStatus([{ status: 'complete' }, { status: 'complete' }, { status: 'partial' }])).toEqual({
      complete: 2,
      partial: 1,
      none: 0,
      'not-collected': 0,
      'not-applicable': 0,
    });
  });
});

describe('layOutPack', () => {
  const renderer = createRenderer({
    source: memoryTemplateSource({
      'pack/summary.md': '{{#each practices}}{{id}} {{count requirements}}\n{{/each}}',
    }),
  });

  it('writes pack.json, summary.md and a manifest that hashes both', async () => {
    const files = await layOutPack(assessRequirements(input), renderer);
    expect([...files.keys()]).toEqual(['pack.json', 'summary.md', 'manifest.json']);
    expect(files.get('summary.md')).toBe('SM 13\nSR 5\nSD 4\nSI 2\nSVV 5\nDM 6\nSUM 5\nSG 7\n');
    const manifest = JSON.parse(files.get('manifest.json') ?? '');
    expect(manifest.files).toEqual([
      {
        path: 'pack.json',
        sha256: sha256Hex(files.get('pack.json') ?? ''),
        size: (files.get('pack.json') ?? '').length,
      },
      { path: 'summary.md', sha256: sha256Hex(files.get('summary.md') ?? ''), size: 43 },
    ]);
  });

  it('gives the same bytes for the same input', async () => {
    const one = await layOutPack(assessRequirements(input), renderer);
    const two = await layOutPack(assessRequirements({ ...input, versions: { ...input.versions } }), renderer);
    expect([...two]).toEqual([...one]);
  });

  it('sorts manifest entries by path and counts bytes, not characters', () => {
    const manifest = buildManifest(
      new Map([
        ['b.txt', 'ä'],
        ['a.txt', ''],
      ]),
    );
    expect(manifest.files.map((file) => [file.path, file.size])).toEqual([
      ['a.txt', 0],
      ['b.txt', 2],
    ]);
  });
});

import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, repositoryRoot, runCli } from './support/cli.js';
import { useTempDirs } from './support/temp-dir.js';

const makeTempDir = useTempDirs();
const fixtures = path.join(repositoryRoot, 'test/fixtures/advisory');
// The workplace's CSAF corpus, read in place: it sits beside the repository, not in GitHub's CI.
const corpus = path.join(repositoryRoot, '../shared/corpus/csaf');
const hasCorpus = existsSync(corpus);
if (!hasCorpus)
  console.log(`CSAF corpus tests skipped: ${corpus} is absent (only the workplace has ../shared)`);
const sharedRedHatVex = path.join(corpus, 'redhat/cve-2023-20593.json');

interface Expected {
  readonly valid: boolean;
  readonly failing: Record<string, string[]>;
}
interface ValidateReport {
  valid: boolean;
  documents: {
    file: string;
    valid: boolean;
    failedTests: string[];
    errors: { test: string; name: string; path: string }[];
    skipped: { test: string; reason: string }[];
  }[];
}

/** The corpus README's "basic validation" column: file → failing test ids ([] for PASS). */
function readmeVerdicts(readme: string): Map<string, string[]> {
  const verdicts = new Map<string, string[]>();
  for (const match of readme.matchAll(/^\| `([^`]+\.json)` \|.*\| (PASS|FAIL: [^|]+?) \|$/gm)) {
    const [, file, verdict] = match;
    if (file === undefined || verdict === undefined) continue;
    const ids =
      verdict === 'PASS'
        ? []
        : verdict
            .slice('FAIL: '.length)
            .split(', ')
            .map((id) => (id.startsWith('schema') ? 'schema' : id));
    verdicts.set(file, ids);
  }
  return verdicts;
}

describe.skipIf(!hasCorpus)('evident advisory validate on the CSAF corpus', () => {
  let expected: Record<string, Expected>;
  let report: ValidateReport;
  let code: number;

  // One process validates every document: the reference tests are imported once.
  beforeAll(async () => {
    expected = JSON.parse(await readFile(path.join(fixtures, 'csaf-corpus-expected.json'), 'utf8'));
    const run = await runCli(['advisory', 'validate', '--json', ...Object.keys(expected)], { cwd: corpus });
    code = run.code;
    report = JSON.parse(run.stdout);
  }, 60_000);

  it('reports, for every document, the failing test ids of the corpus README', async () => {
    const verdicts = readmeVerdicts(await readFile(path.join(corpus, 'README.md'), 'utf8'));
    expect(verdicts.size).toBe(30);
    for (const document of report.documents) {
      expect({ file: document.file, failed: document.failedTests }).toEqual({
        file: document.file,
        failed: verdicts.get(document.file),
      });
    }
    expect(report.documents).toHaveLength(29);
  });

  it('names the same tests and JSON paths as the reference validator', () => {
    for (const document of report.documents) {
      const byTest: Record<string, string[]> = {};
      for (const error of document.errors) byTest[error.name] = [...(byTest[error.name] ?? []), error.path];
      expect({ file: document.file, valid: document.valid, failing: byTest }).toEqual({
        file: document.file,
        ...expected[document.file],
      });
    }
  });

  it('exits 1 when one document is invalid', () => {
    expect(code).toBe(1);
    expect(report.valid).toBe(false);
  });
});

describe('evident advisory validate exit codes', () => {
  it('exits 0 for valid documents and prints the verdict', async () => {
    const run = await runCli(
      ['advisory', 'validate', 'golden/exa-sa-2026-001.json', 'xss/xss-2026-001.json'],
      {
        cwd: fixtures,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('golden/exa-sa-2026-001.json: valid — CSAF 2.0, preset mandatory');
  });

  it.skipIf(!hasCorpus)('exits 1 for an invalid document and names the test and path', async () => {
    const run = await runCli(['advisory', 'validate', 'cisa/icsa-19-099-04.json'], { cwd: corpus });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error 6.1.11 /vulnerabilities/4/cwe/name:');
  });

  it('exits 2 for a missing file or a file that is not JSON, naming line and column', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'broken.json'), '{\n  "document": {,\n}\n');
    const missing = await runCli(['advisory', 'validate', 'absent.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'absent.json: not found\n  fix: check the path; it is relative to the working directory',
    );
    const broken = await runCli(['advisory', 'validate', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:2:16: the document is not valid JSON/);
  });

  it('exits 2 for an Evident advisory YAML, saying to build it first (validate and render)', async () => {
    const example = await makeTempDir();
    await mkdir(path.join(example, 'advisories'));
    await copyFile(
      path.join(repositoryRoot, 'examples/plc-firmware/advisories/exa-sa-2026-001.yml'),
      path.join(example, 'advisories/exa-sa-2026-001.yml'),
    );
    for (const command of [['validate'], ['render', '-o', 'out']]) {
      const run = await runCli(['advisory', ...command, 'advisories/exa-sa-2026-001.yml'], { cwd: example });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'advisories/exa-sa-2026-001.yml: this is an Evident advisory (its YAML source), not a CSAF document',
      );
      expect(run.stderr).toContain(
        'fix: build it with `evident advisory build advisories/exa-sa-2026-001.yml -o <dir>`',
      );
      expect(run.stderr).not.toMatch(/not (valid )?JSON|\n\s+at /);
    }
    expect(existsSync(path.join(example, 'out'))).toBe(false);
  });

  it('exits 1 for JSON that is no CSAF document at all', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'list.json'), '[1, 2, 3]\n');
    const run = await runCli(['advisory', 'validate', 'list.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fails schema');
  });

  it('refuses an unknown preset with exit 2', async () => {
    const run = await runCli(['advisory', 'validate', '--preset', 'strict', 'x.json'], { cwd: fixtures });
    expect(run.code).toBe(2);
  });
});

describe('evident advisory validate --preset', () => {
  it.skipIf(!hasCorpus)(
    'extended adds the optional tests as warnings; the verdict stays the mandatory one',
    async () => {
      const run = await runCli(
        ['advisory', 'validate', '--json', '--preset', 'extended', 'oasis/bsi-2022-0001.json'],
        {
          cwd: corpus,
        },
      );
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.documents[0].warnings).toEqual([
        expect.objectContaining({ test: '6.2.11', path: '/document/references' }),
      ]);
    },
  );

  it('full skips the network tests, and 6.3.8 without hunspell, saying why', async () => {
    const run = await runCli(
      ['advisory', 'validate', '--json', '--preset', 'full', 'golden/exa-sa-2026-001.json'],
      {
        cwd: fixtures,
        env: isolatedEnv({ PATH: '/nonexistent' }),
      },
    );
    expect(run.code).toBe(0);
    const skipped = JSON.parse(run.stdout).documents[0].skipped;
    expect(skipped.map((test: { test: string }) => test.test)).toEqual(['6.3.6', '6.3.7', '6.3.8']);
    expect(skipped[2].reason).toContain('hunspell');
  });
});

describe('evident advisory validate --preset full with hunspell', () => {
  const hunspell = ['/usr/bin/hunspell', '/usr/local/bin/hunspell'].some((file) => existsSync(file));
  if (!hunspell) {
    console.log(
      'skipped: no hunspell binary (Debian packages hunspell and hunspell-en-us: apt-get install hunspell hunspell-en-us)',
    );
  }
  it.skipIf(!hunspell || !hasCorpus)(
    'runs the spell check 6.3.8, falling back from "en" to the en_US dictionary',
    async () => {
      const run = await runCli(
        ['advisory', 'validate', '--json', '--preset', 'full', 'oasis/bsi-2022-0001.json'],
        {
          cwd: corpus,
        },
      );
      expect(run.code).toBe(0);
      const document = JSON.parse(run.stdout).documents[0];
      expect(document.skipped.map((test: { test: string }) => test.test)).toEqual(['6.3.6', '6.3.7']);
      expect(document.infos).toContainEqual(
        expect.objectContaining({
          test: '6.3.8',
          path: '/document/publisher/name',
          message: expect.stringContaining('Bundesamt'),
        }),
      );
    },
  );

  it.skipIf(!hunspell)(
    "accepts the domain's words, and the repository's own from .evident/dictionary.txt",
    async () => {
      const dir = await makeTempDir();
      const built = await runCli(
        [
          '-C',
          path.join(repositoryRoot, 'examples/plc-firmware'),
          'advisory',
          'build',
          '-o',
          path.join(dir, 'out'),
        ],
        { cwd: dir },
      );
      expect(built.code).toBe(0);
      const file = path.join(dir, 'out/exa-sa-2026-001.json');
      const document = JSON.parse(await readFile(file, 'utf8'));
      document.document.title =
        "Modbus, PROFINET, EtherNet/IP and OPC UA in the PLC's firmware, HMI and SCADA (CVE, CSAF): Frobnitzer";
      await writeFile(file, JSON.stringify(document));
      const misspelt = async () => {
        const run = await runCli(
          ['advisory', 'validate', '--json', '--preset', 'full', 'out/exa-sa-2026-001.json'],
          {
            cwd: dir,
          },
        );
        expect(run.code).toBe(0);
        const infos: { test: string; path: string; message: string }[] = JSON.parse(run.stdout).documents[0]
          .infos;
        return infos
          .filter((info) => info.test === '6.3.8' && info.path === '/document/title')
          .map((info) => info.message);
      };
      expect(await misspelt()).toEqual(['there are spelling mistakes in: Frobnitzer']);
      await mkdir(path.join(dir, '.evident'));
      await writeFile(path.join(dir, '.evident/dictionary.txt'), '# our product names\nFrobnitzer\n');
      expect(await misspelt()).toEqual([]);
    },
  );
});

describe('the 3 MB Red Hat VEX from ../shared', () => {
  const present = existsSync(sharedRedHatVex);
  if (!present) console.log(`skipped: ${sharedRedHatVex} is absent (only the workplace has ../shared)`);
  it.skipIf(!present)('is valid', async () => {
    const run = await runCli(['advisory', 'validate', sharedRedHatVex], { cwd: repositoryRoot });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid — CSAF 2.0');
  });
});

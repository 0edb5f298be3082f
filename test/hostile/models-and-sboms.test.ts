import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XmlAttribute, XmlDocument, XmlText } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { runAction, webhookExample } from '../action-harness/index.js';
import { useBundles } from '../actions/bundles.js';
import { useGitHubServer } from '../github-server/vitest.js';
import { git, isolatedEnv, runCli, snapshotTree } from '../support/cli.js';
import { useTempDirs } from '../support/temp-dir.js';
import { describeRows, hostileConfig, hostileModel, plantRepository, type Row } from './rows.js';

// Threat models, SBOMs, JUnit reports and evident.yml as a pull request's author can write them:
// self-referencing aliases, references XML forbids, DOCTYPEs, components declared twice, SBOMs
// of the wrong shape, NUL bytes and invalid UTF-8, and a tag glob that backtracks.
const config = hostileConfig;
const model = hostileModel;

/** evident.yml (hostileConfig, 7 lines) with a fixed version and the given sbom block from line 9. */
const withSbom = (sbom: string) => `${config}    version: { from: fixed, value: 1.0.0 }\n    sbom:\n${sbom}`;
const zlib = '{ name: zlib, version: 1.3.1, type: library, license: Zlib }';

const cyclonedx = (rest: object) => JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', ...rest });
const junit = (body: string) =>
  `<?xml version="1.0"?>\n<testsuites>\n<testsuite>\n${body}\n</testsuite>\n</testsuites>\n`;
const lockfile = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { left: '1.0.0' } },
    'node_modules/left': { version: '1.0.0', license: 'AT&amp;T x &#60;y' },
  },
});

/** `text` with a NUL byte in place of the first `@`. */
const withNul = (text: string) => Buffer.from(text.replace('@', '\0'), 'utf8');
/** `text` with the invalid byte 0xff in place of the first `@`. */
const withBadByte = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  bytes[bytes.indexOf('@')] = 0xff;
  return bytes;
};
const advisory = 'id: ACME-2026-0001\ntitle: "@ in a title"\n';

const rows: Record<string, Row> = {
  // item 9: exit 3 with a stack trace before
  'pack with an alias in evident.yml that refers to itself': {
    plant: { files: { 'evident.yml': `${config}x: &a [*a]\n` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:8:8',
  },
  'threat-model check of a model whose alias refers to itself': {
    plant: { files: { 'tm.yml': 'a: &a [*a]\n' } },
    args: ['threat-model', 'check', 'tm.yml'],
    code: 2,
    names: 'tm.yml:1:8',
  },
  'threat-model check --junit with &#x110000;': {
    plant: { files: { 'threat-model.yml': model, 'junit.xml': junit('<testcase name="a&#x110000;"/>') } },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml:4:18',
  },
  'threat-model check --junit with a DOCTYPE declaring an entity': {
    plant: {
      files: {
        'threat-model.yml': model,
        'junit.xml': '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "b">]>\n<testsuites name="&a;"/>\n',
      },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml:2:1',
  },
  'threat-model check --junit with an external entity': {
    plant: {
      files: {
        'threat-model.yml': model,
        'secret.txt': 'SECRET-TEXT-9f3a',
        'junit.xml': '<!DOCTYPE t [<!ENTITY e SYSTEM "secret.txt">]>\n<testsuites name="&e;"/>\n',
      },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml:1:1',
    never: ['SECRET-TEXT-9f3a'],
  },
  'threat-model check --junit with a billion laughs': {
    plant: {
      files: {
        'threat-model.yml': model,
        'junit.xml': `<!DOCTYPE t [<!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>\n<testsuites name="&l9;"/>\n`,
      },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml:1:1',
  },
  'sbom with the same component declared twice in evident.yml': {
    plant: {
      files: { 'evident.yml': withSbom(`      components:\n        - ${zlib}\n        - ${zlib}\n`) },
    },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'evident.yml:12:11',
  },
  'sbom with a component declared in evident.yml and again in componentsFile': {
    plant: {
      files: {
        'evident.yml': withSbom(
          `      components:\n        - ${zlib}\n      componentsFile: components.yml\n`,
        ),
        'components.yml': `components:\n  - ${zlib}\n`,
      },
    },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'components.yml:2:5',
  },
  'sbom with a declared component the lockfile lists too': {
    plant: {
      files: {
        'evident.yml': withSbom(
          '      components:\n        - { name: left, version: 1.0.0, type: library, purl: "pkg:npm/left@1.0.0" }\n',
        ),
        'package-lock.json': lockfile,
      },
    },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'evident.yml:11:11',
  },
  'advisory build with the same component declared twice': {
    plant: {
      files: {
        'evident.yml': withSbom(`      components:\n        - ${zlib}\n        - ${zlib}\n`),
        'advisories/a.yml': advisory,
      },
    },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'evident.yml:12:11',
  },
  // item 13: accepted with exit 0 before
  'threat-model check --sbom whose components is an object': {
    plant: {
      files: { 'threat-model.yml': model, 'bom.json': cyclonedx({ components: { purl: 'pkg:npm/a@1' } }) },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', 'bom.json'],
    code: 2,
    names: 'bom.json: malformed SBOM: components is an object',
  },
  'threat-model check --sbom with a numeric purl': {
    plant: { files: { 'threat-model.yml': model, 'bom.json': cyclonedx({ components: [{ purl: 7 }] }) } },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', 'bom.json'],
    code: 2,
    names: 'bom.json: malformed SBOM: components[0].purl is a number',
  },
  'threat-model check --sbom with 100,000 nested arrays': {
    plant: {
      files: {
        'threat-model.yml': model,
        'bom.json': `{"bomFormat":"CycloneDX","components":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', 'bom.json'],
    code: 2,
    names: 'bom.json: malformed SBOM: components[0] is a list',
  },
  // item 13: a NUL byte (no line and column before, or accepted) and invalid UTF-8, in every text input
  'pack with a NUL byte in evident.yml': {
    plant: { files: { 'evident.yml': withNul(`${config}# @\n`) } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:8:3',
  },
  'threat-model check of a model with a NUL byte': {
    plant: { files: { 'threat-model.yml': withNul(`# @\n${model}`) } },
    args: ['threat-model', 'check', 'threat-model.yml'],
    code: 2,
    names: 'threat-model.yml:1:3',
  },
  'threat-model check --junit with a NUL byte': {
    plant: { files: { 'threat-model.yml': model, 'junit.xml': withNul(junit('<testcase name="@"/>')) } },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml:4:17',
  },
  'threat-model check --sbom with a NUL byte': {
    plant: {
      files: {
        'threat-model.yml': model,
        'bom.json': withNul(cyclonedx({ components: [{ purl: 'pkg:npm/a@1' }] })),
      },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', 'bom.json'],
    code: 2,
    names: 'bom.json:1:78',
  },
  'sbom of a lockfile with a NUL byte': {
    plant: {
      files: { 'evident.yml': config, 'package-lock.json': withNul(lockfile.replace('"1.0.0"', '"1.0.0@"')) },
    },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'package-lock.json:1:',
  },
  'sbom with a NUL byte in componentsFile': {
    plant: {
      files: {
        'evident.yml': withSbom('      componentsFile: components.yml\n'),
        'components.yml': withNul(`# @\ncomponents:\n  - ${zlib}\n`),
      },
    },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'components.yml:1:3',
  },
  'advisory build of an advisory with a NUL byte': {
    plant: { files: { 'evident.yml': config, 'advisories/a.yml': withNul(advisory) } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:2:9',
  },
  'pack with invalid UTF-8 in evident.yml': {
    plant: { files: { 'evident.yml': withBadByte(`${config}# @\n`) } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:8:3',
  },
  'threat-model check of a model with invalid UTF-8': {
    plant: { files: { 'threat-model.yml': withBadByte(`# @\n${model}`) } },
    args: ['threat-model', 'check', 'threat-model.yml'],
    code: 2,
    names: 'threat-model.yml:1:3',
  },
  'threat-model check --junit with invalid UTF-8': {
    plant: { files: { 'threat-model.yml': model, 'junit.xml': withBadByte(junit('<testcase name="@"/>')) } },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml:4:17',
  },
  'threat-model check --sbom with invalid UTF-8': {
    plant: {
      files: {
        'threat-model.yml': model,
        'bom.json': withBadByte(cyclonedx({ components: [{ purl: 'pkg:npm/a@1' }] })),
      },
    },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', 'bom.json'],
    code: 2,
    names: 'bom.json:1:78',
  },
  'sbom of a lockfile with invalid UTF-8': {
    plant: {
      files: {
        'evident.yml': config,
        'package-lock.json': withBadByte(lockfile.replace('"1.0.0"', '"1.0.0@"')),
      },
    },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'package-lock.json:1:',
  },
  'advisory build of an advisory with invalid UTF-8': {
    plant: { files: { 'evident.yml': config, 'advisories/a.yml': withBadByte(advisory) } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml:2:9',
  },
};

describeRows('hostile input to the CLI: threat models, SBOMs, JUnit and evident.yml', rows);

// item 7: a tag glob of many stars against a long tag. Not a row: the command succeeds.
const tagGlob = `v${'*a'.repeat(30)}b`;
const longTag = `v${'a'.repeat(10_000)}`;
const tagConfig = `version: 1\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n    version: { from: git-tag, pattern: "${tagGlob}" }\n`;

/** A committed repository whose only tag is 10,000 characters long (in packed-refs: no file name is that long). */
async function repositoryWithLongTag(repo: string): Promise<string> {
  await plantRepository(repo, { files: { 'evident.yml': tagConfig } });
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', 'Initial commit');
  const commit = (await git(repo, 'rev-parse', 'HEAD')).trim();
  await writeFile(path.join(repo, '.git', 'packed-refs'), `${commit} refs/tags/${longTag}\n`);
  expect((await git(repo, 'tag', '--list')).trim()).toBe(longTag);
  return repo;
}

const makeTempDir = useTempDirs();

describe('hostile input: a git-tag pattern of 30 stars against a 10,000-character tag', () => {
  it('pack ends (a regular expression took minutes), with the tag not taken as a version', async () => {
    const repo = await repositoryWithLongTag(await makeTempDir());
    const run = await runCli(['pack', '-o', 'out'], { cwd: repo, timeoutMs: 10_000, env: isolatedEnv() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

const bundles = useBundles();
const server = useGitHubServer();

describe('hostile input: the pack action on a pull request with that pattern', () => {
  it('ends and succeeds under the harness', async () => {
    const action = await bundles.named('pack');
    const workspace = await makeTempDir();
    await repositoryWithLongTag(workspace);
    const before = await snapshotTree(workspace);
    const event = webhookExample('pull_request', 'opened');
    // Killed at 10 s, which fails the step (it hung before).
    const result = await runAction({ action, workspace, apiUrl: server().url, event, timeoutMs: 10_000 });
    expect(result.outcome, result.phases[0]?.stderr).toBe('success');
    // Only the pack was added.
    const after = (await snapshotTree(workspace)).filter((entry) => !entry.startsWith('evident-pack/'));
    expect(after).toEqual(before);
  });
});

// item 11: the XML SBOM says what the JSON SBOM says, as a real XML parser reads it.
describe('hostile input: lockfile text in the XML SBOM', () => {
  it('every value of the JSON SBOM reads back from the XML, AT&amp;T and &#60; included', async () => {
    const repo = await plantRepository(await makeTempDir(), {
      files: {
        'evident.yml': withSbom(
          '      components:\n        - { name: "blob &amp; <co>", version: "1&#60;2", type: firmware, description: "x &lt; ]]> &e;", license: "LicenseRef-AT&amp;T" }\n',
        ),
        'package-lock.json': lockfile,
      },
    });
    const env = isolatedEnv({ SOURCE_DATE_EPOCH: '0' });
    for (const format of ['json', 'xml']) {
      const run = await runCli(['sbom', '--format', format, '-o', `sbom.${format}`], { cwd: repo, env });
      expect(run.code, run.stderr).toBe(0);
    }
    const { serialNumber, bomFormat, specVersion, $schema, ...json } = JSON.parse(
      await readFile(path.join(repo, 'sbom.json'), 'utf8'),
    );
    const expected = strings(json);
    for (const text of [
      'AT&amp;T x &#60;y',
      'blob &amp; <co>',
      '1&#60;2',
      'x &lt; ]]> &e;',
      'LicenseRef-AT&amp;T',
    ])
      expect(expected).toContain(text);
    const read = xmlValues(await readFile(path.join(repo, 'sbom.xml'), 'utf8'));
    expect(expected.filter((value) => !read.has(value))).toEqual([]);
  });
});

function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) strings(item, found);
  return found;
}

function xmlValues(text: string): Set<string> {
  const document = XmlDocument.fromString(text);
  try {
    const values = new Set<string>();
    for (const node of document.find('//text() | //@*')) {
      if (node instanceof XmlText) values.add(node.content);
      else if (node instanceof XmlAttribute) values.add(node.value);
    }
    return values;
  } finally {
    document.dispose();
  }
}

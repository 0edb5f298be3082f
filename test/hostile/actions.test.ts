import {
  type ActionRow,
  describeActionRows,
  hostileConfig,
  redAdvisory,
  redAdvisorySecrets,
} from './rows.js';

// The three bundled actions on a pull request whose author planted the checkout: evident.yml,
// lockfiles, advisories, symlinks, FIFOs and the inputs of the workflow they changed. The CLI's
// tables (hangs, models-and-sboms, advisories, io-faults) hold the same classes for `evident`.

const passwdLine = 'root:x:0:0';

/** Twelve unknown keys, each a newline and a workflow command: more than the annotations shown. */
const plantedKeys = Array.from(
  { length: 12 },
  (_, index) => `${JSON.stringify(`key${index}\n::set-output name=path::/INJECTED\n::add-mask::evident`)}: 1`,
).join('\n');

const lock = (packages: string) =>
  `{"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{"":{"name":"app","version":"1.0.0"}${packages}}}`;

const rows: Record<string, ActionRow> = {
  'pack: evident.yml is a FIFO without a writer': {
    action: 'pack',
    plant: { fifos: ['evident.yml'] },
    file: 'evident.yml',
    says: 'not a regular file',
  },
  'pack: evident.yml links to /dev/zero': {
    action: 'pack',
    plant: { links: { 'evident.yml': '/dev/zero' } },
    says: 'evident.yml',
  },
  'pack: evident.yml links out of the checkout': {
    action: 'pack',
    plant: { links: { 'evident.yml': '/etc/passwd' } },
    says: 'evident.yml',
    never: [passwdLine],
  },
  'pack: a self-referencing YAML alias': {
    action: 'pack',
    plant: { files: { 'evident.yml': `${hostileConfig}extra: &a [*a]\n` } },
    file: 'evident.yml',
    says: 'alias',
  },
  'pack: workflow commands in twelve unknown keys': {
    action: 'pack',
    plant: { files: { 'evident.yml': `${hostileConfig}${plantedKeys}\n` } },
    file: 'evident.yml',
    says: 'unknown key',
  },
  'pack: one 1 MB line of flow mapping': {
    action: 'pack',
    plant: {
      files: {
        'evident.yml': `${hostileConfig}extra: {${Array.from({ length: 60_000 }, (_, index) => `k${index}: ${index}`).join(', ')}}\n`,
      },
    },
    file: 'evident.yml',
    says: 'extra',
  },
  'pack: a git-tag pattern of many stars (ReDoS)': {
    action: 'pack',
    plant: {
      files: {
        'evident.yml': `${hostileConfig}    version: { from: git-tag, pattern: "${'*a'.repeat(40)}b" }\n`,
      },
    },
  },
  'pack: output is the checkout itself, with force': {
    action: 'pack',
    plant: { files: { 'evident.yml': hostileConfig } },
    with: { output: '.', force: 'true' },
    says: 'output',
  },
  'pack: output outside the workspace': {
    action: 'pack',
    plant: { files: { 'evident.yml': hostileConfig } },
    with: { output: '../outside' },
    says: 'input output: "../outside" is outside the workspace',
  },
  'pack: a forged manifest in the output folder': {
    action: 'pack',
    plant: {
      files: {
        'evident.yml': hostileConfig,
        'evident-pack/manifest.json': '{"formatVersion":1,"algorithm":"sha256","files":[]}',
        'evident-pack/keep.txt': 'the user’s file',
      },
    },
    says: 'evident-pack',
  },
  'sbom: the lockfile links to /dev/zero': {
    action: 'sbom',
    plant: { files: { 'evident.yml': hostileConfig }, links: { 'package-lock.json': '/dev/zero' } },
    says: 'package-lock.json',
  },
  'sbom: the lockfile is a FIFO without a writer': {
    action: 'sbom',
    plant: { files: { 'evident.yml': hostileConfig }, fifos: ['package-lock.json'] },
    file: 'package-lock.json',
    says: 'not a regular file',
  },
  'sbom: path outside the workspace': {
    action: 'sbom',
    plant: { files: { 'evident.yml': hostileConfig } },
    with: { path: '../outside' },
    says: 'input path: "../outside" is outside the workspace',
  },
  'sbom: output outside the workspace': {
    action: 'sbom',
    plant: { files: { 'evident.yml': hostileConfig, 'package-lock.json': lock('') } },
    with: { output: '../outside.cdx.json' },
    says: 'input output: "../outside.cdx.json" is outside the workspace',
  },
  'sbom: working-directory a link out of the checkout': {
    action: 'sbom',
    plant: { links: { product: '/etc' } },
    with: { 'working-directory': 'product' },
    says: 'input working-directory: "product" is outside the workspace',
  },
  'sbom: a __proto__ package name': {
    action: 'sbom',
    plant: {
      files: {
        'evident.yml': hostileConfig,
        'package-lock.json': lock(',"node_modules/__proto__":{"version":"1.0.0"}'),
      },
    },
    file: 'package-lock.json',
    says: '__proto__',
  },
  'sbom: a NUL byte in the lockfile': {
    action: 'sbom',
    plant: { files: { 'evident.yml': hostileConfig, 'package-lock.json': `${lock('')}\u0000` } },
    file: 'package-lock.json',
    says: 'package-lock.json',
  },
  'advisory: files names /etc/passwd': {
    action: 'advisory',
    plant: { files: { 'evident.yml': hostileConfig } },
    with: { files: '/etc/passwd' },
    says: '/etc/passwd',
    never: [passwdLine],
  },
  'advisory: files names a file above the workspace': {
    action: 'advisory',
    plant: { files: { 'evident.yml': hostileConfig } },
    with: { files: '../outside/secret.txt' },
    says: 'outside',
  },
  'advisory: an advisory links out of the checkout': {
    action: 'advisory',
    plant: { files: { 'evident.yml': hostileConfig }, links: { 'advisories/a.yml': '/etc/passwd' } },
    // The folder's listing leaves links out of the checkout out: nothing is read.
    says: 'no advisory files in advisories',
    never: [passwdLine],
  },
  'advisory: files names a FIFO without a writer': {
    action: 'advisory',
    plant: { files: { 'evident.yml': hostileConfig }, fifos: ['advisories/a.yml'] },
    with: { files: 'advisories/a.yml' },
    file: 'advisories/a.yml',
    says: 'not a regular file',
  },
  'advisory: an advisory is a FIFO without a writer': {
    action: 'advisory',
    plant: { files: { 'evident.yml': hostileConfig }, fifos: ['advisories/a.yml'] },
    says: 'no advisory files in advisories',
  },
  'advisory: a TLP:RED advisory whose typo is the secret': {
    action: 'advisory',
    plant: {
      files: { 'evident.yml': hostileConfig, 'advisories/a.yml': redAdvisory({ category: 'SECRET-fix' }) },
    },
    file: 'advisories/a.yml',
    says: 'category',
    never: redAdvisorySecrets,
  },
  'advisory: an alias bomb': {
    action: 'advisory',
    plant: {
      files: {
        'evident.yml': hostileConfig,
        'advisories/a.yml': `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
          { length: 9 },
          (_, index) =>
            `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10)
              .fill(`*${String.fromCharCode(97 + index)}`)
              .join(', ')}]`,
        ).join('\n')}\n`,
      },
    },
    file: 'advisories/a.yml',
    says: 'alias',
  },
};

describeActionRows('hostile pull requests against the bundled actions', rows);

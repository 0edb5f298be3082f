import { describeRows, hostileConfig, hostileModel, type Row } from './rows.js';

// Devices, FIFOs and YAML that is expensive to parse: what a pull request's author can plant.
const config = hostileConfig;
const model = hostileModel;

/** `count` lines of `key<i>: <i>`, each indented by `indent`. */
function manyKeys(count: number, indent = ''): string {
  return Array.from({ length: count }, (_, index) => `${indent}k${index}: ${index}\n`).join('');
}

const rows: Record<string, Row> = {
  'pack with a 100,000-key evident.yml (1.4 MB)': {
    plant: { files: { 'evident.yml': `version: 1\n${manyKeys(100_000)}` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:2:1',
  },
  'pack with 60,000 keys under an unknown key': {
    plant: { files: { 'evident.yml': `version: 1\nproducts: []\nunknown:\n${manyKeys(60_000, '  ')}` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:3:1',
  },
  'pack with a 1 MB line of flow mapping': {
    plant: {
      files: {
        'evident.yml': `version: 1\nx: {${Array.from({ length: 80_000 }, (_, index) => `k${index}: ${index}`).join(', ')}}\n`,
      },
    },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:2:1',
  },
  'pack with a key given twice as 1 and "1"': {
    plant: { files: { 'evident.yml': `${config}1: a\n"1": b\n` } },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml:9:1',
  },
  'advisory validate /dev/zero': {
    plant: {},
    args: ['advisory', 'validate', '/dev/zero'],
    code: 2,
    names: 'dev/zero',
  },
  'advisory validate a FIFO': {
    plant: { fifos: ['doc.json'] },
    args: ['advisory', 'validate', 'doc.json'],
    code: 2,
    names: 'doc.json',
  },
  'advisory render /dev/urandom': {
    plant: {},
    args: ['advisory', 'render', '/dev/urandom', '-o', 'out'],
    code: 2,
    names: 'dev/urandom',
  },
  'advisory build of a committed link to /dev/zero': {
    plant: { files: { 'evident.yml': config }, links: { 'advisories/a.yml': '/dev/zero' } },
    args: ['advisory', 'build', 'advisories/a.yml', '-o', 'out'],
    code: 2,
    names: 'advisories/a.yml',
  },
  'threat-model check --junit a FIFO': {
    plant: { files: { 'threat-model.yml': model }, fifos: ['junit.xml'] },
    args: ['threat-model', 'check', 'threat-model.yml', '--junit', 'junit.xml'],
    code: 2,
    names: 'junit.xml',
  },
  'threat-model check --sbom /dev/zero': {
    plant: { files: { 'threat-model.yml': model } },
    args: ['threat-model', 'check', 'threat-model.yml', '--sbom', '/dev/zero'],
    code: 2,
    names: 'dev/zero',
  },
  'threat-model check of a model that is a FIFO': {
    plant: { fifos: ['threat-model.yml'] },
    args: ['threat-model', 'check'],
    code: 2,
    names: 'threat-model.yml',
  },
  'pack with evident.yml a FIFO': {
    plant: { fifos: ['evident.yml'] },
    args: ['pack', '-o', 'out'],
    code: 2,
    names: 'evident.yml',
  },
  'sbom of a lockfile that is a FIFO': {
    plant: { files: { 'evident.yml': config }, fifos: ['package-lock.json'] },
    args: ['sbom', '-o', 'sbom.json'],
    code: 2,
    names: 'package-lock.json',
  },
};

describeRows('hostile input to the CLI: devices, FIFOs and huge YAML', rows);

#!/usr/bin/env node
// The SBOM benchmark (issue 5): Evident against cdxgen and cyclonedx-npm on real npm v3
// lockfiles generated from the registry into .cache/bench (small ~70, medium ~580, large
// ~2,000 packages). Per input: whole-process wall time and peak memory of each tool, the
// ratios, the floor (a bare node process that JSON.parses the same lock), and the purl sets
// compared (name@version, qualifiers stripped) with every difference listed.
// Besides the floor, the library floor: a bundled node process that loads what any SBOM writer
// on Evident's stack must load (the CycloneDX library's models, licence factory and JSON
// serializer, packageurl-js, the precompiled 1.6 validator) and JSON.parses the lock.
//   node bench/sbom.mjs          (also run by `npm run bench`)
//   BENCH_SBOM_RUNS=11           Evident and floor runs per input, interleaved (medians)
//   BENCH_SBOM_TOOL_RUNS=3       runs of each other tool per input, interleaved (medians)
//   BENCH_SBOM_COMPARE=0         Evident and the floor only (no tool installs)
//   BENCH_SBOM_NODE_MODULES=1    install node_modules (npm ci --ignore-scripts) so that
//                                cyclonedx-npm runs as usually run (npm ls on the tree), not
//                                with --package-lock-only
// The tools are installed on demand into .cache/bench/tools, never as project dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../scripts/node-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, '.cache/bench');
const cli = path.join(root, 'packages/cli/bundle/evident.js');
const runs = Number(process.env.BENCH_SBOM_RUNS ?? 11);
const toolRuns = Number(process.env.BENCH_SBOM_TOOL_RUNS ?? 3);
const compare = process.env.BENCH_SBOM_COMPARE !== '0';
const withNodeModules = process.env.BENCH_SBOM_NODE_MODULES === '1';
const tools = { '@cyclonedx/cdxgen': '12.8.4', '@cyclonedx/cyclonedx-npm': '6.0.1' };

/** The inputs: a package.json each; the lockfile is generated once and kept in the cache. */
const inputs = {
  small: { dependencies: { express: '4.21.2', dotenv: '16.4.7', cors: '2.8.5' } },
  medium: {
    dependencies: { express: '4.21.2', react: '18.3.1', 'react-dom': '18.3.1', axios: '1.7.9' },
    devDependencies: {
      jest: '29.7.0',
      eslint: '8.57.1',
      webpack: '5.97.1',
      'webpack-cli': '5.1.4',
      typescript: '5.7.2',
      '@babel/core': '^7.26.0',
      '@babel/preset-env': '^7.26.0',
    },
  },
  large: {
    dependencies: {
      '@angular/core': '^19.0.0',
      '@angular/common': '^19.0.0',
      '@angular/platform-browser': '^19.0.0',
      '@angular/router': '^19.0.0',
      '@angular/forms': '^19.0.0',
      '@nestjs/core': '^10.4.0',
      '@nestjs/common': '^10.4.0',
      '@nestjs/platform-express': '^10.4.0',
      next: '^15.1.0',
      react: '^19.0.0',
      'react-dom': '^19.0.0',
      '@aws-sdk/client-s3': '^3.700.0',
      '@aws-sdk/client-dynamodb': '^3.700.0',
      firebase: '^11.1.0',
      'firebase-admin': '^13.0.0',
      rxjs: '^7.8.1',
      'zone.js': '^0.15.0',
      '@angular/animations': '^19.0.0',
      '@angular/material': '^19.0.0',
      '@nestjs/typeorm': '^10.0.0',
      '@nestjs/swagger': '^8.1.0',
      typeorm: '^0.3.20',
      mongoose: '^8.9.0',
    },
    devDependencies: {
      '@angular/cli': '^19.0.0',
      '@angular-devkit/build-angular': '^19.0.0',
      '@angular/compiler-cli': '^19.0.0',
      '@nestjs/cli': '^10.4.0',
      webpack: '^5.97.0',
      jest: '^29.7.0',
      eslint: '^9.17.0',
      typescript: '~5.6.3',
      'ts-jest': '^29.2.0',
      '@testing-library/react': '^16.1.0',
      'typescript-eslint': '^8.18.0',
      'eslint-plugin-react': '^7.37.0',
      '@babel/preset-env': '^7.26.0',
      'webpack-dev-server': '^5.2.0',
      storybook: '^8.4.0',
      '@storybook/react-webpack5': '^8.4.0',
    },
  },
};

/** Targets of the issue, on the large lock, validation included. */
const targets = { seconds: 0.5, megabytes: 150, speedup: 15 };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Writes the input's package.json and generates its lockfile when it is missing or stale. */
function prepareInput(name, manifest) {
  const directory = path.join(cache, name);
  mkdirSync(directory, { recursive: true });
  const text = `${JSON.stringify({ name: `bench-${name}`, version: '1.0.0', private: true, license: 'MIT', ...manifest }, null, 2)}\n`;
  const manifestPath = path.join(directory, 'package.json');
  const lock = path.join(directory, 'package-lock.json');
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== text || !existsSync(lock)) {
    writeFileSync(manifestPath, text);
    rmSync(lock, { force: true });
    console.error(`generating ${name}/package-lock.json from the registry…`);
    const args = [
      'install',
      '--package-lock-only',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--legacy-peer-deps',
    ];
    const result = run('npm', args, { cwd: directory });
    if (result.status !== 0)
      throw new Error(`npm install --package-lock-only failed for ${name}:\n${result.stderr}`);
  }
  return directory;
}

/** Installs cdxgen and cyclonedx-npm into the cache (pinned), once. */
function prepareTools() {
  const directory = path.join(cache, 'tools');
  const bin = (name) => path.join(directory, 'node_modules/.bin', name);
  const wanted = Object.entries(tools).map(([name, version]) => `${name}@${version}`);
  const installed = Object.entries(tools).every(([name, version]) => {
    const manifest = path.join(directory, 'node_modules', name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
  });
  if (!installed) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, 'package.json'), '{"name":"bench-tools","private":true}\n');
    console.error(`installing ${wanted.join(', ')} into ${directory}…`);
    const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-save', ...wanted];
    const result = run('npm', args, { cwd: directory });
    if (result.status !== 0) throw new Error(`installing the comparison tools failed:\n${result.stderr}`);
  }
  return { cdxgen: bin('cdxgen'), cyclonedxNpm: bin('cyclonedx-npm') };
}

const gnuTime = ['/usr/bin/time', '/bin/time'].find((candidate) => existsSync(candidate));

/** Wall seconds and peak resident megabytes of one whole process. */
function measure(command, args, options = {}) {
  const report = path.join(cache, '.time');
  const started = process.hrtime.bigint();
  const result = gnuTime
    ? run(gnuTime, ['-f', '%M %U %S', '-o', report, command, ...args], options)
    : run(command, args, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [kilobytes, user, system] = gnuTime
    ? (readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [Number.NaN, Number.NaN, Number.NaN];
  return {
    seconds,
    megabytes: kilobytes / 1024,
    cpu: user + system,
    status: result.status,
    stderr: result.stderr,
  };
}

function lastLine(text) {
  return (text ?? '').trim().split('\n').at(-1)?.trim() ?? '';
}

function median(samples) {
  const sorted = samples.toSorted((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

/** name@version of every npm component, qualifiers and subpath stripped. */
function purlSet(file) {
  const bom = JSON.parse(readFileSync(file, 'utf8'));
  const purls = new Set();
  const visit = (component) => {
    if (typeof component.purl === 'string' && component.purl.startsWith('pkg:npm/')) {
      purls.add(decodeURIComponent(component.purl.replace(/[?#].*$/, '').slice('pkg:npm/'.length)));
    }
    for (const nested of component.components ?? []) visit(nested);
  };
  for (const component of bom.components ?? []) visit(component);
  return { purls, bom };
}

/** Why a name@version is in one SBOM and not the other, from what the lockfile says. */
function explain(lock, nameAtVersion) {
  const at = nameAtVersion.lastIndexOf('@');
  const [name, version] = [nameAtVersion.slice(0, at), nameAtVersion.slice(at + 1)];
  const entries = Object.entries(lock.packages).filter(
    ([key, entry]) =>
      (entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 13)) === name && entry.version === version,
  );
  if (entries.length === 0) return 'not in the lockfile';
  const [key, entry] = entries[0];
  const flags = ['dev', 'optional', 'devOptional', 'peer', 'inBundle', 'link'].filter((flag) => entry[flag]);
  return `${key}${flags.length ? ` (${flags.join(', ')})` : ''}${entry.resolved ? '' : ', no resolved'}`;
}

/** Checks Evident's own output: hashes on every npm component, licences wherever the lock has them. */
function checkEvident(file, lock) {
  const { bom } = purlSet(file);
  const components = bom.components ?? [];
  const hashless = components.filter(
    (component) =>
      !component.hashes?.length &&
      !component.properties?.some((property) => property.name === 'cdx:npm:package:bundled'),
  );
  const licensed = new Set();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || entry.link || !entry.license) continue;
    licensed.add(`${entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 13)}@${entry.version}`);
  }
  const nameOf = (component) =>
    `${component.group ? `${component.group}/` : ''}${component.name}@${component.version}`;
  const unlicensed = components.filter(
    (component) => !component.licenses?.length && licensed.has(nameOf(component)),
  );
  return { hashless, unlicensed, components: components.length };
}

let missed = 0;
const lines = [];
const say = (line = '') => lines.push(line);
const fmt = (seconds) => `${seconds.toFixed(3)} s`;
const cpuOf = (result) => (Number.isNaN(result.cpu) ? '' : `  cpu ${result.cpu.toFixed(2)} s`);
const mb = (megabytes) => (Number.isNaN(megabytes) ? 'n/a' : `${megabytes.toFixed(0)} MB`);

/** The library floor's script, bundled like Evident with the shared esbuild settings. */
async function buildLibraryFloor() {
  const file = path.join(cache, 'library-floor.mjs');
  const contents = `
    import * as Models from '@cyclonedx/cyclonedx-library/Models';
    import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
    import * as License from '@cyclonedx/cyclonedx-library/Contrib/License';
    import * as Serializer from '@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js';
    import * as Normalize from '@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js';
    import parseSpdxExpression from 'spdx-expression-parse';
    import { PackageURL } from 'packageurl-js';
    import { readFileSync } from 'node:fs';
    const { validate } = await import('./generated/cyclonedx-1.6.js');
    globalThis.loaded = [Models, Enums, License, Serializer, Normalize, parseSpdxExpression, PackageURL, validate];
    JSON.parse(readFileSync(process.argv[2], 'utf8'));`;
  await build({
    ...nodeBundleOptions,
    stdin: { contents, resolveDir: path.join(root, 'packages/sbom'), sourcefile: 'library-floor.mjs' },
    outfile: file,
  });
  return file;
}

const toolBins = compare ? prepareTools() : undefined;
const libraryFloorScript = await buildLibraryFloor();
const env = {
  ...process.env,
  SOURCE_DATE_EPOCH: '1767225600',
  GIT_CEILING_DIRECTORIES: cache,
  NO_COLOR: '1',
};
for (const [name, manifest] of Object.entries(inputs)) {
  const directory = prepareInput(name, manifest);
  const lockPath = path.join(directory, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const out = path.join(cache, 'out', name);
  mkdirSync(out, { recursive: true });
  const evidentFile = path.join(out, 'evident.cdx.json');
  // The floors and Evident alternate, so that all see the same moments of a shared machine.
  const triples = Array.from({ length: runs }, () => [
    measure(process.execPath, [
      '-e',
      `JSON.parse(require('fs').readFileSync(${JSON.stringify(lockPath)}, 'utf8'))`,
    ]),
    measure(process.execPath, [libraryFloorScript, lockPath]),
    measure(process.execPath, [cli, '-C', directory, 'sbom', '-o', evidentFile], { env }),
  ]);
  const floor = median(triples.map(([run]) => run));
  const libraryFloor = median(triples.map(([, run]) => run));
  const evidentRuns = triples.map(([, , run]) => run);
  const evident = median(evidentRuns);
  if (evident.status !== 0) throw new Error(`evident sbom failed on ${name}:\n${evident.stderr}`);
  const first = readFileSync(evidentFile);
  measure(process.execPath, [cli, '-C', directory, 'sbom', '-o', evidentFile], { env });
  const reproducible = first.equals(readFileSync(evidentFile));
  const own = checkEvident(evidentFile, lock);

  say(
    `${name}: ${Object.keys(lock.packages).length - 1} lockfile entries, ${own.components} components (deduplicated by name@version)`,
  );
  say(`  floor (node + JSON.parse)   ${fmt(floor.seconds)}  ${mb(floor.megabytes)}${cpuOf(floor)}`);
  say(
    `  library floor               ${fmt(libraryFloor.seconds)}  ${mb(libraryFloor.megabytes)}${cpuOf(libraryFloor)}  (+ loading the CycloneDX library, packageurl-js, the validator)`,
  );
  say(
    `  evident sbom (validated)    ${fmt(evident.seconds)}  ${mb(evident.megabytes)}${cpuOf(evident)}  median of ${runs}; two runs byte-identical: ${reproducible ? 'yes' : 'NO'}`,
  );
  say(
    `  every npm component hashed: ${
      own.hashless.length === 0
        ? 'yes'
        : `no, ${own.hashless.length} without (${own.hashless
            .slice(0, 5)
            .map((c) => c.purl)
            .join(', ')})`
    }; licences wherever the lock has them: ${own.unlicensed.length === 0 ? 'yes' : `no, ${own.unlicensed.length} missing`}`,
  );
  if (!reproducible || own.hashless.length > 0 || own.unlicensed.length > 0) missed++;
  if (name === 'large') {
    const ok = evident.seconds <= targets.seconds && !(evident.megabytes > targets.megabytes);
    if (!ok) missed++;
    say(`  target ≤ ${targets.seconds} s and ≤ ${targets.megabytes} MB: ${ok ? 'ok' : 'MISSED'}`);
  }
  if (!toolBins) continue;

  const cdxgenFile = path.join(out, 'cdxgen.cdx.json');
  const cdxgenEnv = { ...process.env, FETCH_LICENSE: 'false', CDXGEN_DEBUG_MODE: '', NODE_NO_WARNINGS: '1' };
  const npmFile = path.join(out, 'cyclonedx-npm.cdx.json');
  if (withNodeModules && !existsSync(path.join(directory, 'node_modules'))) {
    console.error(`installing node_modules of ${name} for cyclonedx-npm…`);
    run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps'], {
      cwd: directory,
    });
  }
  const npmMode = withNodeModules ? [] : ['--package-lock-only'];
  const toolPairs = Array.from({ length: toolRuns }, () => [
    measure(
      toolBins.cdxgen,
      // --no-install-deps: without node_modules cdxgen would otherwise run npm install itself.
      ['-t', 'js', '--no-install-deps', '-o', cdxgenFile, directory],
      { env: cdxgenEnv, cwd: directory },
    ),
    measure(
      toolBins.cyclonedxNpm,
      [...npmMode, '--ignore-npm-errors', '--output-file', npmFile, path.join(directory, 'package.json')],
      { cwd: directory },
    ),
  ]);
  const cdxgen = median(toolPairs.map(([run]) => run));
  const cyclonedxNpm = median(toolPairs.map(([, run]) => run));
  for (const [label, result] of [
    ['cdxgen -t js', cdxgen],
    [withNodeModules ? 'cyclonedx-npm' : 'cyclonedx-npm (lock only)', cyclonedxNpm],
  ]) {
    const ratio = result.seconds / evident.seconds;
    const status = result.status === 0 ? '' : `  exit ${result.status}`;
    say(
      `  ${label.padEnd(27)} ${fmt(result.seconds)}  ${mb(result.megabytes)}${cpuOf(result)}  median of ${toolRuns}; Evident is ${ratio.toFixed(1)}× faster${status}`,
    );
    if (name === 'large' && ratio < targets.speedup) {
      missed++;
      say(`    target ≥ ${targets.speedup}× faster: MISSED`);
    }
  }
  // As usually run, without --ignore-npm-errors: npm ls may call a real tree invalid.
  const strict = measure(
    toolBins.cyclonedxNpm,
    [
      ...npmMode,
      '--output-file',
      path.join(out, 'cyclonedx-npm.strict.cdx.json'),
      path.join(directory, 'package.json'),
    ],
    { cwd: directory },
  );
  say(
    `  cyclonedx-npm without --ignore-npm-errors: ${strict.status === 0 ? 'succeeds' : `fails (exit ${strict.status}: ${lastLine(strict.stderr)})`}`,
  );
  if (!existsSync(cdxgenFile)) {
    say('  cdxgen wrote no SBOM: purl sets not compared');
    continue;
  }
  const ours = purlSet(evidentFile).purls;
  const theirs = purlSet(cdxgenFile).purls;
  const onlyOurs = [...ours].filter((purl) => !theirs.has(purl)).sort();
  const onlyTheirs = [...theirs].filter((purl) => !ours.has(purl)).sort();
  say(
    `  purls vs cdxgen: ${ours.size} Evident, ${theirs.size} cdxgen, ${onlyOurs.length + onlyTheirs.length === 0 ? 'identical' : `${onlyOurs.length} only in Evident, ${onlyTheirs.length} only in cdxgen`}`,
  );
  for (const purl of onlyOurs) say(`    + ${purl}: ${explain(lock, purl)}`);
  for (const purl of onlyTheirs) say(`    - ${purl}: ${explain(lock, purl)}`);
}

console.log(
  `SBOM benchmark on ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} (whole processes; peak = max resident set size; cpu = user + system)`,
);
for (const line of lines) console.log(`  ${line}`);
process.exitCode = missed ? 1 : 0;

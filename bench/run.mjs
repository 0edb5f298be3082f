#!/usr/bin/env node
// npm run bench: whole-process figures, each beside the floor measured in the same run.
// Targets come from the issues; a miss is printed, and the exit code is 1.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNamedAction } from '../packages/actions/scripts/bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}packages/cli/dist/bin.js`;
const runs = Number(process.env.BENCH_RUNS ?? 25);

/** Wall time in seconds of one whole `node ARGS` process. */
function timeOnce(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * Median wall times of several commands, their runs interleaved so that load on the machine
 * weighs on each alike; two warm-up rounds first.
 */
function timeProcesses(commands) {
  const times = commands.map(() => []);
  for (let round = -2; round < runs; round++) {
    commands.forEach((args, index) => {
      const seconds = timeOnce(args);
      if (round >= 0) times[index].push(seconds);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const rows = [];
let missed = 0;
function report(name, seconds, floor, target) {
  const over = seconds - floor;
  const ok = over <= target;
  if (!ok) missed++;
  rows.push(
    `${name.padEnd(34)} ${seconds.toFixed(3)} s   floor ${floor.toFixed(3)} s   +${over.toFixed(3)} s (x${(seconds / floor).toFixed(2)})   target +${target.toFixed(2)} s  ${ok ? 'ok' : 'MISSED'}`,
  );
}

const [bareNode, version, help] = timeProcesses([
  ['-e', ''],
  [cli, '--version'],
  [cli, '--help'],
]);
report('evident --version', version, bareNode, 0.15);
report('evident --help', help, bareNode, 0.15);

/** Seconds from spawning `node ARGS` to the first byte on its stdout; the process is then stopped. */
function timeToFirstOutput(args, options) {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'ignore'] });
    let first;
    child.stdout.once('data', () => {
      first = Number(process.hrtime.bigint() - started) / 1e9;
      child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () =>
      first === undefined ? reject(new Error(`node ${args.join(' ')} printed nothing`)) : resolve(first),
    );
  });
}

/** Median times to first output, interleaved like timeProcesses. */
async function timeFirstOutputs(commands) {
  const times = commands.map(() => []);
  for (let round = -2; round < runs; round++) {
    for (const [index, [args, options]] of commands.entries()) {
      const seconds = await timeToFirstOutput(args, options);
      if (round >= 0) times[index].push(seconds);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

// The bundled pack action, built here as `npm run bundle` builds it, run with a runner-like
// environment; its first line (which action, which build) is its first output.
const scratch = await mkdtemp(path.join(tmpdir(), 'evident-bench-'));
try {
  await bundleNamedAction('pack', path.join(scratch, 'pack'));
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: scratch, GITHUB_ACTIONS: 'true', CI: 'true' };
  const [bareFirst, packFirst] = await timeFirstOutputs([
    [['-e', "process.stdout.write('x')"], { cwd: scratch, env }],
    [[path.join(scratch, 'pack/dist/index.mjs')], { cwd: scratch, env }],
  ]);
  report('pack action: time to first output', packFirst, bareFirst, 0.3);
} finally {
  await rm(scratch, { recursive: true, force: true });
}

console.log(`Start-up, median of ${runs} whole processes on ${process.version} (floor: a bare node process)`);
for (const row of rows) console.log(`  ${row}`);
process.exitCode = missed ? 1 : 0;

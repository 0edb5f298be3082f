#!/usr/bin/env node
// npm run bench: whole-process figures, each beside the floor measured in the same run.
// Targets come from the issues; a miss is printed, and the exit code is 1.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

console.log(`Start-up, median of ${runs} whole processes on ${process.version} (floor: a bare node process)`);
for (const row of rows) console.log(`  ${row}`);
process.exitCode = missed ? 1 : 0;

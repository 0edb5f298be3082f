#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps the code it compiled for a run (in the OS temp directory) for the next
// one, as tsc does; on Node 20 there is none to enable. Set before the rest is loaded.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (`evident sbom | head`) ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

const { main } = await import('./main.js');
process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

#!/usr/bin/env node
// Writes the generated parts of the repository from the built code: the published JSON
// Schemas (schemas/*.schema.json) and the CLI reference in README.md. `--check` writes
// nothing and exits 1 when a file is out of date (the tests run it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const { path, content } of await generatedFiles(root)) {
  const current = (() => {
    try {
      return readFileSync(`${root}${path}`, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (current === content) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run generate`);
    stale++;
  } else {
    writeFileSync(`${root}${path}`, content);
    console.log(`wrote ${path}`);
  }
}
process.exitCode = stale ? 1 : 0;

import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  UsageError
} from "./chunk-C5P4ZO5R.js";

// packages/cli/src/output-directory.ts
import { readdir, stat } from "node:fs/promises";
async function refuseForeignDirectory(output, earlier, force) {
  const info = await stat(output).catch(() => void 0);
  if (!info || force) return;
  if (!info.isDirectory()) {
    throw new UsageError(`${output} exists and is not a directory`, {
      fix: "choose another -o/--output path"
    });
  }
  if ((await readdir(output)).length === 0 || await earlier.holds(output)) return;
  throw new UsageError(`${output} is not empty and holds no ${earlier.name}`, {
    fix: "choose an empty or new directory for -o/--output, or pass --force to replace it"
  });
}

export {
  refuseForeignDirectory
};

import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  InputError,
  throwIfProblems
} from "./chunk-C5P4ZO5R.js";

// packages/cli/src/commands/advisory-files.ts
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
function baseDirectory(options, io) {
  return resolve(io.cwd, options.cwd ?? ".");
}
async function readNamedFiles(files, base) {
  const problems = [];
  const read = [];
  for (const file of files) {
    const path = resolve(base, file);
    const shown = relative(base, path) || path;
    try {
      const bytes = await readFile(path);
      read.push({ path, shown, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) });
    } catch (error) {
      problems.push({
        message: `cannot read the file: ${reasonOf(error)}`,
        location: { file: shown },
        fix: "check the path and that the file is readable UTF-8 text"
      });
    }
  }
  throwIfAny(problems, "reading the files");
  return read;
}
function parseJsonFile(file) {
  try {
    return { value: JSON.parse(file.text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const before = Number.isNaN(position) ? void 0 : file.text.slice(0, position).split("\n");
    const location = before === void 0 ? { file: file.shown } : { file: file.shown, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    return {
      problem: {
        message: `not JSON: ${message.replace(/ in JSON at position \d+.*$/s, "")}`,
        location,
        fix: "a CSAF document is a JSON file; repair the syntax at this position"
      }
    };
  }
}
function throwIfAny(problems, what) {
  throwIfProblems(problems, (message, options) => new InputError(message, options), what);
}
function reasonOf(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  if (error instanceof TypeError) return "not valid UTF-8";
  return error instanceof Error ? error.message : String(error);
}

export {
  baseDirectory,
  readNamedFiles,
  parseJsonFile,
  throwIfAny
};

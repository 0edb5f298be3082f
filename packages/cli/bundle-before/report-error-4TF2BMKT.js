import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  ExitCode,
  exitCodeOf,
  formatUserError,
  isUserError
} from "./chunk-C5P4ZO5R.js";
import "./chunk-ZCQYR5VP.js";
import "./chunk-TQAJVIUW.js";

// packages/cli/src/report-error.ts
function reportError(error, io, json) {
  if (isUserError(error)) {
    io.stderr.write(`evident: error: ${formatUserError(error)}
`);
    if (json) {
      const report = {
        error: { kind: error.kind, message: error.message, fix: error.fix, problems: error.problems }
      };
      io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
    }
    return exitCodeOf(error);
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  io.stderr.write(
    `evident: internal error (a bug in Evident; please report it with this output):
${detail}
`
  );
  if (json)
    io.stdout.write(`${JSON.stringify({ error: { kind: "internal", message: String(error) } }, null, 2)}
`);
  return ExitCode.internal;
}
export {
  reportError
};

import { createRequire as __evidentCreateRequire } from 'node:module';
import { fileURLToPath as __evidentFileURLToPath } from 'node:url';
import { dirname as __evidentDirname } from 'node:path';
const require = __evidentCreateRequire(import.meta.url);
const __filename = __evidentFileURLToPath(import.meta.url);
const __dirname = __evidentDirname(__filename);
import {
  createClock
} from "./chunk-CRQUU744.js";

// packages/cli/src/repository.ts
async function readRepositoryState({ git }) {
  if (!git || !await git.hasCommits()) return { dirty: false };
  const [head, url, dirty] = await Promise.all([git.head(), git.remoteUrl(), git.isDirty()]);
  return {
    commit: head.commit,
    dirty,
    ...head.ref === void 0 ? {} : { ref: head.ref },
    ...url === void 0 ? {} : { url }
  };
}
async function runClock(workspace, env) {
  if (env.SOURCE_DATE_EPOCH) return createClock({ env, fallback: /* @__PURE__ */ new Date(0) });
  if (workspace.git && await workspace.git.hasCommits()) {
    return createClock({ env, fallback: await workspace.git.commitTime() });
  }
  workspace.logger.warn(
    "no commit and no SOURCE_DATE_EPOCH: outputs carry the current time and are not reproducible"
  );
  return createClock({ env, fallback: new Date(Math.floor(Date.now() / 1e3) * 1e3) });
}

export {
  readRepositoryState,
  runClock
};

/**
 * A small control API under `/__github-server/` (outside GitHub's namespace) so a test can
 * drive a server running in another process: set up state, inject faults, read the request
 * log. In-process tests use the `state`, `faults` and `requests` objects directly.
 */
import type { ServerResponse } from 'node:http';
import type { FaultSpec, Faults } from './faults.js';
import type { ResourceKind } from './resources.js';
import { sendJson } from './send.js';
import type { HandlerContext } from './server.js';
import type { GitHubState } from './state.js';

/** The control prefix. */
export const CONTROL_PREFIX = '/__github-server';

/** A seed: state and faults to set up, as JSON (the CLI's `--seed` file, or POST /seed). */
export interface ServerSeed {
  readonly repositories?: readonly {
    readonly fullName: string;
    readonly overrides?: Record<string, unknown>;
  }[];
  readonly items?: readonly {
    readonly kind: ResourceKind;
    readonly fullName: string;
    readonly overrides?: Record<string, unknown>;
    readonly parent?: number | string;
    readonly count?: number;
  }[];
  readonly faults?: readonly { readonly match: string; readonly spec: FaultSpec; readonly times?: number }[];
}

/** Apply a seed to a running server's state and faults. */
export function applySeed(
  target: { readonly state: GitHubState; readonly faults: Faults },
  seed: ServerSeed,
): void {
  for (const repository of seed.repositories ?? []) {
    target.state.addRepository(repository.fullName, repository.overrides ?? {});
  }
  for (const item of seed.items ?? []) {
    const options = item.parent === undefined ? {} : { parent: item.parent };
    target.state.addMany(item.kind, item.fullName, item.count ?? 1, () => item.overrides ?? {}, options);
  }
  for (const fault of seed.faults ?? []) {
    target.faults.inject(fault.match, fault.spec, fault.times === undefined ? {} : { times: fault.times });
  }
}

/** Handle a control request; false when the URL is not a control URL. */
export function handleControl(
  context: HandlerContext,
  url: URL,
  method: string,
  body: string,
  response: ServerResponse,
): boolean {
  if (!url.pathname.startsWith(`${CONTROL_PREFIX}/`)) return false;
  const action = `${method.toUpperCase()} ${url.pathname.slice(CONTROL_PREFIX.length)}`;
  try {
    switch (action) {
      case 'GET /requests':
        sendJson(response, 200, context.requests.all(), {});
        return true;
      case 'POST /seed':
        applySeed({ state: context.store, faults: context.faults }, JSON.parse(body) as ServerSeed);
        sendJson(response, 204, undefined, {});
        return true;
      case 'POST /reset':
        context.store.reset();
        context.faults.clear();
        context.requests.clear();
        sendJson(response, 204, undefined, {});
        return true;
      default:
        sendJson(response, 404, { message: `unknown control action ${action}` }, {});
        return true;
    }
  } catch (error) {
    sendJson(response, 400, { message: String(error) }, {});
    return true;
  }
}

/**
 * Every request the server received, in order, so tests can assert how a client behaved:
 * "exactly one POST", "50 pages", "the retry came no earlier than retry-after".
 */

/** One received request and the status it got. */
export interface RecordedRequest {
  readonly method: string;
  /** The path below the API root, without the query. */
  readonly path: string;
  /** `GET /repos/{owner}/{repo}`, or undefined for an undocumented path. */
  readonly route: string | undefined;
  readonly operationId: string | undefined;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  /** Milliseconds since the server started, when the request arrived. */
  readonly receivedAt: number;
  status: number;
}

/** The request log of one server. */
export interface RequestLog {
  /** All requests, oldest first. */
  all(): readonly RecordedRequest[];
  /** Requests for a route key or operationId (`*` or nothing: all). */
  filter(match?: string): RecordedRequest[];
  /** How many requests matched. */
  count(match?: string): number;
  /** Requests per route key, for a quick look at what a run did. */
  countByRoute(): Record<string, number>;
  clear(): void;
  /** Used by the server. */
  record(request: RecordedRequest): void;
}

/** An empty log. */
export function createRequestLog(): RequestLog {
  let entries: RecordedRequest[] = [];
  const filter = (match?: string) =>
    match === undefined || match === '*'
      ? [...entries]
      : entries.filter((entry) => entry.route === match || entry.operationId === match);
  return {
    all: () => entries,
    filter,
    count: (match) => filter(match).length,
    countByRoute() {
      const counts: Record<string, number> = {};
      for (const entry of entries) {
        const key = entry.route ?? `${entry.method} ${entry.path}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    clear: () => {
      entries = [];
    },
    record: (request) => {
      entries.push(request);
    },
  };
}

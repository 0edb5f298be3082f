/** Writing a reply the way GitHub does: JSON with an exact content-length, no body for 204. */
import type { ServerResponse } from 'node:http';

/** Send a JSON body (none for 204/304); a string body is sent as text. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): void {
  if (response.headersSent) return;
  const noBody = status === 204 || status === 304 || body === undefined;
  const isText = typeof body === 'string';
  const payload = noBody ? '' : isText ? body : JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    ...(noBody
      ? {}
      : { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' }),
    'content-length': String(Buffer.byteLength(payload)),
  });
  response.end(payload);
}

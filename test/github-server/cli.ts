/**
 * Run the server in its own process: `node <bundle> [--port N] [--host H] [--base-path /api/v3]
 * [--seed seed.json] [--cache-dir DIR]`. It prints one JSON line, `{"url": "..."}`, once it
 * listens, and stops on SIGTERM or SIGINT. `spawn.ts` builds the bundle and starts it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applySeed, type ServerSeed } from './control.js';
import { startGitHubServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'base-path': { type: 'string', default: '' },
    seed: { type: 'string' },
    'cache-dir': { type: 'string' },
  },
});

const server = await startGitHubServer({
  port: Number(values.port),
  host: values.host,
  basePath: values['base-path'],
  ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
});
if (values.seed) {
  const seed = JSON.parse(readFileSync(values.seed, 'utf8')) as ServerSeed;
  applySeed(server, seed);
}
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
const stop = () => {
  server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

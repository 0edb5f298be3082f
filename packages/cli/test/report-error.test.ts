import { PassThrough } from 'node:stream';
import { ConfigurationError, InternalError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { parseGitHubRemote } from '../src/commands/init.js';
import type { CliIo } from '../src/io.js';
import { main } from '../src/main.js';
import { reportError } from '../src/report-error.js';

function captureIo(argv: string[] = []): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  return { argv, cwd: process.cwd(), env: {}, stdout, stderr, out: () => out, err: () => err };
}

describe('the top-level error handler', () => {
  it('prints a user error without a stack and returns 2', () => {
    const io = captureIo();
    const error = new ConfigurationError('products[0].type is wrong', {
      location: { file: 'evident.yml', line: 4, column: 11 },
      fix: 'use embedded-device',
    });
    expect(reportError(error, io, false)).toBe(2);
    expect(io.err()).toBe(
      'evident: error: evident.yml:4:11: products[0].type is wrong\n  fix: use embedded-device\n',
    );
    expect(io.out()).toBe('');
  });

  it('prints a bug with its stack and a request to report it, and returns 3', () => {
    const io = captureIo();
    expect(reportError(new InternalError('invariant broken'), io, true)).toBe(3);
    expect(io.err()).toMatch(
      /^evident: internal error \(a bug in Evident; please report it with this output\):\nInternalError: invariant broken\n\s+at /,
    );
    expect(JSON.parse(io.out())).toEqual({
      error: { kind: 'internal', message: 'InternalError: invariant broken' },
    });
  });

  it('runs in-process: --version and an unknown option', async () => {
    const version = captureIo(['--version']);
    expect(await main(version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
    const unknown = captureIo(['pack', '-o', 'x', '--frobnicate']);
    expect(await main(unknown)).toBe(2);
    expect(unknown.err()).toBe("evident: error: unknown option '--frobnicate'\n");
  });
});

describe('parseGitHubRemote', () => {
  it('reads https and ssh remotes', () => {
    expect(parseGitHubRemote('https://github.com/acme/plc.git')).toEqual({
      owner: 'acme',
      repo: 'plc',
      url: 'https://github.com/acme/plc',
    });
    expect(parseGitHubRemote('git@github.com:acme/plc-fw.git')?.repo).toBe('plc-fw');
    expect(parseGitHubRemote('https://gitlab.com/acme/plc.git')).toBeUndefined();
  });
});

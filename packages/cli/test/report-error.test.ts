import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseGitHubRemote } from '@evident/app';
import { ConfigurationError, InternalError } from '@evident/core';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp-dir.js';
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
    expect(unknown.err()).toBe(
      "evident: error: unknown option '--frobnicate'\n  fix: see `evident pack --help`\n",
    );
  });
});

describe('command-line conventions', () => {
  const makeTempDir = useTempDirs();

  it.each([
    [['frob'], "unknown command 'frob'", 'run `evident --help` for the list of commands'],
    [
      ['advisory', 'frob'],
      "unknown command 'frob'",
      'run `evident advisory --help` for the list of commands',
    ],
    [
      ['pack'],
      "required option '-o, --output <dir>' not specified",
      'add it; `evident pack --help` shows what it takes',
    ],
    [
      ['sbom', '--spec', '9'],
      "argument '9' is invalid",
      'pass one of the allowed values; `evident sbom --help` lists them',
    ],
    [['help', 'frob'], "unknown command 'frob'", 'run `evident --help` for the list of commands'],
  ])(
    'answers the parser error of %j with a fix line, and as JSON under --json',
    async (argv, message, fix) => {
      const text = captureIo(argv);
      expect(await main(text)).toBe(2);
      expect(text.err()).toContain(message);
      expect(text.err()).toContain(`\n  fix: ${fix}\n`);
      expect(text.out()).toBe('');
      const json = captureIo(['--json', ...argv]);
      expect(await main(json)).toBe(2);
      const report = JSON.parse(json.out());
      expect(report.error).toMatchObject({ kind: 'usage', fix });
      expect(report.error.message).toContain(message);
    },
  );

  it('prints the help of a command, nested ones too, with `evident help`', async () => {
    for (const argv of [
      ['help', 'pack'],
      ['help', 'advisory', 'build'],
      ['advisory', 'help', 'build'],
      ['help'],
    ]) {
      const io = captureIo(argv);
      expect(await main(io), argv.join(' ')).toBe(0);
      const usage = argv.filter((word) => word !== 'help').join(' ');
      expect(io.out()).toMatch(new RegExp(`^Usage: evident ${usage ? `${usage} ` : ''}\\[options\\]`));
    }
  });

  it('-q prints no warnings, -v prints the debug messages', async () => {
    const dir = await makeTempDir();
    await writeFile(
      path.join(dir, 'evident.yml'),
      'version: 1\nproducts:\n  - id: plc\n    name: PLC\n    type: embedded-device\n',
    );
    const run = async (...flags: string[]) => {
      const io = { ...captureIo(['-C', dir, ...flags, 'pack', '-o', `out${flags.join('')}`]), cwd: dir };
      expect(await main(io)).toBe(0);
      return io.err();
    };
    // No package.json and no commit: two warnings in a normal run.
    expect(await run()).toContain('warning: no version found for product plc');
    expect(await run('-q')).toBe('');
    const verbose = await run('-v');
    expect(verbose).toContain(`debug: workspace ${dir} (not a git repository)`);
    expect(verbose).toContain('debug: evident.yml: 1 product(s): plc');
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

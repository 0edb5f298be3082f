import { buildSbom, type SbomReport } from '@evident/app';
import { UsageError } from '@evident/core';
import { isSpecVersion, type SbomFormat, type SpecVersion, sbomFormats, specVersions } from '@evident/sbom';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { openCliWorkspace } from '../workspace.js';
import type { sbomSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type SbomOptions = Input<typeof sbomSpec>;

/** `evident sbom`: the SBOM to stdout or -o; a declared hash that does not match its file exits 1. */
export async function runSbom(options: SbomOptions, io: CliIo): Promise<CommandResult<SbomReport>> {
  const { spec, format, omitDev } = checkOptions(options);
  const workspace = await openCliWorkspace(options, io);
  const result = await buildSbom(
    {
      ...(options.path === undefined ? {} : { path: options.path }),
      ...(options.output === undefined ? {} : { output: options.output }),
      spec,
      format,
      omitDev,
    },
    workspace,
  );
  const { report } = result;
  if (result.verdict === 'hash-mismatch') {
    return {
      report,
      text: `Declared hashes do not match ${report.mismatches.length} file(s): no SBOM written.\n  fix: check the files (were they replaced?), then correct sha256 in the declaration`,
      exitCode: 1,
    };
  }
  if (result.document !== undefined) io.stdout.write(result.document);
  return { report, text: result.document === undefined ? describe(report) : '' };
}

function checkOptions(options: SbomOptions): { spec: SpecVersion; format: SbomFormat; omitDev: boolean } {
  const spec = options.spec ?? '1.6';
  if (!isSpecVersion(spec)) {
    throw new UsageError(`--spec ${spec} is not a CycloneDX version Evident writes`, {
      fix: `use one of ${specVersions.join(', ')}`,
    });
  }
  const format = options.format ?? 'json';
  if (!(sbomFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format ${format} is not an SBOM format`, {
      fix: `use one of ${sbomFormats.join(', ')}`,
    });
  }
  if (options.omit !== undefined && options.omit !== 'dev') {
    throw new UsageError(`--omit ${options.omit} is not supported`, { fix: 'use --omit dev' });
  }
  if (options.json && options.output === undefined) {
    throw new UsageError('--json needs -o/--output: without it the SBOM itself goes to stdout', {
      fix: 'add -o sbom.cdx.json, or leave out --json',
    });
  }
  return { spec, format: format as SbomFormat, omitDev: options.omit === 'dev' };
}

function describe(report: SbomReport): string {
  const lines = report.files.map((file) => {
    const scopes = Object.entries(file.byScope)
      .sort()
      .map(([scope, count]) => `${count} ${scope}`)
      .join(', ');
    return `  ${file.path}: ${file.components} components (${scopes || 'none'})${file.gaps.length ? `\n    incomplete: ${file.gaps.join('; ')}` : ''}`;
  });
  return `CycloneDX ${report.spec} ${report.format.toUpperCase()} written and validated:\n${lines.join('\n')}`;
}

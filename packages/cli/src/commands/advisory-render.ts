import type { RenderFormat } from '@evident/advisory';
import { type AdvisoryRenderReport, renderAdvisories } from '@evident/app';
import { UsageError } from '@evident/core';
import type { CliIo, CommandResult } from '../io.js';
import type { Input } from '../program.js';
import { openCliWorkspace } from '../workspace.js';
import type { advisoryRenderSpec } from './specs.js';

/** Options and arguments of the command (commands/specs.ts). */
export type AdvisoryRenderOptions = Input<typeof advisoryRenderSpec>;

const formats: readonly RenderFormat[] = ['html', 'markdown'];

/** `evident advisory render FILE.json… -o DIR`: one line per document, with the files written. */
export async function runAdvisoryRender(
  options: AdvisoryRenderOptions,
  io: CliIo,
): Promise<CommandResult<AdvisoryRenderReport>> {
  const chosen = parseFormats(options.format);
  const workspace = await openCliWorkspace(options, io);
  const report = await renderAdvisories(
    { files: options.files, output: options.output, formats: chosen },
    workspace,
  );
  return {
    report,
    text: report.files.map((entry) => `${entry.source} → ${entry.outputs.join(', ')}`).join('\n'),
  };
}

function parseFormats(requested: readonly string[] | undefined): RenderFormat[] {
  if (requested === undefined || requested.length === 0) return [...formats];
  return requested
    .flatMap((entry) => entry.split(','))
    .map((format) => {
      const known = formats.find((name) => name === format || (name === 'markdown' && format === 'md'));
      if (known === undefined)
        throw new UsageError(`unknown format "${format}"`, { fix: 'use html, markdown or both' });
      return known;
    });
}

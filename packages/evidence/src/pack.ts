import { canonicalJson, type Manifest, type Pack, practices, sha256Hex, sortedBy } from '@evident/core';
import type { Renderer } from '@evident/render';

/** The files of a pack, by pack-relative path. */
export type PackFiles = ReadonlyMap<string, string>;

/** The name of the manifest inside a pack. */
export const manifestName = 'manifest.json';

/**
 * Lays out a pack: `pack.json` (the model), `summary.md` (for people) and `manifest.json`
 * (SHA-256 and size of every other file, so an assessor can verify nothing changed).
 */
export async function layOutPack(pack: Pack, renderer: Renderer): Promise<PackFiles> {
  const files = new Map<string, string>();
  files.set('pack.json', canonicalJson(pack));
  files.set('summary.md', await renderer.render('pack/summary.md', summaryView(pack)));
  files.set(manifestName, canonicalJson(buildManifest(files)));
  return files;
}

/** The manifest of a set of files, sorted by path. */
export function buildManifest(files: PackFiles): Manifest {
  const entries = [...files].map(([path, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { path, sha256: sha256Hex(bytes), size: bytes.byteLength };
  });
  return { formatVersion: 1, algorithm: 'sha256', files: sortedBy(entries, (entry) => entry.path) };
}

/**
 * What the summary template sees: the pack, grouped by practice, with each practice's evidence
 * items listed once beside the requirement they support.
 */
function summaryView(pack: Pack) {
  return {
    pack,
    practices: practices.map((practice) => {
      const requirements = pack.requirements.filter((requirement) => requirement.practice === practice.id);
      const evidence = requirements.flatMap((requirement) =>
        requirement.evidence.map((item) => ({ requirement: requirement.id, ...item })),
      );
      return { ...practice, requirements, evidence };
    }),
  };
}

import type { GlobalOptions } from '../io.js';

/** Options shared by the threat-model commands. */
export interface ThreatModelOptions extends GlobalOptions {
  readonly file?: string;
  readonly junit?: readonly string[];
  readonly sbom?: readonly string[];
}

import type { Input } from '../program.js';
import type { threatModelCheckSpec, threatModelReportSpec } from './specs.js';

/** Options and arguments of `evident threat-model check` (commands/specs.ts). */
export type ThreatModelOptions = Input<typeof threatModelCheckSpec>;

/** Options and arguments of `evident threat-model report` (commands/specs.ts). */
export type ThreatModelReportOptions = Input<typeof threatModelReportSpec>;

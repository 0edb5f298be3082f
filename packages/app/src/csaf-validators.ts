/**
 * Has the reference validator use the schemas precompiled by the node adapter (one advisory
 * command: ~0.8 s instead of ~4.2 s, see packages/node/src/csaf-precompiled.ts). Imported on
 * first use, since its table is 2 MB; installing twice is harmless.
 */
export async function usePrecompiledCsafValidators(): Promise<void> {
  (await import('@evident/node/csaf-precompiled')).usePrecompiledCsafValidators();
}

/** packages/actions, where each action has its folder. */
export declare const actionsRoot: string;
/** The names of the folders under packages/actions that hold an action.yml and a main.ts. */
export declare function listActions(): Promise<string[]>;
/** Bundles one action into `<outDir>/dist/index.mjs`, with templates and action.yml beside it. */
export declare function bundleAction(options: {
  entry: string;
  actionYml: string;
  outDir: string;
}): Promise<{ bundle: string; bytes: number }>;
/** Bundles the named action from its folder into `outDir` (default: the folder itself). */
export declare function bundleNamedAction(
  name: string,
  outDir?: string,
): Promise<{ bundle: string; bytes: number }>;

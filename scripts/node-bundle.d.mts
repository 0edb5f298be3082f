/** The repository root, esbuild's working directory. */
export declare const repositoryRoot: string;
/** The CycloneDX library's files under dist.node/ by path: a specifier pattern and its file. */
export declare const cycloneDxDeepPath: { readonly find: RegExp; readonly replacement: string };
/** esbuild options for an ESM bundle that runs on Node 20 and later. */
export declare const nodeBundleOptions: Readonly<Record<string, unknown>>;

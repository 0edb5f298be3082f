import { type FileStore, InputError } from '@evident/core';

/** A package.json as read: its fields, unchecked. */
export type Manifest = Readonly<Record<string, unknown>>;

/**
 * The one package.json reader: the manifest at `file` (relative to the store's root), or
 * undefined when there is none. JSON that is not an object reads as an empty manifest; text
 * that is not JSON is an InputError at the file, with the caller's `fix` (what else the user
 * can do depends on what the manifest was read for).
 */
export async function readManifest(
  store: FileStore,
  file: string,
  { fix }: { readonly fix: string },
): Promise<Manifest | undefined> {
  if (!(await store.exists(file))) return undefined;
  const text = await store.readText(file);
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Manifest) : {};
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}`, {
      location: { file },
      fix,
      cause: error,
    });
  }
}

/**
 * The largest lockfile Evident reads: 16 MiB, the same limit as the CLI's file store. The
 * largest real npm lockfiles seen (a few thousand packages) are under 5 MB, so anything
 * larger is a mistake or an attack, refused before it is parsed.
 */
export const MAX_LOCKFILE_BYTES = 16 * 1024 * 1024;

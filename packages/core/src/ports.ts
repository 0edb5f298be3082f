/**
 * Ports: what domain packages need from the outside world, as interfaces. Adapters in
 * `@evident/node` (and the actions) implement them; domain code never imports node:fs.
 */

/** Read access to files below one root (the repository); paths are relative, `/`-separated. */
export interface FileStore {
  /** The absolute root, for messages only; never join paths onto it yourself. */
  readonly root: string;
  /** True when the path exists inside the root (a symlink out of it counts as an error). */
  exists(path: string): Promise<boolean>;
  /** The file's bytes. Throws InputError for a missing, escaping or oversized file. */
  readBytes(path: string): Promise<Uint8Array>;
  /** The file as UTF-8 text. Throws InputError naming the byte offset of invalid UTF-8. */
  readText(path: string): Promise<string>;
  /** Relative paths of the files below a directory, sorted, recursively. */
  list(directory: string): Promise<string[]>;
}

/** Write access below one root; every write is atomic (temp file + rename). */
export interface WritableFileStore extends FileStore {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

/** Severity-tagged messages; the CLI prints to stderr, the actions to the runner's log. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string, location?: import('./errors.js').SourceLocation): void;
  error(message: string, location?: import('./errors.js').SourceLocation): void;
}

/** Progress of long work; implementations decide whether and how to show it. */
export interface Progress {
  start(label: string, total?: number): void;
  tick(done: number): void;
  end(): void;
}

/** The time outputs are stamped with; reproducible runs pin it (SOURCE_DATE_EPOCH). */
export interface Clock {
  now(): Date;
}

/**
 * Finds misspelt words (the spell check of CSAF informative test 6.3.8). `@evident/node`
 * implements it with hunspell; a domain package is told nothing about how.
 */
export interface SpellChecker {
  /**
   * The misspelt words of `text`, in text order (repeats kept), with the dictionary of
   * `language` as a document names it (`en`, `en_US`). Rejects, saying why in the message,
   * when there is no dictionary for the language or the checker cannot run.
   */
  check(text: string, language: string): Promise<readonly string[]>;
}

/** No spell checker at hand, and why (said to the user when the spell check is skipped). */
export interface SpellCheckerUnavailable {
  readonly unavailable: string;
}

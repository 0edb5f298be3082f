/**
 * @evident/node: the Node adapters of the core ports: a path-safe file store, atomic writes,
 * git through its CLI, a console logger and progress, a reproducible clock, XML Schema
 * validation (libxml2 as WebAssembly) with the CycloneDX XSDs, and hunspell as the spell
 * checker.
 */
export {
  type DirectoryFiles,
  type FileData,
  type WriteFileOptions,
  writeDirectoryAtomic,
  writeFileAtomic,
  writeFilesAtomic,
} from './atomic-write.js';
export { type ClockOptions, createClock, type FixedClock } from './clock.js';
export {
  type ConsoleOptions,
  type ConsoleProgressOptions,
  createConsoleLogger,
  createConsoleProgress,
  isColorEnabled,
  type OutputStream,
} from './console-logger.js';
export { type CycloneDxXsd, cycloneDxXsd } from './cyclonedx-xsd.js';
export { type FileLock, lockFile } from './file-lock.js';
export {
  createFileStore,
  DEFAULT_MAX_BYTES,
  type FileStoreOptions,
  type ReadOptions,
  readRegularFile,
  readRegularText,
  resolveInside,
} from './file-store.js';
export {
  createGit,
  type Git,
  type GitCommit,
  type GitHead,
  type GitOptions,
  type GitTag,
  publicRemoteUrl,
  redactCredentials,
} from './git.js';
export { createHunspell, findHunspell } from './hunspell.js';
export {
  type FoundFiles,
  manifestOutput,
  markedOutput,
  type OutputDirectory,
  OutputDirectoryError,
  type OutputDirectoryRequest,
  type OutputHint,
  type OutputKind,
  type OutputRefusal,
  openOutputDirectory,
  patternOutput,
} from './output-directory.js';
export { decodeUtf8 } from './utf8.js';
export { loadXmlSchema, type XmlSchema, type XmlSchemaViolation } from './xml-schema.js';

/**
 * Validation of any CSAF document (ours or a third party's) with the reference library,
 * @secvisogram/csaf-validator-lib. An invalid document is a value (a report), never an error.
 */
import { findTooDeep, type SpellChecker, type SpellCheckerUnavailable } from '@evident/core';
import {
  type CsafTest,
  type LibFinding,
  type LibResult,
  loadTests,
  type TestKind,
  type ValidationPreset,
} from './lib-tests.js';
import type { CsafVersion } from './spec-versions.js';
import { asLibrarySpellCheck, domainWords, withDictionary } from './spelling.js';

/** How to validate. */
export interface ValidateCsafOptions {
  /** mandatory (default) decides validity; extended adds optional tests, full informative ones. */
  readonly preset?: ValidationPreset;
  /**
   * The spell checker for informative test 6.3.8 (full preset), or why there is none: the
   * test is then skipped with that reason (the library would otherwise start a spell-check
   * program itself, and crash without it).
   */
  readonly spellCheck?: SpellChecker | SpellCheckerUnavailable;
  /**
   * Words 6.3.8 accepts besides Evident's domain words ({@link domainWords}): the
   * repository's own (`.evident/dictionary.txt`, read by the caller).
   */
  readonly words?: readonly string[];
}

/** One finding: the test id (`6.1.11`, `schema`), where in the document, and what is wrong. */
export interface CsafFinding {
  readonly test: string;
  /** The library's name for the test, e.g. `mandatoryTest_6_1_11`, `csaf_2_0_strict`. */
  readonly name: string;
  readonly kind: TestKind;
  /** A JSON pointer into the document. */
  readonly path: string;
  readonly message: string;
  /** What to do about it, where Evident knows (the library's findings have none). */
  readonly fix?: string;
}

/**
 * How deep a CSAF document may nest (objects and arrays). Real product trees nest a dozen
 * levels; the schema validator and the tests recurse per level, so a tree nested thousands
 * of levels deep would overflow the stack. Such a document is invalid, and no test runs on it.
 */
export const maxCsafDepth = 100;

/** A test that did not run, and why. */
export interface SkippedTest {
  readonly test: string;
  readonly reason: string;
}

/** The outcome of validating one document. */
export interface CsafValidationReport {
  /** True when the schema and every mandatory test pass. */
  readonly valid: boolean;
  /** The version the tests were chosen for (from `/document/csaf_version`). */
  readonly csafVersion: CsafVersion;
  readonly preset: ValidationPreset;
  /** Ids of failing tests, in test order, each once. */
  readonly failedTests: readonly string[];
  readonly errors: readonly CsafFinding[];
  readonly warnings: readonly CsafFinding[];
  readonly infos: readonly CsafFinding[];
  readonly skipped: readonly SkippedTest[];
  /** How many tests ran. */
  readonly testCount: number;
}

// 6.3.6 and 6.3.7 resolve every URL in the document over the network; Evident validates
// offline (air-gapped vendors), so the full preset leaves them out, saying so.
const networkTests = new Set(['6.3.6', '6.3.7']);
const spellCheckTest = '6.3.8';

/** The CSAF version a document claims; anything else is validated as 2.0 (and fails its schema). */
export function csafVersionOf(document: unknown): CsafVersion {
  const version = (document as { document?: { csaf_version?: unknown } } | null)?.document?.csaf_version;
  return version === '2.1' ? '2.1' : '2.0';
}

/** Validates a parsed CSAF document with the tests of its version and the preset. */
export async function validateCsaf(
  document: unknown,
  options: ValidateCsafOptions = {},
): Promise<CsafValidationReport> {
  const preset = options.preset ?? 'mandatory';
  const csafVersion = csafVersionOf(document);
  const tests = await loadTests(csafVersion, preset);
  const errors: CsafFinding[] = [];
  const warnings: CsafFinding[] = [];
  const infos: CsafFinding[] = [];
  const skipped: SkippedTest[] = [];
  const failed: string[] = [];
  let testCount = 0;
  // No test can run on these: they expect an object (the schema has no top-level "type", so
  // the reference validator passes `[1, 2, 3]`, and its tests crash on `null`), and they
  // recurse per level of nesting.
  const unfit = unfitDocument(document);
  if (unfit !== undefined) {
    return {
      valid: false,
      csafVersion,
      preset,
      failedTests: ['schema'],
      errors: [unfit],
      warnings: [],
      infos: [],
      skipped: [],
      testCount: 0,
    };
  }
  for (const test of tests) {
    const skip = skipReason(test, options);
    if (skip !== undefined) {
      skipped.push({ test: test.id, reason: skip });
      continue;
    }
    const result = await runTest(test, document, options);
    if ('skip' in result) {
      skipped.push({ test: test.id, reason: result.skip });
      continue;
    }
    testCount++;
    if (result.isValid === false && !failed.includes(test.id)) failed.push(test.id);
    errors.push(...findings(test, result.errors));
    warnings.push(...findings(test, result.warnings));
    infos.push(...findings(test, result.infos));
  }
  return {
    valid: failed.length === 0,
    csafVersion,
    preset,
    failedTests: failed,
    errors,
    warnings,
    infos,
    skipped,
    testCount,
  };
}

function skipReason(test: CsafTest, options: ValidateCsafOptions): string | undefined {
  if (networkTests.has(test.id)) return 'resolves URLs over the network; Evident validates offline';
  if (test.id === spellCheckTest && spellCheckerOf(options) === undefined) {
    const spellCheck = options.spellCheck;
    return spellCheck !== undefined && 'unavailable' in spellCheck
      ? spellCheck.unavailable
      : 'needs a spell checker, and none was given';
  }
  return undefined;
}

function spellCheckerOf(options: ValidateCsafOptions): SpellChecker | undefined {
  const spellCheck = options.spellCheck;
  return spellCheck === undefined || 'unavailable' in spellCheck ? undefined : spellCheck;
}

/** Runs a test; a spell checker that fails (no dictionary for the language) skips 6.3.8 instead. */
async function runTest(
  test: CsafTest,
  document: unknown,
  options: ValidateCsafOptions,
): Promise<LibResult | { skip: string }> {
  const spellChecker = spellCheckerOf(options);
  if (test.id !== spellCheckTest || spellChecker === undefined) return test.run(document);
  const words = [...domainWords, ...(options.words ?? [])];
  try {
    return await test.run(document, { hunspell: asLibrarySpellCheck(withDictionary(spellChecker, words)) });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { skip: `the spell checker failed: ${reason}` };
  }
}

function findings(test: CsafTest, list: readonly LibFinding[] | undefined): CsafFinding[] {
  return (list ?? []).map((finding) => ({
    test: test.id,
    name: test.name,
    kind: test.kind,
    path: finding.instancePath,
    message: messageOf(finding),
    ...fixOf(finding),
  }));
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The finding for a document no test can run on: not an object, or nested too deep. */
function unfitDocument(document: unknown): CsafFinding | undefined {
  const finding = { test: 'schema', kind: 'schema' as const };
  if (!isJsonObject(document)) {
    return {
      ...finding,
      name: 'json_object',
      path: '',
      message: `must be a JSON object, not ${describeJson(document)}`,
      fix: 'a CSAF document is a JSON object with "document" at its top; check that this is the intended file',
    };
  }
  const deep = findTooDeep(document, maxCsafDepth);
  if (deep === undefined) return undefined;
  return {
    ...finding,
    name: 'nesting_depth',
    path: deep.path
      .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
      .join(''),
    message: `nested more than ${maxCsafDepth} levels deep`,
    fix: `flatten the product tree: no CSAF document needs more than ${maxCsafDepth} levels of nesting`,
  };
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * The library's message; for schema findings, with the property the schema does not allow,
 * the values an enum allows, and, instead of a pattern hundreds of characters long, what the
 * value should look like.
 */
function messageOf(finding: LibFinding): string {
  const params = (finding as { params?: Record<string, unknown> }).params ?? {};
  const message = finding.message ?? '';
  if (typeof params.additionalProperty === 'string') return `${message}: "${params.additionalProperty}"`;
  if (Array.isArray(params.allowedValues))
    return `must be one of ${params.allowedValues.map(String).join(', ')}`;
  if (typeof params.pattern === 'string') {
    const like = patternExamples.find(([suffix]) => finding.instancePath.endsWith(suffix))?.[1];
    if (like) return `must be ${like}`;
    if (params.pattern.length > maxShownPattern) return 'does not have the form the schema requires';
  }
  return message;
}

/** A fix for the schema findings whose remedy is plain: an enum's values, a known form. */
function fixOf(finding: LibFinding): { fix?: string } {
  const params = (finding as { params?: Record<string, unknown> }).params ?? {};
  if (Array.isArray(params.allowedValues)) {
    return {
      fix: `use one of ${params.allowedValues.map(String).join(', ')} (CSAF ${finding.instancePath})`,
    };
  }
  if (typeof params.pattern === 'string' && finding.instancePath.endsWith('/cpe')) {
    return {
      fix: 'write the CPE 2.3 formatted string of the product, or leave cpe out (a purl or a hash identifies it too)',
    };
  }
  return {};
}

// Past this length a pattern says nothing to a person; the message names the form instead.
const maxShownPattern = 80;

/** What a value the CSAF schema checks with a long pattern looks like, by the end of its path. */
const patternExamples: readonly (readonly [string, string])[] = [
  [
    '/cpe',
    'a CPE name: CPE 2.3 like cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:* or CPE 2.2 like cpe:/a:vendor:product:1.0',
  ],
  ['/purl', 'a package URL like pkg:npm/lodash@4.17.21'],
];

/**
 * The test sets of @secvisogram/csaf-validator-lib, loaded lazily (importing them compiles
 * dozens of schemas, unless the application installed the precompiled validators of
 * @evident/node/csaf-precompiled first) and once per process.
 */
import type { CsafVersion } from './spec-versions.js';

/** One finding of a library test. */
export interface LibFinding {
  readonly instancePath: string;
  readonly message?: string;
}

/** What a library test returns. */
export interface LibResult {
  readonly isValid?: boolean;
  readonly errors?: readonly LibFinding[];
  readonly warnings?: readonly LibFinding[];
  readonly infos?: readonly LibFinding[];
}

/** A library test; 6.3.8 takes `{ hunspell }` as its second argument. */
export type LibTest = ((document: unknown, params?: unknown) => LibResult | Promise<LibResult>) & {
  readonly name: string;
};

/** Which tests run: mandatory (the verdict), + optional/recommended, + informative. */
export const validationPresets = ['mandatory', 'extended', 'full'] as const;
export type ValidationPreset = (typeof validationPresets)[number];

/** The kind of a test, from its name. */
export type TestKind = 'schema' | 'mandatory' | 'optional' | 'informative';

type Loader = () => Promise<Record<string, LibTest>>;

// Each entry is one module of the library. The mandatory layer is the library's basic preset,
// the verdict: the strict schema test and the mandatory tests, without 6.1.8 (CVSS against its
// schema), which both of the library's basic presets leave to the schema test. The packaged
// 2.1 presets (csaf_2_1/basic.js …) run the 2.0 tests, so the 2.1 sets are built from
// csaf_2_1/mandatoryTests.js and the 2.1 schema test instead.
const modules: Readonly<Record<CsafVersion, Readonly<Record<ValidationPreset, Loader>>>> = {
  '2.0': {
    mandatory: () => import('@secvisogram/csaf-validator-lib/basic.js'),
    extended: () => import('@secvisogram/csaf-validator-lib/optionalTests.js'),
    full: () => import('@secvisogram/csaf-validator-lib/informativeTests.js'),
  },
  '2.1': {
    mandatory: async () => {
      const { mandatoryTest_6_1_8: _coveredBySchema, ...mandatory } = await import(
        '@secvisogram/csaf-validator-lib/csaf_2_1/mandatoryTests.js'
      );
      return {
        ...(await import('@secvisogram/csaf-validator-lib/csaf_2_1/schemaTests.js')),
        ...mandatory,
      };
    },
    extended: () => import('@secvisogram/csaf-validator-lib/csaf_2_1/recommendedTests.js'),
    full: () => import('@secvisogram/csaf-validator-lib/csaf_2_1/informativeTests.js'),
  },
};

const presetLayers: Readonly<Record<ValidationPreset, readonly ValidationPreset[]>> = {
  mandatory: ['mandatory'],
  extended: ['mandatory', 'extended'],
  full: ['mandatory', 'extended', 'full'],
};

/** A library test with its id (`6.1.11`, `schema`) and kind. */
export interface CsafTest {
  /** The name the library exports it under, e.g. `mandatoryTest_6_1_11`. */
  readonly name: string;
  readonly id: string;
  readonly kind: TestKind;
  readonly run: LibTest;
}

const loaded = new Map<string, Promise<CsafTest[]>>();

/** The tests of a version and preset, in test-id order; imported once per process. */
export function loadTests(version: CsafVersion, preset: ValidationPreset): Promise<CsafTest[]> {
  const key = `${version}:${preset}`;
  let tests = loaded.get(key);
  if (tests === undefined) {
    tests = Promise.all(presetLayers[preset].map((layer) => loadLayer(version, layer))).then((layers) =>
      layers.flat(),
    );
    loaded.set(key, tests);
  }
  return tests;
}

async function loadLayer(version: CsafVersion, layer: ValidationPreset): Promise<CsafTest[]> {
  const module = await modules[version][layer]();
  const tests: CsafTest[] = [];
  for (const [name, run] of Object.entries(module)) {
    const kind = kindOf(name);
    // The non-strict schema test would only repeat the strict one.
    if (typeof run !== 'function' || kind === undefined || /^csaf_2_\d$/.test(name)) continue;
    tests.push({ name, id: testIdOf(name), kind, run });
  }
  return tests.toSorted((a, b) => compareIds(a.id, b.id));
}

/** `mandatoryTest_6_1_27_1` → `6.1.27.1`; the schema test → `schema`. */
export function testIdOf(name: string): string {
  if (kindOf(name) === 'schema') return 'schema';
  return name.replace(/^[a-z]+Tests?_/, '').replaceAll('_', '.');
}

/** The kind of a test from its exported name, or undefined for anything else the module exports. */
export function kindOf(name: string): TestKind | undefined {
  if (/^csaf_2_\d(_strict)?$/.test(name)) return 'schema';
  if (name.startsWith('mandatoryTest')) return 'mandatory';
  if (name.startsWith('optionalTest') || name.startsWith('recommendedTest')) return 'optional';
  if (name.startsWith('informativeTest')) return 'informative';
  return undefined;
}

/** Orders test ids numerically (6.1.9 before 6.1.10), `schema` first. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'schema') return -1;
  if (b === 'schema') return 1;
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Reads one advisory YAML file: syntax, schema, then meaning. Every problem is reported at
 * once, at its YAML line, with a fix: unknown products, duplicate CVEs, invalid CVSS vectors,
 * CWE names that do not match the list, impossible dates, contradicting statuses.
 */
import {
  createSchemaChecker,
  type DeclaredIdentity,
  type Disclosure,
  describePath,
  InputError,
  type Problem,
  type Product,
  parseYaml,
  quoteValue,
  suggest,
  throwIfProblems,
  type YamlSource,
} from '@evident/core';
import { parse } from 'yaml';
import validateAdvisory from '../generated/validate-advisory.js';
import type { AdvisoryInput, VulnerabilityInput } from './advisory-schema.js';
import { cvssV3Problem, cvssV4Problem } from './cvss.js';
import { cweName } from './cwe.js';
import { isSingleVersion, toVersRange } from './version-range.js';

/** A component of a product's SBOM, as evident.yml declares it: core's declared-component model. */
export type SbomComponent = DeclaredIdentity;

/** The SBOM components of each product, by product id. */
export type ComponentCatalog = ReadonlyMap<string, readonly SbomComponent[]>;

/** An advisory that passed every check, with its source for locating later findings. */
export interface LoadedAdvisory {
  readonly input: AdvisoryInput;
  readonly source: YamlSource;
}

type Path = (string | number)[];

const checkSchema = createSchemaChecker(validateAdvisory);

/**
 * Parses and checks an advisory. `products` are evident.yml's, which `ref` names.
 * Throws InputError listing every problem with its file:line:column.
 */
export function loadAdvisory(
  text: string,
  file: string,
  products: readonly Product[],
  components: ComponentCatalog = new Map(),
): LoadedAdvisory {
  const source = parseYaml(text, file);
  const disclosure = advisoryDisclosure(source.data);
  throwIfProblems(checkSchema(source, disclosure), create, file);
  const input = source.data as AdvisoryInput;
  const problem: Report = Object.assign(
    (path: Path, message: string, fix: string): Problem => ({ message, location: source.locate(path), fix }),
    {
      quote: (value: unknown) => quoteValue(value, disclosure),
      show: (value: string) => (disclosure === 'quote' ? value : '…'),
      disclosure,
    },
  );
  const definedIds = new Map<string, Path>();
  throwIfProblems(
    [
      ...checkProducts(input, products, definedIds, problem),
      ...checkComponents(input, components, problem),
      ...checkVulnerabilities(input, definedIds, problem),
      ...checkDates(input, problem),
      ...checkTracking(input, problem),
    ].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0)),
    create,
    file,
  );
  return { input, source };
}

/**
 * True when a text is an Evident advisory (YAML with the keys every advisory has: id, title,
 * tlp), so that a command expecting CSAF can point to `evident advisory build` instead of
 * reporting a JSON syntax error.
 */
export function isAdvisorySource(text: string): boolean {
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Record<string, unknown>;
  return ['id', 'title', 'tlp'].every((key) => typeof fields[key] === 'string');
}

/**
 * Whether problems in an advisory may quote it: only a released (interim or final) advisory
 * marked TLP:WHITE or TLP:CLEAR is public. Anything else, and anything that does not say
 * (no tracking yet, a misspelt label, not a mapping at all), is treated as embargoed.
 */
export function advisoryDisclosure(data: unknown): Disclosure {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'withhold';
  const { tlp, tracking } = data as { tlp?: unknown; tracking?: { status?: unknown } | null };
  const released = tracking?.status === 'interim' || tracking?.status === 'final';
  return released && (tlp === 'WHITE' || tlp === 'CLEAR') ? 'quote' : 'withhold';
}

function create(message: string, options: ConstructorParameters<typeof InputError>[1]): InputError {
  return new InputError(message, options);
}

/** Makes a located problem; `quote` shows a value of the advisory as its disclosure allows. */
type Report = ((path: Path, message: string, fix: string) => Problem) & {
  quote: (value: unknown) => string;
  /** The value as it is, unquoted; `…` when withheld. */
  show: (value: string) => string;
  disclosure: Disclosure;
};

function checkProducts(
  input: AdvisoryInput,
  products: readonly Product[],
  defined: Map<string, Path>,
  problem: Report,
): Problem[] {
  const problems: Problem[] = [];
  const { quote } = problem;
  const known = products.map((product) => product.id);
  for (const [index, product] of (input.products ?? []).entries()) {
    const at: Path = ['products', index];
    if (product.ref !== undefined && !known.includes(product.ref)) {
      const nearest = suggest(product.ref, known);
      problems.push(
        problem(
          [...at, 'ref'],
          `product ${quote(product.ref)} is not in evident.yml`,
          nearest
            ? `did you mean "${nearest}"?`
            : `use one of ${known.join(', ') || '(none: add the product to evident.yml)'}`,
        ),
      );
    }
    if (product.ref === undefined && (product.name === undefined || product.vendor === undefined)) {
      problems.push(
        problem(
          at,
          'a product needs ref (an evident.yml product) or both name and vendor',
          'add ref: <product id>, or name: and vendor:',
        ),
      );
    }
    for (const [position, version] of product.versions.entries()) {
      const where: Path = [...at, 'versions', position];
      const previous = defined.get(version.id);
      if (previous) {
        problems.push(
          problem(
            [...where, 'id'],
            `product version id ${quote(version.id)} is defined twice`,
            `rename one; the other is at ${describePath(previous)}`,
          ),
        );
      }
      defined.set(version.id, where);
      if ((version.version === undefined) === (version.range === undefined)) {
        problems.push(
          problem(
            where,
            'a product version needs exactly one of version and range',
            'write version: 2.4.1 for one version, or range: ">=2.0.0 <2.4.1"',
          ),
        );
      }
      if (version.version !== undefined && !isSingleVersion(version.version)) {
        problems.push(
          problem(
            [...where, 'version'],
            `${quote(version.version)} looks like a range`,
            'write it as range: instead (CSAF forbids ranges in product_version, 6.1.31)',
          ),
        );
      }
      if (version.range !== undefined) {
        const range = toVersRange(version.range);
        if ('problem' in range)
          problems.push(
            problem(
              [...where, 'range'],
              `range ${quote(version.range)} ${problem.disclosure === 'quote' ? range.problem : 'is not a valid range'}`,
              'write comparators like ">=2.0.0 <2.4.1" or a vers: range',
            ),
          );
      }
    }
  }
  return problems;
}

function checkComponents(input: AdvisoryInput, catalog: ComponentCatalog, problem: Report): Problem[] {
  const problems: Problem[] = [];
  const { quote } = problem;
  for (const [index, product] of (input.products ?? []).entries()) {
    if (product.component === undefined) continue;
    if (product.ref === undefined) {
      problems.push(
        problem(
          ['products', index, 'component'],
          'a component belongs to a product',
          'add ref: <the evident.yml product whose SBOM lists it>',
        ),
      );
      continue;
    }
    const known = (catalog.get(product.ref) ?? []).map((component) => component.name);
    if (!known.includes(product.component)) {
      const nearest = suggest(product.component, known);
      problems.push(
        problem(
          ['products', index, 'component'],
          `the SBOM of ${quote(product.ref)} has no component ${quote(product.component)}`,
          nearest
            ? `did you mean "${nearest}"?`
            : `declare it in evident.yml products[].sbom.components${known.length ? `, or use one of ${known.join(', ')}` : ''}`,
        ),
      );
    }
  }
  return problems;
}

/** The SBOM component an advisory product names, if any. */
export function componentOf(
  product: { readonly ref?: string; readonly component?: string },
  catalog: ComponentCatalog,
): SbomComponent | undefined {
  if (product.ref === undefined || product.component === undefined) return undefined;
  return catalog.get(product.ref)?.find((component) => component.name === product.component);
}

function checkVulnerabilities(
  input: AdvisoryInput,
  defined: ReadonlyMap<string, Path>,
  problem: Report,
): Problem[] {
  const problems: Problem[] = [];
  const { quote } = problem;
  const cves = new Map<string, number>();
  // The ids are the advisory's own: a suggestion would quote it.
  const ids = problem.disclosure === 'quote' ? [...defined.keys()] : [];
  const checkId = (id: string, path: Path): void => {
    if (defined.has(id)) return;
    const nearest = suggest(id, ids);
    problems.push(
      problem(
        path,
        `unknown product id ${quote(id)}`,
        nearest ? `did you mean "${nearest}"?` : 'define it under products[].versions, or use one of its ids',
      ),
    );
  };
  for (const [index, vulnerability] of (input.vulnerabilities ?? []).entries()) {
    const at: Path = ['vulnerabilities', index];
    if (vulnerability.cve !== undefined) {
      const first = cves.get(vulnerability.cve);
      if (first !== undefined) {
        problems.push(
          problem(
            [...at, 'cve'],
            `${problem.show(vulnerability.cve)} is listed twice (first at line ${problem(['vulnerabilities', first, 'cve'], '', '').location.line})`,
            'merge the two entries into one',
          ),
        );
      } else cves.set(vulnerability.cve, index);
    }
    problems.push(...checkScores(vulnerability, at, problem), ...checkCwe(vulnerability, at, problem));
    for (const [group, list] of statusLists(vulnerability)) {
      for (const [position, id] of list.entries())
        checkId(id, [...at, 'status', group, position, ...(group === 'known_not_affected' ? ['id'] : [])]);
    }
    for (const [position, entry] of (vulnerability.status.known_not_affected ?? []).entries()) {
      if (entry.justification === undefined && entry.impact === undefined) {
        problems.push(
          problem(
            [...at, 'status', 'known_not_affected', position],
            `${quote(entry.id)} is not affected, but the advisory does not say why`,
            'add justification: (e.g. vulnerable_code_not_present) or impact: with a statement',
          ),
        );
      }
    }
    for (const [position, remediation] of (vulnerability.remediations ?? []).entries()) {
      for (const [item, id] of (remediation.products ?? []).entries())
        checkId(id, [...at, 'remediations', position, 'products', item]);
      if (remediation.products === undefined && affectedIds(vulnerability).length === 0) {
        problems.push(
          problem(
            [...at, 'remediations', position],
            'this remediation names no products, and no product is affected',
            'add products: [ids] to the remediation',
          ),
        );
      }
    }
    problems.push(...checkContradictions(vulnerability, at, problem));
  }
  return problems;
}

/** Every status list of a vulnerability as [group, product ids]. */
export function statusLists(vulnerability: VulnerabilityInput): [string, string[]][] {
  const { known_not_affected, ...plain } = vulnerability.status;
  const lists: [string, string[]][] = Object.entries(plain).map(([group, ids]) => [group, [...(ids ?? [])]]);
  if (known_not_affected) lists.push(['known_not_affected', known_not_affected.map((entry) => entry.id)]);
  return lists;
}

/** The products a vulnerability affects: known_affected, first_affected and last_affected. */
export function affectedIds(vulnerability: VulnerabilityInput): string[] {
  const { known_affected = [], first_affected = [], last_affected = [] } = vulnerability.status;
  return [...new Set([...known_affected, ...first_affected, ...last_affected])];
}

// 6.1.6: a product may be in one of these groups only.
const statusGroups: Readonly<Record<string, string>> = {
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  known_not_affected: 'not affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  under_investigation: 'under investigation',
};

function checkContradictions(vulnerability: VulnerabilityInput, at: Path, problem: Report): Problem[] {
  const problems: Problem[] = [];
  const groupOf = new Map<string, string>();
  for (const [status, ids] of statusLists(vulnerability)) {
    const group = statusGroups[status];
    if (group === undefined) continue;
    for (const [position, id] of ids.entries()) {
      const earlier = groupOf.get(id);
      if (earlier !== undefined && earlier !== group) {
        problems.push(
          problem(
            [...at, 'status', status, position],
            `${problem.quote(id)} is both ${earlier} and ${group}`,
            'a product version has one status per vulnerability; remove one of them',
          ),
        );
      }
      groupOf.set(id, group);
    }
  }
  return problems;
}

/** `: reason` when the advisory may be quoted (the reason names the vector's parts), else nothing. */
function detail(reason: string, problem: Report): string {
  return problem.disclosure === 'quote' ? `: ${reason}` : '';
}

function checkScores(vulnerability: VulnerabilityInput, at: Path, problem: Report): Problem[] {
  const problems: Problem[] = [];
  if (vulnerability.cvss !== undefined) {
    const reason = vulnerability.cvss.startsWith('CVSS:3.0/')
      ? 'is CVSS 3.0'
      : cvssV3Problem(vulnerability.cvss);
    if (reason)
      problems.push(
        problem(
          [...at, 'cvss'],
          `invalid CVSS v3.1 vector${detail(reason, problem)}`,
          'write a complete vector like CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
        ),
      );
  }
  if (vulnerability.cvssV4 !== undefined) {
    const reason = cvssV4Problem(vulnerability.cvssV4);
    if (reason)
      problems.push(
        problem(
          [...at, 'cvssV4'],
          `invalid CVSS v4.0 vector${detail(reason, problem)}`,
          'write a complete vector like CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
        ),
      );
  }
  return problems;
}

function checkCwe(vulnerability: VulnerabilityInput, at: Path, problem: Report): Problem[] {
  const cwe = vulnerability.cwe;
  if (cwe === undefined) return [];
  const id = typeof cwe === 'string' ? cwe : cwe.id;
  const name = cweName(id);
  if (name === undefined) {
    return [
      problem(
        [...at, 'cwe'],
        `${problem.show(id)} is not in the CWE list`,
        'check the id at https://cwe.mitre.org',
      ),
    ];
  }
  if (typeof cwe !== 'string' && cwe.name !== name) {
    return [
      problem(
        [...at, 'cwe', 'name'],
        `the name of ${id} is "${name}", not ${problem.quote(cwe.name)}`,
        `write name: ${JSON.stringify(name)}, or write only the id (cwe: ${id}) and Evident fills in the name`,
      ),
    ];
  }
  return [];
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant a date or date-time names, or undefined when it names none (2026-02-30). */
export function parseDate(text: string): Date | undefined {
  const match = dateOnly.exec(text) ?? dateTime.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const date = new Date(dateOnly.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls 02-30 over to 03-02; the calendar fields must survive the round trip.
  const check = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  );
  const valid =
    check.getUTCDate() === Number(day) &&
    check.getUTCMonth() === Number(month) - 1 &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60;
  return valid ? date : undefined;
}

function* dateFields(input: AdvisoryInput): Generator<[Path, string]> {
  for (const [index, vulnerability] of (input.vulnerabilities ?? []).entries()) {
    if (vulnerability.discovered) yield [['vulnerabilities', index, 'discovered'], vulnerability.discovered];
    if (vulnerability.released) yield [['vulnerabilities', index, 'released'], vulnerability.released];
    for (const [position, remediation] of (vulnerability.remediations ?? []).entries()) {
      if (remediation.date)
        yield [['vulnerabilities', index, 'remediations', position, 'date'], remediation.date];
    }
  }
  for (const [index, revision] of (input.tracking?.revisions ?? []).entries()) {
    yield [['tracking', 'revisions', index, 'date'], revision.date];
  }
}

function checkDates(input: AdvisoryInput, problem: Report): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of dateFields(input)) {
    if (parseDate(text) === undefined) {
      problems.push(
        problem(
          path,
          `${problem.quote(text)} is not a date that exists`,
          'write YYYY-MM-DD or a date-time with a zone, e.g. 2026-03-10T09:00:00Z',
        ),
      );
    }
  }
  return problems;
}

function checkTracking(input: AdvisoryInput, problem: Report): Problem[] {
  const tracking = input.tracking;
  if (tracking === undefined) return [];
  const problems: Problem[] = [];
  const last = tracking.revisions.at(-1);
  if (last && last.number !== tracking.version) {
    problems.push(
      problem(
        ['tracking', 'version'],
        `the version is ${problem.show(tracking.version)} but the last revision is ${problem.show(last.number)}`,
        'let `evident advisory revise` maintain tracking:',
      ),
    );
  }
  let previous: Date | undefined;
  for (const [index, revision] of tracking.revisions.entries()) {
    const date = parseDate(revision.date);
    if (date && previous && date < previous) {
      problems.push(
        problem(
          ['tracking', 'revisions', index, 'date'],
          'this revision is dated before the one above it',
          'revisions are listed oldest first',
        ),
      );
    }
    previous = date ?? previous;
  }
  return problems;
}

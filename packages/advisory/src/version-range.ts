/**
 * Version ranges as people write them (`>=2.0.0 <2.4.1`) and as CSAF wants them: `vers:`
 * (https://github.com/package-url/purl-spec/blob/master/VERSION-RANGE-SPEC.rst), which
 * optional test 6.2.18 asks for.
 */

const comparator = /^(>=|<=|!=|>|<|=)?([^\s<>=!|]+)$/;
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const versRange = /^vers:[a-z][a-z0-9.+-]*\/\S+$/;

/** A `vers:` range for what was written, or the reason it cannot be one. */
export function toVersRange(range: string): { vers: string } | { problem: string } {
  const text = range.trim();
  if (text.startsWith('vers:')) {
    return versRange.test(text)
      ? { vers: text }
      : { problem: 'is not a vers: range like vers:semver/>=1.0.0|<2.0.0' };
  }
  const parts = text.split(/\s+/);
  const constraints: string[] = [];
  const versions: string[] = [];
  for (const part of parts) {
    const match = comparator.exec(part);
    if (!match) return { problem: `"${part}" is not a comparator like >=2.0.0 or <2.4.1` };
    const [, operator = '', version = ''] = match;
    constraints.push(`${operator === '=' ? '' : operator}${version}`);
    versions.push(version);
  }
  if (!parts.some((part) => /^[<>]/.test(part)) && parts.length > 1) {
    return { problem: 'lists versions without < or >; write one version per entry with version:' };
  }
  const scheme = versions.every((version) => semver.test(version)) ? 'semver' : 'generic';
  return { vers: `vers:${scheme}/${constraints.join('|')}` };
}

/** True for a single version that is not a range (6.1.31 forbids ranges in product_version). */
export function isSingleVersion(version: string): boolean {
  return !/[<>=*]|\s(and|or|to|through|before|after|prior)\s|\ball\b|\bbefore\b|\bprior\b|\bearlier\b|\blater\b/i.test(
    version,
  );
}

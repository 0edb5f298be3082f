import { InputError, locateOffset } from '@evident/core';
import { SaxesParser } from 'saxes';

/** One test case's result from a JUnit XML report. */
export interface TestResult {
  readonly name: string;
  readonly classname: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  /** The report it came from. */
  readonly file: string;
  readonly message?: string;
}

type OpenCase = { name: string; classname: string; outcome: TestResult['outcome']; message?: string };

/**
 * Reads the test cases of a JUnit XML report (the format CI test runners write: vitest, jest,
 * pytest, Maven Surefire, ctest) with saxes, jsdom's strict XML parser: anything not
 * well-formed is an InputError at its line and column. A DOCTYPE is refused before parsing,
 * so no entity is ever declared, let alone expanded.
 */
export function parseJUnit(text: string, file: string): TestResult[] {
  refuseDoctype(text, file);
  const results: TestResult[] = [];
  let current: OpenCase | undefined;
  let depth = 0;
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', (tag) => {
    if (depth++ === 0 && tag.name !== 'testsuites' && tag.name !== 'testsuite') {
      throw new InputError(`not a JUnit XML report: the root element is <${tag.name}>`, {
        location: locateOffset(text, text.lastIndexOf('<', parser.position - 1), file),
        fix: 'pass the JUnit XML file your test runner writes (e.g. vitest --reporter=junit)',
      });
    }
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === 'testcase') {
      current = {
        name: attributes.name ?? '',
        classname: attributes.classname ?? attributes.class ?? '',
        outcome: 'passed',
      };
    } else if (current && (tag.name === 'failure' || tag.name === 'error')) {
      current.outcome = 'failed';
      if (attributes.message !== undefined) current.message = attributes.message;
    } else if (current && tag.name === 'skipped' && current.outcome === 'passed') current.outcome = 'skipped';
  });
  parser.on('closetag', (tag) => {
    depth--;
    if (tag.name === 'testcase' && current) {
      results.push({ ...current, file });
      current = undefined;
    }
  });
  parser.on('error', (error: Error) => {
    throw malformed(text, parser.position, file, error.message);
  });
  parser.write(text).close();
  return results;
}

// DOCTYPE, wherever it stands: refused at its first character, before the parser reads it.
function refuseDoctype(text: string, file: string) {
  const offset = text.indexOf('<!DOCTYPE');
  if (offset < 0) return;
  throw new InputError('JUnit XML with a DOCTYPE is refused (entities could expand without bound)', {
    location: locateOffset(text, offset, file),
    fix: 'remove the <!DOCTYPE …> declaration',
  });
}

/**
 * saxes reports `line:column: reason.` with the position after what it read; a bad reference
 * is named and located at its `&`, everything else where saxes stopped.
 */
function malformed(text: string, position: number, file: string, report: string): InputError {
  const reason = report.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  const start = text.lastIndexOf('&', Math.max(position - 1, 0));
  const end = start < 0 ? -1 : text.indexOf(';', start);
  // A reference without its `;` is left to saxes' own words.
  if (/character entity|undefined entity/.test(reason) && end > start && end - start <= 40) {
    const reference = text.slice(start, end + 1);
    const location = locateOffset(text, start, file);
    if (reason.includes('undefined')) {
      return new InputError(`malformed JUnit XML: ${reference} is not one of XML's five named entities`, {
        location,
        fix: 'write &amp; &lt; &gt; &quot; &apos; or a character reference, or regenerate the report',
      });
    }
    return new InputError(`malformed JUnit XML: ${reference} is not a character XML allows`, {
      location,
      fix: 'XML allows tab, line feed, carriage return and U+0020 to U+10FFFF except surrogates, U+FFFE and U+FFFF: correct the reference, or regenerate the report',
    });
  }
  const bare = /unclosed tag|unexpected end/.test(reason) ? bareAmpersand(text) : -1;
  if (bare >= 0) {
    return new InputError('malformed JUnit XML: a bare & (XML reads a reference up to the next ;)', {
      location: locateOffset(text, bare, file),
      fix: 'write & as &amp;, or regenerate the report',
    });
  }
  return new InputError(`malformed JUnit XML: ${reason}`, {
    location: locateOffset(text, Math.min(position, text.length), file),
    fix: 'pass the JUnit XML file exactly as the test runner wrote it',
  });
}

/**
 * saxes reads a bare `&` as the start of a reference and reports only the end of the file it
 * ran into; this finds that `&`, outside CDATA sections and comments (where `&` is text).
 */
function bareAmpersand(text: string): number {
  const outside = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (raw) => ' '.repeat(raw.length));
  return outside.search(/&(?![A-Za-z_][\w.-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/);
}

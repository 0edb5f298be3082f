import { InputError, type SourceLocation } from '@evident/core';

/** One test case's result from a JUnit XML report. */
export interface TestResult {
  readonly name: string;
  readonly classname: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  /** The report it came from. */
  readonly file: string;
  readonly message?: string;
}

interface Tag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly end: number;
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads the test cases of a JUnit XML report (the format CI test runners write: vitest, jest,
 * pytest, Maven Surefire, ctest). A small reader on purpose: no DTDs, so no entity bombs.
 * Throws InputError naming the line of anything it cannot read.
 */
export function parseJUnit(text: string, file: string): TestResult[] {
  const results: TestResult[] = [];
  const stack: string[] = [];
  let current:
    | { name: string; classname: string; outcome: TestResult['outcome']; message?: string }
    | undefined;
  let position = 0;
  for (;;) {
    const start = text.indexOf('<', position);
    if (start < 0) break;
    if (text.startsWith('<!--', start)) position = skipPast(text, start, '-->', file);
    else if (text.startsWith('<![CDATA[', start)) position = skipPast(text, start, ']]>', file);
    else if (text.startsWith('<?', start)) position = skipPast(text, start, '?>', file);
    else if (text.startsWith('<!', start)) {
      throw new InputError('JUnit XML with a DOCTYPE is refused (entities could expand without bound)', {
        location: at(text, start, file),
        fix: 'remove the <!DOCTYPE …> declaration',
      });
    } else {
      const tag = readTag(text, start, file);
      position = tag.end;
      if (tag.closing) {
        if (stack.pop() !== tag.name) throw malformed(text, start, file, `unexpected </${tag.name}>`);
        if (tag.name === 'testcase' && current) {
          results.push({ ...current, file });
          current = undefined;
        }
        continue;
      }
      if (stack.length === 0 && tag.name !== 'testsuites' && tag.name !== 'testsuite') {
        throw new InputError(`not a JUnit XML report: the root element is <${tag.name}>`, {
          location: at(text, start, file),
          fix: 'pass the JUnit XML file your test runner writes (e.g. vitest --reporter=junit)',
        });
      }
      if (tag.name === 'testcase') {
        current = {
          name: tag.attributes.name ?? '',
          classname: tag.attributes.classname ?? tag.attributes.class ?? '',
          outcome: 'passed',
        };
      } else if (current && (tag.name === 'failure' || tag.name === 'error')) {
        current.outcome = 'failed';
        const message = tag.attributes.message;
        if (message !== undefined) current.message = message;
      } else if (current && tag.name === 'skipped' && current.outcome === 'passed')
        current.outcome = 'skipped';
      if (tag.selfClosing) {
        if (tag.name === 'testcase' && current) {
          results.push({ ...current, file });
          current = undefined;
        }
      } else stack.push(tag.name);
    }
  }
  if (stack.length > 0) throw malformed(text, text.length, file, `<${stack.at(-1)}> is never closed`);
  return results;
}

function readTag(text: string, start: number, file: string): Tag {
  let quote = '';
  let index = start + 1;
  for (; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') break;
  }
  if (index >= text.length) throw malformed(text, start, file, 'a tag is never closed');
  let inside = text.slice(start + 1, index);
  const closing = inside.startsWith('/');
  const selfClosing = inside.endsWith('/');
  inside = inside.slice(closing ? 1 : 0, selfClosing ? -1 : undefined);
  const name = /^[\w:.-]+/.exec(inside)?.[0];
  if (name === undefined) throw malformed(text, start, file, 'a tag has no name');
  const attributes: Record<string, string> = Object.create(null);
  const attributesAt = start + 1 + (closing ? 1 : 0) + name.length;
  for (const match of inside.slice(name.length).matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const where = () => at(text, attributesAt + match.index, file);
    attributes[match[1] ?? ''] = decode(match[2] ?? match[3] ?? '', where);
  }
  return { name, attributes, closing, selfClosing, end: index + 1 };
}

/** Replaces character and predefined entity references; `where` locates the attribute for errors. */
function decode(value: string, where: () => SourceLocation): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return entities[entity] ?? whole;
    const hex = entity.startsWith('#x');
    const codePoint = Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!isXmlChar(codePoint)) {
      throw new InputError(`malformed JUnit XML: ${whole} is not a character XML allows`, {
        location: where(),
        fix: 'XML allows tab, line feed, carriage return and U+0020 to U+10FFFF except surrogates, U+FFFE and U+FFFF: correct the reference, or regenerate the report',
      });
    }
    return String.fromCodePoint(codePoint);
  });
}

/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(codePoint: number): boolean {
  if (codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd) return true;
  return (
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function skipPast(text: string, start: number, end: string, file: string): number {
  const found = text.indexOf(end, start);
  if (found < 0) throw malformed(text, start, file, `no closing ${end}`);
  return found + end.length;
}

function at(text: string, offset: number, file: string): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}

function malformed(text: string, offset: number, file: string, what: string): InputError {
  return new InputError(`malformed JUnit XML: ${what}`, {
    location: at(text, offset, file),
    fix: 'pass the JUnit XML file exactly as the test runner wrote it',
  });
}

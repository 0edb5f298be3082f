import { InputError } from '@evident/core';

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
  for (const match of inside.slice(name.length).matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] ?? ''] = decode(match[2] ?? match[3] ?? '');
  }
  return { name, attributes, closing, selfClosing, end: index + 1 };
}

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return entities[entity] ?? whole;
  });
}

function skipPast(text: string, start: number, end: string, file: string): number {
  const found = text.indexOf(end, start);
  if (found < 0) throw malformed(text, start, file, `no closing ${end}`);
  return found + end.length;
}

function at(text: string, offset: number, file: string) {
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

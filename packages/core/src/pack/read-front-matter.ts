import validateFrontMatter from '../../generated/validate-front-matter.js';
import { isUserError, type Problem } from '../errors.js';
import { suggest } from '../suggest.js';
import { createSchemaChecker, describePath } from '../validate.js';
import { parseYaml, type YamlSource } from '../yaml.js';
import type { FrontMatter } from './front-matter.js';

/** What the front matter of one document may refer to. */
export interface FrontMatterContext {
  /** The product ids of evident.yml, which `applies-to` may name. */
  readonly productIds: readonly string[];
}

/**
 * The front matter of one Markdown document: absent (the file is not an attested
 * document), valid, or invalid with every problem located in the file.
 */
export type FrontMatterReading =
  | { readonly status: 'absent' }
  | { readonly status: 'valid'; readonly frontMatter: FrontMatter }
  | { readonly status: 'invalid'; readonly problems: readonly Problem[] };

const checkSchema = createSchemaChecker(validateFrontMatter);

// Front matter opens on the first line and closes at the next line of three dashes (or dots).
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Reads and checks the YAML front matter of a Markdown document against the front-matter
 * schema (requirement ids from the 4-1 catalogue, calendar dates, known product ids). Every
 * problem is reported at its line and column in the Markdown file, with a fix.
 */
export function readFrontMatter(text: string, file: string, context: FrontMatterContext): FrontMatterReading {
  const opening = OPENING.exec(text);
  if (!opening) return { status: 'absent' };
  const closing = CLOSING.exec(text.slice(opening[0].length));
  if (!closing) {
    return invalid({
      message: 'the front matter opened on line 1 is never closed',
      location: { file, line: 1, column: 1 },
      fix: 'end the front matter with a line of three dashes (---) before the document text',
    });
  }
  // The YAML is a prefix of the file (its `---` is a document start), so positions stay true.
  const yamlText = text.slice(0, opening[0].length + closing.index);
  let source: YamlSource;
  try {
    source = parseYaml(yamlText, file);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { status: 'invalid', problems: error.problems };
  }
  const problems = [...checkSchema(source), ...checkProductIds(source, context)];
  if (problems.length > 0) return { status: 'invalid', problems: problems.toSorted(byPosition) };
  return { status: 'valid', frontMatter: source.data as FrontMatter };
}

function invalid(problem: Problem): FrontMatterReading {
  return { status: 'invalid', problems: [problem] };
}

/** `applies-to` names products of evident.yml; an unknown id is most often a typo. */
function checkProductIds(source: YamlSource, { productIds }: FrontMatterContext): Problem[] {
  const appliesTo = (source.data as Record<string, unknown> | null)?.['applies-to'];
  if (!Array.isArray(appliesTo)) return [];
  return appliesTo.flatMap((id, index): Problem[] => {
    if (typeof id !== 'string' || productIds.includes(id)) return [];
    const path = ['applies-to', index];
    const nearest = suggest(id, productIds);
    return [
      {
        message: `${describePath(path)} "${id}" is not a product of evident.yml`,
        location: source.locate(path),
        fix: nearest
          ? `did you mean "${nearest}"?`
          : `use a product id of evident.yml: ${productIds.join(', ') || '(none)'}`,
      },
    ];
  });
}

function byPosition(a: Problem, b: Problem): number {
  return (
    (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0)
  );
}

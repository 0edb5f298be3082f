/**
 * The one Markdown escaper of Evident: rendered templates (@evident/render's `md*` helpers and
 * `{{value}}` in Markdown templates) and the actions' step summaries escape text with it.
 */

// Characters that open or close inline Markdown anywhere in a line (emphasis, code, links
// and images, tables, GFM strikethrough, GitHub math), and HTML. `<`, `>` and `&` become
// entities so HTML in data stays inert even inside HTML blocks, where backslash escapes do
// not apply. Parentheses and `!` need no escape once `[` and `]` have one.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~$&]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Block markers only count at the start of a line and before a space, a tab or the end of
// the line: headings ("## x"), list items ("- x", "+ x", "1. x", "1) x"), thematic breaks
// and setext underlines ("---", "==="). Escaping only those keeps "1.2.0" and "-v" readable.
const BLOCK_MARKER = /(^|\n)([ \t]*)(?:(#{1,6}|=+|-+|\+)(?=[ \t\r\n]|$)|(\d{1,9})([.)])(?=[ \t\r\n]|$))/g;

/** Escapes text so GitHub-flavoured Markdown shows it literally and renders no HTML from it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, (char) => ENTITIES[char] ?? `\\${char}`)
    .replace(
      BLOCK_MARKER,
      (_match, start: string, indent: string, marker?: string, digits?: string, delimiter?: string) =>
        marker ? `${start}${indent}\\${marker}` : `${start}${indent}${digits}\\${delimiter}`,
    );
}

/** Escapes text for one GFM table cell: Markdown escapes, `|` escaped, newlines as `<br>`. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text).replace(/\r\n|\r|\n/g, '<br>');
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Escapes text for the content of a list item (`- {{mdItem x}}`): continuation lines are
 * indented by two spaces, so text with blank lines or many lines stays inside its item.
 */
export function escapeMarkdownItem(text: string): string {
  return escapeMarkdown(text.replace(LINE_BREAK, '\n'))
    .split('\n')
    .map((line, index) => {
      if (index === 0) return line;
      return line.trim() === '' ? '' : `  ${line}`;
    })
    .join('\n');
}

/** Escapes text for one line (a heading, a link text): line breaks become spaces. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text.replace(LINE_BREAK, ' '));
}

/**
 * Escapes a URL for a link destination in angle brackets (`[text](<{{mdUrl u}}>)`), the one
 * form that allows spaces and parentheses: `<`, `>` become entities (decoded again in a
 * destination), line breaks, which end the destination, are percent-encoded.
 */
export function escapeMarkdownUrl(url: string): string {
  return escapeMarkdown(url).replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

// spdx-expression-parse ships no types; the CycloneDX licence factory only needs it to throw on invalid input.
declare module 'spdx-expression-parse' {
  /** Parses an SPDX licence expression; throws when it is not one. */
  export default function parse(expression: string): unknown;
}

import { InputError, locateOffset, type SourceLocation } from '@evident/core';

// Strict decoding: invalid bytes are an error, not U+FFFD, and a leading BOM is dropped.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const prefixDecoder = new TextDecoder('utf-8', { ignoreBOM: false });

/**
 * Decodes UTF-8 text, or throws an InputError located at the first invalid byte. A NUL byte is
 * refused too: no text format Evident reads (YAML, JSON, XML, Markdown) allows one, and a parser
 * that stops or strips at it would read something else than the user's editor shows.
 * `file` is the name used in the message and the location.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (error) {
    const offset = findInvalidUtf8(bytes);
    // The decoder and the scanner implement the same rules; disagreement would be our bug.
    if (offset < 0) throw error;
    return throwInvalid(offset, locateByte(bytes, offset, file));
  }
  // UTF-8 never uses 0x00 inside a multi-byte sequence, so the byte and the character agree.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throwBinary(file, bytes, nul);
  return text;
}

function throwBinary(file: string, bytes: Uint8Array, offset: number): never {
  throw new InputError(`a NUL byte at byte offset ${offset}: this is a binary file, not text`, {
    location: locateByte(bytes, offset, file),
    fix: 'name the text file meant here, or remove the NUL byte (save the file as UTF-8 text)',
  });
}

function throwInvalid(offset: number, location: SourceLocation): never {
  throw new InputError(`invalid UTF-8 at byte offset ${offset}`, {
    location,
    fix: 'save the file as UTF-8',
  });
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence, or -1. Follows the WHATWG
 * decoder: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return -1;
}

/** The length of the valid sequence starting at `index`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  const shape = leadShape(lead);
  if (shape === undefined) return 0;
  for (let k = 1; k <= shape.continuation; k++) {
    const byte = bytes[index + k];
    const lower = k === 1 ? shape.lower : 0x80;
    const upper = k === 1 ? shape.upper : 0xbf;
    if (byte === undefined || byte < lower || byte > upper) return 0;
  }
  return shape.continuation + 1;
}

/** How many continuation bytes a lead byte needs and the allowed range of the first one. */
function leadShape(lead: number): { continuation: number; lower: number; upper: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuation: 1, lower: 0x80, upper: 0xbf };
  if (lead === 0xe0) return { continuation: 2, lower: 0xa0, upper: 0xbf };
  if (lead === 0xed) return { continuation: 2, lower: 0x80, upper: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuation: 2, lower: 0x80, upper: 0xbf };
  if (lead === 0xf0) return { continuation: 3, lower: 0x90, upper: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuation: 3, lower: 0x80, upper: 0xbf };
  if (lead === 0xf4) return { continuation: 3, lower: 0x80, upper: 0x8f };
  return undefined;
}

/**
 * The line and column of a byte offset, by @evident/core's one rule (UTF-16 columns): the bytes
 * before the offset are valid UTF-8 (it is the first invalid or NUL byte), so they decode to
 * exactly the text an editor shows before it; a byte order mark is dropped, as no one sees it.
 */
function locateByte(bytes: Uint8Array, offset: number, file: string): SourceLocation {
  const before = prefixDecoder.decode(bytes.subarray(0, offset));
  return locateOffset(before, before.length, file);
}

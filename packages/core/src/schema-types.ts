import { Type } from '@sinclair/typebox';

/** A string from a fixed list, as a plain JSON Schema `enum` (clearer errors than anyOf of consts). */
export function StringEnum<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

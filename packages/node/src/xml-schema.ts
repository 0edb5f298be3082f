import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where a document breaks its schema: the line when libxml2 knows it, and libxml2's message. */
export interface XmlSchemaViolation {
  readonly line?: number;
  readonly message: string;
}

/** A compiled XML Schema (XSD) that checks documents. */
export interface XmlSchema {
  /** Every violation of one document, none when it is valid; text that is not well-formed XML is a violation too. */
  validate(text: string): XmlSchemaViolation[];
}

type Libxml2 = typeof import('libxml2-wasm');
type BufferProvider = InstanceType<typeof import('libxml2-wasm/lib/utils.mjs')['XmlBufferInputProvider']>;

// libxml2 compiled to WebAssembly (libxml2-wasm, installed by npm): the same validator as
// Debian's xmllint on every operating system, with no system package. Loaded on first use:
// its 1 MB module would otherwise load with every command.
let loading: Promise<{ libxml2: Libxml2; files: BufferProvider }> | undefined;
const compiled = new Map<string, Promise<XmlSchema>>();

/**
 * Compiles the XSD at `schemaFile`, with the schemas it imports or includes by file name
 * (`imports`, files beside it: CycloneDX's bom XSD imports spdx.xsd), once per process.
 * libxml2 reads nothing itself: the files are read here and served to it from memory, so a
 * document or schema cannot make it open any other file or URL.
 */
export function loadXmlSchema(schemaFile: string, imports: readonly string[] = []): Promise<XmlSchema> {
  const key = [schemaFile, ...imports].join('\0');
  let schema = compiled.get(key);
  if (schema === undefined) {
    schema = compileSchema(schemaFile, imports, compiled.size);
    compiled.set(key, schema);
    schema.catch(() => compiled.delete(key));
  }
  return schema;
}

async function compileSchema(
  schemaFile: string,
  imports: readonly string[],
  index: number,
): Promise<XmlSchema> {
  const [{ libxml2, files }, schemaBytes, ...importBytes] = await Promise.all([
    loadLibxml2(),
    readFile(schemaFile),
    ...imports.map((file) => readFile(file)),
  ]);
  // A virtual folder per schema: its imports resolve against it whatever the platform's paths.
  const folder = `file:///evident-xsd/${index}/`;
  imports.forEach((file, at) => {
    files.addBuffer(`${folder}${path.basename(file)}`, importBytes[at] as Uint8Array);
  });
  // Kept for the process, as the compiled schema is: libxml2's schema may point into it.
  const document = libxml2.XmlDocument.fromBuffer(schemaBytes, {
    url: `${folder}${path.basename(schemaFile)}`,
  });
  const validator = libxml2.XsdValidator.fromDoc(document);
  return { validate: (text) => validateWith(libxml2, validator, text) };
}

function validateWith(libxml2: Libxml2, validator: InstanceType<Libxml2['XsdValidator']>, text: string) {
  let document: InstanceType<Libxml2['XmlDocument']> | undefined;
  try {
    // Bytes, encoded natively: libxml2-wasm's string path encodes UTF-8 in JavaScript.
    document = libxml2.XmlDocument.fromBuffer(Buffer.from(text, 'utf8'));
    validator.validate(document);
    return [];
  } catch (error) {
    if (!(error instanceof libxml2.XmlValidateError || error instanceof libxml2.XmlParseError)) throw error;
    return error.details.map((detail): XmlSchemaViolation => {
      const message = detail.message.trim();
      return detail.line > 0 ? { line: detail.line, message } : { message };
    });
  } finally {
    document?.dispose();
  }
}

function loadLibxml2(): Promise<{ libxml2: Libxml2; files: BufferProvider }> {
  loading ??= Promise.all([import('libxml2-wasm'), import('libxml2-wasm/lib/utils.mjs')]).then(
    ([libxml2, utils]) => {
      const files = new utils.XmlBufferInputProvider({});
      libxml2.xmlRegisterInputProvider(files);
      return { libxml2, files };
    },
  );
  return loading;
}

// Subpath imports: the root index also loads validation and the contrib factories (~50 ms).
import { Factories } from '@cyclonedx/cyclonedx-library/Contrib/License';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import type * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import { contentUuid, sbomLifecyclePhases } from '@evident/core';
import parseSpdxExpression from 'spdx-expression-parse';
import type { ComponentKind, Inventory, InventoryComponent, Organization } from './inventory.js';
import { type JsonSerialization, loadJsonSerialization, loadXmlSerialization } from './serializers.js';
import type { SpecCapabilities } from './spec-versions.js';

/** The document formats Evident writes. */
export const sbomFormats = ['json', 'xml'] as const;
/** One of {@link sbomFormats}. */
export type SbomFormat = (typeof sbomFormats)[number];

/** Lifecycle phases of CycloneDX 1.5+ (`metadata.lifecycles`), as evident.yml names them. */
export const lifecyclePhases = sbomLifecyclePhases;
/** One of {@link lifecyclePhases}. */
export type LifecyclePhase = (typeof lifecyclePhases)[number];

/** Document-level facts: who made the product, when, with what. */
export interface SbomMetadata {
  /** From SOURCE_DATE_EPOCH or the commit: the same input gives the same bytes. */
  readonly timestamp: Date;
  readonly tool: { readonly name: string; readonly version: string };
  readonly manufacturer?: Organization;
  readonly supplier?: Organization;
  readonly securityContact?: { readonly email?: string; readonly url?: string };
  readonly lifecycles?: readonly LifecyclePhase[];
}

const componentTypes: Record<ComponentKind, Enums.ComponentType> = {
  application: Enums.ComponentType.Application,
  library: Enums.ComponentType.Library,
  framework: Enums.ComponentType.Framework,
  firmware: Enums.ComponentType.Firmware,
  'operating-system': Enums.ComponentType.OperatingSystem,
  device: Enums.ComponentType.Device,
  file: Enums.ComponentType.File,
};

const licenseFactory = new Factories.LicenseFactory(parseSpdxExpression);
// One model per licence text: a lockfile repeats a few dozen licences thousands of times,
// and the factory parses each one as an SPDX expression. Shared models are never mutated.
const licenses = new Map<string, Models.License>();
const singleLicenses = new Map<string, Models.License>();

/** The model of an expression or name, or with `single` of one licence (an SPDX id or a name). */
function licenseModel(text: string, single = false): Models.License {
  const cache = single ? singleLicenses : licenses;
  let license = cache.get(text);
  if (license === undefined) {
    license = single ? licenseFactory.makeDisjunctive(text) : licenseFactory.makeFromString(text);
    cache.set(text, license);
  }
  return license;
}

// Replaced by the content-derived serial number once the rest of the document is final.
const serialPlaceholder = 'urn:uuid:00000000-0000-4000-8000-000000000000';

/**
 * Serializes an inventory as CycloneDX of one version and format. Lists keep the
 * inventory's canonical order (the library's own sorting is locale-dependent); the serial
 * number is a UUID derived from the rest of the document, so equal input gives equal bytes.
 */
export async function writeCycloneDx(
  inventory: Inventory,
  metadata: SbomMetadata,
  spec: SpecCapabilities,
  format: SbomFormat,
): Promise<string> {
  const bom = toBom(inventory, metadata, spec);
  const serializer =
    format === 'json'
      ? createJsonWriter(await loadJsonSerialization(), spec, metadata)
      : createXmlWriter(await loadXmlSerialization(), spec, metadata);
  const draft = `${serializer.serialize(bom, { sortLists: false, space: 2 })}\n`;
  return draft.replace(serialPlaceholder, `urn:uuid:${contentUuid(draft)}`);
}

function toBom(inventory: Inventory, metadata: SbomMetadata, spec: SpecCapabilities): Models.Bom {
  const models = new Map<string, Models.Component>();
  const subject = toComponent(inventory.subject, models);
  const components = inventory.components.map((component) => toComponent(component, models));
  const bom = new Models.Bom({ serialNumber: serialPlaceholder });
  bom.metadata.timestamp = metadata.timestamp;
  bom.metadata.component = subject;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, metadata.tool.name, {
      version: metadata.tool.version,
    }),
  );
  for (const phase of metadata.lifecycles ?? []) bom.metadata.lifecycles.add(phase as Enums.LifecyclePhase);
  // From 1.6 on the manufacturer belongs on metadata.component (see the writers); before, only here.
  if (metadata.manufacturer && !spec.componentManufacturer) {
    bom.metadata.manufacture = toOrganization(metadata.manufacturer);
  }
  if (metadata.supplier) bom.metadata.supplier = toOrganization(metadata.supplier);
  addSecurityContact(subject, metadata.securityContact);
  for (const component of components) bom.components.add(component);
  linkDependencies([inventory.subject, ...inventory.components], models);
  return bom;
}

function toComponent(item: InventoryComponent, models: Map<string, Models.Component>): Models.Component {
  const component = new Models.Component(componentTypes[item.kind], item.name, {
    bomRef: item.ref,
    ...(item.version === '' ? {} : { version: item.version }),
    ...(item.group === undefined ? {} : { group: item.group }),
    ...(item.description === undefined ? {} : { description: item.description }),
    ...(item.scope === undefined ? {} : { scope: item.scope as Enums.ComponentScope }),
    ...(item.purl === undefined ? {} : { purl: item.purl }),
    ...(item.cpe === undefined ? {} : { cpe: item.cpe }),
    ...(item.supplier === undefined ? {} : { supplier: toOrganization(item.supplier) }),
  });
  models.set(item.ref, component);
  for (const hash of item.hashes) component.hashes.set(hash.alg as Enums.HashAlgorithm, hash.content);
  if (typeof item.license === 'string') component.licenses.add(licenseModel(item.license));
  // Several licences are several entries, each an SPDX id or a name: CycloneDX allows an
  // expression only alone.
  else for (const name of item.license ?? []) component.licenses.add(licenseModel(name, true));
  if (item.distribution !== undefined) {
    const hashes = new Models.HashDictionary(
      item.hashes.map((hash) => [hash.alg as Enums.HashAlgorithm, hash.content]),
    );
    component.externalReferences.add(
      new Models.ExternalReference(item.distribution, Enums.ExternalReferenceType.Distribution, { hashes }),
    );
  }
  if (item.vcs !== undefined) {
    component.externalReferences.add(new Models.ExternalReference(item.vcs, Enums.ExternalReferenceType.VCS));
  }
  for (const [name, value] of item.properties) component.properties.add(new Models.Property(name, value));
  for (const nested of item.components) component.components.add(toComponent(nested, models));
  return component;
}

/** Sets each component's dependsOn from the inventory, nested components included. */
function linkDependencies(
  items: readonly InventoryComponent[],
  models: ReadonlyMap<string, Models.Component>,
): void {
  for (const item of items) {
    const model = models.get(item.ref);
    for (const ref of item.dependsOn) {
      const target = models.get(ref);
      if (model && target) model.dependencies.add(target.bomRef);
    }
    linkDependencies(item.components, models);
  }
}

function toOrganization(party: Organization): Models.OrganizationalEntity {
  return new Models.OrganizationalEntity({
    name: party.name,
    ...(party.url === undefined ? {} : { url: new Set([new URL(party.url)]) }),
  });
}

function addSecurityContact(subject: Models.Component, contact: SbomMetadata['securityContact']): void {
  const targets = [contact?.url, contact?.email === undefined ? undefined : `mailto:${contact.email}`];
  for (const target of targets) {
    if (target !== undefined) {
      subject.externalReferences.add(
        new Models.ExternalReference(target, Enums.ExternalReferenceType.SecurityContact),
      );
    }
  }
}

/** The library's JSON serializer, adding what its model lacks (component.manufacturer, 1.6+). */
function createJsonWriter(library: JsonSerialization, spec: SpecCapabilities, metadata: SbomMetadata) {
  class JsonWriter extends library.JsonSerializer {
    protected override _normalize(...args: Parameters<Serialize.JsonSerializer['_normalize']>) {
      const bom = super._normalize(...args);
      const manufacturer = metadata.manufacturer;
      if (spec.componentManufacturer && manufacturer && bom.metadata?.component) {
        Object.assign(bom.metadata.component, { manufacturer: jsonOrganization(manufacturer) });
      }
      return bom;
    }
  }
  return new JsonWriter(new library.Factory(spec.library));
}

function jsonOrganization(party: Organization): object {
  return party.url === undefined
    ? { name: party.name }
    : { name: party.name, url: [new URL(party.url).toString()] };
}

/** The library's XML serializer, adding `<manufacturer>` to metadata/component (1.6+). */
function createXmlWriter(library: typeof Serialize, spec: SpecCapabilities, metadata: SbomMetadata) {
  class XmlWriter extends library.XmlSerializer {
    protected override _normalize(...args: Parameters<Serialize.XmlSerializer['_normalize']>) {
      const bom = super._normalize(...args);
      const manufacturer = metadata.manufacturer;
      if (spec.componentManufacturer && manufacturer) insertXmlManufacturer(bom, manufacturer);
      escapeAmpersands(bom);
      return bom;
    }
  }
  return new XmlWriter(new library.XML.Normalize.Factory(spec.library));
}

/**
 * Writes every `&` of every text and attribute value as `&amp;`, ahead of the library's writer.
 * xmlbuilder2 (which the library's XML serializer uses) escapes `&` only where it does not
 * start something that looks like a reference: a licence `AT&amp;T` or a description
 * `x &#60;y` would be written as is, and a reader would get `AT&T` and `x <y`. Once every `&`
 * is `&amp;`, no `&` looks unescaped to it, so it writes them untouched and escapes `<` and `>`
 * itself. A test parses the output with libxml2 and compares every value with the JSON's.
 */
function escapeAmpersands(root: XmlElement): void {
  const pending = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    for (const [name, value] of Object.entries(element.attributes ?? {})) {
      if (typeof value === 'string' && element.attributes) element.attributes[name] = escapeAmpersand(value);
    }
    if (typeof element.children === 'string') element.children = escapeAmpersand(element.children);
    else if (element.children !== undefined && typeof element.children !== 'number')
      for (const child of childrenOf(element)) pending.push(child);
  }
}

function escapeAmpersand(text: string): string {
  return text.includes('&') ? text.replaceAll('&', '&amp;') : text;
}

type XmlElement = ReturnType<Serialize.XmlSerializer['_normalize']>;

/** Puts `<manufacturer>` into metadata/component right after `<supplier>`, as the XSD orders it. */
function insertXmlManufacturer(bom: XmlElement, party: Organization): void {
  const metadata = childrenOf(bom).find((child) => child.name === 'metadata');
  const component = metadata && childrenOf(metadata).find((child) => child.name === 'component');
  if (!component) return;
  const children = childrenOf(component);
  const element: XmlElement = {
    type: 'element',
    name: 'manufacturer',
    children: [
      { type: 'element', name: 'name', children: party.name } as XmlElement,
      ...(party.url === undefined
        ? []
        : [{ type: 'element', name: 'url', children: new URL(party.url).toString() } as XmlElement]),
    ],
  };
  const supplier = children.findIndex((child) => child.name === 'supplier');
  children.splice(supplier + 1, 0, element);
  component.children = children;
}

function childrenOf(element: XmlElement): XmlElement[] {
  const children = element.children;
  if (children === undefined || typeof children === 'string' || typeof children === 'number') return [];
  const list = Array.isArray(children) ? (children as XmlElement[]) : [...(children as Iterable<XmlElement>)];
  element.children = list;
  return list;
}

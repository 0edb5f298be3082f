import * as Spec from '@cyclonedx/cyclonedx-library/Spec';

/** The CycloneDX versions Evident writes. */
export const specVersions = ['1.5', '1.6', '1.7'] as const;
/** One of {@link specVersions}. */
export type SpecVersion = (typeof specVersions)[number];

/** The default: the newest version the tools around it (scanners, Dependency-Track) all read. */
export const defaultSpecVersion: SpecVersion = '1.6';

/**
 * What one CycloneDX version can hold, as data: builders ask this object, they never
 * compare version numbers. `library` is the CycloneDX library's own capability object.
 */
export interface SpecCapabilities {
  readonly version: SpecVersion;
  readonly library: typeof Spec.Spec1dot6;
  /** `component.manufacturer` (1.6+); before it only the deprecated `metadata.manufacture`. */
  readonly componentManufacturer: boolean;
  /** The XML namespace of the version. */
  readonly xmlNamespace: string;
}

/** One frozen capability object per version. */
export const specs: Readonly<Record<SpecVersion, SpecCapabilities>> = Object.freeze({
  '1.5': Object.freeze({
    version: '1.5',
    library: Spec.Spec1dot5,
    componentManufacturer: false,
    xmlNamespace: 'http://cyclonedx.org/schema/bom/1.5',
  }),
  '1.6': Object.freeze({
    version: '1.6',
    library: Spec.Spec1dot6,
    componentManufacturer: true,
    xmlNamespace: 'http://cyclonedx.org/schema/bom/1.6',
  }),
  '1.7': Object.freeze({
    version: '1.7',
    library: Spec.Spec1dot7,
    componentManufacturer: true,
    xmlNamespace: 'http://cyclonedx.org/schema/bom/1.7',
  }),
});

/** True for a version Evident writes. */
export function isSpecVersion(value: string): value is SpecVersion {
  return (specVersions as readonly string[]).includes(value);
}

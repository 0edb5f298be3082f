import type { Classification } from '@evident/core';
import type { TrackingStatus } from './advisory-schema.js';
import type { CsafSpec } from './spec-versions.js';

/**
 * The confidentiality class (core's policy: public, customer, internal) of an advisory as
 * built: a draft, or TLP:RED, is internal; limited TLP is for customers; only a released
 * advisory with the spec's unlimited label (TLP:WHITE in CSAF 2.0, CLEAR in 2.1) is public.
 */
export function classifyAdvisory(status: TrackingStatus, tlp: string, spec: CsafSpec): Classification {
  if (status === 'draft' || tlp === 'RED') return 'internal';
  return tlp === spec.tlpUnlimited ? 'public' : 'customer';
}

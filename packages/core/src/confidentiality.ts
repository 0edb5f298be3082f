/**
 * Confidentiality is part of the data: every output has a class, and nothing goes to a
 * channel less restricted than the class allows (DESIGN.md).
 */

/** Output classes, from least to most restricted. */
export const classifications = ['public', 'customer', 'internal'] as const;
export type Classification = (typeof classifications)[number];

/** Where an output goes: each channel admits outputs up to a class. */
export type Channel = 'public' | 'customer' | 'internal';

function rank(classification: Classification): number {
  return classifications.indexOf(classification);
}

/** True when an output of this class may go through this channel. */
export function mayPublish(classification: Classification, channel: Channel): boolean {
  return rank(classification) <= rank(channel);
}

/** The most restricted of several classes (a pack is as confidential as its most confidential item). */
export function mostRestricted(...classes: readonly Classification[]): Classification {
  return classes.reduce<Classification>((worst, next) => (rank(next) > rank(worst) ? next : worst), 'public');
}

/**
 * Whether messages about a document may show its values. Problems in a document that is not
 * public (an embargoed or draft advisory) go to step logs and annotations like any other, so
 * they say where and what kind of problem, and quote nothing from it.
 */
export type Disclosure = 'quote' | 'withhold';

/** The mark a withheld value leaves in a message. */
export const withheldValue = '"…"';

/** A document's value as a message shows it: JSON-quoted, or {@link withheldValue}. */
export function quoteValue(value: unknown, disclosure: Disclosure): string {
  return disclosure === 'quote' ? JSON.stringify(value) : withheldValue;
}

/**
 * The known word closest to a mistyped one, for "did you mean …" hints; undefined when
 * nothing is close enough to be a plausible typo.
 */
export function suggest(given: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(given.length / 3));
  const lower = given.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    // The distance is at least the difference in length: skip the words that cannot be close
    // (100,000 unknown keys in a hostile evident.yml are each compared with every known one).
    if (Math.abs(word.length - given.length) > limit) continue;
    const distance = editDistance(lower, word.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

/** Levenshtein distance with one rolling row, stopping once the row exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = new Uint16Array(b.length + 1).map((_, index) => index);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current[j] = value;
      if (value < smallest) smallest = value;
    }
    // Every later row is at least this row's smallest value: the words are not close.
    if (smallest > limit) return smallest;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

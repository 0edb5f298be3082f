/**
 * Whether `text` matches `glob`, where `*` stands for any run of characters (`/` included: tag
 * names like `release/v1` are one name) and `?` for any one character; everything else is
 * literal. Matched without a regular expression, in at most (glob length × text length) steps:
 * a regular expression for `*a*a*…` backtracks exponentially (picomatch's too, measured), and a
 * pull request's evident.yml chooses the glob.
 */
export function matchesGlob(glob: string, text: string): boolean {
  const pattern = Array.from(glob);
  const chars = Array.from(text);
  let p = 0;
  let t = 0;
  // The last `*` seen and the text position it is tried from: on a mismatch it takes one more
  // character. Earlier stars never need to move again, so no choice is ever undone twice.
  let star = -1;
  let starText = 0;
  while (t < chars.length) {
    const wanted = pattern[p];
    if (wanted === '*') {
      star = p++;
      starText = t;
    } else if (wanted !== undefined && (wanted === '?' || wanted === chars[t])) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starText;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

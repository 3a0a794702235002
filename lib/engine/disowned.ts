/**
 * Figures a text reports only to deny or to disown: "the missile did not fly
 * 3,000 km", "nowhere near 3,000 km", "we found no official source for
 * 3,000 km", "a post shared on social media says it flew 3,000 km", "the
 * claim that it landed inside Japan's EEZ is false". Such a figure is not the
 * text's own claim, so extraction leaves it out: it is never called wrong (or
 * right). The reason is returned for tests and for whoever reads the code.
 *
 * Plain grammar of English, no knowledge of any event.
 */

/** A denial in the words just before the figure, in the same clause. */
const DENIED_BEFORE =
  /\b(?:did not|didn't|does not|doesn't|do not|don't|never|nowhere near|not anywhere near|far short of|rather than|instead of|no(?: official| credible| independent)? (?:source|evidence|record|basis|confirmation) (?:for|of))\b[^,;:.!?()]{0,48}$/i;

/** Words that end a clause: a denial or a source on one side of them does not reach a figure on the other. */
const CLAUSE_BREAK = /;|\b(?:but|while|whereas|although|though|however)\b|\band (?:it|the missile|Japan|Seoul|South Korea|officials)\b/gi;

/**
 * Sources no one vouches for, as the sentence's voice: a post, rumours, a
 * blog, "social media", "online claims", a viral video. Case-sensitive for
 * "post" so a newspaper (the Washington Post) is not one.
 */
const UNVOUCHED =
  /\b(?:(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Oo]ne|[Vv]iral|[Ww]idely[- ]shared|[Oo]nline|[Ss]ocial[- ]media)\s+(?:[\w-]+\s+){0,2}?(?:posts?|tweets?|videos?|clips?)\b|[Rr]umou?rs?\b|blogs?\b|bloggers?\b|[Ss]ocial media\b|[Mm]isinformation\b|[Dd]isinformation\b|went viral\b|going viral\b)/;

/** The clause calls what it reports false: "… is false", "the claim that … is wrong". */
const CALLED_FALSE =
  /\b(?:is|are|was|were)\s+(?:false|wrong|incorrect|inaccurate|baseless|unfounded|misleading|untrue|fabricated)\b|\b(?:falsely|wrongly|incorrectly|mistakenly)\s+(?:claim|say|state|report|suggest)(?:s|ed)?\b|\bthe (?:false|bogus|viral) (?:claim|figure|number)\b/i;

/** The clause of `sentence` that [start, end) stands in. */
function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/**
 * Why the figure at [start, end) of `sentence` is not the text's own claim,
 * or null when it is.
 */
export function disowned(sentence: string, start: number, end: number): string | null {
  const clause = clauseAround(sentence, start, end);
  const before = sentence.slice(Math.max(0, start - 64), start);
  const denial = DENIED_BEFORE.exec(before);
  if (denial && clause.includes(before.slice(denial.index).trimStart())) return 'The text says this is not so; it is not checked as a claim of the text.';
  if (CALLED_FALSE.test(clause)) return 'The text reports this to call it false; it is not checked as a claim of the text.';
  if (UNVOUCHED.test(clause)) return 'The text gives this as what a post, a blog or rumour said, a source no one vouches for; it is not checked.';
  return null;
}

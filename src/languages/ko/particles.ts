/** Particle pairs: the form after a final consonant, then the form after a vowel. */
export type ParticlePair = '이/가' | '은/는' | '을/를' | '과/와' | '으로/로' | '이다/다';

type Final = 'none' | 'rieul' | 'other';

// How each digit is read (영 일 이 삼 사 오 육 칠 팔 구). A trailing 0 is really read as
// a place (십, 백, 천, 만), but those all end in a non-ㄹ consonant, like 영.
const DIGIT_FINALS: readonly Final[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];

// English letter names as Korean reads them: only 엘, 엠, 엔, 알 end in a consonant.
const LETTER_FINALS: Readonly<Record<string, Final>> = { l: 'rieul', m: 'other', n: 'other', r: 'rieul' };

// Closing brackets, quotes and spaces are not read, so the particle looks past them.
const SKIPPED = /[\s)\]}>"'’”»」』》〉】〕]/u;

const RIEUL = 8; // index of ㄹ among the 28 final jamo (0 = none)

function finalOf(word: string): Final {
  const chars = Array.from(word);
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    if (SKIPPED.test(ch)) continue;
    const code = ch.codePointAt(0)!;
    if (code >= 0xac00 && code <= 0xd7a3) {
      const jong = (code - 0xac00) % 28;
      return jong === 0 ? 'none' : jong === RIEUL ? 'rieul' : 'other';
    }
    if (ch >= '0' && ch <= '9') return DIGIT_FINALS[code - 48]!;
    if (/[a-z]/i.test(ch)) return LETTER_FINALS[ch.toLowerCase()] ?? 'none';
    // Anything else (%, 퍼센트, or an unknown symbol) is treated as ending in a vowel.
    return 'none';
  }
  return 'none';
}

/**
 * Whether the word, as read aloud, ends in a final consonant (받침). Hangul syllables by
 * their block; digits by their Korean reading (`2025` → 오 → no); Latin letters by their
 * English names (L, M, N, R → yes). Trailing closing brackets, quotes and spaces are skipped.
 */
export function hasFinalConsonant(word: string): boolean {
  return finalOf(word) !== 'none';
}

/**
 * The word followed by the form of the particle its last syllable takes:
 * `withParticle('적자', '이/가')` → `적자가`, `withParticle('6.26조 원', '이/가')` → `6.26조 원이`.
 * For `으로/로`, a final ㄹ takes 로 (`서울로`).
 */
export function withParticle(word: string, pair: ParticlePair): string {
  const final = finalOf(word);
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string];
  const consonant = pair === '으로/로' ? final === 'other' : final !== 'none';
  return word + (consonant ? afterConsonant : afterVowel);
}

/**
 * French grammar the sentences need: prepositions before a period name ("au 1er semestre",
 * "en juillet", "d’avril"), articles, contractions and agreement of place names ("l’Asie",
 * "du Japon", "les États-Unis ont"), lists and the no-break space before a colon.
 */

/** A colon as French typography sets it: after a no-break space. */
export const COLON = '\u00a0:';

/** French quotation marks with their no-break spaces: « Voyages ». */
export const quoted = (text: string) => `«\u00a0${text}\u00a0»`;

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

const VOWEL = /^[aeiouàâéèêëîïôöûüœ]/i;

/** "de" elided before a vowel: "d’avril 2025", "d’euros", "de 2025". */
export const elidedDe = (word: string) => (VOWEL.test(word) ? `d’${word}` : `de ${word}`);

/** "A", "A et B", "A, B et C". */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** Whether a period name takes "le" ("le 1er semestre 2025") or none ("2025", "juillet 2025"). */
function takesArticle(name: string): boolean {
  return /^\d+(?:er|e)\s(?:semestre|trimestre)\b/.test(name);
}

/** "au 1er semestre 2025", "en juillet 2025", "en 2025". */
export function atPeriod(name: string): string {
  return takesArticle(name) ? `au ${name}` : `en ${name}`;
}

/** "du 1er semestre 2025", "d’avril 2025", "de 2025". */
export function ofPeriod(name: string): string {
  return takesArticle(name) ? `du ${name}` : elidedDe(name);
}

/** "par rapport au 1er semestre 2025", "par rapport à 2024". */
export function versusPeriod(name: string): string {
  return `par rapport ${takesArticle(name) ? 'au' : 'à'} ${name}`;
}

/** "depuis le 1er semestre 2023", "depuis 2021". */
export function sincePeriod(name: string): string {
  return `depuis ${takesArticle(name) ? 'le ' : ''}${name}`;
}

/** A place as a sentence names it, with what its verb and "chacun" agree with. */
export interface Place {
  readonly text: string;
  readonly feminine: boolean;
  readonly plural: boolean;
}

// Regions and partners trade tables name, with their article and gender (Larousse).
const KNOWN: ReadonlyArray<readonly [name: string, phrase: string, gender: 'f' | 'm' | 'fp' | 'mp']> = [
  ['Asie', 'l’Asie', 'f'], ['Europe', 'l’Europe', 'f'], ['Afrique', 'l’Afrique', 'f'], ['Océanie', 'l’Océanie', 'f'],
  ['Amérique', 'l’Amérique', 'f'], ['Amérique du Nord', 'l’Amérique du Nord', 'f'], ['Amérique du Sud', 'l’Amérique du Sud', 'f'],
  ['Amérique latine', 'l’Amérique latine', 'f'], ['Amérique centrale', 'l’Amérique centrale', 'f'], ['Amériques', 'les Amériques', 'fp'],
  ['Asie-Pacifique', 'l’Asie-Pacifique', 'f'], ['Asie du Sud-Est', 'l’Asie du Sud-Est', 'f'], ['Moyen-Orient', 'le Moyen-Orient', 'm'],
  ['Proche-Orient', 'le Proche-Orient', 'm'], ['Proche et Moyen-Orient', 'le Proche et Moyen-Orient', 'm'],
  ['Union européenne', 'l’Union européenne', 'f'], ['UE', 'l’UE', 'f'], ['Zone euro', 'la zone euro', 'f'],
  ['Reste du monde', 'le reste du monde', 'm'], ['Chine', 'la Chine', 'f'], ['Japon', 'le Japon', 'm'],
  ['États-Unis', 'les États-Unis', 'mp'], ['Allemagne', 'l’Allemagne', 'f'], ['France', 'la France', 'f'],
  ['Royaume-Uni', 'le Royaume-Uni', 'm'], ['Corée du Sud', 'la Corée du Sud', 'f'], ['Inde', 'l’Inde', 'f'],
  ['Canada', 'le Canada', 'm'], ['Mexique', 'le Mexique', 'm'], ['Brésil', 'le Brésil', 'm'], ['Russie', 'la Russie', 'f'],
  ['Italie', 'l’Italie', 'f'], ['Espagne', 'l’Espagne', 'f'], ['Suisse', 'la Suisse', 'f'], ['Belgique', 'la Belgique', 'f'],
  ['Pays-Bas', 'les Pays-Bas', 'mp'], ['Turquie', 'la Turquie', 'f'], ['Australie', 'l’Australie', 'f'],
  ['Vietnam', 'le Vietnam', 'm'], ['Arabie saoudite', 'l’Arabie saoudite', 'f'], ['Émirats arabes unis', 'les Émirats arabes unis', 'mp'],
  ['Singapour', 'Singapour', 'm'], ['Hong Kong', 'Hong Kong', 'm'], ['Taïwan', 'Taïwan', 'm'],
];

const key = (text: string) => text.toLocaleLowerCase('fr').replace(/'/g, '’').replace(/\s+/g, ' ').trim();
const BY_NAME = new Map(KNOWN.map(([name, phrase, gender]) => [key(name), { text: phrase, feminine: gender.startsWith('f'), plural: gender.endsWith('p') }]));

/**
 * A place as written in a sentence: a label given with its article ("les États-Unis",
 * "l’Asie") as it is; a common name from the table above with its own; any other as
 * "la zone « X »", which is grammatical for every label (an English one included).
 */
export function place(label: string): Place {
  const known = BY_NAME.get(key(label));
  if (known) return known;
  // "Les Pays-Bas", "l'Asie": an article then a space, or an apostrophe ("Laos", "Lesotho" have none).
  const article = /^(?:(les|le|la)\s+|(l)['’]\s*)(.+)$/i.exec(label.trim());
  if (article) {
    const [, word, elided, rest = ''] = article;
    const lower = (word ?? elided ?? '').toLowerCase();
    const phrase = elided ? `l’${rest}` : `${lower} ${rest}`;
    const head = rest.split(/[\s-]/)[0] ?? '';
    // Names ending in -e are feminine (l’Inde; l’Irak is not), as are plurals in -es (les Philippines).
    const feminine = lower === 'la' || (lower === 'les' ? /es$/.test(head) : lower === 'l' && /e$/.test(head));
    return { text: phrase, feminine, plural: lower === 'les' };
  }
  return { text: `la zone ${quoted(label)}`, feminine: true, plural: false };
}

/** "de l’Asie", "du Japon", "des États-Unis", "de Singapour". */
export function ofPlace({ text }: Place): string {
  if (text.startsWith('le ')) return `du ${text.slice(3)}`;
  if (text.startsWith('les ')) return `des ${text.slice(4)}`;
  return /^(la |l’)/.test(text) ? `de ${text}` : elidedDe(text);
}

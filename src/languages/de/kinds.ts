/**
 * A balance as a noun phrase in the case its place in the sentence needs: das Defizit
 * (neuter), der Überschuss (masculine), and zero as "ein ausgeglichener Saldo".
 */
import type { Kind } from '../../widgets/driver-breakdown/wording.js';

export type Case = 'nominative' | 'accusative' | 'dative';

export const kindOf = (value: number): Kind => (value < 0 ? 'deficit' : value > 0 ? 'surplus' : 'balance');

const ARTICLE: Readonly<Record<Kind, Readonly<Record<Case, string>>>> = {
  deficit: { nominative: 'ein Defizit', accusative: 'ein Defizit', dative: 'einem Defizit' },
  surplus: { nominative: 'ein Überschuss', accusative: 'einen Überschuss', dative: 'einem Überschuss' },
  balance: { nominative: 'ein ausgeglichener Saldo', accusative: 'einen ausgeglichenen Saldo', dative: 'einem ausgeglichenen Saldo' },
};

/** "einen Überschuss von 1,2 Mrd. $", "einem Defizit von 3 Mrd. $", "ein ausgeglichener Saldo". */
export function balancePhrase(kind: Kind, amount: string, grammaticalCase: Case): string {
  const head = ARTICLE[kind][grammaticalCase];
  return kind === 'balance' ? head : `${head} von ${amount}`;
}

/** The bare form for brackets: "Defizit von 300 Mio. €", "Überschuss von …", "ausgeglichen". */
export function bareBalance(kind: Kind, amount: string): string {
  return kind === 'balance' ? 'ausgeglichen' : `${kind === 'deficit' ? 'Defizit' : 'Überschuss'} von ${amount}`;
}

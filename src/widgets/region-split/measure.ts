/**
 * Text widths for laying out labels before ECharts draws them. ECharts measures text
 * with a canvas too, so the same font gives the same widths.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** Width in CSS pixels of one line of `text`. */
export function textWidth(text: string, fontSize: number, fontFamily: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = `${fontSize}px ${fontFamily || 'sans-serif'}`;
    return context.measureText(text).width;
  }
  // No canvas (server rendering): wide characters one em, others about 0.6 em.
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * Fits a label into `maxLines` lines of at most `width` pixels: breaks at spaces
 * (or anywhere, for a word longer than a line), and ends the last line with "…" when
 * text is left over. Returns the lines; the full text belongs in tooltips and tables.
 */
export function fitLines(text: string, width: number, maxLines: number, fontSize: number, fontFamily: string): string[] {
  const fits = (line: string) => textWidth(line, fontSize, fontFamily) <= width;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (fits(clean)) return [clean];
  const lines: string[] = [];
  let rest = clean;
  while (rest && lines.length < maxLines) {
    const last = lines.length === maxLines - 1;
    if (last) {
      if (fits(rest)) lines.push(rest);
      else {
        const chars = Array.from(rest);
        let n = chars.length;
        while (n > 1 && !fits(`${chars.slice(0, n).join('').trimEnd()}…`)) n--;
        lines.push(`${chars.slice(0, n).join('').trimEnd()}…`);
      }
      rest = '';
      break;
    }
    // The longest run of words that fits; a single word too long for a line is cut.
    const words = rest.split(' ');
    let take = 0;
    while (take < words.length && fits(words.slice(0, take + 1).join(' '))) take++;
    if (take === 0) {
      const chars = Array.from(rest);
      let n = 1;
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('').trimStart();
    } else {
      lines.push(words.slice(0, take).join(' '));
      rest = words.slice(take).join(' ');
    }
  }
  return lines;
}

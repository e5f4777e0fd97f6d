import type { ThemeColors } from './contracts.js';

/** Reads the `--tbc-*` custom properties (defaults set in the element styles) into one theme. */
export function readTheme(host: Element, dark: boolean): ThemeColors {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    deficit: read('--tbc-deficit', dark ? '#ff8f5e' : '#c4410c'),
    surplus: read('--tbc-surplus', dark ? '#6cb6ff' : '#1f6fb2'),
    text: read('--tbc-text', dark ? '#eceff1' : '#1a1a1a'),
    muted: read('--tbc-muted', dark ? '#a9b1b9' : '#595959'),
    background: read('--tbc-background', dark ? '#16181c' : '#ffffff'),
    grid: read('--tbc-grid', dark ? '#3b4149' : '#d6d6d6'),
    fontFamily: read('--tbc-font-family', 'system-ui, sans-serif'),
    dark,
  };
}

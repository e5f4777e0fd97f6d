import type { ThemeColors } from './contracts.js';

type Colors = Omit<ThemeColors, 'dark'>;

// The element styles' defaults (styles.ts), for a page that sets no `--tbc-*`.
const LIGHT: Colors = { deficit: '#c4410c', surplus: '#1f6fb2', text: '#1a1a1a', muted: '#595959', background: '#ffffff', grid: '#d6d6d6', fontFamily: 'system-ui, sans-serif' };
const DARK: Colors = { ...LIGHT, deficit: '#ff8f5e', surplus: '#6cb6ff', text: '#eceff1', muted: '#a9b1b9', background: '#16181c', grid: '#3b4149' };

/** The default colours: for what reads none (the summary and table), with no style read. */
export function defaultTheme(dark: boolean): ThemeColors {
  return { ...(dark ? DARK : LIGHT), dark };
}

/** Reads the `--tbc-*` custom properties (defaults set in the element styles) into one theme. */
export function readTheme(host: Element, dark: boolean): ThemeColors {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const base = dark ? DARK : LIGHT;
  return {
    deficit: read('--tbc-deficit', base.deficit),
    surplus: read('--tbc-surplus', base.surplus),
    text: read('--tbc-text', base.text),
    muted: read('--tbc-muted', base.muted),
    background: read('--tbc-background', base.background),
    grid: read('--tbc-grid', base.grid),
    fontFamily: read('--tbc-font-family', base.fontFamily),
    dark,
  };
}

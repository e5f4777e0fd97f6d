/// <reference types="node" />
/**
 * Fonts and text measuring for the server entry, through `@napi-rs/canvas` (an optional
 * dependency: prebuilt Skia, no compiler). The Noto Sans font packages (optional too) give
 * every built-in language a sans font on a machine with none installed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Canvas = typeof import('@napi-rs/canvas');

/**
 * The font packages loaded as installed fonts: a character the page's font list lacks is
 * taken from them, as from a system's fonts. Latin, Greek and Cyrillic; Korean; Japanese;
 * simplified Chinese; Arabic. Variable weight, WOFF2, about 20 MB together.
 */
export const FONT_PACKAGES = [
  '@fontsource-variable/noto-sans',
  '@fontsource-variable/noto-sans-kr',
  '@fontsource-variable/noto-sans-jp',
  '@fontsource-variable/noto-sans-sc',
  '@fontsource-variable/noto-sans-arabic',
] as const;

/**
 * Loaded only on a machine with no fonts of its own: an installed "Noto Sans" becomes what
 * `@napi-rs/canvas` takes for `system-ui`, which Chromium takes from fontconfig (DejaVu Sans
 * on Debian): the default font list would measure up to 14 % off the browser's.
 */
const LATIN_PACKAGE = '@fontsource-variable/noto-sans';

export interface FontPackages {
  /** Loaded as installed fonts. */
  readonly loaded: string[];
  /** Not installed (`npm install --omit=optional`). */
  readonly missing: string[];
  /** Installed but not needed: the machine has Latin fonts of its own. */
  readonly skipped: string[];
}

const require = createRequire(import.meta.url);
let loading: Promise<Canvas | undefined> | undefined;
let loadedFonts: FontPackages | undefined;

/** `@napi-rs/canvas` with the font packages loaded, or `undefined` when it is not installed. */
export function canvasModule(): Promise<Canvas | undefined> {
  return (loading ??= import('@napi-rs/canvas').then(
    (canvas) => {
      loadFontPackages(canvas);
      return canvas;
    },
    () => undefined,
  ));
}

/**
 * Loads the font packages (once; every render does it first) and says which were found.
 * More fonts (the page's web fonts, for an exact match) go through `@napi-rs/canvas`'s
 * `GlobalFonts.registerFromPath(file, family)` before the first render.
 *
 * @throws (rejects) when `@napi-rs/canvas` is not installed.
 */
export async function loadFonts(): Promise<FontPackages> {
  return loadFontPackages(await requireCanvas('Loading fonts'));
}

/** `@napi-rs/canvas`, or an error saying what to install for `what`. */
export async function requireCanvas(what: string): Promise<Canvas> {
  const canvas = await canvasModule();
  if (!canvas) throw new Error(`${what} needs the optional dependency @napi-rs/canvas, which is not installed or not built for this platform: run \`npm install @napi-rs/canvas\` (prebuilt for Linux, macOS and Windows on x64 and arm64).`);
  return canvas;
}

/** Loads the font packages that are installed (once) as installed fonts, and says which were and which were not. */
function loadFontPackages(canvas: Canvas): FontPackages {
  if (loadedFonts) return loadedFonts;
  const fontless = canvas.GlobalFonts.families.length === 0;
  const loaded: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const name of FONT_PACKAGES) {
    let dir: string;
    try {
      dir = join(dirname(require.resolve(`${name}/package.json`)), 'files');
    } catch {
      missing.push(name);
      continue;
    }
    if (name === LATIN_PACKAGE && !fontless) {
      skipped.push(name);
      continue;
    }
    canvas.GlobalFonts.loadFontsFromDir(dir);
    loaded.push(name);
  }
  return (loadedFonts = { loaded, missing, skipped });
}

/** Measures one line of text in a CSS font (`12px system-ui, sans-serif`), as a browser's canvas does. */
export function fontMeasurer(canvas: Canvas): (text: string, font: string) => number {
  const context = canvas.createCanvas(1, 1).getContext('2d');
  let current = '';
  return (text, font) => {
    if (font !== current) {
      context.font = font;
      current = font;
    }
    return context.measureText(text).width;
  };
}

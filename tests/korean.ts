/** Imported by tests that read Korean wording: the Korean pack, loaded before any test runs. */
import { languagePack } from '../src/languages/index.js';

await languagePack('ko');

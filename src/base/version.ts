/**
 * The version written by the server into `data-tbc-prerendered`: the element reuses
 * prerendered markup of this version only (tests/node/version.test.mjs keeps it equal to
 * package.json's).
 */
export const PRERENDER_VERSION = '0.1.0';

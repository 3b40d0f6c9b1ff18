import latin400 from '@fontsource/sarabun/files/sarabun-latin-400-normal.woff2?url';
import latin600 from '@fontsource/sarabun/files/sarabun-latin-600-normal.woff2?url';
import thai400 from '@fontsource/sarabun/files/sarabun-thai-400-normal.woff2?url';
import thai600 from '@fontsource/sarabun/files/sarabun-thai-600-normal.woff2?url';

const THAI = 'U+0E01-0E5B, U+200C-200D, U+25CC';
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

function face(url: string, weight: string, range: string): string {
  return `@font-face{font-family:'Sarabun';font-style:normal;font-display:swap;font-weight:${weight};src:url(${url}) format('woff2');unicode-range:${range}}`;
}

/**
 * The app's Sarabun for a framed document (a report preview, a mail): it asks for Sarabun, which a
 * reader's computer seldom has, and a frame does not share the app's fonts.
 */
export const SARABUN_FACES = `<style>${[face(thai400, '400', THAI), face(latin400, '400', LATIN), face(thai600, '600 700', THAI), face(latin600, '600 700', LATIN)].join('')}</style>`;

import * as fs from 'node:fs';

/** The Sarabun TTFs the PDF embeds (SIL Open Font License), read once. */
export interface SarabunFonts {
  regular: Buffer;
  bold: Buffer;
}

let loaded: SarabunFonts | undefined;

/**
 * The regular and bold Sarabun TTFs from `@expo-google-fonts/sarabun`.
 *
 * @throws Error naming the missing file when the package is not installed.
 */
export function sarabunFonts(): SarabunFonts {
  loaded ??= { regular: readFont('400Regular/Sarabun_400Regular.ttf'), bold: readFont('700Bold/Sarabun_700Bold.ttf') };
  return loaded;
}

function readFont(file: string): Buffer {
  const id = `@expo-google-fonts/sarabun/${file}`;
  let path: string;
  try {
    path = require.resolve(id);
  } catch {
    throw new Error(`The Sarabun font ${id} is missing: the PDF needs the package @expo-google-fonts/sarabun (npm ci)`);
  }
  return fs.readFileSync(path);
}

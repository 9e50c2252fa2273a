// The bytes of a file a school picks: the text of its code of conduct, whichever way its editor
// saved it (UTF-8, Notepad's "Unicode", Windows' "ANSI"), or a plain reason it is not text.
export type DecodedText = { ok: true; text: string } | { ok: false; kind: 'pdf' | 'word' | 'binary' };

function decode(label: string, bytes: Uint8Array, fatal = false): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

// Windows-1252's 0x80–0x9F: curly quotes, dashes, the euro sign. Node's TextDecoder decodes
// "windows-1252" as Latin-1 and leaves them as C1 control characters; browsers map them.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string | null {
  const text = decode('windows-1252', bytes);
  return text?.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) ?? null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return { ok: false, kind: 'pdf' }; // %PDF
  // .docx (a zip) or the old binary .doc
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, kind: 'word' };
  if (starts(0xff, 0xfe)) return { ok: true, text: decode('utf-16le', bytes.subarray(2)) ?? '' };
  if (starts(0xfe, 0xff)) return { ok: true, text: decode('utf-16be', bytes.subarray(2)) ?? '' };
  const utf8 = decode('utf-8', starts(0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes, true);
  const text = utf8 ?? windows1252(bytes) ?? '';
  // text files do not hold NUL bytes or many control characters
  // eslint-disable-next-line no-control-regex
  const control = text.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (control > 8) return { ok: false, kind: 'binary' };
  return { ok: true, text };
}

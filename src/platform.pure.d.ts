// The few web-platform globals the pure layers (src/engine, src/config) may use: they exist in
// browsers, workers and Node alike. Only tsconfig.pure.json reads this file; the main project
// gets the real declarations from lib.dom.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly href: string;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

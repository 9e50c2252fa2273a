// The school's link: one URL a school prints in its letter or shows as a QR code.
//
//   https://schoolgate.example/add#config=https%3A%2F%2Flowash.example.sch.uk%2Fschoolgate.json
//
// It is a page on the project's own site. Opened in a browser that has Schoolgate, the
// extension's content script on that page hands the config's address to the extension, which
// opens its import screen. Opened without Schoolgate, the page itself explains how to install it
// first (and the same link then works). The config's address travels in the fragment, which
// browsers never send to a server: the project's site does not learn which school a parent
// belongs to.
//
// Pure: no DOM or browser APIs, so the CLI and the builder make links with the same code.

/** The project's site. Change this one constant (and the content script's match) when publishing. */
export const LINK_ORIGIN = 'https://schoolgate.example';
export const LINK_PATH = '/add';
/** The match pattern for the content script that hands the link on. */
export const LINK_MATCH = `${LINK_ORIGIN}${LINK_PATH}*`;

const PARAM = 'config';

export type LinkProblem =
  | { kind: 'not-a-link' }
  | { kind: 'no-config' }
  | { kind: 'config-not-url' }
  | { kind: 'config-not-https'; scheme: string }
  | { kind: 'config-credentials' };

function tryUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Checks a config address: an https URL with no user name or password in it. */
export function checkConfigUrl(address: string): { ok: true; url: string } | { ok: false; problem: LinkProblem } {
  const url = tryUrl(address.trim());
  if (!url) return { ok: false, problem: { kind: 'config-not-url' } };
  if (url.protocol !== 'https:') return { ok: false, problem: { kind: 'config-not-https', scheme: url.protocol } };
  if (url.username || url.password) return { ok: false, problem: { kind: 'config-credentials' } };
  return { ok: true, url: url.href };
}

/** The school's link for a config published at `configUrl` (which must be https). */
export function makeSchoolLink(configUrl: string, origin: string = LINK_ORIGIN): string {
  const checked = checkConfigUrl(configUrl);
  if (!checked.ok) throw new Error(`A school link needs the https address of the config (${checked.problem.kind})`);
  return `${origin}${LINK_PATH}#${PARAM}=${encodeURIComponent(checked.url)}`;
}

/**
 * The config address inside a school's link. Accepts the link as printed, and is lenient about
 * what a QR reader or a mail client may do to it (a fragment that was not encoded, a trailing
 * slash on the path). `origin` is the site the link must be on.
 */
export function readSchoolLink(link: string, origin: string = LINK_ORIGIN): { ok: true; configUrl: string } | { ok: false; problem: LinkProblem } {
  const url = tryUrl(link.trim());
  if (!url || url.origin !== origin || url.pathname.replace(/\/+$/, '') !== LINK_PATH) return { ok: false, problem: { kind: 'not-a-link' } };
  return readLinkFragment(url.hash);
}

/** The config address in a link's fragment ("#config=…"); the extension's own pages take it this way too. */
export function readLinkFragment(hash: string): { ok: true; configUrl: string } | { ok: false; problem: LinkProblem } {
  const fragment = hash.replace(/^#/, '');
  const prefix = `${PARAM}=`;
  if (!fragment.startsWith(prefix)) return { ok: false, problem: { kind: 'no-config' } };
  let value = fragment.slice(prefix.length);
  try {
    value = decodeURIComponent(value);
  } catch {
    // left as it is: a fragment a mail client decoded already
  }
  if (!value) return { ok: false, problem: { kind: 'no-config' } };
  const checked = checkConfigUrl(value);
  return checked.ok ? { ok: true, configUrl: checked.url } : checked;
}

/** The fragment an extension page is opened with to import `configUrl`. */
export function linkFragment(configUrl: string): string {
  return `#${PARAM}=${encodeURIComponent(configUrl)}`;
}

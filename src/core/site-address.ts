/**
 * A config's address on "this site" (`/privacy`, `/consent/sign`) resolved against the page's origin, not its
 * `<base href>`: a base naming another host must not carry the receipt payload there, nor make the link the
 * visitor follows differ from the address the receipt records. Anything else is returned as written; an opaque
 * origin (a sandboxed frame, `"null"`) leaves the path to the browser.
 */
export function siteAddress(url: string, origin: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}

/**
 * Where to go after signing in: `next` from the sign-in page's address, as a path on this site.
 *
 * The check is on what the browser will make of the value, not on its text: before it resolves a
 * URL, a browser strips tabs and newlines anywhere, and spaces and control characters at either
 * end, and reads a backslash as a slash (the WHATWG URL standard), so `/\t/evil.example` and
 * `/\evil.example` both lead to another origin. The value is parsed the same way here, against
 * this origin; anything that does not land on it, or is not a path, goes to `/`. What is sent
 * back is the parsed path, percent-encoded by the parser: no CR, LF or other character that an
 * HTTP header cannot carry reaches the redirect, so an odd `next` is the sign-in page, never a 500.
 *
 * @example
 * safeNext("/sites/hotel-oslo?x=1", new URL("http://127.0.0.1:3000/login")) // "/sites/hotel-oslo?x=1"
 * safeNext("/\t/evil.example", new URL("http://127.0.0.1:3000/login"))      // "/"
 */
export function safeNext(value: string | null | undefined, here: URL): string {
  if (!value) return "/";
  // What the URL parser strips first: C0 controls and spaces at the ends, tabs and newlines
  // anywhere; the rest it reads as given.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those characters are the point
  const bare = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  // A path: not a scheme, not `//host`, not `\\host` (a backslash is a slash to the parser).
  if (!/^[/\\]/.test(bare) || /^[/\\]{2}/.test(bare)) return "/";
  let target: URL;
  try {
    target = new URL(bare, here.origin);
  } catch {
    return "/";
  }
  if (target.origin !== here.origin) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
  return path.startsWith("//") ? "/" : path;
}

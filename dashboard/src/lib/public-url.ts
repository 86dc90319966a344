/**
 * Why QR codes cannot be printed with the public address the API reports
 * (BULBCHECK_PUBLIC_URL): it is not set, or it names this machine only, which no customer's
 * phone can open. A code printed with either would send every scan nowhere, for as long as the
 * label hangs, so the pages that print codes refuse instead.
 */
export type PublicUrlProblem = { kind: "unset" } | { kind: "loopback"; url: string };

/**
 * Null when codes may be printed with `publicUrl`.
 *
 * @example
 * publicUrlProblem("https://bulbcheck.example.com") // null
 * publicUrlProblem("http://127.0.0.1:3000")         // { kind: "loopback", url: "http://127.0.0.1:3000" }
 */
export function publicUrlProblem(publicUrl: string | null): PublicUrlProblem | null {
  if (!publicUrl) return { kind: "unset" };
  let host: string;
  try {
    // The URL parser writes every form of an address one way: 127.1, 0x7f.0.0.1 and
    // 2130706433 all become 127.0.0.1, and [::ffff:127.0.0.1] becomes [::ffff:7f00:1].
    // A name may end in the root's dot (localhost.): the same name.
    host = new URL(publicUrl).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return { kind: "unset" };
  }
  return isThisMachine(host) ? { kind: "loopback", url: publicUrl } : null;
}

function isThisMachine(host: string): boolean {
  return (
    // RFC 6761 6.3: localhost and every name under it are this machine.
    host === "localhost" ||
    host.endsWith(".localhost") ||
    // 127.0.0.0/8 (RFC 1122 3.2.1.3), ::1, and IPv4-mapped loopback (RFC 4291 2.5.5.2).
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === "[::1]" ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host) ||
    // The unspecified address is where a server listens, not where anyone connects.
    host === "0.0.0.0" ||
    host === "[::]"
  );
}

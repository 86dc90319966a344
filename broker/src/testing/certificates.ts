import { execFile } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A self-signed certificate and its key, as files, for a TLS listener in a test. */
export interface TestCertificate {
  certFile: string;
  keyFile: string;
  /** The certificate (PEM), for a client's `ca`. */
  pem: string;
  /** As `getPeerCertificate().fingerprint256` gives it, to tell which certificate was served. */
  fingerprint256: string;
}

/**
 * Makes a self-signed certificate for 127.0.0.1 and localhost with `openssl` (EC P-256: quick
 * to make) as `{name}.crt` and `{name}.key` in `dir`, overwriting what is there.
 */
export async function makeCertificate(dir: string, name = "broker"): Promise<TestCertificate> {
  const certFile = join(dir, `${name}.crt`);
  const keyFile = join(dir, `${name}.key`);
  // The key is written beside the certificate in one call; -nodes leaves it unencrypted.
  await run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-days",
    "2",
    "-subj",
    `/CN=bulbcheck-test-${name}`,
    "-addext",
    "subjectAltName=IP:127.0.0.1,DNS:localhost",
    "-keyout",
    keyFile,
    "-out",
    certFile,
  ]);
  const pem = await readFile(certFile, "utf8");
  return { certFile, keyFile, pem, fingerprint256: new X509Certificate(pem).fingerprint256 };
}

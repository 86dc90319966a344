import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createSecureContext, type SecureContext } from "node:tls";

/** The certificate chain and private key files (PEM) the TLS listeners present. */
export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

/** What a loaded certificate is, for the log. */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
}

/** The PEM texts and the context made of them, checked to belong together. */
export interface LoadedCredentials {
  pem: { cert: Buffer; key: Buffer };
  context: SecureContext;
  certificate: CertificateSummary;
}

/**
 * Reads and checks the certificate and key: both PEM, the key the certificate's (OpenSSL takes
 * an RSA certificate with an EC key and fails every handshake later), the context built.
 * Throws an error that says which file is wrong and why.
 */
export async function loadCredentials(files: TlsFiles): Promise<LoadedCredentials> {
  const read = async (path: string, what: string) => {
    try {
      return await readFile(path);
    } catch (error) {
      throw new Error(`cannot read the TLS ${what} file ${path}: ${(error as Error).message}`);
    }
  };
  const cert = await read(files.certFile, "certificate");
  const key = await read(files.keyFile, "key");
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch (error) {
    throw new Error(
      `the TLS certificate file ${files.certFile} holds no PEM certificate: ${(error as Error).message}`,
    );
  }
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key);
  } catch (error) {
    throw new Error(
      `the TLS key file ${files.keyFile} holds no PEM private key: ${(error as Error).message}`,
    );
  }
  if (!x509.checkPrivateKey(privateKey))
    throw new Error(
      `the TLS key in ${files.keyFile} is not the key of the certificate in ${files.certFile}`,
    );
  let context: SecureContext;
  try {
    context = createSecureContext({ cert, key });
  } catch (error) {
    throw new Error(`the TLS certificate and key are not usable: ${(error as Error).message}`);
  }
  return {
    pem: { cert, key },
    context,
    certificate: {
      subject: x509.subject.replaceAll("\n", ", "),
      issuer: x509.issuer.replaceAll("\n", ", "),
      validFrom: x509.validFromDate.toISOString(),
      validTo: x509.validToDate.toISOString(),
      fingerprint256: x509.fingerprint256,
    },
  };
}

/**
 * The credentials in force, for every TLS listener: read at start, read again on `reload()`
 * (SIGHUP, after a renewal). A reload that fails keeps the credentials in force; connections
 * open stay on the certificate they were made with, and new ones get the new one.
 */
export class TlsCredentials {
  readonly files: TlsFiles;
  #current: LoadedCredentials;
  readonly #listeners: ((loaded: LoadedCredentials) => void)[] = [];

  private constructor(files: TlsFiles, loaded: LoadedCredentials) {
    this.files = files;
    this.#current = loaded;
  }

  static async load(files: TlsFiles): Promise<TlsCredentials> {
    return new TlsCredentials(files, await loadCredentials(files));
  }

  get current(): LoadedCredentials {
    return this.#current;
  }

  /** Calls `listener` with the credentials of every successful reload. */
  onReload(listener: (loaded: LoadedCredentials) => void): void {
    this.#listeners.push(listener);
  }

  /** Reads the files again; rejects, keeping the credentials in force, when they are not good. */
  async reload(): Promise<CertificateSummary> {
    const loaded = await loadCredentials(this.files);
    this.#current = loaded;
    for (const listener of this.#listeners) listener(loaded);
    return loaded.certificate;
  }
}

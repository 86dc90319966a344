import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { AuthenticateError, Client, ConnectPacket } from "aedes";
import type { Logger } from "pino";
import { contextOf } from "../connection-context.ts";
import type { CredentialsProvider } from "../credentials/principal.ts";
import { verifySecret } from "../credentials/secret-hash.ts";
import type { BrokerCounters, ConnectRefusal } from "../stats.ts";
import { mayLeaveWill } from "./acl.ts";
import type { LoginGuard } from "./login-guard.ts";

// CONNACK return codes, MQTT 3.1.1 §3.2.2.3.
const IDENTIFIER_REJECTED = 2;
const BAD_USERNAME_OR_PASSWORD = 4;
const NOT_AUTHORIZED = 5;

const RETURN_CODES: Record<ConnectRefusal, 2 | 3 | 4 | 5> = {
  client_id_mismatch: IDENTIFIER_REJECTED,
  no_credentials: BAD_USERNAME_OR_PASSWORD,
  unknown_client: BAD_USERNAME_OR_PASSWORD,
  bad_secret: BAD_USERNAME_OR_PASSWORD,
  banned: NOT_AUTHORIZED,
  will_denied: NOT_AUTHORIZED,
  auth_error: 3,
};

/** Verified secrets remembered (as keyed digests) so that reconnect storms skip scrypt. */
const MAX_CACHED = 100_000;

export interface AuthenticateDeps {
  credentials: CredentialsProvider;
  guard: LoginGuard;
  counters: BrokerCounters;
  logger: Logger;
}

type Done = (error: AuthenticateError | null, success: boolean | null) => void;

/**
 * The CONNECT checks: the client id must equal the username (so a credential can only ever take
 * over its own session), the secret must match its stored hash, and the will must be one the
 * principal may publish. Failures feed the login guard.
 */
export function createAuthenticate({ credentials, guard, counters, logger }: AuthenticateDeps) {
  const cacheKey = randomBytes(32);
  const verified = new Map<string, { secretHash: string; digest: Buffer }>();
  const digestOf = (password: Buffer) => createHmac("sha256", cacheKey).update(password).digest();

  async function check(
    client: Client,
    username: string | undefined,
    password: Buffer | undefined,
  ): Promise<ConnectRefusal | undefined> {
    const context = contextOf(client);
    if (!context) return "auth_error";
    if (!username || !password) return "no_credentials";
    // [MQTT-3.1.3-2] the client id names the session; tying it to the username stops one
    // credential from kicking another client off by connecting with its id.
    if (client.id !== username) return "client_id_mismatch";
    if (guard.isBanned(context.address, username)) return "banned";

    const principal = await credentials.lookup(username);
    if (!principal) {
      guard.recordFailure(context.address, username);
      return "unknown_client";
    }
    const digest = digestOf(password);
    const cached = verified.get(username);
    const known =
      cached?.secretHash === principal.secretHash && timingSafeEqual(cached.digest, digest);
    if (!known) {
      if (!(await verifySecret(password.toString("utf8"), principal.secretHash))) {
        guard.recordFailure(context.address, username);
        return "bad_secret";
      }
      verified.delete(username);
      verified.set(username, { secretHash: principal.secretHash, digest });
      if (verified.size > MAX_CACHED) verified.delete(verified.keys().next().value as string);
    }
    if (context.willTopic !== undefined && !mayLeaveWill(principal, context.willTopic))
      return "will_denied";

    guard.recordSuccess(context.address, username);
    context.principal = principal;
    return undefined;
  }

  return function authenticate(
    client: Client,
    username: string | undefined,
    password: Buffer | undefined,
    done: Done,
  ) {
    check(client, username, password).then(
      (refusal) => {
        if (!refusal) {
          counters.connectsAccepted++;
          return done(null, true);
        }
        counters.refuseConnect(refusal);
        const context = contextOf(client);
        logger.warn(
          {
            reason: refusal,
            clientId: client.id,
            username,
            address: context?.address,
            willTopic: context?.willTopic,
          },
          "connect refused",
        );
        const error = new Error(`connect refused: ${refusal}`) as AuthenticateError;
        error.returnCode = RETURN_CODES[refusal];
        done(error, false);
      },
      (error: unknown) => {
        counters.refuseConnect("auth_error");
        logger.error({ err: error, clientId: client.id }, "credentials lookup failed");
        const failure = new Error("credentials lookup failed") as AuthenticateError;
        failure.returnCode = 3;
        done(failure, false);
      },
    );
  };
}

/** Runs before authentication: remembers the will topic so that authentication can check it. */
export function preConnect(
  client: Client,
  packet: ConnectPacket,
  done: (error: Error | null, ok: boolean) => void,
): void {
  const context = contextOf(client);
  if (context && packet.will) context.willTopic = packet.will.topic;
  done(null, context !== undefined);
}

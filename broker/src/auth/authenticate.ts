import type { AuthenticateError, Client } from "aedes";
import type { Logger } from "pino";
import { contextOf } from "../connection-context.ts";
import type { CredentialsProvider } from "../credentials/principal.ts";
import { isLegacyHash } from "../credentials/secret-hash.ts";
import { CountedRefusal } from "../limits/close-reasons.ts";
import type { AuthRefusal, BrokerCounters } from "../stats.ts";
import { mayLeaveWill } from "./acl.ts";
import type { LoginGuard } from "./login-guard.ts";

// CONNACK return codes, MQTT 3.1.1 §3.2.2.3.
const IDENTIFIER_REJECTED = 2;
const BAD_USERNAME_OR_PASSWORD = 4;
const NOT_AUTHORIZED = 5;

const RETURN_CODES: Record<AuthRefusal, 2 | 3 | 4 | 5> = {
  client_id_mismatch: IDENTIFIER_REJECTED,
  no_credentials: BAD_USERNAME_OR_PASSWORD,
  unknown_client: BAD_USERNAME_OR_PASSWORD,
  bad_secret: BAD_USERNAME_OR_PASSWORD,
  banned: NOT_AUTHORIZED,
  will_denied: NOT_AUTHORIZED,
  auth_error: 3,
};

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
 *
 * The guard bans a device id at an address first: its right secret is then refused unchecked.
 * An address banned as a whole (failures across many ids, as from credential stuffing) refuses
 * every failed login as `banned`, and secrets behind a slow legacy hash unchecked, but a device
 * with a keyed hash and its right secret still gets in: a store's devices share their router's
 * address, and someone guessing there must not lock them all out.
 */
export function createAuthenticate({ credentials, guard, counters, logger }: AuthenticateDeps) {
  async function check(
    client: Client,
    username: string | undefined,
    password: Buffer | undefined,
  ): Promise<AuthRefusal | undefined> {
    const context = contextOf(client);
    if (!context) return "auth_error";
    if (!username || !password) return "no_credentials";
    // [MQTT-3.1.3-2] the client id names the session; tying it to the username stops one
    // credential from kicking another client off by connecting with its id.
    if (client.id !== username) return "client_id_mismatch";
    const { address } = context;
    if (guard.clientBanned(address, username)) return "banned";
    const addressBanned = guard.addressBanned(address);

    const principal = await credentials.lookup(username);
    if (!principal) {
      guard.recordFailure(address, username);
      return addressBanned ? "banned" : "unknown_client";
    }
    if (addressBanned && isLegacyHash(principal.secretHash)) return "banned";
    if (!(await credentials.verify(principal, password.toString("utf8")))) {
      guard.recordFailure(address, username);
      return addressBanned ? "banned" : "bad_secret";
    }
    if (context.willTopic !== undefined && !mayLeaveWill(principal, context.willTopic))
      return "will_denied";

    guard.recordSuccess(address, username);
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
        const error = new CountedRefusal(`connect refused: ${refusal}`) as AuthenticateError;
        error.returnCode = RETURN_CODES[refusal];
        done(error, false);
      },
      (error: unknown) => {
        counters.refuseConnect("auth_error");
        logger.error({ err: error, clientId: client.id }, "credentials lookup failed");
        const failure = new CountedRefusal("credentials lookup failed") as AuthenticateError;
        failure.returnCode = 3;
        done(failure, false);
      },
    );
  };
}

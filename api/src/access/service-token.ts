import { type Db, transact } from "../store/database.ts";
import { generateToken, insertToken, type Role, revokeTokensNamed } from "../store/token-store.ts";

/**
 * A token for a part of the system itself (the demo simulator): a new one at each start, and
 * the one of the previous start revoked, so that they do not pile up.
 */
export function issueServiceToken(db: Db, name: string, role: Role, now: number): string {
  return transact(db, () => {
    revokeTokensNamed(db, name, now);
    const token = generateToken();
    insertToken(db, { name, role, plain: token, now });
    return token;
  });
}

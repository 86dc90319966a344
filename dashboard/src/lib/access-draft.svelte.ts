import type { ApiRole, UserView } from "@bulbcheck/shared";
import { untrack } from "svelte";
import type { SiteScope } from "./access-sentence.ts";

/** The fields of a user form: who, their role, and which sites. */
export interface AccessFields {
  username: string;
  displayName: string;
  role: ApiRole;
  scope: SiteScope;
  /** Ticked sites; they count only when `scope` is "some". */
  ticked: string[];
}

/** A saved user's fields, as their edit form starts. */
export function fieldsOf(user: UserView): AccessFields {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: user.sites === null ? "all" : "some",
    ticked: user.sites ?? [],
  };
}

/**
 * A user form as typed, bound to its fields: the page renders it on the server as it starts and
 * keeps what was typed when it renders again for anything else (a role chosen, the health banner
 * polled). Only `take` replaces it, with what the server answered or now holds.
 */
export class AccessDraft {
  username = $state("");
  displayName = $state("");
  role = $state<ApiRole>("staff");
  scope = $state<SiteScope>("all");
  ticked = $state<string[]>([]);
  /** What `take` was last given, as a key: the draft differs from it once the user types. */
  #taken = $state("");

  constructor(fields: AccessFields) {
    this.take(fields);
  }

  /** The sites the form chooses: null for every site; admins see every site whatever it says. */
  get sites(): string[] | null {
    return this.role === "admin" || this.scope === "all" ? null : this.ticked;
  }

  /** Whether the form says other than what it was last given. */
  get changed(): boolean {
    return key(this) !== this.#taken;
  }

  /**
   * Shows `fields` unless they are what it was last given: a reload that changed nothing (its
   * data a new object all the same) leaves what was typed since alone.
   */
  take(fields: AccessFields): void {
    untrack(() => {
      const taken = key(fields);
      if (taken === this.#taken) return;
      this.#taken = taken;
      this.username = fields.username;
      this.displayName = fields.displayName;
      this.role = fields.role;
      this.scope = fields.scope;
      this.ticked = [...fields.ticked];
    });
  }
}

/** The fields as they matter: trimmed names, and the sites they choose in a stable order. */
function key(fields: AccessFields): string {
  const sites =
    fields.role === "admin" || fields.scope === "all" ? null : [...new Set(fields.ticked)].sort();
  return JSON.stringify([fields.username.trim(), fields.displayName.trim(), fields.role, sites]);
}

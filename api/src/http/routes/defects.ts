import { defectReference, type defectRoutes } from "@bulbcheck/shared";
import { engineContext, reportFault } from "../../engine/defect-engine.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import {
  type AssigneeFilter,
  type DefectCursor,
  findUnresolved,
  getDefect,
  listDefects,
  severityRank,
  timelineOf,
} from "../../store/defect-store.ts";
import {
  assetForEvent,
  getSiteRow,
  isRetiredAsset,
  MAX_UNPLACED_ASSETS_PER_SITE,
} from "../../store/registry-store.ts";
import { addWatcher } from "../../store/watcher-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import { clientAddress } from "../client-address.ts";
import { type DefectAction, runDefectAction } from "../defect-actions.ts";
import type { ApiDeps } from "../deps.ts";
import { RateLimiter } from "../rate-limit.ts";
import type { Handlers } from "../router.ts";
import { requireSite, siteFilter } from "../scope.ts";
import { defectView, timelineView } from "../views.ts";
import { assetForKey } from "./report-keys.ts";

/** Cursors are opaque to callers: where the page ended, encoded. */
export function encodeCursor(cursor: DefectCursor): string {
  const text =
    cursor.due !== undefined
      ? `t${cursor.due}.${cursor.id}`
      : cursor.rank === undefined
        ? `d${cursor.id}`
        : `s${cursor.rank}.${cursor.id}`;
  return Buffer.from(text).toString("base64url");
}

export function decodeCursor(cursor: string): DefectCursor {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const plain = /^d(\d{1,15})$/.exec(text);
  if (plain) return { id: Number(plain[1]) };
  const ranked = /^s([1-3])\.(\d{1,15})$/.exec(text);
  if (ranked) return { id: Number(ranked[2]), rank: Number(ranked[1]) };
  const due = /^t(\d{1,15})\.(\d{1,15})$/.exec(text);
  if (due) return { id: Number(due[2]), due: Number(due[1]) };
  throw new ApiError(400, "invalid_query", "cursor: not a cursor this API handed out", [
    { path: "cursor", message: "not a cursor this API handed out" },
  ]);
}

/** `?assignee=`: mine (the caller's and their team's), the unassigned, or one user's. */
function assigneeFilter(
  caller: Caller | undefined,
  assignee: string | undefined,
): AssigneeFilter | undefined {
  if (assignee === undefined) return undefined;
  if (assignee === "none") return { kind: "none" };
  if (assignee !== "me") return { kind: "user", username: assignee.toLowerCase() };
  if (!caller?.user)
    throw new ApiError(
      400,
      "invalid_query",
      "assignee: me is for signed-in users; a system token has no work of its own",
      [{ path: "assignee", message: "me is for signed-in users" }],
    );
  return { kind: "mine", user: caller.user.id, team: caller.role };
}

export function defectHandlers(deps: ApiDeps): Handlers<typeof defectRoutes> {
  const { db } = deps;
  const reportsByAddress = new RateLimiter({
    limit: deps.access.reportsPerAddress,
    windowMs: deps.access.reportWindowMs,
  });

  /** Acknowledge and resolve: one action in its own transaction (defect-actions.ts). */
  const act = (caller: Caller | undefined, id: number, action: DefectAction) => {
    const ctx = engineContext(db, deps.duePolicy, deps.recurrenceDays);
    const defect = transact(db, () => runDefectAction(deps, caller, id, action, ctx));
    deps.feed.publish(ctx.changes);
    return defectView(defect, deps.now());
  };

  return {
    listDefects: ({ query, caller }) => {
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const { site, cursor: _, assignee, ...filters } = query;
      // One more than asked tells whether a next page exists without a count.
      const rows = listDefects(db, {
        ...filters,
        assignee: assigneeFilter(caller, assignee),
        sites: siteFilter(caller, site),
        limit: query.limit + 1,
        after,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const now = deps.now();
      const next =
        last && rows.length > query.limit
          ? encodeCursor(
              query.sort === "severity"
                ? { id: last.id, rank: severityRank(last.severity) }
                : query.sort === "due"
                  ? { id: last.id, due: last.dueAt }
                  : { id: last.id },
            )
          : null;
      return { items: page.map((d) => defectView(d, now)), nextCursor: next };
    },

    getDefect: ({ params, caller }) => {
      const defect = getDefect(db, params.id);
      if (!defect) throw notFound(`defect ${params.id}`);
      requireSite(caller, defect.site, `defect ${params.id}`);
      return {
        ...defectView(defect, deps.now()),
        timeline: timelineOf(db, defect.id).map(timelineView),
      };
    },

    reportDefect: ({ body, caller, c }) => {
      let source = body.source;
      let reporter: string;
      if (caller) {
        requireSite(caller, body.site, `site ${body.site}`);
        if (!getSiteRow(db, body.site)) throw notFound(`site ${body.site}`);
        reporter = body.reporter ?? caller.name;
      } else {
        if (body.reportKey === undefined)
          throw new ApiError(
            401,
            "unauthorized",
            "sign in, or send the reportKey of the asset's QR code",
          );
        const address = clientAddress(c, deps.access.trustedProxies);
        reportsByAddress.take(address, deps.now(), "reports from this address");
        assetForKey(deps, body.site, body.asset, body.reportKey);
        // Whoever holds a printed code is a guest: they cannot speak as staff or as a name.
        source = "customer";
        reporter = "QR code";
      }
      if (caller && body.email !== undefined)
        throw new ApiError(400, "invalid_body", "email: only a guest's QR report leaves one", [
          { path: "email", message: "only a guest's QR report leaves an address" },
        ]);
      // Who the report is from as evidence: the signed-in user (or `token:<name>`), not a name
      // typed into `reporter`; a guest is the QR code (docs/api.md#evidence).
      const origin = caller
        ? { channel: "dashboard" as const, reporter: caller.actor }
        : { channel: "qr" as const, reporter: "QR code" };
      const ctx = engineContext(db, deps.duePolicy, deps.recurrenceDays);
      const at = deps.now();
      if (isRetiredAsset(db, body.site, body.asset))
        throw new ApiError(
          409,
          "asset_retired",
          `${body.asset} at ${body.site} is retired: restore it in the setup area to report on it`,
        );
      let alreadyReportedAt: number | null = null;
      let tellWhenFixed = false;
      const defect = transact(db, () => {
        alreadyReportedAt =
          findUnresolved(db, body.site, body.asset, body.fault)?.firstSeenAt ?? null;
        const asset = assetForEvent(db, body.site, body.asset);
        if (!asset)
          throw new ApiError(
            409,
            "unplaced_limit",
            `no asset ${body.asset} is provisioned at ${body.site}, which has ${MAX_UNPLACED_ASSETS_PER_SITE} unplaced assets already: place them in a fleet document`,
          );
        const reported = reportFault(
          ctx,
          asset,
          { fault: body.fault, source, reporter, at },
          { note: body.note ?? null, origin },
        );
        if (body.email !== undefined && deps.customerMail)
          tellWhenFixed = addWatcher(db, {
            defect: reported.id,
            email: body.email,
            // The language the guest's page was in, for the e-mail; null: the site's.
            language: body.language ?? null,
            at,
          });
        recordAudit(db, {
          at,
          actor: caller?.actor ?? "qr-code",
          action: "defect.report",
          target: `defect ${reported.id}`,
          site: body.site,
          detail: { asset: body.asset, fault: body.fault, source },
        });
        return reported;
      });
      deps.feed.publish(ctx.changes);
      const change = defect.reports === 1 ? "opened" : "merged";
      return {
        ...defectView(defect, deps.now()),
        change,
        reference: defectReference(defect.id),
        alreadyReportedAt:
          alreadyReportedAt === null ? null : new Date(alreadyReportedAt).toISOString(),
        tellWhenFixed,
      };
    },

    acknowledgeDefect: ({ params, body, caller }) =>
      act(caller, params.id, { kind: "acknowledge", note: body?.note }),
    resolveDefect: ({ params, body, caller }) =>
      act(caller, params.id, { kind: "resolve", note: body?.note, cause: body?.cause }),
  };
}

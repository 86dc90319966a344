import {
  type BulkAction,
  type BulkResult,
  type defectWorkRoutes,
  roleIncludes,
  TEAM_ROLES,
} from "@bulbcheck/shared";
import { assigneeLabel } from "../../engine/assignment.ts";
import { engineContext } from "../../engine/defect-engine.ts";
import { commentOn } from "../../engine/defect-work.ts";
import {
  deleteAssignmentRule,
  getAssignmentRule,
  insertAssignmentRule,
  listAssignmentRules,
} from "../../store/assignment-rule-store.ts";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { getDefect, getDefects } from "../../store/defect-store.ts";
import { markNoticesRead, noticesOf, unreadNotices } from "../../store/notice-store.ts";
import { getSiteRow, zoneExists } from "../../store/registry-store.ts";
import { findUserByUsername, teamMembers } from "../../store/user-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { Caller } from "../auth.ts";
import { type DefectAction, runDefectAction } from "../defect-actions.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { requireSite, siteFilter } from "../scope.ts";
import { defectView, iso } from "../views.ts";

const NOTICES_SHOWN = 50;

export function defectWorkHandlers(deps: ApiDeps): Handlers<typeof defectWorkRoutes> {
  const { db } = deps;

  /** One action in its own transaction; its changes reach the boards once committed. */
  const single = (caller: Caller | undefined, id: number, action: DefectAction) => {
    const ctx = engineContext(db, deps.duePolicy, deps.recurrenceDays);
    const defect = transact(db, () => runDefectAction(deps, caller, id, action, ctx));
    deps.feed.publish(ctx.changes);
    return defectView(defect, deps.now());
  };

  return {
    assignDefect: ({ params, body, caller }) =>
      single(caller, params.id, { kind: "assign", assignee: body.assignee }),

    holdDefect: ({ params, body, caller }) =>
      single(caller, params.id, {
        kind: "hold",
        reason: body.reason,
        dueAt: Date.parse(body.dueAt),
      }),

    reopenDefect: ({ params, body, caller }) =>
      single(caller, params.id, { kind: "reopen", note: body?.note, undo: body?.undo ?? false }),

    commentDefect: ({ params, body, caller }) => {
      const existing = getDefect(db, params.id);
      if (!existing) throw notFound(`defect ${params.id}`);
      requireSite(caller, existing.site, `defect ${params.id}`);
      const ctx = engineContext(db, deps.duePolicy, deps.recurrenceDays);
      const at = deps.now();
      const by = caller?.name ?? "api";
      transact(db, () => {
        commentOn(ctx, params.id, { at, by }, body.text);
        recordAudit(db, {
          at,
          actor: caller?.actor ?? "api",
          site: existing.site,
          action: "defect.comment",
          target: `defect ${params.id}`,
          detail: { characters: body.text.length },
        });
      });
      deps.feed.publish(ctx.changes);
      return { defect: params.id, at: iso(at), actor: by, text: body.text };
    },

    bulkDefects: ({ body, caller }) => {
      const action = bulkToAction(body);
      const ctx = engineContext(db, deps.duePolicy, deps.recurrenceDays);
      const results: BulkResult["results"] = transact(db, () =>
        body.ids.map((id) => {
          const own = engineContext(db, deps.duePolicy, deps.recurrenceDays);
          try {
            // A savepoint each: a refused defect leaves nothing half done, the others go on.
            const defect = transact(db, () => runDefectAction(deps, caller, id, action, own));
            ctx.changes.push(...own.changes);
            return { id, ok: true as const, defect: defectView(defect, deps.now()) };
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            return { id, ok: false as const, error: { code: error.code, message: error.message } };
          }
        }),
      );
      deps.feed.publish(ctx.changes);
      return { changed: results.filter((r) => r.ok).length, results };
    },

    listAssignable: ({ params, caller }) => {
      requireSite(caller, params.site, `site ${params.site}`);
      const site = getSiteRow(db, params.site);
      if (!site) throw notFound(`site ${params.site}`);
      const teams = TEAM_ROLES.map((team) => ({
        team,
        name: assigneeLabel({ team }, { user: null, siteName: site.name }),
        members: teamMembers(db, params.site, team).length,
      }));
      const users = TEAM_ROLES.flatMap((role) =>
        teamMembers(db, params.site, role).map((u) => ({
          username: u.username,
          name: u.display_name,
          role,
        })),
      ).sort((a, b) => a.name.localeCompare(b.name));
      return { users, teams };
    },

    listAssignmentRules: ({ caller }) => ({
      items: listAssignmentRules(db, siteFilter(caller)).map(ruleView),
    }),

    createAssignmentRule: ({ body, caller }) => {
      requireSite(caller, body.site, `site ${body.site}`);
      const site = getSiteRow(db, body.site);
      if (!site) throw notFound(`site ${body.site}`);
      if (body.zone !== null && !zoneExists(db, body.site, body.zone))
        throw new ApiError(400, "invalid_rule", `zone: ${body.site} has no zone ${body.zone}`, [
          { path: "zone", message: `${site.name} has no zone ${body.zone}` },
        ]);
      let assignee: { user: number } | { team: (typeof TEAM_ROLES)[number] };
      if ("user" in body.assignee) {
        const user = findUserByUsername(db, body.assignee.user);
        const sees =
          user && (user.sites === null || (JSON.parse(user.sites) as string[]).includes(body.site));
        if (!user || !sees || !roleIncludes(user.role, "staff"))
          throw new ApiError(
            400,
            "invalid_rule",
            `assignee.user: no staff user ${body.assignee.user} can see ${site.name}`,
            [
              {
                path: "assignee.user",
                message: `no staff user ${body.assignee.user} can see ${site.name}`,
              },
            ],
          );
        assignee = { user: user.id };
      } else assignee = { team: body.assignee.team };
      const at = deps.now();
      const id = transact(db, () => {
        const created = insertAssignmentRule(db, {
          site: body.site,
          zone: body.zone,
          categories: body.categories,
          faults: body.faults,
          assignee,
          createdAt: at,
          createdBy: caller?.name ?? "api",
        });
        recordAudit(db, {
          at,
          actor: caller?.actor ?? "api",
          site: body.site,
          action: "assignment_rule.create",
          target: `assignment rule ${created}`,
          detail: { ...body },
        });
        return created;
      });
      return ruleView(
        getAssignmentRule(db, id) as NonNullable<ReturnType<typeof getAssignmentRule>>,
      );
    },

    deleteAssignmentRule: ({ params, caller }) => {
      const rule = getAssignmentRule(db, params.id);
      if (!rule) throw notFound(`assignment rule ${params.id}`);
      requireSite(caller, rule.site, `assignment rule ${params.id}`);
      transact(db, () => {
        deleteAssignmentRule(db, params.id);
        recordAudit(db, {
          at: deps.now(),
          actor: caller?.actor ?? "api",
          site: rule.site,
          action: "assignment_rule.delete",
          target: `assignment rule ${params.id}`,
        });
      });
    },

    listMyNotices: ({ caller }) => {
      const user = caller?.user;
      if (!user) return { items: [], unread: 0 };
      const rows = noticesOf(db, user.id, NOTICES_SHOWN);
      const defects = new Map(
        getDefects(
          db,
          rows.map((r) => r.defect_id),
        ).map((d) => [d.id, d]),
      );
      const now = deps.now();
      const items = rows.flatMap((row) => {
        const defect = defects.get(row.defect_id);
        // A notice of a site the user no longer sees is not shown.
        if (!defect || !(caller.sites === null || caller.sites.has(defect.site))) return [];
        return [
          {
            id: row.id,
            kind: row.kind,
            at: iso(row.at),
            defect: defectView(defect, now),
            by: row.by,
            readAt: row.read_at === null ? null : iso(row.read_at),
          },
        ];
      });
      return { items, unread: unreadNotices(db, user.id) };
    },

    readMyNotices: ({ body, caller }) => {
      const user = caller?.user;
      if (!user) return;
      markNoticesRead(db, user.id, deps.now(), body.ids);
    },
  };

  function ruleView(rule: NonNullable<ReturnType<typeof getAssignmentRule>>) {
    const site = getSiteRow(db, rule.site);
    const name = assigneeLabel(rule.assignee, {
      user: rule.user,
      siteName: site?.name ?? rule.site,
    });
    return {
      id: rule.id,
      site: rule.site,
      zone: rule.zone,
      categories: rule.categories,
      faults: rule.faults,
      assignee:
        "user" in rule.assignee
          ? { user: rule.user?.username ?? `user-${rule.assignee.user}`, name }
          : { team: rule.assignee.team, name },
      createdAt: iso(rule.createdAt),
      createdBy: rule.createdBy,
    };
  }
}

function bulkToAction(body: BulkAction): DefectAction {
  switch (body.action) {
    case "acknowledge":
      return { kind: "acknowledge", note: body.note };
    case "assign":
      return { kind: "assign", assignee: body.assignee };
    case "hold":
      return { kind: "hold", reason: body.reason, dueAt: Date.parse(body.dueAt) };
    case "resolve":
      return { kind: "resolve", note: body.note, cause: body.cause };
  }
}

import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  EXPORT_ROUTE_NAMES,
  type ExportDataset,
  type ExportFormat,
  type ExportQuery,
} from "@bulbcheck/shared";
import { redirect } from "@sveltejs/kit";
import { ApiCallError, api, sessionLost } from "$lib/server/api.ts";
import type { RequestHandler } from "./$types";

const isDataset = (v: string | null): v is ExportDataset =>
  EXPORT_DATASETS.includes(v as ExportDataset);
const isFormat = (v: string | null): v is ExportFormat =>
  EXPORT_FORMATS.includes(v as ExportFormat);

/**
 * The file itself, relayed from the API as it is written, so the token stays on the server and
 * a year's export never sits in memory. The form's checked sites arrive as repeated `site`s. What
 * keeps it from starting goes back to the form as a code, which the form says in words.
 */
export const GET: RequestHandler = async ({ locals, url, request }) => {
  const dataset = url.searchParams.get("dataset");
  const format = url.searchParams.get("format");
  /** Back to the form with what kept it from starting, as a code the form puts in words. */
  function back(problem: string, status = 400): never {
    const form = new URL("/export", url);
    for (const [key, value] of url.searchParams)
      if (key !== "problem" && key !== "status") form.searchParams.append(key, value);
    form.searchParams.set("problem", problem);
    form.searchParams.set("status", String(status));
    redirect(303, `${form.pathname}${form.search}`);
  }
  if (!isDataset(dataset) || !isFormat(format)) back("choose");
  const query: ExportQuery = {};
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  const sites = url.searchParams.getAll("site").filter(Boolean);
  if (from && to && from > to) back("backwards");
  if (from) query.from = from;
  if (to) query.to = to;
  if (sites.length > 0) query.site = sites.join(",");
  const name = EXPORT_ROUTE_NAMES[dataset][format];
  // Every export route takes the same query and answers a stream.
  const call = api(locals.token)[name] as ReturnType<typeof api>["exportDefectsCsv"];
  let upstream: Response;
  try {
    upstream = await call({ query }, { signal: request.signal });
  } catch (e) {
    if (e instanceof ApiCallError) {
      if (e.status === 401) sessionLost();
      back(e.code, e.status);
    }
    throw e;
  }
  const headers = new Headers();
  for (const header of ["content-type", "content-disposition", "cache-control"]) {
    const value = upstream.headers.get(header);
    if (value) headers.set(header, value);
  }
  return new Response(upstream.body, { headers });
};

import type { DefectPage, DefectView, FleetDocumentInput, FleetResult } from "@bulbcheck/shared";

/** The few REST calls the simulator makes, with errors that say what to do. */
export class ApiClient {
  readonly #base: string;
  readonly #token: string;

  constructor(baseUrl: string, token: string) {
    this.#base = baseUrl.replace(/\/+$/, "");
    this.#token = token;
  }

  async #request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.#token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new Error(
        `cannot reach the Bulb Check API at ${this.#base} (${(error as Error).message}): is it running? (--api-url)`,
      );
    }
    const text = await response.text();
    if (!response.ok) {
      let message = text;
      try {
        message = (JSON.parse(text) as { error: { message: string } }).error.message;
      } catch {
        // not an API error body: show it as it came
      }
      const hint = response.status === 401 ? " (check --admin-token)" : "";
      throw new Error(`${method} ${path} answered ${response.status}: ${message}${hint}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  putFleet(fleet: FleetDocumentInput): Promise<FleetResult> {
    return this.#request("PUT", "/api/fleet", fleet);
  }

  async rotateSecret(device: string): Promise<string> {
    const answer = await this.#request<{ secret: string }>("POST", `/api/devices/${device}/secret`);
    return answer.secret;
  }

  async defects(query: Record<string, string>): Promise<DefectView[]> {
    const params = new URLSearchParams({ limit: "500", ...query });
    const page = await this.#request<DefectPage>("GET", `/api/defects?${params}`);
    return page.items;
  }

  acknowledge(id: number, note: string): Promise<DefectView> {
    return this.#request("POST", `/api/defects/${id}/ack`, { note });
  }
}

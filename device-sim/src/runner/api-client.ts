import {
  ApiCallError,
  type ApiClient as ContractClient,
  createApiClient,
  type DefectQuery,
  type DefectView,
  type FleetDocumentInput,
  type FleetResult,
} from "@bulbcheck/shared";

/** The few REST calls the simulator makes, through the contract's typed client, with errors that say what to do. */
export class ApiClient {
  readonly #base: string;
  readonly #api: ContractClient;

  constructor(baseUrl: string, token: string) {
    this.#base = baseUrl.replace(/\/+$/, "");
    this.#api = createApiClient({ baseUrl: this.#base, token });
  }

  async #explain<T>(what: string, call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      if (error.code === "api_unreachable")
        throw new Error(`${error.message}: is it running? (--api-url)`);
      const hint = error.status === 401 ? " (check --admin-token)" : "";
      throw new Error(`${what} answered ${error.status}: ${error.message}${hint}`);
    }
  }

  putFleet(fleet: FleetDocumentInput): Promise<FleetResult> {
    return this.#explain("PUT /api/fleet", this.#api.putFleet({ body: fleet }));
  }

  async rotateSecret(device: string): Promise<string> {
    const answer = await this.#explain(
      `rotating the secret of ${device}`,
      this.#api.rotateDeviceSecret({ params: { id: device } }),
    );
    return answer.secret;
  }

  async defects(
    query: Partial<Pick<DefectQuery, "site" | "asset" | "status">>,
  ): Promise<DefectView[]> {
    const page = await this.#explain(
      "GET /api/defects",
      this.#api.listDefects({ query: { limit: 500, ...query } }),
    );
    return page.items;
  }

  acknowledge(id: number, note: string): Promise<DefectView> {
    return this.#explain(
      `acknowledging defect ${id}`,
      this.#api.acknowledgeDefect({ params: { id }, body: { note } }),
    );
  }
}

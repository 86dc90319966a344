/** One part of the suite: a bench script, run in a process of its own. */
export interface BenchPart {
  name: string;
  /** What it measures, for `--help` and the table's header. */
  title: string;
  /** The script, from the bench package (where it runs and `--import tsx` resolves). */
  script: string;
  /** The results file it writes, in bench/results/. */
  results: string;
  /** Arguments of a smoke run (`pnpm bench --quick`): small, fast, not figures to quote. */
  quick: readonly string[];
  /** Arguments of `--large`. */
  large?: readonly string[];
}

/** In the order `pnpm bench` runs them: quick and independent first, the long ones last. */
export const PARTS: readonly BenchPart[] = [
  {
    name: "broker",
    title: "QoS 1 publish rate of the secured broker beside plain aedes",
    script: "src/broker/publish-rate.ts",
    results: "broker-publish-rate.json",
    quick: ["--runs", "1", "--messages", "20000"],
  },
  {
    name: "ingest",
    title: "end-to-end ingest rate beside Mosquitto's raw QoS 1 accept rate",
    script: "src/ingest/ingest-rate.ts",
    results: "ingest-rate.json",
    quick: ["--runs", "1", "--messages", "20000"],
  },
  {
    name: "latency",
    title: "publish to /api/stream at a steady 2,000 events/s",
    script: "src/latency/stream-latency.ts",
    results: "stream-latency.json",
    quick: ["--runs", "1", "--seconds", "5", "--warmup-seconds", "2"],
  },
  {
    name: "connections",
    title:
      "10,000 idle devices: memory per connection, time to connect beside Mosquitto with a password file",
    script: "src/connections/connections.ts",
    results: "connections.json",
    quick: ["--runs", "1", "--devices", "1000", "--hold-seconds", "5"],
  },
  {
    name: "queries",
    title: "read routes on 1 million events, 10,000 open defects, 500 sites",
    script: "src/queries/query-latency.ts",
    results: "query-latency.json",
    quick: ["--runs", "1", "--requests", "20", "--warmup", "5"],
  },
  {
    name: "dashboard",
    title:
      "render time of the dashboard's pages; live boards: publish to screen, API calls per change",
    script: "src/dashboard/render.ts",
    results: "dashboard-render.json",
    quick: [
      "--runs",
      "1",
      "--requests",
      "10",
      "--boards",
      "4",
      "--rate",
      "50",
      "--live-seconds",
      "5",
      "--wall-sites",
      "30",
    ],
  },
  {
    name: "growth",
    title: "ingest rate and read times at 10 thousand, 1 million (and 10 million) events",
    script: "src/growth/growth.ts",
    results: "growth.json",
    quick: ["--runs", "1", "--requests", "10", "--warmup", "5", "--messages", "5000"],
    large: ["--large"],
  },
  {
    name: "backup",
    title: "publish to PUBACK p99 with and without a backup running, on a store of 300 MB",
    script: "src/backup/backup-latency.ts",
    results: "backup-latency.json",
    quick: ["--runs", "1", "--megabytes", "30", "--baseline-seconds", "3"],
  },
];

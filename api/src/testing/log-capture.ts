import { type Logger, pino } from "pino";

/** One line a system under test logged, as pino wrote it. */
export interface LogLine {
  level: number;
  msg: string;
  part?: string;
  code?: string;
  [field: string]: unknown;
}

/**
 * A pino logger whose lines a test can read: to assert that the system says why, as an operator
 * reading its log would see it. `BULBCHECK_TEST_LOG=debug` also prints them.
 */
export function captureLog(level: pino.Level = "warn"): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const echo = process.env.BULBCHECK_TEST_LOG !== undefined;
  const logger = pino(
    { level },
    {
      write(line: string) {
        lines.push(JSON.parse(line) as LogLine);
        if (echo) process.stdout.write(line);
      },
    },
  );
  return { logger, lines };
}

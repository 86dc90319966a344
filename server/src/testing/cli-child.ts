import { fileURLToPath } from "node:url";
import type { Children, ExitStatus } from "./child-system.ts";

const CLI = fileURLToPath(new URL("../cli.ts", import.meta.url));

/** Runs `bulbcheck <args>` (the source, through tsx) as a child and waits for its exit. */
export async function runCli(
  children: Children,
  args: string[],
  env: Record<string, string>,
): Promise<ExitStatus & { output: string }> {
  const child = children.spawn(`bulbcheck ${args[0]}`, ["--import", "tsx", CLI, ...args], env);
  const status = await child.exited;
  return { ...status, output: child.output() };
}

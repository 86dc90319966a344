#!/usr/bin/env node
// The broker runs from its TypeScript source (the workspace has no build step); tsx loads it.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");

#!/usr/bin/env node
// The package's command: runs the TypeScript source through tsx, as the rest of the workspace does.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");

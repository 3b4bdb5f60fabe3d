#!/usr/bin/env node
// The `stepwise` command (npx stepwise). The CLI is TypeScript, run through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");

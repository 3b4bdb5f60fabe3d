import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appPolicy, inlineScriptHashes } from "./content-security-policy.js";

describe("the content security policy", () => {
  it("hashes each inline script exactly as written, and no script loaded from a file", () => {
    const theme = "\n  document.documentElement.dataset.theme = 'dark';\n";
    const html = `<head><script>${theme}</script><script type="module" src="/assets/a.js"></script></head>`;
    const expected = `'sha256-${createHash("sha256").update(theme).digest("base64")}'`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
    expect(inlineScriptHashes(html.replace("'dark'", "'light'"))).not.toEqual([expected]);
  });

  it("lets scripts come only from Stepwise and the hashed theme script, with WebAssembly but no eval", () => {
    const policy = appPolicy({ inlineScriptHashes: ["'sha256-abc='"], packageIndexUrl: "/pyodide/" });
    const directive = (name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));
    expect(directive("script-src")).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("connect-src")).toBe("connect-src 'self'");
  });

  it("lets the browser fetch Python packages from the configured index on another site", () => {
    const policy = appPolicy({ inlineScriptHashes: [], packageIndexUrl: "https://cdn.example.org/pyodide/v1/full/" });
    expect(policy).toContain("connect-src 'self' https://cdn.example.org");
  });
});

/// <reference lib="webworker" />
// Imports the modules it is sent, in a realm of its own, and answers whether all of them loaded;
// see prime-code-cache.ts for why.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<readonly string[]>) => {
  const imports = await Promise.allSettled(event.data.map((url) => import(/* @vite-ignore */ url)));
  scope.postMessage(imports.every((result) => result.status === "fulfilled"));
};

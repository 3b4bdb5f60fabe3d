// One server process of `npm run bench:serving`, started twice on one port (SO_REUSEPORT) so that
// the kernel spreads connections across the two, as gunicorn's two workers share theirs.
//   tsx bench/serving-server.ts stepwise <port> <dataDir> <batchWindowMs>   — Stepwise itself
//   tsx bench/serving-server.ts bare <port>                                  — the ceiling: a bare route
import Fastify from "fastify";
import { buildApp } from "../src/server/app.js";
import { testConfig } from "../src/server/test-support/test-dialects.js";

const [mode, port, dataDir, windowMs] = process.argv.slice(2);
/** What the bare route answers: the shape of a prediction for the benchmark's MLP. */
const BARE_ANSWER = { predictions: [{ label: 1, probabilities: [0.2, 0.5, 0.3] }], model: "bench", version: 1 };

const app =
  mode === "stepwise"
    ? await buildApp({ ...testConfig(dataDir ?? ""), batchWindowMs: Number(windowMs ?? 1) })
    : Fastify().post("/predict", async () => BARE_ANSWER);
await app.ready();
app.server.listen({ port: Number(port), host: "127.0.0.1", reusePort: true }, () => process.send?.("listening"));
process.on("disconnect", () => void app.close().then(() => process.exit(0)));

// The child process of `alternateUploads` (submission-upload.ts): a Stepwise server of this tree's
// code with a BENCH_UPLOAD_ROWS-row project, which POSTs its submission once per "post" message
// from the parent and answers with the time the request took.
import { timed } from "./stats.js";
import { startUploadServer, type UploadTiming } from "./submission-upload.js";

const server = await startUploadServer(Number(process.env.BENCH_UPLOAD_ROWS ?? 100_000));
await server.post(); // warm-up: JIT and the project's first preparation
const send = (message: unknown) => (process.send as NonNullable<typeof process.send>)(message);
process.on("message", (message) => {
  if (message !== "post") {
    void server.close().then(() => process.disconnect?.());
    return;
  }
  const cpu = process.cpuUsage();
  void timed(server.post).then(({ ms }) => {
    const used = process.cpuUsage(cpu);
    send({ ms, cpuMs: (used.user + used.system) / 1000 } satisfies UploadTiming);
  });
});
send("ready");

// Loads one ONNX file in onnxruntime and prints its inputs and outputs as JSON, then exits. It runs
// in a process of its own (see probe-model.ts): a crafted file that crashes onnxruntime ends this
// process, never the server.
import { InferenceSession } from "onnxruntime-node";

const path = process.argv[2];
try {
  const session = await InferenceSession.create(path, { graphOptimizationLevel: "basic", intraOpNumThreads: 1 });
  const describe = (values) =>
    values.map((value) =>
      value.isTensor
        ? { name: value.name, isTensor: true, type: value.type, shape: value.shape }
        : { name: value.name, isTensor: false },
    );
  process.stdout.write(
    JSON.stringify({ ok: true, inputs: describe(session.inputMetadata), outputs: describe(session.outputMetadata) }),
  );
  await session.release();
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) }));
}

import compress from "@fastify/compress";
import fp from "fastify-plugin";
import { constants } from "node:zlib";

/**
 * Compresses responses worth compressing (over 1 KB, of a compressible type): brotli when the
 * browser takes it, else gzip. Brotli's default quality (11) costs hundreds of milliseconds on the
 * megabytes of Pyodide; quality 5 keeps most of the gain at a fraction of the time, and hashed
 * assets are cached for a year anyway. Model serving opts out per route: its answers are small and
 * its latency is what it is measured on.
 */
export const compressionPlugin = fp(
  async (app) => {
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ["br", "gzip"],
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    });
  },
  { name: "compression" },
);

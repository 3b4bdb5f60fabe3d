import fp from "fastify-plugin";
import type { Curriculum } from "../../shared/content/index.js";

/** Makes the loaded, validated curriculum available to every route. */
export const curriculumPlugin = fp<{ curriculum: Curriculum }>(
  async (app, options) => {
    app.decorate("curriculum", options.curriculum);
  },
  { name: "curriculum" },
);

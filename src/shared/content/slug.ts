import { z } from "zod";

/** A content id: lower-case letters, digits and single hyphens, e.g. `linear-algebra`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens, e.g. linear-algebra");

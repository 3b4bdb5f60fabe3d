export * from "./slug.js";
export * from "./resource.js";
export * from "./roadmap-file.js";
export * from "./stage-file.js";
export * from "./topic-front-matter.js";
export * from "./faq-file.js";
export * from "./directory-file.js";
export type * from "./curriculum.js";
export * from "./front-matter.js";

export * from "./topic-status.js";
export * from "./note.js";
export * from "./schemas.js";
export * from "./progress-export.js";

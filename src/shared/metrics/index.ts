export * from "./classification.js";
export * from "./ranking.js";
export * from "./regression.js";
export * from "./retrieval.js";

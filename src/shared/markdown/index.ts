export { renderMarkdown, countWords } from "./render-markdown.js";
export { MathRenderError } from "./math-extension.js";

export { renderMarkdown, renderInlineMarkdown, countWords } from "./render-markdown.js";
export { MathRenderError } from "./math-extension.js";
export { renderLearnerMarkdown } from "./render-learner-markdown.js";

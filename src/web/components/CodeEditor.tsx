import { indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import "./CodeEditor.css";

/** Colours come from the design tokens, so the editor follows light and dark mode. */
const theme = EditorView.theme({
  "&": {
    backgroundColor: "var(--color-surface)",
    color: "var(--color-text)",
    fontSize: "0.95rem",
    border: "1px solid var(--color-border)",
    borderRadius: "var(--radius-md)",
  },
  "&.cm-focused": { outline: "3px solid var(--color-focus)", outlineOffset: "2px" },
  ".cm-content": { fontFamily: "var(--font-mono)", caretColor: "var(--color-text)" },
  ".cm-gutters": {
    backgroundColor: "var(--color-surface-raised)",
    color: "var(--color-muted)",
    borderRight: "1px solid var(--color-border)",
  },
  ".cm-activeLine": { backgroundColor: "var(--color-accent-soft)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--color-accent-soft)" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--color-text)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--color-accent-soft)" },
  ".cm-scroller": { minHeight: "18rem", maxHeight: "70vh" },
});

/**
 * Token colours from the design tokens (--syntax-*), chosen for 4.5:1 contrast in both themes;
 * CodeMirror's default style is made for light backgrounds (its keywords are about 1.5:1 on dark).
 */
const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword],
    color: "var(--syntax-keyword)",
  },
  { tag: [tags.string, tags.special(tags.string), tags.regexp, tags.escape], color: "var(--syntax-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--syntax-number)" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--syntax-comment)", fontStyle: "italic" },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName)), tags.function(tags.propertyName)],
    color: "var(--syntax-function)",
  },
  { tag: [tags.className, tags.definition(tags.className), tags.typeName, tags.self], color: "var(--syntax-type)" },
  { tag: tags.invalid, color: "var(--color-danger)" },
]);

/**
 * CodeMirror 6 with Python highlighting. Ctrl/Cmd+Enter runs; Tab indents (Esc then Tab leaves
 * the editor, as CodeMirror documents for keyboard users).
 */
export function CodeEditor({
  initialValue,
  onChange,
  onRun,
  label,
  resetKey,
}: {
  initialValue: string;
  onChange: (value: string) => void;
  onRun: () => void;
  label: string;
  /** Changing it replaces the document with `initialValue` (reset, show solution). */
  resetKey: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  });

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          keymap.of([{ key: "Mod-Enter", run: () => (callbacks.current.onRun(), true) }, indentWithTab]),
          basicSetup,
          python(),
          syntaxHighlighting(highlight),
          theme,
          // Wrapped lines: no sideways scrolling on phones, and every line readable at once.
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once per reset; later prop changes flow through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey]);

  return <div ref={host} className="code-editor" />;
}

import { useEffect, useRef, type PointerEvent } from "react";
import { IMAGE_SIDE, inkFromRgba, inkToImagePixels } from "../../../shared/models/drawing-pixels.js";
import "./DrawingPad.css";

/** The pad's own resolution: ten canvas pixels per image pixel, whatever size CSS shows it at. */
const PAD_SIDE = IMAGE_SIDE * 10;
/** About two and a half image pixels wide, like an MNIST pen stroke once scaled. */
const BRUSH_WIDTH = 22;
/** The blur that softens the stroke's edge into grey, as MNIST's anti-aliased digits have. */
const BRUSH_SOFTNESS = 6;

/** Paints 784 values 0–255 into a 28×28 canvas, ink in the text colour, so a learner sees what the model gets. */
function paintPreview(canvas: HTMLCanvasElement, pixels: readonly number[]) {
  const context = canvas.getContext("2d");
  if (!context) return;
  const image = context.createImageData(IMAGE_SIDE, IMAGE_SIDE);
  pixels.forEach((value, index) => {
    // White ink on black, as the model sees it; the preview's frame says so.
    image.data.set([value, value, value, 255], index * 4);
  });
  context.putImageData(image, 0, 0);
}

/**
 * A canvas to draw a digit on with the mouse, a pen or a finger, reporting after each stroke the 784
 * grey values 0–255 (MNIST's scale and centring) that a 28×28 model takes, and showing them as the
 * model sees them. Clear reports 784 zeros. Drawing has no keyboard form: the console's JSON box is that.
 */
export function DrawingPad({ pixels, onDraw }: { pixels: readonly number[]; onDraw: (pixels: number[]) => void }) {
  const pad = useRef<HTMLCanvasElement>(null);
  const preview = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (preview.current) paintPreview(preview.current, pixels);
  }, [pixels]);

  const context = () => pad.current?.getContext("2d", { willReadFrequently: true }) ?? null;

  /** The pointer's position in the pad's own pixels, whatever size the page shows it at. */
  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * PAD_SIDE,
      y: ((event.clientY - box.top) / box.height) * PAD_SIDE,
    };
  };

  const stroke = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const ctx = context();
    if (!ctx || !pad.current) return;
    // The stroke's colour is only for the eye (the ink read back is its alpha), so it follows the theme.
    const colour = getComputedStyle(pad.current).color;
    ctx.strokeStyle = colour;
    ctx.shadowColor = colour;
    ctx.shadowBlur = BRUSH_SOFTNESS;
    ctx.lineWidth = BRUSH_WIDTH;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  };

  const report = () => {
    const ctx = context();
    if (!ctx) return;
    const ink = inkFromRgba(ctx.getImageData(0, 0, PAD_SIDE, PAD_SIDE).data);
    onDraw(inkToImagePixels(ink, PAD_SIDE, PAD_SIDE));
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = point(event);
    last.current = at;
    stroke(at, at);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    const at = point(event);
    stroke(last.current, at);
    last.current = at;
  };
  const end = () => {
    if (!last.current) return;
    last.current = null;
    report();
  };

  const clear = () => {
    context()?.clearRect(0, 0, PAD_SIDE, PAD_SIDE);
    report();
  };

  return (
    <div className="drawing-pad">
      <canvas
        ref={pad}
        className="drawing-pad__canvas"
        width={PAD_SIDE}
        height={PAD_SIDE}
        aria-label="Drawing pad, 28 by 28 pixels"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onLostPointerCapture={end}
      />
      <div className="drawing-pad__side">
        <figure className="drawing-pad__preview">
          <canvas ref={preview} width={IMAGE_SIDE} height={IMAGE_SIDE} aria-hidden="true" />
          <figcaption className="hint muted">What the model sees: 28 × 28, centred like MNIST</figcaption>
        </figure>
        <button type="button" className="button" onClick={clear}>
          <span aria-hidden="true">⌫ </span>Clear
        </button>
      </div>
    </div>
  );
}

/** The side of the image MNIST-style models take. */
export const IMAGE_SIDE = 28;
/** MNIST fits each digit into a 20×20 box inside the 28×28 field, leaving a margin of 4. */
const DIGIT_BOX = 20;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest rectangle holding every inked pixel, or null when nothing is drawn. */
function inkBounds(ink: ArrayLike<number>, width: number, height: number): Box | null {
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((ink[y * width + x] ?? 0) <= 0) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** How much of the source span [from, from + 1) the target span [start, end) covers, along one axis. */
const overlap = (from: number, start: number, end: number) => Math.max(0, Math.min(from + 1, end) - Math.max(from, start));

/**
 * Resamples `box` of the source to `width`×`height` by area averaging: each target pixel is the mean
 * of the source area under it, so thin strokes thin out smoothly instead of vanishing between samples.
 */
function resample(ink: ArrayLike<number>, sourceWidth: number, box: Box, width: number, height: number): Float64Array {
  const out = new Float64Array(width * height);
  const scaleX = box.width / width;
  const scaleY = box.height / height;
  for (let ty = 0; ty < height; ty++) {
    const y0 = ty * scaleY;
    const y1 = y0 + scaleY;
    for (let tx = 0; tx < width; tx++) {
      const x0 = tx * scaleX;
      const x1 = x0 + scaleX;
      let sum = 0;
      for (let sy = Math.floor(y0); sy < Math.ceil(y1); sy++) {
        const wy = overlap(sy, y0, y1);
        for (let sx = Math.floor(x0); sx < Math.ceil(x1); sx++) {
          sum += wy * overlap(sx, x0, x1) * (ink[(box.top + sy) * sourceWidth + box.left + sx] ?? 0);
        }
      }
      out[ty * width + tx] = sum / (scaleX * scaleY);
    }
  }
  return out;
}

/** The centre of mass of a grey image, in pixel-centre coordinates. */
function centreOfMass(values: Float64Array, width: number): { x: number; y: number } {
  let mass = 0;
  let x = 0;
  let y = 0;
  values.forEach((value, index) => {
    mass += value;
    x += value * ((index % width) + 0.5);
    y += value * (Math.floor(index / width) + 0.5);
  });
  return { x: x / mass, y: y / mass };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Turns a drawing into the 784 values an MNIST-trained model expects, the way MNIST itself was made:
 * the ink's bounding box is scaled (keeping its proportions) to fit 20×20, then placed in the 28×28
 * field so that its centre of mass sits at the centre. `ink` holds one value per pixel of a
 * `width`×`height` drawing, 0 (background) to 255 (full ink), row by row; the result is 784 whole
 * numbers 0–255 in the same order and sense (0 = background). Nothing drawn gives 784 zeros.
 */
export function inkToImagePixels(ink: ArrayLike<number>, width: number, height: number): number[] {
  const pixels = Array.from({ length: IMAGE_SIDE * IMAGE_SIDE }, () => 0);
  const box = inkBounds(ink, width, height);
  if (!box) return pixels;
  const scale = DIGIT_BOX / Math.max(box.width, box.height);
  const fitWidth = clamp(Math.round(box.width * scale), 1, DIGIT_BOX);
  const fitHeight = clamp(Math.round(box.height * scale), 1, DIGIT_BOX);
  const digit = resample(ink, width, box, fitWidth, fitHeight);
  const centre = centreOfMass(digit, fitWidth);
  // Moving the centre of mass to the middle may push a lopsided digit off the edge; keep it whole instead.
  const left = clamp(Math.round(IMAGE_SIDE / 2 - centre.x), 0, IMAGE_SIDE - fitWidth);
  const top = clamp(Math.round(IMAGE_SIDE / 2 - centre.y), 0, IMAGE_SIDE - fitHeight);
  digit.forEach((value, index) => {
    const x = left + (index % fitWidth);
    const y = top + Math.floor(index / fitWidth);
    pixels[y * IMAGE_SIDE + x] = clamp(Math.round(value), 0, 255);
  });
  return pixels;
}

/**
 * The ink of each pixel of a canvas's RGBA data: its alpha, because the pad draws opaque strokes on
 * a transparent canvas. That keeps the numbers the same whatever colours the theme paints them in.
 */
export function inkFromRgba(rgba: ArrayLike<number>): Uint8ClampedArray {
  const ink = new Uint8ClampedArray(Math.floor(rgba.length / 4));
  for (let index = 0; index < ink.length; index++) ink[index] = rgba[index * 4 + 3] ?? 0;
  return ink;
}

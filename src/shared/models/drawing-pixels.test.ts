import { describe, expect, it } from "vitest";
import { inkFromRgba, inkToImagePixels, IMAGE_SIDE } from "./drawing-pixels.js";

/** A `side`×`side` drawing with full ink in the given rectangle. */
function drawing(side: number, left: number, top: number, width: number, height: number): Uint8ClampedArray {
  const ink = new Uint8ClampedArray(side * side);
  for (let y = top; y < top + height; y++) for (let x = left; x < left + width; x++) ink[y * side + x] = 255;
  return ink;
}

/** The bounding box and centre of mass of a 28×28 result. */
function describe28(pixels: number[]) {
  let mass = 0;
  let cx = 0;
  let cy = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  pixels.forEach((value, index) => {
    if (value === 0) return;
    const x = index % IMAGE_SIDE;
    const y = Math.floor(index / IMAGE_SIDE);
    xs.push(x);
    ys.push(y);
    mass += value;
    cx += value * (x + 0.5);
    cy += value * (y + 0.5);
  });
  return {
    width: Math.max(...xs) - Math.min(...xs) + 1,
    height: Math.max(...ys) - Math.min(...ys) + 1,
    centre: { x: cx / mass, y: cy / mass },
  };
}

describe("inkToImagePixels", () => {
  it("gives 784 zeros for an empty pad", () => {
    expect(inkToImagePixels(new Uint8ClampedArray(280 * 280), 280, 280)).toEqual(Array.from({ length: 784 }, () => 0));
  });

  it("scales the ink's box to 20 px on its long side, keeping proportions, and centres its mass", () => {
    // A tall bar drawn in the top-left corner of a 280×280 pad: 40 wide, 200 high.
    const pixels = inkToImagePixels(drawing(280, 10, 20, 40, 200), 280, 280);
    expect(pixels).toHaveLength(784);
    const shape = describe28(pixels);
    expect(shape.height).toBe(20);
    expect(shape.width).toBe(4);
    expect(shape.centre.x).toBeCloseTo(14, 0);
    expect(shape.centre.y).toBeCloseTo(14, 0);
    expect(Math.max(...pixels)).toBe(255);
    expect(pixels.every((value) => Number.isInteger(value) && value >= 0 && value <= 255)).toBe(true);
  });

  it("averages the area under each pixel, so a thin stroke turns grey instead of vanishing", () => {
    // A 200 px square outline with 5 px sides: each 28×28 pixel covers 10×10 source pixels, half of them inked on the edge.
    const outer = drawing(200, 0, 0, 200, 200);
    const inner = drawing(200, 5, 5, 190, 190);
    const pixels = inkToImagePixels(
      outer.map((value, index) => value - (inner[index] ?? 0)),
      200,
      200,
    );
    const lit = pixels.filter((value) => value > 0);
    // The ring of 76 pixels around the 20×20 box: sides half inked, corners three quarters.
    expect(lit).toHaveLength(76);
    expect(lit.filter((value) => value === 128)).toHaveLength(72);
    expect(lit.filter((value) => value === 191)).toHaveLength(4);
    expect(describe28(pixels)).toMatchObject({ width: 20, height: 20, centre: { x: 14, y: 14 } });
  });

  it("enlarges a small dot to fill the digit box", () => {
    const shape = describe28(inkToImagePixels(drawing(100, 50, 50, 2, 2), 100, 100));
    expect(shape).toMatchObject({ width: 20, height: 20 });
  });

  it("keeps a lopsided drawing inside the field when centring its mass would push it out", () => {
    // An L: a heavy foot to the right, so the mass sits far from the box's middle.
    const ink = drawing(200, 0, 0, 10, 200);
    const foot = drawing(200, 0, 180, 200, 20);
    const pixels = inkToImagePixels(
      ink.map((value, index) => Math.max(value, foot[index] ?? 0)),
      200,
      200,
    );
    const shape = describe28(pixels);
    expect(shape).toMatchObject({ width: 20, height: 20 });
  });
});

describe("inkFromRgba", () => {
  it("reads each pixel's alpha as its ink", () => {
    expect([...inkFromRgba([10, 20, 30, 0, 255, 255, 255, 128, 0, 0, 0, 255])]).toEqual([0, 128, 255]);
  });
});

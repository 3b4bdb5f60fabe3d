import { useEffect, useRef } from "react";
import type { DatasetSummaryResponse } from "../../shared/api/index.js";
import "./ImageSamples.css";

type Images = NonNullable<DatasetSummaryResponse["images"]>;

/** One grey-scale image drawn on a canvas: ink dark on a light ground, like the paper it was written on. */
function SampleImage({ width, height, pixels, label }: { width: number; height: number; pixels: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const bytes = Uint8Array.from(atob(pixels), (char) => char.charCodeAt(0));
    const image = context.createImageData(width, height);
    bytes.forEach((ink, index) => {
      const shade = 255 - ink;
      image.data.set([shade, shade, shade, 255], index * 4);
    });
    context.putImageData(image, 0, 0);
  }, [width, height, pixels]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className="sample-image"
      role="img"
      aria-label={`An image labelled ${label}`}
    />
  );
}

/** A few images of each label, grouped, so a learner sees what the classes look like. */
export function ImageSamples({ images }: { images: Images }) {
  const labels = [...new Set(images.samples.map((sample) => sample.label))];
  return (
    <div className="sample-grid">
      {labels.map((label) => (
        <figure key={label} className="sample-group">
          <figcaption>
            Label <strong>{label}</strong>
          </figcaption>
          <div className="sample-row">
            {images.samples
              .filter((sample) => sample.label === label)
              .map((sample, index) => (
                <SampleImage key={index} width={images.width} height={images.height} pixels={sample.pixels} label={label} />
              ))}
          </div>
        </figure>
      ))}
    </div>
  );
}

/**
 * The Python packages the bundle's app.py runs on, pinned so that a bundle built today installs
 * the same code next year. Chosen to work together on Python 3.12 (the Dockerfile's base): each
 * has wheels for it, onnxruntime 1.20 supports numpy 2. They were not installed together where
 * Stepwise is tested (no PyPI there), which the bundle's README says.
 */
export const PINNED_REQUIREMENTS: Readonly<Record<string, string>> = {
  flask: "3.1.0",
  gunicorn: "23.0.0",
  numpy: "2.1.3",
  onnxruntime: "1.20.1",
};

/** The bundle's `requirements.txt`. */
export function renderRequirements(): string {
  const pins = Object.entries(PINNED_REQUIREMENTS).map(([name, version]) => `${name}==${version}`);
  return `# For app.py; pinned, chosen to work together on Python 3.12 (see README.md).\n${pins.join("\n")}\n`;
}

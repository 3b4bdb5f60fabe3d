/** The base image: slim Debian with CPython 3.12, which has wheels for every pinned package. */
export const PYTHON_BASE_IMAGE = "python:3.12-slim";

/**
 * The bundle's `Dockerfile`. The same for every model: app.py and model.onnx carry the model, so
 * nothing from the learner reaches this file.
 */
export function renderDockerfile(): string {
  return `# The model's server: app.py under gunicorn, on port 8080.
#   docker build -t my-model .
#   docker run --rm -p 8080:8080 my-model
FROM ${PYTHON_BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PORT=8080

WORKDIR /app
# The server needs to read its files, not to write them, and not to be root. The user never
# changes, so it comes before anything that does and stays in the layer cache.
RUN useradd --system --no-create-home --uid 10001 model

# Dependencies next, so that a new model.onnx rebuilds only the last layers.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY app.py model.onnx ./
USER model

EXPOSE 8080
# The slim image has no curl; Python's urllib asks the readiness route instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/v2/health/ready' % os.environ.get('PORT', '8080'), timeout=4)"]

# Each worker is a process with its own onnxruntime session: two suit a two-core machine.
# sh expands PORT; exec makes gunicorn the container's main process, so it gets docker stop's signal.
CMD ["sh", "-c", "exec gunicorn --workers 2 --bind 0.0.0.0:$PORT --access-logfile - app:app"]
`;
}

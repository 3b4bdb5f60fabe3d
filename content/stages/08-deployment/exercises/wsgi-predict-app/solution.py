import json
import math
from collections.abc import Callable, Iterable
from http import HTTPStatus

StartResponse = Callable[..., object]
WSGIApp = Callable[[dict, StartResponse], Iterable[bytes]]

ALLOWED_METHOD = {"/health": "GET", "/predict": "POST"}


def _respond(
    start_response: StartResponse, status: HTTPStatus, payload: dict,
    extra_headers: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    """Send status and headers, and return the JSON body as a one-item list of bytes."""
    body = json.dumps(payload).encode("utf-8")
    headers = [
        ("Content-Type", "application/json"),
        # Header values are strings, and the length counts bytes, not characters.
        ("Content-Length", str(len(body))),
    ] + (extra_headers or [])
    start_response(f"{status.value} {status.phrase}", headers)  # e.g. "404 Not Found"
    return [body]


def _read_body(environ: dict) -> bytes:
    """Exactly CONTENT_LENGTH bytes of the request body (missing or empty means 0)."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    # read(n), never read(): on a live socket read() waits for the client to
    # close the connection, which a client waiting for our answer never does.
    return environ["wsgi.input"].read(length) if length > 0 else b""


def _is_finite_number(value: object) -> bool:
    """True for JSON numbers that a model can use."""
    # bool is a subclass of int, so True would pass the isinstance check on its own.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        # json.loads accepts NaN and Infinity: floats, but not usable features.
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float, such as 10**400
        return False


def _parse_features(body: bytes, n_features: int) -> list[float]:
    """The validated feature vector, or ValueError with a message for the client."""
    try:
        payload = json.loads(body)
    except ValueError:  # malformed JSON or bytes that are not UTF-8
        raise ValueError("body is not valid JSON") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("features"), list):
        raise ValueError("body must be a JSON object with a 'features' list")
    features = payload["features"]
    if len(features) != n_features:
        raise ValueError(f"expected {n_features} features, got {len(features)}")
    for i, value in enumerate(features):
        if not _is_finite_number(value):
            raise ValueError(f"feature {i} is not a finite number")
    return [float(value) for value in features]


def make_app(weights: list[float], bias: float) -> WSGIApp:
    """Return a WSGI application that serves a linear model with these weights and bias.

    GET /health -> 200 {"status": "ok"}; POST /predict -> 200
    {"prediction": ...} or 400 {"error": ...}; known path with another
    method -> 405 with an Allow header; other paths -> 404. Every response
    is JSON with Content-Type and Content-Length headers.
    """
    # The model is fixed here, once; the closure below reuses it on every request.
    model_weights = list(weights)

    def app(environ: dict, start_response: StartResponse) -> list[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")

        # Path first: an unknown path is 404 whatever the method.
        if path not in ALLOWED_METHOD:
            return _respond(start_response, HTTPStatus.NOT_FOUND, {"error": "not found"})
        allowed = ALLOWED_METHOD[path]
        if method != allowed:
            return _respond(start_response, HTTPStatus.METHOD_NOT_ALLOWED,
                            {"error": "method not allowed"}, [("Allow", allowed)])

        if path == "/health":
            return _respond(start_response, HTTPStatus.OK, {"status": "ok"})

        try:
            features = _parse_features(_read_body(environ), len(model_weights))
        except ValueError as error:
            return _respond(start_response, HTTPStatus.BAD_REQUEST, {"error": str(error)})
        prediction = bias + sum(w * x for w, x in zip(model_weights, features))
        return _respond(start_response, HTTPStatus.OK, {"prediction": prediction})

    return app

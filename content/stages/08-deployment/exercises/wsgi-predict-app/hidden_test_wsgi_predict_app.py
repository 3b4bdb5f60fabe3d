# Hidden tests: other models and requests than the visible ones — other sizes checked against the
# formula here, a CONTENT_LENGTH shorter than the stream, other methods and paths, other bad bodies.
import io
import json
import math
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

from wsgi_predict_app import make_app


def call(app, method, path, body=b"", content_length="auto", stream=None):
    environ = {"REQUEST_METHOD": method, "SCRIPT_NAME": "", "PATH_INFO": path, "QUERY_STRING": "",
               "wsgi.input": io.BytesIO(body if stream is None else stream)}
    if content_length == "auto":
        environ["CONTENT_LENGTH"] = str(len(body))
    elif content_length is not None:
        environ["CONTENT_LENGTH"] = content_length
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, dict((k.lower(), v) for k, v in headers)
        return lambda data: None

    result = validator(app)(environ, start_response)
    try:
        raw = b"".join(result)
    finally:
        result.close()
    assert "status" in seen, "start_response was never called"
    headers = seen["headers"]
    assert headers.get("content-type", "").startswith("application/json"), f"expected JSON, got headers {headers}"
    assert headers.get("content-length") == str(len(raw)), (
        f"Content-Length should be {len(raw)}, the body's length in bytes, got {headers.get('content-length')!r}"
    )
    return seen["status"], headers, json.loads(raw)


def test_other_models_match_the_formula():
    for weights, bias, features in [
        ([3.0], -2.0, [1.5]),
        ([0.1, -0.2, 0.3, -0.4], 7.5, [10, 20, -30, 0.25]),
    ]:
        app = make_app(weights, bias)
        status, _, payload = call(app, "POST", "/predict", json.dumps({"features": features}).encode())
        want = bias + sum(w * x for w, x in zip(weights, features))
        assert status == "200 OK" and math.isclose(payload.get("prediction", math.nan), want, abs_tol=1e-9), (
            f"weights {weights}, bias {bias}, features {features}: expected 200 with prediction {want}, got {status!r} {payload}"
        )
        wrong = features + [1]
        status, _, payload = call(app, "POST", "/predict", json.dumps({"features": wrong}).encode())
        assert status == "400 Bad Request", f"{len(wrong)} features for a {len(weights)}-weight model is a 400, got {status!r}"


def test_content_length_shorter_than_the_body_cuts_it():
    body = b'{"features": [1, 2]}'
    status, _, payload = call(make_app([1.0, 1.0], 0.0), "POST", "/predict", body, content_length="10")
    assert status == "400 Bad Request" and isinstance(payload.get("error"), str), (
        f"with CONTENT_LENGTH 10 only b'{{\"features' arrives, which is not valid JSON; expected 400, got {status!r} {payload}"
    )
    status, _, payload = call(make_app([1.0, 1.0], 0.0), "POST", "/predict", body, stream=body + b'{"x": 1}')
    assert status == "200 OK" and math.isclose(payload.get("prediction", math.nan), 3.0), (
        f"expected 200 with prediction 3.0 when the stream holds more than CONTENT_LENGTH, got {status!r} {payload}"
    )


def test_other_methods_and_paths():
    app = make_app([1.0], 0.0)
    for method, path, allowed in [("PUT", "/health", "GET"), ("PATCH", "/predict", "POST"), ("DELETE", "/health", "GET")]:
        status, headers, payload = call(app, method, path)
        assert status == "405 Method Not Allowed" and headers.get("allow") == allowed, (
            f"{method} {path}: expected 405 with Allow: {allowed}, got {status!r} Allow={headers.get('allow')!r}"
        )
        assert payload == {"error": "method not allowed"}, f"expected {{'error': 'method not allowed'}}, got {payload}"
    for method, path in [("GET", "/Health"), ("POST", "/predictions"), ("GET", "/healthz"), ("PUT", "/predict/")]:
        status, _, payload = call(app, method, path)
        assert status == "404 Not Found" and payload == {"error": "not found"}, (
            f"{method} {path}: paths match exactly, expected 404, got {status!r} {payload}"
        )


def test_other_bad_bodies_get_400():
    app = make_app([1.0, 2.0], 0.5)
    for body in [b'{"features": [1, false]}', b'{"features": [Infinity, 1]}', b'{"features": [1, -Infinity]}',
                 b'{"features": [null, 1]}', b'{"features": [[1], 2]}', b'{"features": "1 2"}', b'"features"',
                 b"\xff\xfe{}", b'{"features": [1, 2]']:
        status, _, payload = call(app, "POST", "/predict", body)
        assert status == "400 Bad Request" and isinstance(payload.get("error"), str) and payload["error"], (
            f"expected 400 with an error message for {body!r}, got {status!r} {payload}"
        )
    status, _, payload = call(app, "GET", "/health")
    assert status == "200 OK" and payload == {"status": "ok"}, "the app keeps answering after bad requests"

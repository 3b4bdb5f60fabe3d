import io
import json
import math
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

from wsgi_predict_app import make_app

WEIGHTS = [0.5, -1.0, 2.0]
BIAS = 0.25


def call(app, method: str, path: str, body: bytes = b"", content_length: str | None = "auto",
         stream: bytes | None = None):
    """Send one request through wsgiref's WSGI validator; return (status, headers, json body)."""
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
    assert headers.get("content-type", "").startswith("application/json"), (
        f"every response should have Content-Type application/json, got headers {headers}"
    )
    assert headers.get("content-length") == str(len(raw)), (
        f"Content-Length should be the body's length in bytes, {len(raw)}, "
        f"got {headers.get('content-length')!r}"
    )
    try:
        payload = json.loads(raw)
    except ValueError:
        raise AssertionError(f"the body should be JSON, got {raw!r}") from None
    return seen["status"], headers, payload


def test_health_returns_200_and_status_ok():
    status, _, payload = call(make_app(WEIGHTS, BIAS), "GET", "/health")
    assert status == "200 OK", f"expected the status line '200 OK', got {status!r}"
    assert payload == {"status": "ok"}, f"expected {{'status': 'ok'}}, got {payload}"


def test_predict_returns_the_linear_prediction():
    app = make_app(WEIGHTS, BIAS)
    status, _, payload = call(app, "POST", "/predict", b'{"features": [2, 1, 0.5]}')
    assert status == "200 OK", f"a valid request should get '200 OK', got {status!r} with {payload}"
    assert set(payload) == {"prediction"} and math.isclose(payload["prediction"], 1.25), (
        f"expected {{'prediction': 1.25}} (0.25 + 0.5·2 - 1·1 + 2·0.5), got {payload}"
    )


def test_reads_exactly_content_length_bytes():
    body = b'{"features": [0, 0, 1]}'
    status, _, payload = call(make_app(WEIGHTS, BIAS), "POST", "/predict", body,
                              stream=body + b"NEXT REQUEST BYTES")
    assert status == "200 OK" and math.isclose(payload.get("prediction", math.nan), 2.25), (
        f"expected 200 with prediction 2.25, got {status!r} {payload}; "
        "read exactly CONTENT_LENGTH bytes, not everything in wsgi.input"
    )


def test_missing_or_empty_content_length_means_an_empty_body():
    app = make_app(WEIGHTS, BIAS)
    for content_length in (None, ""):
        status, _, payload = call(app, "POST", "/predict", b"", content_length=content_length)
        assert status == "400 Bad Request" and isinstance(payload.get("error"), str), (
            f"with CONTENT_LENGTH {content_length!r} the body is empty, "
            "so expected 400 with an error, "
            f"got {status!r} {payload}"
        )


def test_bad_predict_bodies_get_400_with_an_error_message():
    app = make_app(WEIGHTS, BIAS)
    bodies = [
        b"{features: [1, 2, 3]}",
        b"[1, 2, 3]",
        b'{"rows": [1, 2, 3]}',
        b'{"features": [1, 2]}',
        b'{"features": [1, "2", 3]}',
        b'{"features": [1, true, 3]}',
        b'{"features": [1, NaN, 3]}',
    ]
    for body in bodies:
        status, _, payload = call(app, "POST", "/predict", body)
        assert status == "400 Bad Request", (
            f"expected '400 Bad Request' for {body!r}, got {status!r} {payload}"
        )
        assert isinstance(payload.get("error"), str) and payload["error"], (
            f"a 400 body should be {{'error': '<message>'}}, got {payload} for {body!r}"
        )


def test_unknown_paths_get_404():
    app = make_app(WEIGHTS, BIAS)
    requests = [("GET", "/"), ("GET", "/health/"), ("POST", "/predict/x"), ("DELETE", "/models")]
    for method, path in requests:
        status, _, payload = call(app, method, path)
        assert status == "404 Not Found" and payload == {"error": "not found"}, (
            f"expected '404 Not Found' with {{'error': 'not found'}} for {method} {path}, "
            f"got {status!r} {payload}"
        )


def test_wrong_method_gets_405_with_an_allow_header():
    app = make_app(WEIGHTS, BIAS)
    for method, path, allowed in [("GET", "/predict", "POST"), ("POST", "/health", "GET"),
                                  ("DELETE", "/predict", "POST")]:
        status, headers, payload = call(app, method, path)
        assert status == "405 Method Not Allowed", (
            f"{path} exists but does not accept {method}: "
            f"expected '405 Method Not Allowed', got {status!r}"
        )
        assert headers.get("allow") == allowed, (
            f"a 405 for {method} {path} should carry the header Allow: {allowed}, "
            f"got {headers.get('allow')!r}"
        )
        assert payload == {"error": "method not allowed"}, (
            f"expected {{'error': 'method not allowed'}}, got {payload}"
        )


def test_each_app_uses_its_own_model():
    first = make_app([1.0, 1.0, 1.0], 0.0)
    second = make_app([0.0, 0.0, 2.0], 10.0)
    body = b'{"features": [1, 2, 3]}'
    _, _, a = call(first, "POST", "/predict", body)
    _, _, b = call(second, "POST", "/predict", body)
    got = (a.get("prediction", math.nan), b.get("prediction", math.nan))
    assert math.isclose(got[0], 6.0) and math.isclose(got[1], 16.0), (
        f"expected predictions 6 and 16 from two apps with different models, got {a} and {b}; "
        "keep the weights and bias inside make_app, not in globals"
    )

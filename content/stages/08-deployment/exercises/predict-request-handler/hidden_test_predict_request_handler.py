# Hidden tests: other models (other sizes, weights and biases) checked against the formula computed
# here, the order of the checks when several things are wrong, and other bad bodies and entries.
import json
import math
import random

from predict_request_handler import handle_predict


def call(body, weights, bias):
    result = handle_predict(body, weights, bias)
    assert isinstance(result, tuple) and len(result) == 2, f"expected a (status, body) pair, got {result!r}"
    status, payload = result
    json.dumps(payload, allow_nan=False)
    return status, payload


def expect_400(body, weights, message):
    got = call(body, weights, 1.0)
    assert got == (400, {"error": message}), f"for the body {body!r} expected (400, {{'error': {message!r}}}), got {got}"


def test_random_models_match_the_formula():
    rng = random.Random(8)
    for d in (1, 2, 5, 9):
        weights = [rng.uniform(-3, 3) for _ in range(d)]
        bias = rng.uniform(-10, 10)
        features = [rng.choice([rng.randint(-50, 50), rng.uniform(-1e3, 1e3)]) for _ in range(d)]
        body = json.dumps({"features": features, "model": "v2"})
        status, payload = call(body.encode() if d % 2 else body, weights, bias)
        want = bias + sum(w * x for w, x in zip(weights, features))
        assert status == 200 and set(payload) == {"prediction"}, f"expected 200 with a prediction, got {status} {payload}"
        assert math.isclose(payload["prediction"], want, rel_tol=1e-9, abs_tol=1e-9), (
            f"{d} features: expected bias + w·x = {want}, got {payload['prediction']}"
        )


def test_prediction_is_a_float_even_for_integers():
    status, payload = call(b' \n{"features": [3, 4]}\t', [1, 2], 0)
    assert status == 200 and payload["prediction"] == 11.0 and type(payload["prediction"]) is float, (
        f"0 + 1·3 + 2·4 = 11, returned as a float (11.0); got {status} {payload!r}"
    )
    status, payload = call(b'{"features": [1e-3, -2.5E2]}', [1000, 0.01], -1.5)
    assert status == 200 and math.isclose(payload["prediction"], -1.5 + 1 - 2.5), f"expected -3.0, got {payload}"


def test_checks_run_from_the_outside_in():
    weights = [1.0, 2.0, 3.0, 4.0]
    expect_400(b'{"features": [1, "x"]}', weights, "expected 4 features, got 2")
    expect_400(b'{"features": "1234", "x": [1, 2, 3, 4]}', weights, "'features' must be a list")
    expect_400(b'[{"features": [1, 2, 3, 4]}]', weights, "body must be a JSON object")
    expect_400(b'{"Features": [1, 2, 3, 4]}', weights, "missing field 'features'")
    expect_400(b'{"features": [1, null, "x", true]}', weights, "feature 1 is not a finite number")


def test_other_invalid_bodies():
    weights = [1.0, 2.0]
    for body in (b"   ", "{'features': [1, 2]}", b'{"features": [1, 2],}', b"\xff\xfe", "features=1,2"):
        expect_400(body, weights, "body is not valid JSON")
    for body in (b"NaN", b"true", b"3.5", "[]"):
        expect_400(body, weights, "body must be a JSON object")


def test_other_non_numbers_at_other_positions():
    weights = [0.1] * 5
    expect_400(b'{"features": [1, 2, 3, 4, {"v": 5}]}', weights, "feature 4 is not a finite number")
    expect_400(b'{"features": [1, 2, 3, -Infinity, 5]}', weights, "feature 3 is not a finite number")
    expect_400(b'{"features": [1, 2, "NaN", 4, 5]}', weights, "feature 2 is not a finite number")
    expect_400(b'{"features": [1, false, 3, 4, 5]}', weights, "feature 1 is not a finite number")

import json
import math

from predict_request_handler import handle_predict

WEIGHTS = [0.5, -1.0, 2.0]
BIAS = 0.25


def call(body):
    result = handle_predict(body, WEIGHTS, BIAS)
    assert isinstance(result, tuple) and len(result) == 2, (
        f"expected a (status, body) pair, got {result!r}"
    )
    status, payload = result
    assert isinstance(status, int) and isinstance(payload, dict), (
        f"expected an int status and a dict body, got {status!r} and {payload!r}"
    )
    json.dumps(payload, allow_nan=False)  # the response must itself be valid JSON
    return status, payload


def expect_400(body, message: str) -> None:
    status, payload = call(body)
    assert (status, payload) == (400, {"error": message}), (
        f"for the body {body!r} expected (400, {{'error': {message!r}}}), got ({status}, {payload})"
    )


def test_valid_request_returns_200_and_the_prediction():
    status, payload = call(b'{"features": [2, 1, 0.5]}')
    assert status == 200, f"a valid request should get status 200, got {status} with {payload}"
    assert set(payload) == {"prediction"} and math.isclose(payload["prediction"], 1.25), (
        f"expected {{'prediction': 1.25}} (0.25 + 0.5·2 - 1·1 + 2·0.5), got {payload}"
    )


def test_accepts_str_bodies_and_ignores_extra_fields():
    status, payload = call('{"id": "req-7", "features": [0, 0, 1], "debug": true}')
    assert status == 200 and math.isclose(payload["prediction"], 2.25), (
        "expected (200, {'prediction': 2.25}) for a str body with extra fields, "
        f"got ({status}, {payload})"
    )


def test_invalid_json_gets_400():
    for body in (b"{features: [1, 2, 3]}", b"", b'{"features": [1, 2, 3]', b"\x80\x81 not utf-8"):
        expect_400(body, "body is not valid JSON")


def test_json_that_is_not_an_object_gets_400():
    for body in (b"[1, 2, 3]", b'"features"', b"42", b"null"):
        expect_400(body, "body must be a JSON object")


def test_missing_features_field_gets_400():
    expect_400(b'{"feature": [1, 2, 3]}', "missing field 'features'")
    expect_400(b"{}", "missing field 'features'")


def test_features_that_are_not_a_list_get_400():
    for body in (b'{"features": "1,2,3"}', b'{"features": {"a": 1}}', b'{"features": 5}',
                 b'{"features": null}'):
        expect_400(body, "'features' must be a list")


def test_wrong_number_of_features_gets_400_with_the_counts():
    expect_400(b'{"features": [2, 1]}', "expected 3 features, got 2")
    expect_400(b'{"features": [1, 2, 3, 4]}', "expected 3 features, got 4")
    expect_400(b'{"features": []}', "expected 3 features, got 0")


def test_non_numeric_feature_gets_400_with_its_index():
    expect_400(b'{"features": ["2", 1, 0.5]}', "feature 0 is not a finite number")
    expect_400(b'{"features": [2, null, 0.5]}', "feature 1 is not a finite number")
    expect_400(b'{"features": [2, 1, [0.5]]}', "feature 2 is not a finite number")


def test_booleans_are_not_numbers():
    expect_400(b'{"features": [1, true, 2]}', "feature 1 is not a finite number")
    expect_400(b'{"features": [false, 1, 2]}', "feature 0 is not a finite number")


def test_nan_and_infinity_are_rejected():
    expect_400(b'{"features": [1, NaN, 2]}', "feature 1 is not a finite number")
    expect_400(b'{"features": [1, 2, Infinity]}', "feature 2 is not a finite number")
    expect_400(b'{"features": [-Infinity, 2, 3]}', "feature 0 is not a finite number")

import json
import math


def _bad_request(message: str) -> tuple[int, dict]:
    return 400, {"error": message}


def _finite_number(value: object) -> float | None:
    """value as a float if it is a finite JSON number, else None."""
    # bool is a subclass of int, so True would pass an isinstance(value, int)
    # check; exclude it explicitly. Strings are rejected, not converted.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float, such as 10**400
        return None
    # json.loads accepts NaN and Infinity; they are floats but not usable features.
    return number if math.isfinite(number) else None


def handle_predict(body: bytes | str, weights: list[float], bias: float) -> tuple[int, dict]:
    """Validate a JSON request body and return (status, response_body).

    Valid: a JSON object whose "features" is a list of len(weights) finite
    numbers (not booleans) -> (200, {"prediction": bias + w . x}).
    Invalid -> (400, {"error": message}) for the first problem found.
    """
    try:
        payload = json.loads(body)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are both ValueErrors
        return _bad_request("body is not valid JSON")

    # From the outside in: each check may assume the ones before it passed.
    if not isinstance(payload, dict):
        return _bad_request("body must be a JSON object")
    if "features" not in payload:
        return _bad_request("missing field 'features'")
    features = payload["features"]
    if not isinstance(features, list):
        return _bad_request("'features' must be a list")
    if len(features) != len(weights):
        return _bad_request(f"expected {len(weights)} features, got {len(features)}")

    values = []
    for i, raw in enumerate(features):
        number = _finite_number(raw)
        if number is None:
            return _bad_request(f"feature {i} is not a finite number")
        values.append(number)

    # Only now, with every input checked, is it safe to run the model.
    prediction = bias + sum(w * x for w, x in zip(weights, values))
    return 200, {"prediction": float(prediction)}

import json
import math


def handle_predict(body: bytes | str, weights: list[float], bias: float) -> tuple[int, dict]:
    """Validate a JSON request body and return (status, response_body).

    Valid: a JSON object whose "features" is a list of len(weights) finite
    numbers (not booleans) -> (200, {"prediction": bias + w . x}).
    Invalid -> (400, {"error": message}) for the first problem found.
    """
    raise NotImplementedError("parse, validate layer by layer, then predict")

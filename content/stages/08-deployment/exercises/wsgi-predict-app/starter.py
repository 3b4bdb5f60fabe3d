import json
import math
from collections.abc import Callable, Iterable
from http import HTTPStatus

StartResponse = Callable[..., object]
WSGIApp = Callable[[dict, StartResponse], Iterable[bytes]]


def make_app(weights: list[float], bias: float) -> WSGIApp:
    """Return a WSGI application that serves a linear model with these weights and bias.

    GET /health -> 200 {"status": "ok"}; POST /predict -> 200
    {"prediction": ...} or 400 {"error": ...}; known path with another
    method -> 405 with an Allow header; other paths -> 404. Every response
    is JSON with Content-Type and Content-Length headers.
    """
    raise NotImplementedError("return an inner function app(environ, start_response)")

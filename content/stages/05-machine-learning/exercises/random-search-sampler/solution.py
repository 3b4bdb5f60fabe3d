import math

import numpy as np


def _check(name: str, spec: tuple) -> None:
    kind = spec[0]
    if kind == "choice":
        if len(spec) != 2 or len(spec[1]) == 0:
            raise ValueError(f"{name}: 'choice' needs a non-empty list of options")
    elif kind in ("uniform", "log-uniform"):
        if len(spec) != 3:
            raise ValueError(f"{name}: {kind!r} needs (kind, low, high)")
        low, high = spec[1], spec[2]
        if not low < high:
            raise ValueError(f"{name}: need low < high, got {low} and {high}")
        if kind == "log-uniform" and low <= 0:
            raise ValueError(f"{name}: a log-uniform range must be positive, got low = {low}")
    else:
        raise ValueError(f"{name}: unknown kind {kind!r}")


def sample_configs(space: dict[str, tuple], n: int, seed: int) -> list[dict]:
    """Return n random configurations drawn from `space`.

    space maps a parameter name to ("uniform", low, high), ("log-uniform", low, high) or
    ("choice", options). Draw with one np.random.default_rng(seed): config by config, and
    within a config parameter by parameter in the order of space, one draw each.
    Raises ValueError for an unknown kind, low >= high, low <= 0 for log-uniform,
    empty options or n < 0.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    for name, spec in space.items():
        _check(name, spec)  # fail before drawing anything

    rng = np.random.default_rng(seed)  # one generator: reproducible, global state untouched
    configs = []
    for _ in range(n):
        config = {}
        for name, spec in space.items():  # dicts keep insertion order
            kind = spec[0]
            if kind == "uniform":
                config[name] = float(rng.uniform(spec[1], spec[2]))
            elif kind == "log-uniform":
                # Uniform in the exponent: each decade (0.001-0.01, ..., 10-100) is equally
                # likely. Drawing uniformly on [low, high] would put almost every draw in
                # the top decade.
                u = rng.uniform(math.log10(spec[1]), math.log10(spec[2]))
                config[name] = float(10.0**u)
            else:  # "choice"
                options = spec[1]
                config[name] = options[int(rng.integers(len(options)))]
        configs.append(config)
    return configs

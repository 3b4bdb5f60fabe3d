import math

import numpy as np

from random_search_sampler import sample_configs


def test_other_space_and_order():
    space = {
        "max_depth": ("choice", [2, 4, 8, None]),
        "learning_rate": ("log-uniform", 0.001, 0.3),
        "subsample": ("uniform", 0.5, 1.0),
        "C": ("log-uniform", 1.0, 1000.0),
    }
    got = sample_configs(space, 7, seed=2024)
    rng = np.random.default_rng(2024)
    for i in range(7):
        d = [2, 4, 8, None][int(rng.integers(4))]
        lr = 10 ** rng.uniform(math.log10(0.001), math.log10(0.3))
        sub = rng.uniform(0.5, 1.0)
        c = 10 ** rng.uniform(0.0, 3.0)
        g = got[i]
        assert g["max_depth"] == d and math.isclose(g["learning_rate"], lr, rel_tol=1e-9)
        assert math.isclose(g["subsample"], sub, rel_tol=1e-9) and math.isclose(g["C"], c, rel_tol=1e-9), (
            f"config {i}: expected {(d, lr, sub, c)}, got {g}"
        )

import math

import numpy as np

from random_search_sampler import sample_configs

SPACE = {
    "alpha": ("log-uniform", 1e-4, 1e2),
    "l1_ratio": ("uniform", 0.0, 1.0),
    "penalty": ("choice", ["l1", "l2", "elasticnet"]),
}


def reference(space, n, seed):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        cfg = {}
        for name, spec in space.items():
            if spec[0] == "uniform":
                cfg[name] = rng.uniform(spec[1], spec[2])
            elif spec[0] == "log-uniform":
                cfg[name] = 10 ** rng.uniform(math.log10(spec[1]), math.log10(spec[2]))
            else:
                cfg[name] = spec[1][int(rng.integers(len(spec[1])))]
        out.append(cfg)
    return out


def test_returns_n_configs_with_every_parameter():
    configs = sample_configs(SPACE, 4, seed=0)
    assert len(configs) == 4, f"expected 4 configurations, got {len(configs)}"
    for cfg in configs:
        assert list(cfg) == ["alpha", "l1_ratio", "penalty"], (
            f"each configuration should have the keys of space, in order; got {list(cfg)}"
        )
    assert sample_configs(SPACE, 0, seed=0) == [], "n = 0 gives an empty list"


def test_draws_follow_the_stated_order():
    got = sample_configs(SPACE, 5, seed=42)
    want = reference(SPACE, 5, seed=42)
    for i, (g, w) in enumerate(zip(got, want)):
        assert math.isclose(g["alpha"], w["alpha"], rel_tol=1e-9), (
            f"config {i}: expected alpha {w['alpha']:.6g}, got {g['alpha']:.6g}. Draw config by "
            "config, parameter by parameter in the order of space, one draw each"
        )
        assert math.isclose(g["l1_ratio"], w["l1_ratio"], rel_tol=1e-9), (
            f"config {i}: expected l1_ratio {w['l1_ratio']:.6f}, got {g['l1_ratio']:.6f}"
        )
        assert g["penalty"] == w["penalty"], f"config {i}: expected {w['penalty']!r}, got {g['penalty']!r}"


def test_values_stay_in_their_ranges():
    for cfg in sample_configs(SPACE, 300, seed=1):
        assert 1e-4 <= cfg["alpha"] <= 1e2, f"alpha {cfg['alpha']} is outside [1e-4, 100]"
        assert 0.0 <= cfg["l1_ratio"] <= 1.0, f"l1_ratio {cfg['l1_ratio']} is outside [0, 1]"
        assert cfg["penalty"] in ("l1", "l2", "elasticnet"), f"unknown penalty {cfg['penalty']!r}"
        assert isinstance(cfg["alpha"], float) and isinstance(cfg["l1_ratio"], float), (
            "numbers should be plain Python floats"
        )


def test_log_uniform_gives_every_decade_the_same_chance():
    alphas = np.array([c["alpha"] for c in sample_configs(SPACE, 3000, seed=2)])
    below_one = np.mean(alphas < 1.0)  # 4 of the 6 decades lie below 1
    assert abs(below_one - 4 / 6) < 0.04, (
        f"with alpha log-uniform on [1e-4, 100], 4 of 6 decades lie below 1, so about 67% of "
        f"draws should; got {below_one:.1%}. A uniform draw on [1e-4, 100] gives about 1%"
    )


def test_same_seed_same_configs():
    assert sample_configs(SPACE, 6, seed=7) == sample_configs(SPACE, 6, seed=7), (
        "the same seed must give the same configurations"
    )
    assert sample_configs(SPACE, 6, seed=7) != sample_configs(SPACE, 6, seed=8), (
        "different seeds should give different configurations"
    )


def test_invalid_spaces_raise_value_error():
    bad = [
        ({"a": ("log-uniform", 0.0, 1.0)}, "a log-uniform range starting at 0"),
        ({"a": ("uniform", 2.0, 1.0)}, "low > high"),
        ({"a": ("choice", [])}, "no options"),
        ({"a": ("normal", 0.0, 1.0)}, "an unknown kind"),
    ]
    for space, why in bad:
        try:
            sample_configs(space, 3, seed=0)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
    try:
        sample_configs(SPACE, -1, seed=0)
    except ValueError:
        return
    raise AssertionError("expected ValueError for n = -1")

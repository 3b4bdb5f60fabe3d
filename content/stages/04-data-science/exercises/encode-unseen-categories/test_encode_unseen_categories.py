import pandas as pd

from encode_unseen_categories import one_hot_train_test, ordinal_encode

NUMERIC = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"]


def split() -> tuple[pd.DataFrame, pd.DataFrame]:
    penguins = pd.read_json("penguins.json")
    return penguins[penguins["Island"] != "Torgersen"], penguins[penguins["Island"] == "Torgersen"]


def test_training_columns_and_dtype():
    train, test = split()
    X_train, _ = one_hot_train_test(train, test, ["Island"])
    assert list(X_train.columns) == ["Species"] + NUMERIC + ["Sex", "Island_Biscoe", "Island_Dream"], (
        f"got columns {list(X_train.columns)}"
    )
    assert str(X_train["Island_Biscoe"].dtype) == "int64", (
        f"dummies should be int64, got {X_train['Island_Biscoe'].dtype}; pass dtype to get_dummies"
    )
    assert int(X_train["Island_Biscoe"].sum()) == 168 and int(X_train["Island_Dream"].sum()) == 124


def test_unseen_category_gets_zeros_and_no_column():
    train, test = split()
    X_train, X_test = one_hot_train_test(train, test, ["Island"])
    assert list(X_test.columns) == list(X_train.columns), (
        f"the test frame must have the training columns exactly, got {list(X_test.columns)}"
    )
    assert "Island_Torgersen" not in X_test.columns, "Torgersen was never seen in training: no column for it"
    assert (X_test[["Island_Biscoe", "Island_Dream"]] == 0).all().all(), "Torgersen birds are 0 in every Island column"


def test_category_absent_from_test_is_a_zero_column():
    penguins = pd.read_json("penguins.json")
    train, test = penguins.iloc[::2], penguins[penguins["Species"] == "Gentoo"]
    X_train, X_test = one_hot_train_test(train, test, ["Species", "Sex"])
    assert list(X_test.columns) == list(X_train.columns)
    assert X_test["Species_Adelie"].tolist() == [0] * len(test), "no Adelie in test: a column of zeros"
    assert X_test["Species_Gentoo"].tolist() == [1] * len(test)
    assert list(X_test.index) == list(test.index), "keep the index"


def test_missing_value_is_all_zeros():
    penguins = pd.read_json("penguins.json")
    X_train, _ = one_hot_train_test(penguins, penguins.head(), ["Sex"])
    sex_columns = [c for c in X_train.columns if c.startswith("Sex_")]
    assert sex_columns == ["Sex_.", "Sex_FEMALE", "Sex_MALE"], f"got {sex_columns}"
    unknown = X_train.loc[penguins["Sex"].isna(), sex_columns]
    assert (unknown == 0).all().all(), "a bird with no recorded sex is 0 in every Sex column"


def test_inputs_are_not_modified():
    train, test = split()
    before_train, before_test = train.copy(), test.copy()
    one_hot_train_test(train, test, ["Island", "Sex"])
    assert train.equals(before_train) and test.equals(before_test)


def test_ordinal_codes_follow_the_order():
    got = ordinal_encode(pd.Series(["M", "XL", None, "S", "L"], index=[5, 6, 7, 8, 9]), ["S", "M", "L", "XL"])
    assert str(got.dtype) == "Int64", f"expected the nullable Int64 dtype, got {got.dtype}"
    assert list(got.index) == [5, 6, 7, 8, 9], "keep the input's index"
    assert got.iloc[[0, 1, 3, 4]].tolist() == [1, 3, 0, 2], (
        f"S, M, L, XL are 0, 1, 2, 3 in the given order (not alphabetical), got {got.tolist()}"
    )
    assert pd.isna(got.iloc[2]), "a missing size is <NA>, not -1"


def test_ordinal_unknown_value_raises():
    try:
        ordinal_encode(pd.Series(["S", "XXL"]), ["S", "M", "L", "XL"])
    except ValueError:
        return
    raise AssertionError("'XXL' is not in the order: raise ValueError rather than code it -1 or <NA>")

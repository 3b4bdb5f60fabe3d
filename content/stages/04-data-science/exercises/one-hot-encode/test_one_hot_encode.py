from one_hot_encode import OneHotEncoder

TRAIN = ["north", "centre", "south", "north", "south"]


def test_fit_learns_sorted_distinct_categories():
    encoder = OneHotEncoder()
    returned = encoder.fit(TRAIN)
    assert returned is encoder, "fit should return self so calls can be chained"
    assert encoder.categories_ == ["centre", "north", "south"], (
        "expected the sorted distinct values ['centre', 'north', 'south'], got "
        f"{encoder.categories_}"
    )


def test_known_values_get_a_single_one_in_their_column():
    rows = OneHotEncoder().fit(TRAIN).transform(["north", "south", "centre"])
    assert rows == [[0, 1, 0], [0, 0, 1], [1, 0, 0]], (
        f"with columns centre, north, south expected [[0,1,0], [0,0,1], [1,0,0]], got {rows}"
    )
    assert all(type(v) is int for row in rows for v in row), "use int 0 and 1, not bool or float"


def test_unseen_value_gives_all_zeros_by_default():
    rows = OneHotEncoder().fit(TRAIN).transform(["east", "north"])
    assert rows == [[0, 0, 0], [0, 1, 0]], (
        "'east' was not in training, so its row should be all zeros: expected [[0,0,0], [0,1,0]], "
        f"got {rows}"
    )


def test_test_values_never_add_columns():
    encoder = OneHotEncoder().fit(TRAIN)
    encoder.transform(["east", "west"])
    assert encoder.categories_ == ["centre", "north", "south"], (
        f"transform must not learn new categories, but categories_ became {encoder.categories_}"
    )
    rows = encoder.transform(["west"])
    assert len(rows[0]) == 3, (
        f"every row must have 3 columns (the training categories), got {len(rows[0])}"
    )


def test_unseen_value_raises_with_handle_unknown_error():
    encoder = OneHotEncoder(handle_unknown="error").fit(TRAIN)
    assert encoder.transform(["south"]) == [[0, 0, 1]], (
        "known values still work with handle_unknown='error'"
    )
    try:
        encoder.transform(["north", "east"])
    except ValueError as err:
        assert "east" in str(err), (
            f"the error message should name the unknown value 'east', got: {err}"
        )
        return
    raise AssertionError(
        "expected ValueError for the unseen category 'east' with handle_unknown='error'"
    )


def test_empty_transform_gives_empty_list():
    assert OneHotEncoder().fit(TRAIN).transform([]) == [], "transforming no values should give []"


def test_transform_before_fit_raises_value_error():
    try:
        OneHotEncoder().transform(["north"])
    except ValueError:
        return
    raise AssertionError("expected ValueError: there are no categories before fit is called")


def test_invalid_arguments_raise_value_error():
    cases = [
        (lambda: OneHotEncoder(handle_unknown="skip"), "handle_unknown='skip' is not an option"),
        (lambda: OneHotEncoder().fit([]), "fit on no values"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")

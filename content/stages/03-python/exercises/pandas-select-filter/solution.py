import pandas as pd

COLUMNS = ["size_m2", "rooms", "price_k"]


def select_flats(
    flats: pd.DataFrame, city: str, min_rooms: int, max_price: float
) -> pd.DataFrame:
    """Flats in city with rooms >= min_rooms and price_k <= max_price.

    Returns the columns size_m2, rooms and price_k, keeping the original
    index. flats is not modified.
    """
    # Each comparison is a Boolean Series aligned on the index. & needs the
    # parentheses because it binds more tightly than == and <=.
    # NaN <= max_price is False, so flats without a price drop out.
    mask = (
        (flats["city"] == city)
        & (flats["rooms"] >= min_rooms)
        & (flats["price_k"] <= max_price)
    )
    # Rows by mask and columns by label in one .loc call; the result is a new frame.
    return flats.loc[mask, COLUMNS]


def discount_city(flats: pd.DataFrame, city: str, percent: float) -> pd.DataFrame:
    """A copy of flats with price_k in city reduced by percent per cent.

    flats is not modified; rows in other cities are unchanged.
    """
    result = flats.copy()  # the caller's frame stays as it was
    in_city = result["city"] == city
    # One .loc call with both row mask and column writes into `result` itself.
    # result[in_city]["price_k"] = ... would write into a temporary copy instead.
    result.loc[in_city, "price_k"] = result.loc[in_city, "price_k"] * (1 - percent / 100)
    return result

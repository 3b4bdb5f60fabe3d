import pandas as pd


def select_flats(
    flats: pd.DataFrame, city: str, min_rooms: int, max_price: float
) -> pd.DataFrame:
    """Flats in city with rooms >= min_rooms and price_k <= max_price.

    Returns the columns size_m2, rooms and price_k, keeping the original
    index. flats is not modified.
    """
    raise NotImplementedError("combine three Boolean masks with &, then use .loc")


def discount_city(flats: pd.DataFrame, city: str, percent: float) -> pd.DataFrame:
    """A copy of flats with price_k in city reduced by percent per cent.

    flats is not modified; rows in other cities are unchanged.
    """
    raise NotImplementedError("copy first, then assign through .loc[mask, 'price_k']")

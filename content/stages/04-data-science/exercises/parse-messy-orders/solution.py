import pandas as pd

MISSING = ["", "NA", "-", "unknown"]
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y"]  # ISO, day-first slashes, "March 5, 2024"


def parse_dates(text: pd.Series) -> pd.Series:
    """Try each known format in turn; a row keeps the first format that fits it."""
    # errors="coerce" is safe here: a row that does not fit a format is NaT
    # for that format and gets its chance with the next one.
    attempts = [pd.to_datetime(text, format=fmt, errors="coerce") for fmt in DATE_FORMATS]
    parsed = attempts[0]
    for attempt in attempts[1:]:
        parsed = parsed.fillna(attempt)
    unparsed = text.notna() & parsed.isna()
    if unparsed.any():
        raise ValueError(f"dates in no known format: {text[unparsed].unique()[:5].tolist()}")
    return parsed


def load_orders(path: str) -> pd.DataFrame:
    """Read the orders CSV at path with one correct dtype per column.

    order_date: datetime64 from YYYY-MM-DD, DD/MM/YYYY (day first) or
    "Month D, YYYY"; quantity: Int64; amount: float64 without thousands
    separators. Empty, "NA", "-" and "unknown" are missing.
    """
    orders = pd.read_csv(
        path,
        # Text columns stay text; the two numeric ones are typed by read_csv itself,
        # which raises on a value that is neither a number nor a missing marker.
        dtype={"order_id": str, "order_date": str, "store": str, "product": str,
               "quantity": "Int64", "amount": "float64"},
        na_values=MISSING,
        keep_default_na=False,  # only our four markers mean missing
        thousands=",",          # "1,186.55" -> 1186.55
    )
    orders["order_date"] = parse_dates(orders["order_date"])
    return orders

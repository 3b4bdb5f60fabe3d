Matrix = list[list[float]]


def shape(m: Matrix) -> tuple[int, int]:
    """(rows, columns) of a rectangular list-of-lists matrix."""
    return len(m), len(m[0])


def matmul(a: Matrix, b: Matrix) -> Matrix:
    """Return the matrix product a @ b as a new list of lists.

    a has shape m x n (m rows of length n) and b has shape n x p; the result
    has shape m x p, with entry [i][k] = sum over j of a[i][j] * b[j][k].

    Raises ValueError naming both shapes (e.g. "2x3" and "2x2") when the
    number of columns of a differs from the number of rows of b.
    """
    (m, n), (n_b, p) = shape(a), shape(b)
    if n != n_b:
        raise ValueError(
            f"cannot multiply {m}x{n} by {n_b}x{p}: inner sizes {n} and {n_b} differ"
        )
    # zip(*b) turns the rows of b into its columns, so every entry of the
    # result is simply "row of a" dot "column of b".
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]

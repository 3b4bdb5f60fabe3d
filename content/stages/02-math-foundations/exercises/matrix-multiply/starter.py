def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    """Return the matrix product a @ b as a new list of lists.

    a has shape m x n (m rows of length n) and b has shape n x p; the result
    has shape m x p, with entry [i][k] = sum over j of a[i][j] * b[j][k].

    Raises ValueError naming both shapes (e.g. "2x3" and "2x2") when the
    number of columns of a differs from the number of rows of b.
    """
    raise NotImplementedError("check the shapes, then take row-by-column dot products")

# Hidden tests: other sizes and texts, checked against the chunk-count formula and the overlap rule.
import math

from chunking import chunk_words


def test_many_sizes_and_overlaps():
    for n in (1, 2, 5, 9, 10, 17, 40):
        words = [f"t{i}" for i in range(n)]
        for size in (1, 2, 3, 5, 8):
            for overlap in range(size):
                chunks = [c.split() for c in chunk_words(" ".join(words), size, overlap)]
                want_count = 1 + math.ceil(max(0, n - size) / (size - overlap))
                assert len(chunks) == want_count, f"n={n}, size={size}, overlap={overlap}: {len(chunks)} chunks, want {want_count}"
                step = size - overlap
                for i, chunk in enumerate(chunks):
                    assert chunk == words[i * step:i * step + size], f"chunk {i} wrong for n={n}, size={size}, overlap={overlap}"
                assert chunks[-1][-1] == words[-1]


def test_single_word():
    assert chunk_words("hello", 3, 2) == ["hello"]

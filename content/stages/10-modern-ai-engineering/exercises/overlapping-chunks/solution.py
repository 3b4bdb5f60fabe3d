def chunk_words(text: str, size: int, overlap: int) -> list[str]:
    """Split text into chunks of `size` words, consecutive chunks sharing `overlap` words.

    The start moves by size - overlap words; the last chunk is the first that reaches the last
    word. Raises ValueError unless size >= 1 and 0 <= overlap < size.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    if not 0 <= overlap < size:
        raise ValueError(f"overlap must be at least 0 and less than size ({size}), got {overlap}")

    words = text.split()  # any whitespace separates words
    step = size - overlap
    chunks = []
    start = 0
    while start < len(words):
        chunks.append(" ".join(words[start:start + size]))
        # Stop once this chunk reaches the last word. Starting another chunk here would only
        # repeat words that this one already holds.
        if start + size >= len(words):
            break
        start += step
    return chunks

def chunk_words(text: str, size: int, overlap: int) -> list[str]:
    """Split text into chunks of `size` words, consecutive chunks sharing `overlap` words.

    The start moves by size - overlap words; the last chunk is the first that reaches the last
    word. Raises ValueError unless size >= 1 and 0 <= overlap < size.
    """
    words = text.split()
    # Incomplete: this stops by the start of the chunk, not by its end, and checks nothing.
    return [" ".join(words[start:start + size]) for start in range(0, len(words), size - overlap)]

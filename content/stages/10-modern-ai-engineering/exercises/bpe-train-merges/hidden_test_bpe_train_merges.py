from collections import Counter

from bpe_train_merges import train_bpe


def reference(word_counts, num_merges):
    splits = {tuple(w): c for w, c in word_counts.items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for s, c in splits.items():
            for p in zip(s, s[1:]):
                pairs[p] += c
        if not pairs:
            break
        best = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        merges.append(best)
        new = {}
        for s, c in splits.items():
            out, i = [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) == best:
                    out.append(s[i] + s[i + 1])
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            new[tuple(out)] = c
        splits = new
    return merges


def test_classic_corpus_many_merges():
    corpus = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
    assert train_bpe(corpus, 20) == reference(corpus, 20)


def test_hugging_face_course_corpus():
    corpus = {"hug": 10, "pug": 5, "pun": 12, "bun": 4, "hugs": 5}
    got = train_bpe(corpus, 6)
    assert got[:3] == [("u", "g"), ("u", "n"), ("h", "ug")], got
    assert got == reference(corpus, 6), got


def test_larger_corpus_with_many_ties():
    text = (
        "the cat sat on the mat the dog sat on the log a cat and a dog met on a mat "
        "banana bandana cabana nana ananas"
    )
    corpus = Counter(text.split())
    assert train_bpe(dict(corpus), 30) == reference(corpus, 30)


def test_unicode_and_long_symbols_tie_break_by_code_point():
    corpus = {"éa": 2, "ea": 2, "Ea": 2}
    assert train_bpe(corpus, 3) == [("E", "a"), ("e", "a"), ("é", "a")]
    corpus = {"abc": 1, "abd": 1, "xbc": 1}
    assert train_bpe(corpus, 4) == reference(corpus, 4)

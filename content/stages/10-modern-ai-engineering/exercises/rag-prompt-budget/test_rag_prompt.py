from rag_prompt import INSTRUCTIONS, build_rag_prompt, count_tokens

CHUNKS = [
    {"id": "faq-3", "text": "Refunds reach your card within 5 working days.", "score": 0.82},
    {"id": "faq-9", "text": "Shipping is free on orders over 50 euros.", "score": 0.41},
    {"id": "policy-2", "text": "Once we receive the returned item we start the refund the same "
                               "day, and your bank may take a few more days to show it.", "score": 0.77},
]
QUESTION = "How long do refunds take?"


def test_worked_example_prompt_text():
    prompt, ids = build_rag_prompt(QUESTION, CHUNKS, 60)
    want = "\n".join([
        INSTRUCTIONS,
        "",
        "Sources:",
        "[1] Refunds reach your card within 5 working days.",
        "[2] Shipping is free on orders over 50 euros.",
        "",
        "Question: How long do refunds take?",
        "Answer:",
    ])
    assert prompt == want, f"the prompt differs from the layout in the README:\n{prompt}"
    assert ids == ["faq-3", "faq-9"], f"expected ids ['faq-3', 'faq-9'], got {ids}"


def test_skips_a_chunk_that_does_not_fit_and_keeps_going():
    _, ids = build_rag_prompt(QUESTION, CHUNKS, 60)
    assert "policy-2" not in ids, "policy-2 costs 26 tokens and 50 + 26 > 60: it must be skipped"
    assert "faq-9" in ids, (
        "after skipping policy-2, faq-9 (9 tokens) still fits: skip a chunk that is too long, "
        "do not stop at it"
    )


def test_chunk_filling_the_budget_exactly_is_kept():
    _, ids = build_rag_prompt(QUESTION, CHUNKS, 76)
    assert ids == ["faq-3", "policy-2"], (
        f"with budget 76, policy-2 brings the total to exactly 76 and is kept; got {ids}"
    )
    _, ids = build_rag_prompt(QUESTION, CHUNKS, 75)
    assert ids == ["faq-3", "faq-9"], (
        "with budget 75, policy-2 (25 words + 1 for its [n] label) no longer fits; "
        f"got {ids} — did you forget the label's token?"
    )


def test_prompt_never_exceeds_the_budget():
    for budget in range(41, 120):
        prompt, ids = build_rag_prompt(QUESTION, CHUNKS, budget)
        assert count_tokens(prompt) <= budget, f"budget {budget}: the prompt has {count_tokens(prompt)} tokens"
        assert prompt.count("\n[") == len(ids), "one numbered source line per returned id"


def test_sources_are_numbered_by_score_with_ties_in_input_order():
    chunks = [
        {"id": "c", "text": "gamma", "score": 0.5},
        {"id": "a", "text": "alpha", "score": 0.9},
        {"id": "d", "text": "delta", "score": 0.5},
        {"id": "b", "text": "beta", "score": 0.7},
    ]
    prompt, ids = build_rag_prompt("Which?", chunks, 1000)
    assert ids == ["a", "b", "c", "d"], f"expected ['a', 'b', 'c', 'd'] (0.9, 0.7, then the 0.5 tie in input order), got {ids}"
    assert "[1] alpha\n[2] beta\n[3] gamma\n[4] delta" in prompt, "sources are numbered 1, 2, ... in the order kept"


def test_whitespace_is_collapsed_and_empty_chunks_skipped():
    chunks = [
        {"id": "x", "text": "  line one\nline   two ", "score": 0.9},
        {"id": "empty", "text": " \n ", "score": 0.95},
    ]
    prompt, ids = build_rag_prompt("What   is\nit?", chunks, 100)
    assert ids == ["x"], f"a chunk with no words is skipped; got {ids}"
    assert "[1] line one line two" in prompt and "Question: What is it?" in prompt, (
        "collapse whitespace in chunk texts and in the question so each is one line"
    )


def test_no_chunk_fits():
    prompt, ids = build_rag_prompt(QUESTION, CHUNKS, 45)
    assert ids == [] and "Sources:\n\nQuestion:" in prompt, (
        f"with budget 45 no chunk fits: no source lines and no ids; got {ids}"
    )


def test_budget_below_the_fixed_part_raises_value_error():
    try:
        build_rag_prompt(QUESTION, CHUNKS, 40)
    except ValueError:
        return
    raise AssertionError("the prompt needs 41 tokens before any source: budget 40 must raise ValueError")

# Hidden tests: other chunks, questions and budgets, checked against the rules directly.
import random

from rag_prompt import INSTRUCTIONS, build_rag_prompt, count_tokens


def expected_ids(question, chunks, budget):
    used = count_tokens(INSTRUCTIONS) + 2 + count_tokens("Question: " + question)
    ids = []
    order = sorted(range(len(chunks)), key=lambda i: (-chunks[i]["score"], i))
    for i in order:
        n = count_tokens(chunks[i]["text"])
        if n and used + n + 1 <= budget:
            ids.append(chunks[i]["id"])
            used += n + 1
    return ids


def test_random_chunks_and_budgets():
    rng = random.Random(3)
    vocab = "the order ships in two days refund card bank item photo damaged free".split()
    for trial in range(60):
        chunks = [
            {"id": f"doc{trial}-{j}", "text": " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 30))),
             "score": rng.choice([0.1, 0.3, 0.3, 0.5, 0.8, 0.9])}
            for j in range(rng.randint(0, 8))
        ]
        question = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 8)))
        budget = rng.randint(50, 140)
        prompt, ids = build_rag_prompt(question, chunks, budget)
        assert ids == expected_ids(question, chunks, budget), f"trial {trial}: wrong chunks kept"
        assert count_tokens(prompt) <= budget
        lines = prompt.split("\n")
        assert lines[:3] == [INSTRUCTIONS, "", "Sources:"] and lines[-2:] == [f"Question: {question}", "Answer:"]
        by_id = {c["id"]: " ".join(c["text"].split()) for c in chunks}
        assert lines[3:3 + len(ids)] == [f"[{i}] {by_id[d]}" for i, d in enumerate(ids, start=1)]


def test_inputs_are_not_modified():
    chunks = [{"id": "a", "text": "one  two", "score": 0.2}, {"id": "b", "text": "three", "score": 0.4}]
    copy = [dict(c) for c in chunks]
    build_rag_prompt("q", chunks, 100)
    assert chunks == copy

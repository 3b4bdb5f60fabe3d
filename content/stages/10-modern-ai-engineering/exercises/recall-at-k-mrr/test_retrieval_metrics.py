import math

from retrieval_metrics import mean_reciprocal_rank, recall_at_k

RANKINGS = [["d3", "d1", "d7", "d2"], ["d5", "d6", "d4"], ["d2", "d4", "d1"]]
RELEVANT = [{"d1", "d2"}, {"d9"}, {"d2", "d4", "d9"}]


def test_recall_at_3_worked_example():
    got = recall_at_k(RANKINGS, RELEVANT, 3)
    assert math.isclose(got, (1 / 2 + 0 + 2 / 3) / 3), (
        f"expected (1/2 + 0/1 + 2/3) / 3 = 0.3889, got {got}. "
        "0.3333 means you divided by k instead of by the number of relevant documents"
    )


def test_recall_grows_with_k():
    assert math.isclose(recall_at_k(RANKINGS, RELEVANT, 4), (1 + 0 + 2 / 3) / 3), (
        "with k = 4 the first query finds both relevant documents: expected 0.5556"
    )
    assert math.isclose(recall_at_k(RANKINGS, RELEVANT, 1), (0 + 0 + 1 / 3) / 3), (
        "with k = 1 only the third query's first document (d2) is relevant: expected 0.1111"
    )


def test_mrr_worked_example():
    got = mean_reciprocal_rank(RANKINGS, RELEVANT)
    assert math.isclose(got, 0.5), (
        f"expected (1/2 + 0 + 1/1) / 3 = 0.5, got {got}. 0.75 means the query with no hit "
        "was dropped from the mean instead of counting as 0"
    )


def test_mrr_looks_past_the_top_k():
    got = mean_reciprocal_rank([["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "x"]], [{"x"}])
    assert math.isclose(got, 1 / 12), f"the first hit is at place 12, so MRR = 1/12; got {got}"


def test_repeated_documents_count_once_at_first_place():
    rankings = [["d1", "d1", "d1", "d2"]]
    relevant = [{"d1", "d2"}]
    got = recall_at_k(rankings, relevant, 2)
    assert math.isclose(got, 1.0), (
        f"after removing repeats the top 2 is [d1, d2], so recall@2 = 2/2; got {got}"
    )
    got = mean_reciprocal_rank([["d5", "d5", "d1"]], [{"d1"}])
    assert math.isclose(got, 0.5), f"the distinct ranking is [d5, d1]: the first hit is at place 2; got {got}"


def test_empty_and_short_rankings():
    assert recall_at_k([[], ["a"]], [{"a"}, {"a", "b"}], 5) == 0.25, "expected (0 + 1/2) / 2 = 0.25"
    assert mean_reciprocal_rank([[], ["a"]], [{"a"}, {"a", "b"}]) == 0.5, "expected (0 + 1) / 2 = 0.5"


def test_bad_arguments_raise_value_error():
    cases = [
        (lambda: recall_at_k([], [], 3), "no queries"),
        (lambda: recall_at_k([["a"]], [{"a"}, {"b"}], 3), "1 ranking but 2 judgments"),
        (lambda: recall_at_k([["a"]], [set()], 3), "a query with no relevant documents"),
        (lambda: recall_at_k([["a"]], [{"a"}], 0), "k = 0"),
        (lambda: mean_reciprocal_rank([], []), "no queries (MRR)"),
        (lambda: mean_reciprocal_rank([["a"]], [set()]), "an empty relevant set (MRR)"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")


def test_inputs_are_not_modified():
    rankings = [["b", "a", "a"]]
    relevant = [{"a"}]
    recall_at_k(rankings, relevant, 1)
    mean_reciprocal_rank(rankings, relevant)
    assert rankings == [["b", "a", "a"]] and relevant == [{"a"}], "do not change the inputs"

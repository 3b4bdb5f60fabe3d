import math

from warmup_cosine_schedule import lr_at


def reference(step, base, w, t):
    if step < w:
        return base * step / w
    if step >= t:
        return 0.0
    return base * 0.5 * (1 + math.cos(math.pi * (step - w) / (t - w)))


def test_other_schedules_match_the_formula():
    for base, w, t in ((3e-4, 500, 10_000), (1.0, 1, 3), (0.02, 7, 20)):
        for step in sorted({0, 1, w - 1, w, w + 1, (w + t) // 2, t - 1, t, t + 3}):
            if step < 0:
                continue
            got = lr_at(step, base, w, t)
            assert math.isclose(got, reference(step, base, w, t), rel_tol=1e-9, abs_tol=1e-12), (
                f"lr_at({step}, {base}, {w}, {t}) = {got}, expected {reference(step, base, w, t)}"
            )

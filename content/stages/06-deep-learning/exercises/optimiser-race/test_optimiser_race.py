import torch

from optimiser_race import steps_to_threshold


class CountingSGD(torch.optim.SGD):
    """torch.optim.SGD that counts its steps."""

    def __init__(self, params, **kwargs):
        super().__init__(params, **kwargs)
        self.calls = 0

    def step(self, closure=None):
        self.calls += 1
        return super().step(closure)


def valley():
    w = torch.tensor([1.0, 1.0], requires_grad=True)
    return w, lambda: 0.5 * (w[0] ** 2 + 100 * w[1] ** 2)


def reference_steps(make_optimizer, threshold=1e-4, max_steps=5000):
    w, loss_fn = valley()
    opt = make_optimizer([w])
    for k in range(max_steps + 1):
        loss = loss_fn()
        if loss.item() < threshold:
            return k
        opt.zero_grad()
        loss.backward()
        opt.step()
    return None


def test_halving_example_takes_five_steps():
    w = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.25)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-3)
    assert got == 5, (
        f"each step halves w, so the loss is 0.25^k; 0.25^5 ≈ 0.00098 is the first below 0.001: expected 5, got {got}. "
        "If you got a different count, check that you zero the gradients before every backward()."
    )
    assert abs(w.item() - 1 / 32) < 1e-6, f"after 5 halvings w should be 1/32, got {w.item()}"


def test_returns_zero_without_stepping_when_already_below():
    w = torch.tensor([0.001], requires_grad=True)
    opt = CountingSGD([w], lr=0.1)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-3)
    assert got == 0 and opt.calls == 0, (
        f"the starting loss 1e-6 is already below 1e-3: expected 0 and no optimiser step, got {got} after {opt.calls} steps"
    )


def test_gives_up_after_max_steps():
    w = torch.tensor([1.0], requires_grad=True)
    opt = CountingSGD([w], lr=0.001)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-6, max_steps=50)
    assert got is None, f"lr 0.001 cannot get the loss below 1e-6 in 50 steps: expected None, got {got}"
    assert opt.calls == 50, f"take exactly max_steps = 50 steps before giving up, took {opt.calls}"


def test_stops_early_when_the_run_diverges():
    w = torch.tensor([1.0], requires_grad=True)
    opt = CountingSGD([w], lr=2.0)  # w ← w − 4w = −3w: the loss grows ninefold per step
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-3, max_steps=5000)
    assert got is None, f"a diverging run never reaches the threshold: expected None, got {got}"
    assert opt.calls < 200, (
        f"the loss was inf or nan long before 5000 steps; stop when it is not finite (took {opt.calls} steps)"
    )


def test_scheduler_steps_after_the_optimiser():
    # lr factor 1 for the first step, 0 afterwards: one step from w = 1 with lr 0.25 lands on 0.5.
    w = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.25)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0 if step == 0 else 0.0)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-3, max_steps=10, scheduler=sched)
    assert got is None, f"after the first step the lr is 0, so the loss stays at 0.25: expected None, got {got}"
    assert abs(w.item() - 0.5) < 1e-6, (
        f"the first step must use the initial lr 0.25 (w → 0.5), got w = {w.item()}; "
        "call scheduler.step() after optimizer.step(), not before"
    )
    assert sched.last_epoch == 10, f"call scheduler.step() once per optimiser step: 10 steps, got {sched.last_epoch}"


def test_momentum_beats_plain_sgd_on_the_valley():
    def sgd(p):
        return torch.optim.SGD(p, lr=0.01)

    def momentum(p):
        return torch.optim.SGD(p, lr=0.01, momentum=0.9)

    results = {}
    for name, make in (("sgd", sgd), ("momentum", momentum)):
        w, loss_fn = valley()
        results[name] = steps_to_threshold(loss_fn, make([w]), threshold=1e-4)
        expected = reference_steps(make)
        assert results[name] is not None and abs(results[name] - expected) <= 1, (
            f"{name}: expected about {expected} steps, got {results[name]}"
        )
    assert results["momentum"] < results["sgd"] / 2, (
        f"momentum should need well under half of SGD's steps on the valley: {results}"
    )


def test_adam_beats_both_on_the_valley():
    w, loss_fn = valley()
    adam = steps_to_threshold(loss_fn, torch.optim.Adam([w], lr=0.05), threshold=1e-4)
    expected = reference_steps(lambda p: torch.optim.Adam(p, lr=0.05))
    assert adam is not None and abs(adam - expected) <= 1, f"Adam (lr 0.05): expected about {expected} steps, got {adam}"
    assert adam < 60, (
        f"Adam scales each coordinate's step by its own gradient history, so the steep w2 no longer "
        f"limits the step along w1: expected a few dozen steps, got {adam}"
    )

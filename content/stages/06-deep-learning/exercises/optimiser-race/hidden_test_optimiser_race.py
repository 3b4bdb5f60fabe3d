# Hidden tests: other starting points, learning rates, thresholds, budgets and schedulers than the
# visible ones, step counts compared with a reference loop or the closed form; plus a nan start.
import torch

from optimiser_race import steps_to_threshold


class CountingSGD(torch.optim.SGD):
    def __init__(self, params, **kwargs):
        super().__init__(params, **kwargs)
        self.calls = 0

    def step(self, closure=None):
        self.calls += 1
        return super().step(closure)


def reference(loss_fn, opt, threshold, max_steps, scheduler=None):
    for k in range(max_steps + 1):
        loss = loss_fn()
        if loss.item() < threshold:
            return k
        if k == max_steps:
            return None
        opt.zero_grad()
        loss.backward()
        opt.step()
        if scheduler is not None:
            scheduler.step()


def test_shrinking_by_a_fifth_each_step():
    # w ← w − 0.1·2w = 0.8w, so the loss is 9·0.64^k; the first k with 9·0.64^k < 0.01 is 16.
    want = next(k for k in range(100) if 9 * 0.64**k < 0.01)
    w = torch.tensor([3.0], requires_grad=True)
    opt = CountingSGD([w], lr=0.1)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=0.01)
    assert got == want == 16 and opt.calls == 16, f"expected {want} steps (and {want} optimiser steps), got {got} after {opt.calls}"


def test_reaching_the_threshold_on_the_last_allowed_step_counts():
    w = torch.tensor([1.0], requires_grad=True)
    got = steps_to_threshold(lambda: (w ** 2).sum(), torch.optim.SGD([w], lr=0.25), threshold=1e-3, max_steps=5)
    assert got == 5, f"after exactly max_steps = 5 steps the loss is 0.00098 < 0.001: check it before giving up; expected 5, got {got}"
    w = torch.tensor([1.0], requires_grad=True)
    opt = CountingSGD([w], lr=0.25)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-3, max_steps=4)
    assert got is None and opt.calls == 4, f"4 steps are one too few: expected None after 4 steps, got {got} after {opt.calls}"
    w = torch.tensor([1.0], requires_grad=True)
    opt = CountingSGD([w], lr=0.25)
    got = steps_to_threshold(lambda: (w ** 2).sum(), opt, threshold=1e-3, max_steps=0)
    assert got is None and opt.calls == 0, f"max_steps = 0 allows no step: expected None and no step, got {got} after {opt.calls}"


def test_non_finite_start_gives_none_without_stepping():
    w = torch.tensor([1.0], requires_grad=True)
    opt = CountingSGD([w], lr=0.1)
    got = steps_to_threshold(lambda: (w * float("nan")).sum(), opt, threshold=1.0)
    assert got is None and opt.calls == 0, f"a nan loss is not finite: expected None with no step, got {got} after {opt.calls}"


def test_step_lr_scheduler_and_momentum_match_the_reference():
    def setup():
        w = torch.tensor([2.0, -1.0], requires_grad=True)
        opt = torch.optim.SGD([w], lr=0.04, momentum=0.8)
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=4, gamma=0.8)
        return (lambda: 0.5 * (10 * w[0] ** 2 + w[1] ** 2)), opt, sched

    loss_fn, opt, sched = setup()
    got = steps_to_threshold(loss_fn, opt, threshold=1e-3, max_steps=2000, scheduler=sched)
    ref_loss, ref_opt, ref_sched = setup()
    want = reference(ref_loss, ref_opt, 1e-3, 2000, ref_sched)
    assert want is not None and got is not None and abs(got - want) <= 1, f"SGD with momentum and StepLR: expected {want} steps, got {got}"
    assert sched.last_epoch == got, f"one scheduler step per optimiser step: expected {got}, the scheduler counted {sched.last_epoch}"


def test_adam_on_another_valley_matches_the_reference():
    def setup():
        w = torch.tensor([-3.0, 0.5, 1.0], requires_grad=True)
        return (lambda: (torch.tensor([1.0, 50.0, 5.0]) * w ** 2).sum()), torch.optim.Adam([w], lr=0.1)

    loss_fn, opt = setup()
    got = steps_to_threshold(loss_fn, opt, threshold=1e-2, max_steps=3000)
    want = reference(*setup(), 1e-2, 3000)
    assert want is not None and got is not None and abs(got - want) <= 1, f"Adam (lr 0.1): expected {want} steps, got {got}"

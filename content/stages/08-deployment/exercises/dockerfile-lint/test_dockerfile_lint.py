from dockerfile_lint import lint_dockerfile

LESSON = """\
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

# Dependencies first: rebuilt only when requirements.txt changes.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY serve.py model.joblib ./

RUN useradd --create-home appuser
USER appuser

EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "serve:app"]
"""

SAFE_TAIL = "USER app\nEXPOSE 8000\n"


def found(text, port=None):
    return [(p.line, p.code) for p in lint_dockerfile(text, port)]


def test_the_lesson_dockerfile_is_clean():
    got = found(LESSON, port=8000)
    assert got == [], f"the lesson's Dockerfile follows every rule, expected no problems, got {got}"


def test_worked_example_finds_all_five_problems():
    text = (
        "FROM python:latest\n"
        "WORKDIR /app\n"
        "ADD requirements.txt .\n"
        "RUN pip install -r requirements.txt\n"
        "COPY . .\n"
        'CMD ["python", "serve.py"]\n'
    )
    got = found(text, port=8000)
    want = [
        (0, "missing-expose"),
        (0, "root-user"),
        (1, "unpinned-base"),
        (3, "add-local"),
        (4, "pip-cache"),
    ]
    assert got == want, f"expected {want} (sorted by line, then code), got {got}"


def test_unpinned_and_pinned_base_images():
    digest = "sha256:" + "0" * 64
    for image, unpinned in [
        ("python", True),
        ("python:latest", True),
        ("localhost:5000/app", True),
        ("--platform=linux/amd64 python", True),
        ("python:3.12-slim", False),
        (f"python@{digest}", False),
        ("localhost:5000/app:1.2", False),
        ("--platform=linux/amd64 python:3.12", False),
    ]:
        got = found(f"FROM {image}\n" + SAFE_TAIL)
        want = [(1, "unpinned-base")] if unpinned else []
        assert got == want, f"FROM {image}: expected {want}, got {got}"


def test_stage_names_and_scratch_are_not_base_images():
    text = (
        "FROM python:3.12 AS build\n"
        "RUN pip install --no-cache-dir build\n"
        "FROM scratch AS empty\n"
        "FROM build\n"
        + SAFE_TAIL
    )
    got = found(text)
    assert got == [], (
        f"'FROM build' refers to a stage and scratch is empty by design: expected [], got {got}"
    )


def test_only_the_final_stage_user_counts():
    text = "FROM python:3.12 AS build\nUSER builder\nFROM python:3.12-slim\nEXPOSE 8000\n"
    got = found(text)
    assert got == [(0, "root-user")], (
        "USER builder is in the build stage; the shipped stage has no USER: expected [(0, "
        f"'root-user')], got {got}"
    )
    text = "FROM python:3.12-slim\nUSER app\nRUN apt-get update\nUSER 0:0\n"
    got = found(text)
    assert got == [(4, "root-user")], (
        f"the last USER is 0:0 (root) on line 4: expected [(4, 'root-user')], got {got}"
    )


def test_add_is_fine_only_for_urls():
    text = (
        "FROM python:3.12\n"
        "ADD https://example.com/model.joblib /app/\n"
        "ADD --chown=app:app src/ /app/src/\n"
        + SAFE_TAIL
    )
    got = found(text)
    assert got == [(3, "add-local")], (
        "ADD of a URL is fine, ADD of the local src/ is not: expected [(3, 'add-local')], got "
        f"{got}"
    )


def test_pip_cache_is_checked_per_command():
    cases = [
        ("RUN pip3 install --no-cache-dir flask", []),
        ("RUN apt-get install -y curl && pip freeze", []),
        ("RUN python -m pip install flask", [(2, "pip-cache")]),
        ("RUN /opt/venv/bin/pip install flask", [(2, "pip-cache")]),
        ("RUN pip install --no-cache-dir -r req.txt && pip install gunicorn", [(2, "pip-cache")]),
    ]
    for run, want in cases:
        got = found(f"FROM python:3.12\n{run}\n" + SAFE_TAIL)
        assert got == want, f"{run!r}: expected {want}, got {got}"


def test_continuations_comments_and_lower_case():
    text = (
        "# a comment\nfrom python:3.12-slim\nrun pip install \\\n    # a comment inside the "
        "continuation\n    flask \\\n    gunicorn\nuser app\n"
    )
    got = found(text)
    assert got == [(3, "pip-cache")], (
        "the RUN starts on line 3 and continues over lines 4-6 without --no-cache-dir; lower-case "
        f"keywords are still instructions: expected [(3, 'pip-cache')], got {got}"
    )


def test_expose_is_checked_only_when_a_port_is_given():
    text = "FROM python:3.12\nUSER app\nEXPOSE 8000/tcp\n"
    assert found(text, port=8000) == [], "EXPOSE 8000/tcp lists port 8000"
    assert found(text, port=8080) == [(0, "missing-expose")], "port 8080 is not exposed"
    assert found("FROM python:3.12\nUSER app\n") == [], "without a port there is nothing to expose"


def test_text_without_from_raises_value_error():
    try:
        lint_dockerfile("RUN echo hello\n")
    except ValueError:
        return
    raise AssertionError("expected ValueError: a Dockerfile must have a FROM instruction")

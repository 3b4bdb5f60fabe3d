# Hidden tests: other Dockerfiles than the visible ones — build-argument and registry-port bases,
# USER switched back and forth, mixed ADD sources, other shell separators and pip paths, EXPOSE
# lists, and line numbers after blank lines and continuations.
from dockerfile_lint import lint_dockerfile

SAFE_TAIL = "USER app\nEXPOSE 9000\n"


def found(text, port=None):
    return [(p.line, p.code) for p in lint_dockerfile(text, port)]


def test_other_base_images():
    digest = "sha256:" + "3f" * 32
    for image, unpinned in [
        ("ubuntu", True),
        ("registry.example.com:443/team/app", True),
        ("registry.example.com:443/team/app:latest", True),
        ("--platform=$BUILDPLATFORM node", True),
        ("ghcr.io/org/model:v3", False),
        (f"registry.example.com:443/team/app@{digest}", False),
        ("$BASE_IMAGE", False),
        ("python:${PY_VERSION}-slim", False),
    ]:
        got = found(f"ARG BASE_IMAGE=python:3.12\nFROM {image}\n" + SAFE_TAIL)
        want = [(2, "unpinned-base")] if unpinned else []
        assert got == want, f"FROM {image}: expected {want}, got {got}"


def test_user_switched_back_and_forth():
    text = "FROM node:20\nUSER root\nRUN npm ci\nUSER node\nEXPOSE 9000\n"
    assert found(text) == [], "the last USER of the final stage is 'node', which is fine"
    text = "FROM node:20\nUSER node\nRUN npm ci\n\nUSER root:root\nCMD node app.js\n"
    got = found(text)
    assert got == [(5, "root-user")], f"the final USER is root:root on line 5, got {got}"
    text = "FROM node:20 AS deps\nUSER root\nFROM node:20-slim\nUSER node\n"
    assert found(text) == [], "USER root in an earlier stage does not matter: the shipped stage runs as node"


def test_add_with_several_sources():
    text = (
        "FROM alpine:3.20\n"
        "ADD --chown=app:app https://example.com/a.tgz http://example.com/b.tgz /opt/\n"
        "ADD https://example.com/c.tgz notes.txt /opt/\n"
        + SAFE_TAIL
    )
    got = found(text)
    assert got == [(3, "add-local")], f"only the ADD with the local notes.txt is a problem, got {got}"


def test_pip_cache_with_other_separators_and_paths():
    cases = [
        ("RUN pip3 install --no-cache-dir a || pip3 install b", [(2, "pip-cache")]),
        ("RUN cd /src; /usr/local/bin/pip3 install .", [(2, "pip-cache")]),
        ("RUN pip download torch; pip list | grep torch", []),
        ("RUN pipx install black && pip --version", []),
        ("RUN pip install a && pip install b && pip install c", [(2, "pip-cache")]),
        ("RUN python3 -m pip install --upgrade --no-cache-dir pip", []),
    ]
    for run, want in cases:
        got = found(f"FROM python:3.11\n{run}\n" + SAFE_TAIL)
        assert got == want, f"{run!r}: expected {want} (each RUN reported at most once), got {got}"


def test_line_numbers_after_blank_lines_and_continuations():
    text = (
        "\n"
        "# syntax=docker/dockerfile:1\n"
        "FROM   debian \\\n"
        "   AS base\n"
        "\n"
        "RUN apt-get update && \\\n"
        "    # install python tooling\n"
        "    apt-get install -y python3-pip && \\\n"
        "    pip install requests\n"
        "add app.py /app/\n"
        "expose 80 443/tcp 8080/udp\n"
    )
    got = found(text, port=443)
    want = [(0, "root-user"), (3, "unpinned-base"), (6, "pip-cache"), (10, "add-local")]
    assert got == want, f"expected {want} (sorted by line, then code), got {got}"
    got = found(text, port=8000)
    assert (0, "missing-expose") in got and got[0] == (0, "missing-expose"), (
        f"port 8000 is not in 'EXPOSE 80 443/tcp 8080/udp'; line-0 problems sort by code, got {got}"
    )


def test_expose_only_counts_in_the_final_stage():
    text = "FROM golang:1.22 AS build\nEXPOSE 9000\nFROM gcr.io/distroless/static:nonroot\nUSER nonroot\n"
    got = found(text, port=9000)
    assert got == [(0, "missing-expose")], f"EXPOSE in the build stage does not expose the shipped image, got {got}"
    try:
        lint_dockerfile("# FROM python:3.12\nARG X=1\n")
    except ValueError:
        return
    raise AssertionError("expected ValueError: a commented-out FROM is not a FROM")

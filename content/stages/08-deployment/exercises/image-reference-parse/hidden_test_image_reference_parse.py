# Hidden tests: other references than the visible ones — other registries (IP with port, gcr, quay),
# docker.io written out, upper-case tags, digests with and without tags, component separators,
# tag length limits and other invalid forms.
from image_reference_parse import parse_image_reference

DIGEST = "sha256:" + "0123456789abcdef" * 4


def check(ref, expected):
    got = parse_image_reference(ref)
    assert tuple(got) == expected, (
        f"{ref!r}: expected (registry, repository, tag, digest) = {expected}, got {tuple(got)}"
    )


def test_other_registries():
    check("gcr.io/distroless/python3-debian12:nonroot", ("gcr.io", "distroless/python3-debian12", "nonroot", None))
    check("127.0.0.1:5000/app", ("127.0.0.1:5000", "app", "latest", None))
    check(f"quay.io/prometheus/node-exporter@{DIGEST}", ("quay.io", "prometheus/node-exporter", None, DIGEST))
    check("localhost/team/app:V1_RC", ("localhost", "team/app", "V1_RC", None))


def test_docker_hub_written_out():
    check("docker.io/nginx", ("docker.io", "library/nginx", "latest", None))
    check("index.docker.io/nginx:1.25", ("docker.io", "library/nginx", "1.25", None))
    check("docker.io/grafana/grafana:10.4.1", ("docker.io", "grafana/grafana", "10.4.1", None))
    check("ubuntu", ("docker.io", "library/ubuntu", "latest", None))


def test_digest_with_and_without_tag_on_other_images():
    check(f"ubuntu:22.04@{DIGEST}", ("docker.io", "library/ubuntu", "22.04", DIGEST))
    check(f"ghcr.io/acme/api@{DIGEST}", ("ghcr.io", "acme/api", None, DIGEST))
    check(f"acme/api@{DIGEST}", ("docker.io", "acme/api", None, DIGEST))


def test_component_separators_and_tag_length():
    check("my_team/app__x.v2", ("docker.io", "my_team/app__x.v2", "latest", None))
    check("ghcr.io/a--b/c", ("ghcr.io", "a--b/c", "latest", None))
    long_tag = "a" * 128
    check(f"app:{long_tag}", ("docker.io", "library/app", long_tag, None))


def test_other_invalid_references():
    bad = {
        "app:" + "a" * 129: "a tag has at most 128 characters",
        "python:3.12 ": "trailing whitespace",
        "python\t": "a tab is whitespace",
        "python@sha256:" + "AB" * 32: "digest hex digits are lower case",
        "python@md5:" + "0" * 32: "only sha256 digests",
        "python@": "an empty digest",
        "python:tag:extra": "a tag cannot contain ':'",
        "app/": "an empty last component",
        "/app": "an empty first component",
        "a..b": "two dots in a row",
        "a___b": "three underscores in a row",
        "app-": "a component cannot end with '-'",
        "ghcr.io/Acme/app": "upper case in the repository",
        "python:.hidden": "a tag cannot start with '.'",
    }
    for ref, why in bad.items():
        try:
            parse_image_reference(ref)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {ref!r}: {why}")

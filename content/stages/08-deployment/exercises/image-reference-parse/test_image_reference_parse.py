from image_reference_parse import ImageRef, parse_image_reference

DIGEST = "sha256:" + "ab" * 32


def check(ref, expected):
    got = parse_image_reference(ref)
    assert tuple(got) == expected, (
        f"{ref!r}: expected (registry, repository, tag, digest) = {expected}, got {tuple(got)}"
    )


def test_official_image_gets_every_default():
    check("python", ("docker.io", "library/python", "latest", None))


def test_tag_is_kept():
    check("python:3.12-slim", ("docker.io", "library/python", "3.12-slim", None))
    got = parse_image_reference("python:3.12-slim")
    assert isinstance(got, ImageRef) and got.tag == "3.12-slim", (
        "return an ImageRef with named fields"
    )


def test_docker_hub_user_repository_has_no_library_prefix():
    check("bitnami/redis:7.2", ("docker.io", "bitnami/redis", "7.2", None))
    check("index.docker.io/bitnami/redis", ("docker.io", "bitnami/redis", "latest", None))


def test_registry_is_recognised_by_dot_port_or_localhost():
    check("ghcr.io/acme/sentiment-api:1.0", ("ghcr.io", "acme/sentiment-api", "1.0", None))
    check("localhost/app", ("localhost", "app", "latest", None))
    check(
        "europe-west1-docker.pkg.dev/my-project/ml/sentiment-api:1.0",
        ("europe-west1-docker.pkg.dev", "my-project/ml/sentiment-api", "1.0", None),
    )
    check("myregistry.azurecr.io/app", ("myregistry.azurecr.io", "app", "latest", None))


def test_registry_port_is_not_a_tag():
    check("localhost:5000/sentiment-api", ("localhost:5000", "sentiment-api", "latest", None))
    check(
        "registry.example.com:5000/team/app:2.1",
        ("registry.example.com:5000", "team/app", "2.1", None),
    )


def test_digest_pins_the_image_without_a_tag():
    check(f"python@{DIGEST}", ("docker.io", "library/python", None, DIGEST))
    check(f"python:3.12@{DIGEST}", ("docker.io", "library/python", "3.12", DIGEST))


def test_single_name_with_a_colon_is_a_tag_on_docker_hub():
    check("localhost:5000", ("docker.io", "library/localhost", "5000", None))


def test_invalid_references_raise_value_error():
    bad = {
        "": "it is empty",
        "my image": "it contains a space",
        "Python:3.12": "repositories must be lower case",
        "python:": "the tag is empty",
        "python:-slim": "a tag cannot start with '-'",
        "python@sha256:1234": "the digest is too short",
        "acme//app": "a repository component is empty",
        "acme/-app": "a component cannot start with '-'",
    }
    for ref, why in bad.items():
        try:
            parse_image_reference(ref)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {ref!r}: {why}")

import re
from typing import NamedTuple

DEFAULT_REGISTRY = "docker.io"
LEGACY_REGISTRY = "index.docker.io"

DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")
# One path component: lower-case alphanumerics joined by ".", "_", "__" or runs of "-".
COMPONENT = re.compile(r"[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*")
REGISTRY = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]+)?")


class ImageRef(NamedTuple):
    registry: str
    repository: str
    tag: str | None
    digest: str | None


def parse_image_reference(ref: str) -> ImageRef:
    """Split an image reference into registry, repository, tag and digest.

    Defaults: registry docker.io (index.docker.io becomes docker.io),
    "library/" for single-name repositories on docker.io, and tag "latest"
    when there is neither a tag nor a digest. Raises ValueError for an
    invalid reference.
    """
    if not ref or any(ch.isspace() for ch in ref):
        raise ValueError(f"invalid image reference {ref!r}: empty or contains whitespace")

    # 1. The digest is everything after "@".
    name, at, digest = ref.partition("@")
    if at and not DIGEST.fullmatch(digest):
        raise ValueError(f"invalid digest {digest!r}: expected sha256: and 64 hex digits")

    # 2. The first component is a registry only if it looks like a host:
    #    it has a dot or a port, or is localhost. "bitnami/redis" has neither.
    first, slash, rest = name.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        registry, remainder = first, rest
        if not REGISTRY.fullmatch(registry):
            raise ValueError(f"invalid registry {registry!r}")
    else:
        registry, remainder = DEFAULT_REGISTRY, name

    # 3. With the registry (and its port) gone, a ":" can only start the tag.
    repository, colon, tag = remainder.partition(":")
    if colon and not TAG.fullmatch(tag):
        raise ValueError(f"invalid tag {tag!r}")

    # 4. Every path component must be lower case and well formed.
    for component in repository.split("/"):
        if not COMPONENT.fullmatch(component):
            raise ValueError(f"invalid repository component {component!r} in {ref!r}")

    # 5. Defaults, the way Docker fills them in.
    if registry == LEGACY_REGISTRY:
        registry = DEFAULT_REGISTRY
    if registry == DEFAULT_REGISTRY and "/" not in repository:
        repository = f"library/{repository}"  # official images live under library/
    if colon:
        final_tag: str | None = tag
    elif at:
        final_tag = None  # pinned by the digest alone
    else:
        final_tag = "latest"  # nothing pins the image: Docker assumes latest
    return ImageRef(registry, repository, final_tag, digest if at else None)

from typing import NamedTuple


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
    raise NotImplementedError("split off the digest, then the registry, then the tag")

"""Put the font every bundle ships (``platforms.FONT``) into ``installer/build/fonts/``.

    python installer/fetch_font.py [--from-deb FILE]

It downloads the pinned Debian package (any platform: a .deb is an ``ar`` archive holding a
tar, read here with the standard library), refuses it unless its SHA-256 is the pinned one,
and writes three files: the font, its licence (Debian's copyright file) and ``fonts.json``
(name, file, source, licence), which the application reads to load the font and the About
box reads to list it.  ``--from-deb`` takes an already downloaded package (an offline build
machine); it is checked the same way.  Nothing is written unless everything checked out.
Standard library only: it runs before any virtual environment exists.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import platforms  # noqa: E402

OUT = HERE / "build" / "fonts"
LICENCE_FILE = "LICENCE-wqy-microhei.txt"
METADATA_FILE = "fonts.json"


class FetchError(Exception):
    """The package could not be had or is not the one pinned; the message says which."""


def ar_members(data: bytes) -> dict[str, bytes]:
    """The members of an ``ar`` archive (the .deb format), by name."""
    if not data.startswith(b"!<arch>\n"):
        raise FetchError("not a Debian package (no ar header)")
    members: dict[str, bytes] = {}
    offset = 8
    while offset + 60 <= len(data):
        header = data[offset:offset + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        start = offset + 60
        members[name] = data[start:start + size]
        offset = start + size + (size % 2)  # members are aligned on two bytes
    return members


def extract(deb: bytes, font: platforms.BundledFont) -> tuple[bytes, bytes]:
    """The font file and the licence text out of the package's data archive."""
    digest = hashlib.sha256(deb).hexdigest()
    if digest != font.sha256:
        raise FetchError(f"the package's SHA-256 is {digest}, not the pinned {font.sha256}")
    members = ar_members(deb)
    data_name = next((name for name in members if name.startswith("data.tar")), None)
    if data_name is None:
        raise FetchError("the package has no data archive")
    wanted = {font.member: b"", font.licence_member: b""}
    with tarfile.open(fileobj=io.BytesIO(members[data_name]), mode="r:*") as archive:
        for member in archive.getmembers():
            if member.name in wanted and member.isfile():
                handle = archive.extractfile(member)
                assert handle is not None
                wanted[member.name] = handle.read()
    missing = [name for name, content in wanted.items() if not content]
    if missing:
        raise FetchError(f"the package lacks {', '.join(missing)}")
    return wanted[font.member], wanted[font.licence_member]


def download(url: str) -> bytes:
    """The bytes at ``url`` (one try with a long timeout; the build is rerun on failure)."""
    try:
        with urllib.request.urlopen(url, timeout=120) as answer:  # noqa: S310 (fixed https URL)
            return bytes(answer.read())
    except OSError as error:
        raise FetchError(f"cannot download {url}: {error}") from error


def write(out: Path, font: platforms.BundledFont, font_bytes: bytes, licence: bytes) -> None:
    """The three files, each written whole then renamed into place."""
    out.mkdir(parents=True, exist_ok=True)
    metadata = [{"name": font.name, "file": font.file, "licence": font.licence,
                 "source": font.source, "licence_file": LICENCE_FILE}]
    for name, content in ((font.file, font_bytes), (LICENCE_FILE, licence),
                          (METADATA_FILE, (json.dumps(metadata, indent=2) + "\n").encode())):
        partial = out / f".{name}.partial"
        partial.write_bytes(content)
        partial.replace(out / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from-deb", type=Path, metavar="FILE",
                        help="use this downloaded package instead of downloading it")
    parser.add_argument("--out", type=Path, default=OUT, help="folder (default: %(default)s)")
    args = parser.parse_args(argv)
    font = platforms.FONT
    if (args.out / font.file).is_file() and (args.out / METADATA_FILE).is_file():
        print(f"fetch_font: {font.name} already in {args.out}")
        return 0
    try:
        deb = args.from_deb.read_bytes() if args.from_deb else download(font.url)
        font_bytes, licence = extract(deb, font)
        write(args.out, font, font_bytes, licence)
    except (FetchError, OSError) as error:
        print(f"fetch_font: {error}", file=sys.stderr)
        return 1
    print(f"fetch_font: {font.name} ({len(font_bytes) / 2**20:.1f} MiB) in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

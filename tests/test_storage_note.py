"""The server install script's note on where PostgreSQL keeps its data
(``installer/server/storage-note.sh``, sourced by ``install.sh``).  A headquarters on
PostgreSQL keeps within three times the gzip of its data's export only on a filesystem that
compresses (docs/deployment.md, "Storage"), so the script says so when the data directory's
filesystem does not, and says nothing when it does or when it cannot tell."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

NOTE = Path(__file__).resolve().parents[1] / "installer" / "server" / "storage-note.sh"


def _note(directory: Path) -> subprocess.CompletedProcess[str]:
    """``storage_note DIRECTORY`` as install.sh runs it (``set -euo pipefail``)."""
    return subprocess.run(["bash", "-c", 'set -euo pipefail; . "$1"; storage_note "$2"', "_", str(NOTE),
                           str(directory)], capture_output=True, text=True, timeout=60)


def _filesystem(directory: Path) -> str:
    return subprocess.run(["findmnt", "-no", "FSTYPE", "-T", str(directory)], capture_output=True,
                          text=True, timeout=60, check=True).stdout.strip()


def test_a_filesystem_that_does_not_compress_is_named(tmp_path: Path) -> None:
    """On a filesystem that does not compress (this machine's temporary folder, ext4, tmpfs or
    overlay), the note names the directory and the filesystem, what that costs and where the
    documentation says what to do; the install goes on (exit 0)."""
    fstype = _filesystem(tmp_path)
    if fstype in ("btrfs", "zfs"):
        pytest.skip(f"the temporary folder is on {fstype}, which may compress")
    result = _note(tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"PostgreSQL keeps its data in {tmp_path}, on a filesystem ({fstype}) that does not compress it" \
        in result.stdout
    assert "about 3.6 times" in result.stdout and 'docs/deployment.md, "Storage"' in result.stdout


def test_nothing_is_claimed_of_a_directory_that_is_not_there(tmp_path: Path) -> None:
    """A data directory that cannot be found (PostgreSQL not running, a typo): no note, and
    the install is not stopped."""
    result = _note(tmp_path / "missing")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


@contextlib.contextmanager
def _btrfs(image: Path, mount_point: Path, options: str) -> Iterator[Path]:
    mount_point.mkdir(exist_ok=True)
    mounted = subprocess.run(["mount", "-o", f"loop,{options}", str(image), str(mount_point)],
                             capture_output=True, text=True, timeout=60)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a btrfs image here: {mounted.stderr.strip()}")
    try:
        data = mount_point / "postgresql"
        data.mkdir(exist_ok=True)
        yield data
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=60, check=True)


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mkfs.btrfs") is None,
                    reason="mounts a btrfs image: needs root and btrfs-progs")
def test_btrfs_is_named_only_when_mounted_without_compression(tmp_path: Path) -> None:
    """A real btrfs filesystem (a loop-mounted image): mounted with ``compress-force=zstd:3``
    or ``compress=zstd`` the note says nothing; mounted without, it names btrfs."""
    image = tmp_path / "btrfs.img"
    with image.open("wb") as file:
        file.truncate(256 * 2**20)
    subprocess.run(["mkfs.btrfs", "-q", str(image)], check=True, capture_output=True, timeout=120)
    for options in ("compress-force=zstd:3", "compress=zstd"):
        with _btrfs(image, tmp_path / "mnt", options) as data:
            result = _note(data)
            assert result.returncode == 0 and result.stdout == "", (options, result.stdout, result.stderr)
    with _btrfs(image, tmp_path / "mnt", "defaults") as data:
        result = _note(data)
        assert result.returncode == 0, result.stderr
        assert f"PostgreSQL keeps its data in {data}, on a filesystem (btrfs) that does not compress it" \
            in result.stdout

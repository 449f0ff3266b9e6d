"""The installers (installer/): their one file of platform values, and the Debian package
installed into a clean Debian 12 root (slow, and only when asked for)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from lookingbeyond_desktop import __version__, paths

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"


def _platforms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("installer_platforms", INSTALLER / "platforms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_debian_control_names_the_package_and_its_libraries() -> None:
    """DEBIAN/control is made from installer/platforms.py alone: package, version, size,
    the system libraries Qt loads (xcb's among them) and a wrapped description."""
    control = _platforms().deb_control("1.2.3", 4321)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "lookingbeyond"
    assert fields["Version"] == "1.2.3"
    assert fields["Installed-Size"] == "4321"
    depends = fields["Depends"].split(", ")
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1"} <= set(depends)
    assert "fonts-dejavu-core" in depends  # Latin, Cyrillic, Arabic; Chinese is in the bundle
    assert all(len(line) <= 80 for line in control.splitlines() if line.startswith(" "))


def _fetch_font() -> ModuleType:
    _platforms()
    spec = importlib.util.spec_from_file_location("installer_fetch_font", INSTALLER / "fetch_font.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _deb(members: dict[str, bytes]) -> bytes:
    """A Debian package (ar archive) whose data.tar.xz holds ``members``."""
    import io
    import tarfile

    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:xz") as archive:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    out = bytearray(b"!<arch>\n")
    for name, content in (("debian-binary", b"2.0\n"), ("control.tar.xz", b"x"),
                          ("data.tar.xz", data.getvalue())):
        out += f"{name + '/':<16}{0:<12}{0:<6}{0:<6}{'100644':<8}{len(content):<10}`\n".encode()
        out += content + (b"\n" if len(content) % 2 else b"")
    return bytes(out)


def test_the_bundled_font_is_taken_from_the_pinned_package_only(tmp_path: Path) -> None:
    """installer/fetch_font.py takes the font and its licence out of a Debian package whose
    SHA-256 is the pinned one and writes them with fonts.json (what the application and its
    About box read); another package, or one lacking the font, is refused and nothing is
    written."""
    import dataclasses
    import hashlib
    import json

    fetch = _fetch_font()
    pinned = fetch.platforms.FONT
    deb = _deb({pinned.member: b"font bytes", pinned.licence_member: b"Apache-2.0 text"})
    font = dataclasses.replace(pinned, sha256=hashlib.sha256(deb).hexdigest())
    assert fetch.extract(deb, font) == (b"font bytes", b"Apache-2.0 text")
    with pytest.raises(fetch.FetchError, match="SHA-256"):
        fetch.extract(deb + b"tampered", font)
    lacking = _deb({pinned.licence_member: b"licence only"})
    with pytest.raises(fetch.FetchError, match="lacks"):
        fetch.extract(lacking, dataclasses.replace(pinned, sha256=hashlib.sha256(lacking).hexdigest()))

    fetch.write(tmp_path / "fonts", font, b"font bytes", b"Apache-2.0 text")
    assert (tmp_path / "fonts" / font.file).read_bytes() == b"font bytes"
    [entry] = json.loads((tmp_path / "fonts" / "fonts.json").read_text("utf-8"))
    assert entry["name"] == "WenQuanYi Micro Hei" and "Apache-2.0" in entry["licence"]

    bad = tmp_path / "other.deb"
    bad.write_bytes(deb)  # its SHA-256 is not the pinned one
    assert fetch.main(["--from-deb", str(bad), "--out", str(tmp_path / "refused")]) == 1
    assert not (tmp_path / "refused").exists()


def test_desktop_entry_starts_the_window_with_no_arguments() -> None:
    """The desktop entry runs ``lookingbeyond`` alone, which opens the window."""
    entry = _platforms().desktop_entry()
    assert "Exec=lookingbeyond\n" in entry
    assert "Icon=lookingbeyond\n" in entry


def test_user_data_is_never_in_the_installation_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing named, the data folder is in the user's home, not under /opt where the
    package installs (and which an upgrade or removal replaces whole)."""
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    folder = paths.data_dir()
    install_dir = Path(_platforms().LINUX.install_dir)
    assert folder.is_relative_to(tmp_path)
    assert not folder.is_relative_to(install_dir)


def test_every_package_is_in_the_built_distribution() -> None:
    """Every folder of code with an ``__init__.py`` is listed in pyproject.toml's packages:
    an installed (non-editable) copy, which the installers bundle, would lack the others."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for top in ("lookingbeyond_desktop", "sync")
             for init in (ROOT / top).rglob("__init__.py")}
    assert found - listed == set()


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("LOOKINGBEYOND_TEST_INSTALLER") != "1",
                    reason="builds and installs the .deb (minutes): LOOKINGBEYOND_TEST_INSTALLER=1")
def test_deb_installs_and_opens_in_a_clean_debian_root(tmp_path: Path) -> None:
    """The .deb (built here when there is none) installs with apt into a copy of a bare
    Debian 12 root, its program says its version, fills a demo folder, opens the window
    under Xvfb, writes nothing into /opt/lookingbeyond, and removing it keeps the data."""
    if os.geteuid() != 0:
        pytest.skip("chroot and mount need root")
    fresh = Path(os.environ.get("FRESH_ROOT", "/work/fresh-root"))
    if not (fresh / "usr" / "bin" / "apt-get").exists():
        pytest.skip(f"no bare Debian 12 root at {fresh} (set FRESH_ROOT)")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is missing")
    debs = sorted((INSTALLER / "dist").glob(f"lookingbeyond_{__version__}_amd64.deb"))
    if not debs:
        subprocess.run(["bash", str(INSTALLER / "build-linux.sh")], check=True)
        debs = sorted((INSTALLER / "dist").glob(f"lookingbeyond_{__version__}_amd64.deb"))
    shot = tmp_path / "installed-deb.png"
    environment = {**os.environ, "SCREENSHOT": str(shot),
                   "TEST_ROOT": str(tmp_path / "deb-root")}
    result = subprocess.run(["bash", str(INSTALLER / "test-deb-in-clean-root.sh"), str(debs[0])],
                            env=environment, capture_output=True, text=True)
    print(result.stdout)  # the figures, with pytest -s
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"lookingbeyond {__version__}" in result.stdout
    assert result.stdout.rstrip().endswith("installer test: OK")
    assert shot.stat().st_size > 10_000

"""Every platform-specific path and value of the installers, in this one place.

The PyInstaller spec (``lookingbeyond.spec``) imports this module; the shell scripts and the
Inno Setup script read it through its command line, so nothing here is repeated elsewhere:

    python installer/platforms.py get linux.install_dir     # one value
    python installer/platforms.py deb-control VERSION KIB   # DEBIAN/control of the .deb
    python installer/platforms.py desktop-entry             # the Linux .desktop file
    python installer/platforms.py iss-defines VERSION       # Inno Setup #defines (Windows)

Standard library only: it runs before any virtual environment exists.  Where the user's data
goes is *not* decided here: it is ``lookingbeyond_desktop/paths.py`` (platformdirs' user data
folder), always outside the installation folder, which the installers replace whole.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields

# --- Shared by every platform -------------------------------------------------------------
DISPLAY_NAME = "Looking Beyond"
EXECUTABLE = "lookingbeyond"            # the one program: the command line, and the window
DISTRIBUTION = "lookingbeyond-desktop"  # pyproject.toml's name (its metadata is bundled)
PUBLISHER = "UNODC"
SUMMARY = "Offline registry of UNODC's civil-society partners"
DESCRIPTION = (
    "Looking Beyond Desktop keeps a local copy of a region's civil-society organizations, "
    "contacts, activities, participation and seed-funding grants, edited offline for days "
    "and synced with UNODC headquarters when a link appears."
)
ICON_SVG = "icons/lookingbeyond.svg"    # relative to installer/; PNGs are rendered from it


@dataclass(frozen=True)
class BundledFont:
    """The font shipped inside every bundle so that Chinese shows on a machine without one
    (a bare Debian, a Windows without the East Asian fonts).  ``installer/fetch_font.py``
    takes it from Debian's archive, checks the SHA-256 below, and puts it with its licence
    in ``installer/build/fonts/``; the spec refuses to build without it.  WenQuanYi Micro
    Hei: 5 MiB, covers the Chinese characters in use (GB 2312, Big5 and more), Latin and
    Cyrillic."""

    name: str = "WenQuanYi Micro Hei"
    file: str = "wqy-microhei.ttc"
    licence: str = "Apache-2.0, or GPL-3.0-or-later with the font exception"
    source: str = "wenq.org 0.2.0-beta, via Debian"
    url: str = ("https://deb.debian.org/debian/pool/main/f/fonts-wqy-microhei/"
                "fonts-wqy-microhei_0.2.0-beta-3.1_all.deb")
    sha256: str = "239163df984eea5c9da3b551aee374936222cdbd67f1a1be3cdcf3d76143ad66"
    member: str = "./usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    licence_member: str = "./usr/share/doc/fonts-wqy-microhei/copyright"


FONT = BundledFont()


@dataclass(frozen=True)
class Linux:
    """The Debian package (built and tested on Debian 12, amd64)."""

    package: str = "lookingbeyond"
    console: bool = True  # no difference on Linux: the desktop entry sets Terminal=false
    architecture: str = "amd64"
    section: str = "misc"
    maintainer: str = "UNODC Civil Society Unit <ngo.unit@unodc.org>"
    install_dir: str = "/opt/lookingbeyond"
    bin_link: str = "/usr/bin/lookingbeyond"
    desktop_file: str = "/usr/share/applications/lookingbeyond.desktop"
    icon_png: str = "/usr/share/icons/hicolor/256x256/apps/lookingbeyond.png"
    icon_svg: str = "/usr/share/icons/hicolor/scalable/apps/lookingbeyond.svg"
    icon_name: str = "lookingbeyond"
    # The system libraries the bundle (Python 3.11, the PySide6 6.11 wheels' Qt, the other
    # wheels) links to directly on Debian 12: found with installer/find-linux-depends.sh
    # (every bundled ELF file's NEEDED entries outside the bundle, then dpkg -S), and checked
    # by installer/test-deb-in-clean-root.sh (ldd finds everything after
    # 'apt-get install ./lookingbeyond_*.deb' in a bare Debian 12).
    depends: tuple[str, ...] = (
        "libbrotli1", "libbz2-1.0", "libc6", "libdbus-1-3", "libegl1", "libffi8",
        "libfontconfig1", "libfreetype6", "libgcc-s1", "libgl1", "libglib2.0-0",
        "libgssapi-krb5-2", "liblzma5", "libsqlite3-0", "libssl3", "libstdc++6", "libuuid1",
        "libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "libx11-6",
        "libx11-xcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4", "libxcb-image0",
        "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-render0",
        "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0",
        "libxcb-xkb1", "libxcb1", "libxkbcommon-x11-0", "libxkbcommon0", "libzstd1",
        "zlib1g",
    )
    # Words need a font: DejaVu covers Latin, Cyrillic and Arabic (1.5 MiB); Chinese is
    # covered by the font in the bundle (FONT above), so nothing more is needed.
    fonts: tuple[str, ...] = ("fonts-dejavu-core",)
    # Qt platform plugins shipped; the others (eglfs, linuxfb, vnc, vkkhrdisplay) need a
    # kernel console or extra libraries and are left out.
    qt_platforms: tuple[str, ...] = ("xcb", "wayland", "offscreen", "minimal")
    # Other Qt plugins left out (path under Qt's plugins folder; "dir/" for a whole folder):
    # the GTK theme (GTK 3 and its ~60 libraries; Qt's own style and the desktop portal
    # theme remain), the virtual keyboard (all of Qt Quick), eglfs' and evdev's input (kernel
    # console only), PDF files read as images (not used: reports write PDF with QtGui).
    qt_plugins_left_out: tuple[str, ...] = (
        "platformthemes/libqgtk3.so", "platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "egldeviceintegrations/", "generic/", "imageformats/libqpdf.so",
    )
    # ... and the Qt libraries only those plugins load (name prefixes).
    qt_libraries_left_out: tuple[str, ...] = (
        "libQt6VirtualKeyboard", "libQt6Quick", "libQt6Qml", "libQt6EglFS", "libQt6EglFsKms",
        "libQt6Pdf",
    )
    # Libraries PyInstaller found in these folders are the system's: the package depends on
    # their Debian packages instead of carrying copies (security updates come with apt).
    system_library_dirs: tuple[str, ...] = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


@dataclass(frozen=True)
class Windows:
    """The Inno Setup installer (built on Windows 10/11, x64)."""

    app_id: str = "{{6F1E0C52-3B5D-4C8E-9A57-1D2B7E4A9C31}"  # never change: upgrades find it
    install_dir: str = r"{autopf}\Looking Beyond"               # C:\Program Files\Looking Beyond
    start_menu_group: str = "Looking Beyond"
    # Rendered into installer/build from the SVG; PyInstaller turns it into the .exe's icon
    # (with Pillow, pinned for Windows in installer/requirements-build.txt).
    icon: str = "lookingbeyond-256.png"
    icon_size: int = 256
    # A console program (so that 'lookingbeyond search …' prints in a terminal) whose console
    # is hidden at once when it was opened for it, i.e. when started from the Start menu.
    console: bool = True
    hide_console: str = "hide-early"
    setup_basename: str = "lookingbeyond-setup"                  # + -VERSION.exe
    qt_platforms: tuple[str, ...] = ("windows", "offscreen", "minimal")
    qt_plugins_left_out: tuple[str, ...] = ()       # not measured on Windows yet
    qt_libraries_left_out: tuple[str, ...] = ()
    system_library_dirs: tuple[str, ...] = ()       # Windows' own DLLs are never collected


@dataclass(frozen=True)
class MacOS:
    """The .app bundle in a .dmg (built on macOS 12 or later, the machine's architecture)."""

    bundle_name: str = "Looking Beyond.app"
    bundle_identifier: str = "org.unodc.lookingbeyond"
    # A windowed program, as a .app should be; run from a terminal it still prints there.
    console: bool = False
    icon: str = "lookingbeyond-1024.png"                         # made into .icns by PyInstaller
    icon_size: int = 1024
    minimum_system_version: str = "12.0"
    dmg_volume_name: str = "Looking Beyond"
    qt_platforms: tuple[str, ...] = ("cocoa", "offscreen", "minimal")
    qt_plugins_left_out: tuple[str, ...] = ()       # not measured on macOS yet
    qt_libraries_left_out: tuple[str, ...] = ()
    system_library_dirs: tuple[str, ...] = ()       # the .app carries everything but macOS


LINUX = Linux()
WINDOWS = Windows()
MACOS = MacOS()


def current() -> Linux | Windows | MacOS:
    """The values of the platform this runs on."""
    if sys.platform == "win32":
        return WINDOWS
    if sys.platform == "darwin":
        return MACOS
    return LINUX


def deb_control(version: str, installed_kib: int) -> str:
    """The DEBIAN/control file of the .deb."""
    linux = LINUX
    body = "\n".join(f" {line}" for line in _wrap(DESCRIPTION, 72))
    return (
        f"Package: {linux.package}\n"
        f"Version: {version}\n"
        f"Architecture: {linux.architecture}\n"
        f"Maintainer: {linux.maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join((*linux.depends, *linux.fonts))}\n"
        f"Section: {linux.section}\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n{body}\n"
    )


def desktop_entry() -> str:
    """The freedesktop.org entry: started with no arguments, the program opens its window."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={DISPLAY_NAME}\n"
        f"Comment={SUMMARY}\n"
        f"Exec={EXECUTABLE}\n"
        f"Icon={LINUX.icon_name}\n"
        "Terminal=false\n"
        "Categories=Office;Database;\n"
        "StartupWMClass=lookingbeyond\n"
    )


def iss_defines(version: str) -> str:
    """Inno Setup ``#define`` lines, included by installer/windows/lookingbeyond.iss."""
    values = {
        "AppName": DISPLAY_NAME, "AppVersion": version, "AppPublisher": PUBLISHER,
        "AppExeName": f"{EXECUTABLE}.exe", "AppId": WINDOWS.app_id,
        "InstallDir": WINDOWS.install_dir, "StartMenuGroup": WINDOWS.start_menu_group,
        "OutputBaseName": f"{WINDOWS.setup_basename}-{version}",
    }
    return "".join(f'#define {key} "{value}"\n' for key, value in values.items())


def get(dotted: str) -> str:
    """One value by name: ``linux.install_dir``, ``macos.bundle_name`` or ``executable``."""
    head, _, name = dotted.partition(".")
    if head == "font":
        return str(getattr(FONT, name))
    if not name:
        value = globals()[head.upper()]
        return str(value)
    targets: dict[str, Linux | Windows | MacOS] = {"linux": LINUX, "windows": WINDOWS,
                                                   "macos": MACOS}
    target = targets[head]
    if name not in {f.name for f in fields(target)}:
        raise KeyError(dotted)
    value = getattr(target, name)
    return " ".join(value) if isinstance(value, tuple) else str(value)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["get"] and len(argv) == 2:
        print(get(argv[1]))
    elif argv[:1] == ["deb-control"] and len(argv) == 3:
        sys.stdout.write(deb_control(argv[1], int(argv[2])))
    elif argv[:1] == ["desktop-entry"] and len(argv) == 1:
        sys.stdout.write(desktop_entry())
    elif argv[:1] == ["iss-defines"] and len(argv) == 2:
        sys.stdout.write(iss_defines(argv[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

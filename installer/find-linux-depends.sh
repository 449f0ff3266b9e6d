#!/usr/bin/env bash
# List the Debian packages the bundled program loads from the system directly: the NEEDED
# entries of every ELF file in the PyInstaller folder that the folder does not hold itself,
# found where ldd finds them, and the package of each ('dpkg -S'). What those libraries need
# in turn comes with their packages' own Depends.
#
#   bash installer/find-linux-depends.sh [BUNDLE]   # default: installer/build/dist/lookingbeyond
#
# Run on a Debian 12 machine with scripts/setup.sh's packages installed (so ldd finds them);
# libraries found nowhere are listed apart on standard error. The result is what
# installer/platforms.py's Linux.depends holds; installer/test-deb-in-clean-root.sh checks
# it in a bare Debian 12 (ldd finds every library after installing the .deb).
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(realpath "${1:-installer/build/dist/lookingbeyond}")
export LD_LIBRARY_PATH="$BUNDLE/_internal:$BUNDLE/_internal/PySide6/Qt/lib"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
find "$BUNDLE" -type f -printf '%f\n' | sort -u > "$work/bundled"
while IFS= read -r -d '' file; do
  file -b "$file" | grep -q '^ELF' || continue
  readelf -d "$file" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >> "$work/needed"
  ldd "$file" 2>/dev/null | awk '$2 == "=>" { print $1, $3 }' >> "$work/where" || true
done < <(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
sort -u "$work/needed" | comm -23 - "$work/bundled" | while read -r soname; do
  case $soname in ld-linux*) echo libc6; continue ;; esac  # the loader: ldd shows no path
  path=$(awk -v name="$soname" '$1 == name && $2 ~ /^\// { print $2; exit }' "$work/where")
  if [ -z "$path" ]; then echo "not found on this machine: $soname" >&2; continue; fi
  { dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")"; } | head -1 | cut -d: -f1
done | sort -u

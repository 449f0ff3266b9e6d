# Shell functions shared by the tests that work in a copy of a bare Debian root
# (test-deb-in-clean-root.sh, server/test-in-systemd.sh); sourced, not run.
# They use $ROOTDIR (the copy), and say/die defined by the script that sources them.

# The mount points under a folder (the copy's /proc, /sys, /dev, /dev/pts while bound).
mounts_under() {
  awk -v root="$1" '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/mounts
}

# Bind this machine's /proc, /sys, /dev and /dev/pts into the copy.
mount_all() {
  local point
  for point in proc sys dev dev/pts; do mount --bind "/$point" "$ROOTDIR/$point"; done
}

# Undo mount_all (lazily when busy).
unmount_all() {
  local point
  for point in dev/pts dev sys proc; do
    if mountpoint -q "$ROOTDIR/$point"; then
      umount "$ROOTDIR/$point" 2>/dev/null || umount -l "$ROOTDIR/$point"
    fi
  done
}

# Remove the copy: never while anything is mounted inside (that would reach this machine's
# /dev).
remove_root() {
  unmount_all
  if [ -n "$(mounts_under "$(realpath -m "$ROOTDIR")")" ]; then
    echo "$ROOTDIR still has mounts; kept" >&2
    return 1
  fi
  rm -rf --one-file-system "$ROOTDIR"
}

# A command inside the copy, with a clean environment.
in_root() {
  chroot "$ROOTDIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

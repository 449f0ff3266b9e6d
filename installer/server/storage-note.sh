# Sourced by install.sh (and by tests/test_storage_note.py): whether PostgreSQL's data directory
# is on a filesystem that compresses.  A headquarters on PostgreSQL keeps within three times the
# gzip of its data's export only there (docs/deployment.md, "Storage"): say so when it is not.
# Never fails the install; what it cannot find out, it does not claim.
storage_note() {
  local dir=$1 fs options source compression
  [ -d "$dir" ] || return 0
  fs=$(findmnt -no FSTYPE -T "$dir" 2> /dev/null) || return 0
  case "$fs" in
    btrfs)
      options=$(findmnt -no OPTIONS -T "$dir" 2> /dev/null) || return 0
      case ",$options," in *,compress=*|*,compress-force=*) return 0 ;; esac ;;
    zfs)
      source=$(findmnt -no SOURCE -T "$dir" 2> /dev/null) || return 0
      compression=$(zfs get -H -o value compression "$source" 2> /dev/null) || return 0
      [ "$compression" = off ] || return 0 ;;
  esac
  echo "install-server: PostgreSQL keeps its data in $dir, on a filesystem ($fs) that does" \
    "not compress it: the registry takes about 3.6 times the size of its compressed export" \
    "there, and 1.9 to 2.4 times on btrfs mounted with compress-force=zstd:3 or on ZFS with" \
    "compression=zstd (docs/deployment.md, \"Storage\")."
}

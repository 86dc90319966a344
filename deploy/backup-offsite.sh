#!/usr/bin/env bash
# Ships Bulb Check's backups, and the data folder's secret files, off this machine with rsync
# (docs/operations.md: "Off the machine"). Run it after the scheduled backups, from cron or a
# systemd timer, as the bulbcheck user (or root):
#
#   deploy/backup-offsite.sh backup@vault.example.com:/srv/bulbcheck    # over ssh
#   deploy/backup-offsite.sh /mnt/usb/bulbcheck                         # another disk
#
# DEST gets database/ (every finished copy in the backup folder: scheduled ones, those of
# `bulbcheck backup`, those taken before migrations) and data-folder/ (admin-token,
# admin-password, broker-credentials.json and its key broker-credentials.key, where they exist). Copies are never deleted at DEST:
# prune there on your own terms. Unfinished copies (*.partial) are never sent. Files keep their
# 0600 mode; make DEST's folder private too.
#
# Settings, as the server's: BULBCHECK_DATA_DIR (default /var/lib/bulbcheck) and
# BULBCHECK_BACKUP_DIR (default: backups in the data folder). RSYNC_RSH picks the ssh command
# (RSYNC_RSH="ssh -i /etc/bulbcheck/offsite-key").
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DEST   (a folder, or host:folder over ssh)" >&2
  exit 2
fi
dest="${1%/}"
data_dir="${BULBCHECK_DATA_DIR:-/var/lib/bulbcheck}"
backup_dir="${BULBCHECK_BACKUP_DIR:-$data_dir/backups}"

if [[ ! -d "$backup_dir" ]]; then
  echo "$0: no backup folder at $backup_dir: take a backup first (bulbcheck backup)" >&2
  exit 1
fi

# Files are written at DEST under a temp name and renamed when whole (rsync's default), so a
# cut-off transfer never looks like a copy; a rerun sends only what is new or changed.
rsync --archive --mkpath --exclude='*.partial' --exclude='.*' \
  "$backup_dir/" "$dest/database/"

secrets=()
for name in admin-token admin-password broker-credentials.json broker-credentials.key; do
  [[ -f "$data_dir/$name" ]] && secrets+=("$data_dir/$name")
done
if [[ ${#secrets[@]} -gt 0 ]]; then
  rsync --archive --mkpath "${secrets[@]}" "$dest/data-folder/"
fi

echo "sent $backup_dir and ${#secrets[@]} secret file(s) of $data_dir to $dest"
